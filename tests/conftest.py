"""Shared fixtures: offscreen Qt, a fresh database and private user folders for every test."""

import os
import sys
import tempfile
from pathlib import Path

# Before anything imports Qt: no screen here, and never the real user folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="casedesk-test-home-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_HOME / var.lower())

import pytest  # noqa: E402

from casedesk.controllers import admin  # noqa: E402
from casedesk.controllers.session import Session  # noqa: E402
from casedesk.models import db  # noqa: E402
from casedesk.models.db import sqlite_url  # noqa: E402
from casedesk.models.migrations import open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "casedesk.db"


@pytest.fixture
def sqlite_database(db_path, tmp_path):
    """A new, empty CaseDesk database file with its reference data."""
    result = open_database(sqlite_url(db_path), backups_dir=tmp_path / "backups")
    admin.ensure_reference_data(Session(result.database))
    result.database.test_url = sqlite_url(db_path)  # for a second connection or process
    yield result.database
    result.database.close()
    db.initialize(None)


@pytest.fixture
def database(sqlite_database):
    """The database of a test: a SQLite file (tests/controllers also run it on PostgreSQL)."""
    return sqlite_database


@pytest.fixture
def session(database) -> Session:
    """A signed-in administrator, 'Åsa Öberg' (login asa), on the fresh database."""
    s = Session(database)
    admin.create_first_user(s, "Åsa Öberg", "asa")
    return s


def pytest_report_header(config):
    return f"casedesk tests: python {sys.version.split()[0]}, QT_QPA_PLATFORM=offscreen"
