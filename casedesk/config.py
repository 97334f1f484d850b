"""Where CaseDesk keeps its files (platformdirs) and which database it opens. No Qt here."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from casedesk import APP_NAME, ORG_NAME
from casedesk.models.db import sqlite_path, sqlite_url


def data_dir() -> Path:
    """The user data folder: ~/.local/share/CaseDesk, %LOCALAPPDATA%\\CaseDesk\\CaseDesk …"""
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_database_url() -> str:
    return sqlite_url(data_dir() / "casedesk.db")


def backups_dir_for(url: str) -> Path:
    """Backups sit in a `backups` folder beside a database file (or in the data folder)."""
    path = sqlite_path(url)
    return (path.expanduser().absolute().parent if path else data_dir()) / "backups"
