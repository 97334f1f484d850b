"""The controller suite runs on both engines: SQLite always, PostgreSQL when the test server
is there (CASEDESK_TEST_POSTGRES; `./dev test` and CI start one). In CI a missing server is an
error, not a quiet half run."""

import os

import pytest

from casedesk.models import db
from casedesk.models.migrations import open_database
from tests.support import postgres

ENGINES = ["sqlite"] + (["postgresql"] if postgres.server_url() else [])
if os.environ.get("CI") and "postgresql" not in ENGINES:
    raise RuntimeError(f"CI runs the controller suite on PostgreSQL too: set {postgres.ENV}")
#: stops and restarts a private PostgreSQL server of its own: only where PostgreSQL is there
collect_ignore = [] if "postgresql" in ENGINES else ["test_connection_loss.py"]


def pytest_collection_modifyitems(config, items):
    """`@pytest.mark.sqlite_only` tests read SQLite's own machinery (its query planner): they
    have no PostgreSQL variant. `@pytest.mark.postgres_only` tests (logins, GRANTs, pg_dump)
    are left out when there is no test server (never in CI: see above)."""
    items[:] = [item for item in items
                if not (item.get_closest_marker("sqlite_only")
                        and "[postgresql" in item.nodeid)
                and not (item.get_closest_marker("postgres_only")
                         and "postgresql" not in ENGINES)]


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


@pytest.fixture
def database(request, engine, db_path, tmp_path):
    """A new CaseDesk database with its reference data, on each engine in turn."""
    if engine == "sqlite":
        yield request.getfixturevalue("sqlite_database")
        return
    url = postgres.new_database()
    result = open_database(url, backups_dir=tmp_path / "backups")
    result.database.test_url = url  # for tests that open a second connection or process
    try:
        yield result.database
    finally:
        result.database.close()
        db.initialize(None)
        postgres.drop_database(url)
