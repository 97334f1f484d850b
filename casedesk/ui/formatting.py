"""How dates and times are shown: in the user's time zone, in the locale's short format."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale


def local_datetime(value: datetime | None) -> str:
    """A stored UTC timestamp (naive) as local time, e.g. 26/11/2026 12:41 or 2026-11-26 12:41."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def local_date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""
