"""Opening, creating and upgrading the database file (SPEC §5, §6.3; ARCHITECTURE "The database").

Before a migration the file is copied to the backups folder; a file the app cannot or must not
change (newer, corrupt, read-only, locked, someone else's) is refused with a code and left
byte for byte as it was.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time

import pytest
from fixtures.old_versions import (
    CASES,
    USERS,
    build_v1_database,
    file_state,
    schema_of,
    schema_version,
    snapshot,
    stamp_version,
    table_columns,
)
from peewee import DateTimeField, IntegrityError

from casedesk.controllers.cases import CaseColumn, CaseQuery, CaseView, count_cases, list_cases
from casedesk.models import ALL_MODELS, db
from casedesk.models.db import sqlite_url
from casedesk.models.migrations import SCHEMA_VERSION, DatabaseOpenError, open_database
from casedesk.models.text import sort_key


@pytest.fixture
def opened():
    """Open a database the way the app does; closed and unbound after the test."""
    results = []

    def _open(path, backups_dir, **kwargs):
        result = open_database(sqlite_url(path), backups_dir=backups_dir, **kwargs)
        results.append(result)
        return result

    yield _open
    for result in results:
        result.database.close()
    db.initialize(None)


@pytest.fixture
def v1_path(tmp_path):
    return build_v1_database(tmp_path / "data" / "casedesk.db")


def _add_sla_column(database, migrator):
    from playhouse.migrate import migrate

    migrate(migrator.add_column("incident", "sla_due", DateTimeField(null=True)))


def _refused(path, backups_dir, code, **kwargs):
    """Open must fail with `code` and leave the file and its folder as they were."""
    before = file_state(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(path), backups_dir=backups_dir, **kwargs)
    assert info.value.code == code
    assert file_state(path) == before, "the refused file or its folder was changed"
    assert not backups_dir.exists() or not any(backups_dir.iterdir()), "a backup was made"
    return info.value


# -- (a) a new database -----------------------------------------------------------------


def test_first_start_creates_folder_schema_wal_and_foreign_keys(tmp_path, opened):
    path = tmp_path / "not" / "yet" / "there" / "casedesk.db"
    assert not path.parent.exists()

    result = opened(path, tmp_path / "backups")

    assert path.is_file()
    assert result.created is True and result.from_version == 0 and result.backup is None
    database = result.database
    tables = set(database.get_tables())
    assert {m._meta.table_name for m in ALL_MODELS} | {"schema_version"} <= tables
    assert database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] \
        == SCHEMA_VERSION
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    # Foreign keys are really enforced: a case of a customer that does not exist is refused.
    with pytest.raises(IntegrityError):
        database.execute_sql(
            "INSERT INTO incident (created_on, modified_on, version, number, title,"
            " customer_account_id, customer_sort, origin, priority, severity, state,"
            " status_reason, decrement_entitlement, is_escalated, stage)"
            " VALUES ('2024-01-01', '2024-01-01', 1, 'CAS-01000-AAAAAA', 't', 999, '', 1, 2,"
            " 1, 0, 1, 1, 0, 0)")
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_wal_mode_is_stored_in_the_file(tmp_path, opened):
    path = tmp_path / "casedesk.db"
    opened(path, tmp_path / "backups").database.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_reopening_a_current_file_keeps_data_and_makes_no_backup(tmp_path, opened):
    path = tmp_path / "casedesk.db"
    first = opened(path, tmp_path / "backups")
    first.database.execute_sql(
        "INSERT INTO app_user (created_on, modified_on, version, name, login, active)"
        " VALUES ('2024-01-01', '2024-01-01', 1, 'Åsa Öberg 🙂', 'asa', 1)")
    first.database.close()

    again = opened(path, tmp_path / "backups")

    assert again.created is False and again.from_version == SCHEMA_VERSION
    assert again.backup is None
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
    assert again.database.execute_sql("SELECT name FROM app_user").fetchall() \
        == [("Åsa Öberg 🙂",)]


# -- (b) upgrading an older file ----------------------------------------------------------


def test_upgrade_backs_up_first_then_migrates_keeping_every_row(v1_path, tmp_path, opened):
    backups = tmp_path / "backups"
    before = snapshot(v1_path)
    v1_columns = table_columns(v1_path)
    seen_by_step = {}

    def step(database, migrator):
        # When the first change is about to be made, the copy must already be complete.
        copies = list(backups.iterdir()) if backups.exists() else []
        seen_by_step["copies"] = copies
        seen_by_step["copy_version"] = [schema_version(c) for c in copies]
        seen_by_step["copy_rows"] = [snapshot(c) for c in copies]
        _add_sla_column(database, migrator)

    result = opened(v1_path, backups, steps=[(2, step)], target_version=2)

    # The backup came first: a valid version-1 file with every row.
    assert len(seen_by_step["copies"]) == 1
    assert seen_by_step["copy_version"] == [1]
    assert seen_by_step["copy_rows"] == [before]
    backup = result.backup
    assert backup is not None and backup.parent == backups
    assert list(backups.iterdir()) == [backup]
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert schema_version(backup) == 1
    assert snapshot(backup) == before

    # Then the upgrade: version 2, the new column, and every row still there.
    assert result.created is False and result.from_version == 1
    database = result.database
    assert database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] == 2
    assert "sla_due" in [c.name for c in database.get_columns("incident")]
    database.close()
    assert schema_version(v1_path) == 2
    assert snapshot(v1_path, v1_columns) == before


def test_upgraded_cases_read_back_exactly_through_the_controllers(v1_path, tmp_path, opened):
    result = opened(v1_path, tmp_path / "backups")  # the app's own steps
    assert result.from_version == 1 and result.backup is not None
    assert schema_version(result.backup) == 1

    query = CaseQuery(view=CaseView.ALL, user_id=USERS[0][0])
    assert count_cases(query) == len(CASES)
    rows = list_cases(query, limit=10).rows
    assert sorted((r.number, r.title, r.customer) for r in rows) \
        == sorted((number, title, "Havstål AB") for _, number, title, _ in CASES)


def test_schema_2_sorts_and_filters_old_titles_the_swedish_way(v1_path, tmp_path, opened):
    """Step 2 fills the title keys of cases made before it: they sort and filter at once."""
    opened(v1_path, tmp_path / "backups")
    titles = [t for _, _, t, _ in CASES]
    query = CaseQuery(view=CaseView.ALL, sort=CaseColumn.TITLE, descending=False)
    listed = [r.title for r in list_cases(query, limit=50).rows]
    assert sorted(listed) == sorted(titles)
    assert listed == sorted(titles, key=lambda t: sort_key(t))
    for title in titles:
        word = max(title.split(), key=len).lower()
        found = [r.title for r in list_cases(CaseQuery(view=CaseView.ALL, filter_text=word),
                                             limit=50).rows]
        assert title in found, (word, found)


def test_an_upgraded_old_file_has_the_schema_of_a_new_one(v1_path, tmp_path, opened):
    # Catches a model change without its migration step: old files would then lack (or keep)
    # columns, indexes or constraints that new files have.
    opened(v1_path, tmp_path / "backups").database.close()
    new = tmp_path / "new" / "casedesk.db"
    opened(new, tmp_path / "backups").database.close()

    assert schema_version(v1_path) == SCHEMA_VERSION
    assert schema_of(v1_path) == schema_of(new)


# -- (c) a newer database -----------------------------------------------------------------


def test_newer_database_is_refused_untouched(v1_path, tmp_path):
    stamp_version(v1_path, SCHEMA_VERSION + 1)

    err = _refused(v1_path, tmp_path / "backups", "newer")

    assert err.params == {"found": SCHEMA_VERSION + 1, "supported": SCHEMA_VERSION}
    assert not (v1_path.parent / (v1_path.name + "-wal")).exists()
    assert not (v1_path.parent / (v1_path.name + "-shm")).exists()


def test_newer_than_the_target_version_is_refused(v1_path, tmp_path):
    stamp_version(v1_path, 2)
    stamp_version(v1_path, 3)

    err = _refused(v1_path, tmp_path / "backups", "newer",
                   steps=[(2, _add_sla_column)], target_version=2)

    assert err.params == {"found": 3, "supported": 2}


# -- (d) corrupt files ---------------------------------------------------------------------


def test_random_bytes_are_refused_as_corrupt(tmp_path):
    path = tmp_path / "casedesk.db"
    path.write_bytes(random.Random(7).randbytes(64 * 1024))

    _refused(path, tmp_path / "backups", "corrupt")


def test_sqlite_header_followed_by_garbage_is_corrupt(tmp_path):
    path = tmp_path / "casedesk.db"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(16 * 1024))

    _refused(path, tmp_path / "backups", "corrupt")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_database_is_refused_as_corrupt(tmp_path, keep):
    # A real, larger database (created by the app, so in WAL mode), cut short.
    source = tmp_path / "source" / "casedesk.db"
    result = open_database(sqlite_url(source), backups_dir=tmp_path / "unused")
    result.database.close()
    db.initialize(None)
    data = source.read_bytes()
    path = tmp_path / "data" / "casedesk.db"
    path.parent.mkdir()
    path.write_bytes(data[: int(len(data) * keep) // 4096 * 4096])

    _refused(path, tmp_path / "backups", "corrupt")


# -- (e) read-only --------------------------------------------------------------------------


def test_read_only_file_is_refused_untouched(v1_path, tmp_path):
    os.chmod(v1_path, 0o444)
    try:
        _refused(v1_path, tmp_path / "backups", "readonly", steps=[(2, _add_sla_column)],
                 target_version=2)
    finally:
        os.chmod(v1_path, 0o644)
    assert schema_version(v1_path) == 1


def test_file_in_read_only_folder_is_refused_untouched(v1_path, tmp_path):
    os.chmod(v1_path.parent, 0o555)
    try:
        _refused(v1_path, tmp_path / "backups", "readonly")
    finally:
        os.chmod(v1_path.parent, 0o755)


# -- (f) locked ------------------------------------------------------------------------------


def test_locked_file_is_refused_quickly_untouched(tmp_path, opened):
    path = build_v1_database(tmp_path / "data" / "casedesk.db", journal_mode="delete")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        _refused(path, tmp_path / "backups", "locked", timeout=0.2)
        assert time.monotonic() - started < 3.0, "the app waited far beyond its timeout"
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the other program lets go, the same file opens.
    result = opened(path, tmp_path / "backups", timeout=0.2)
    assert result.from_version == 1


# -- (g) another application's file -----------------------------------------------------------


def test_sqlite_file_of_another_application_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        con.execute("INSERT INTO note (text) VALUES ('inköpslista')")
    con.close()

    _refused(path, tmp_path / "backups", "not_casedesk")


# -- (h) a failing migration step ---------------------------------------------------------------


def _fails_after_a_change(database, migrator):
    _add_sla_column(database, migrator)
    database.execute_sql("UPDATE incident SET title = 'overwritten'")
    raise RuntimeError("step 2 broke")


def _fails_with_bad_sql(database, migrator):
    _add_sla_column(database, migrator)
    database.execute_sql("UPDATE no_such_table SET x = 1")


@pytest.mark.parametrize("step", [_fails_after_a_change, _fails_with_bad_sql])
def test_failing_migration_rolls_back_to_the_old_version(v1_path, tmp_path, step):
    before = snapshot(v1_path)
    columns = table_columns(v1_path)

    with pytest.raises(DatabaseOpenError) as info:
        open_database(sqlite_url(v1_path), backups_dir=tmp_path / "backups",
                      steps=[(2, step)], target_version=2)

    assert info.value.code == "migration_failed"
    assert info.value.params.get("detail")
    assert schema_version(v1_path) == 1
    assert table_columns(v1_path) == columns
    assert snapshot(v1_path) == before
    # The backup made before the attempt is there for the user.
    copies = list((tmp_path / "backups").iterdir())
    assert len(copies) == 1 and snapshot(copies[0]) == before


# -- file names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["Team #2", "what?", "100%", "a%20b", "Åsa Öberg 🙂"])
def test_folder_names_with_url_characters_open_the_right_file(tmp_path, opened, folder):
    path = build_v1_database(tmp_path / folder / "casedesk.db")
    backups = tmp_path / folder / "backups"

    result = opened(path, backups, steps=[(2, _add_sla_column)], target_version=2)

    assert result.created is False and result.from_version == 1
    assert schema_version(result.backup) == 1
    result.database.close()
    assert schema_version(path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
