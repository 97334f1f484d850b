"""Work that belongs to a new day (entitlement states, SPEC §3.5) runs at local midnight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer


def ms_until_midnight(now: datetime | None = None) -> int:
    """Milliseconds from now to the next local midnight (plus a second's margin)."""
    now = now or datetime.now()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return int((midnight - now).total_seconds() * 1000) + 1000


class MidnightTimer(QObject):
    """Calls `callback` just after every local midnight while the app runs."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.fire)
        self.arm()

    def arm(self) -> None:
        self.timer.start(ms_until_midnight())

    def fire(self) -> None:
        try:
            self._callback()
        finally:
            self.arm()  # the next day too, whatever happened today
