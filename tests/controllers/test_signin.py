"""Signing in to a team database (SPEC §6.2, issue 9): URLs, coded errors for every bad
input with nothing written, the login mapped to its CaseDesk user, remembered passwords.

Tests marked `postgres_only` need the test server (CASEDESK_TEST_POSTGRES) and are only
collected when it is there; the others run on both engines or on none."""

from __future__ import annotations

import inspect
import itertools
import logging
import os
import socket
import sqlite3
import time
from urllib.parse import urlparse

import keyring.backends.fail
import pytest

from casedesk.controllers import admin, cases, credentials, signin
from casedesk.controllers.errors import ValidationError
from casedesk.models import Account, AuditLog, db
from casedesk.models.db import sqlite_url
from casedesk.models.migrations import SCHEMA_VERSION, DatabaseOpenError
from tests.support import keyrings, postgres

PASSWORD = "Hemligt ord: p@ss/w%rd åäö"
_names = itertools.count(1)


def postgres_only(test):
    """Collected only when the test server is there (never a skipped test), and on that
    engine only."""
    if not postgres.server_url():
        return None
    if "database" in inspect.signature(test).parameters:
        return pytest.mark.parametrize("engine", ["postgresql"])(test)
    return test


# -- URLs ------------------------------------------------------------------------------------


def test_server_url_percent_encodes_every_part_and_parse_reads_it_back():
    url = signin.server_url("db.example.com", 6543, "ärenden desk", "åsa@corp", PASSWORD,
                            "require", sslcert="/home/åsa/.postgresql/cert.pem")
    assert PASSWORD not in url and "åsa" not in url
    parts = signin.parse(url)
    assert (parts.host, parts.port, parts.database, parts.login, parts.password) == (
        "db.example.com", 6543, "ärenden desk", "åsa@corp", PASSWORD)
    assert parts.sslmode == "require"
    assert parts.options["sslcert"] == "/home/åsa/.postgresql/cert.pem"


def test_parse_fills_in_the_default_port_and_reads_an_ipv6_host():
    parts = signin.parse("postgresql://[::1]/casedesk")
    assert (parts.host, parts.port, parts.login, parts.password) == ("::1", 5432, "", None)
    assert signin.server_text(signin.server_url("::1", 5433, "cd", "bo")) == "[::1]:5433/cd"


def test_parse_refuses_another_scheme_and_a_bad_port():
    with pytest.raises(ValueError):
        signin.parse("sqlite:///x.db")
    with pytest.raises(ValueError):
        signin.parse("postgresql://host:port/db")


def test_safe_text_never_shows_the_password():
    url = signin.server_url("db.example.com", None, "casedesk", "asa", PASSWORD)
    assert signin.safe_text(url) == "asa@db.example.com:5432/casedesk"
    assert "Hemligt" not in signin.safe_text(url) and "%" not in signin.safe_text(url)
    assert signin.safe_text("postgresql://asa:pw@host:notaport/db") == "host:notaport/db"
    assert signin.safe_text(sqlite_url("/data/my cases.db")) == "/data/my cases.db"


def test_without_password_keeps_the_login_and_the_options():
    url = signin.server_url("h", 5433, "d", "asa", PASSWORD, "verify-full")
    stored = signin.without_password(url)
    assert PASSWORD not in stored and "Hemligt" not in stored
    parts = signin.parse(stored)
    assert (parts.login, parts.password, parts.port, parts.sslmode) == (
        "asa", None, 5433, "verify-full")
    assert signin.parse(signin.with_login(stored, "bo", "x")).password == "x"


@pytest.mark.parametrize("host, port, name, field, code", [
    ("", "5432", "casedesk", "host", "required"),
    ("   ", "5432", "casedesk", "host", "required"),
    ("db host", "5432", "casedesk", "host", "invalid"),
    ("db", "five", "casedesk", "port", "invalid"),
    ("db", "0", "casedesk", "port", "invalid"),
    ("db", "70000", "casedesk", "port", "invalid"),
    ("db", "-1", "casedesk", "port", "invalid"),
    ("db", "5432", "", "database_name", "required"),
])
def test_checked_server_url_refuses_bad_input_at_its_field(host, port, name, field, code):
    with pytest.raises(ValidationError) as caught:
        signin.checked_server_url(host, port, name, "asa", "prefer")
    assert (caught.value.field, caught.value.code) == (field, code)


def test_checked_server_url_leaves_out_the_defaults():
    assert signin.checked_server_url(" db.example.com ", "5432", "casedesk", "", "prefer") \
        == "postgresql://db.example.com/casedesk"
    assert signin.checked_server_url("db", "", "cd", "asa", "require") \
        == "postgresql://asa@db/cd?sslmode=require"


@pytest.mark.parametrize("message, code", [
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
     'authentication failed for user "asa"', "auth_failed"),
    ("connection to server failed: fe_sendauth: no password supplied", "auth_failed"),
    ('FATAL:  database "nope" does not exist', "no_database"),
    ("connection to server failed: Connection refused", "unreachable"),
    ("failed to resolve host 'x.invalid': Name or service not known", "unreachable"),
])
def test_classify_turns_driver_messages_into_codes(message, code):
    error = signin.classify(Exception(message), "postgresql://asa:pw@h/nope")
    assert error.code == code
    assert error.params["server"] == "asa@h:5432/nope"
    assert "pw" not in str(error.params)


def test_a_password_is_never_part_of_an_error():
    url = signin.server_url("h", None, "d", "asa", PASSWORD)
    error = signin.classify(Exception(f"invalid option near '{PASSWORD}'"), url)
    assert PASSWORD not in str(error.params) and "•••" in error.params["detail"]


# -- remembered passwords --------------------------------------------------------------------


@pytest.fixture
def memory_keyring():
    with keyrings.use(keyrings.MemoryKeyring()) as backend:
        yield backend


def test_remember_recall_and_forget_a_password(memory_keyring):
    url = signin.server_url("db.example.com", None, "casedesk", "asa")
    assert credentials.available()
    assert credentials.recall(url, "asa") is None
    assert credentials.remember(url, "asa", PASSWORD)
    assert memory_keyring.passwords == {("CaseDesk", "asa@db.example.com:5432/casedesk"):
                                        PASSWORD}
    assert credentials.recall(url, "asa") == PASSWORD
    assert credentials.recall(url, "bo") is None
    credentials.forget(url, "asa")
    credentials.forget(url, "asa")  # twice: nothing there, no error
    assert credentials.recall(url, "asa") is None


@pytest.mark.parametrize("backend", [keyrings.FailingKeyring(),
                                     keyring.backends.fail.Keyring()])
def test_a_keyring_that_fails_is_never_a_crash(backend):
    url = signin.server_url("h", None, "d", "asa")
    with keyrings.use(backend):
        assert not credentials.remember(url, "asa", PASSWORD)
        assert credentials.recall(url, "asa") is None
        credentials.forget(url, "asa")
    with keyrings.use(keyring.backends.fail.Keyring()):
        assert not credentials.available()


# -- signing in: both engines ----------------------------------------------------------------


def _pg_url(database, login: str | None = None, password: str | None = None) -> str:
    """The URL of a test database on the test server, for a login (or the superuser)."""
    server = urlparse(postgres.server_url())
    if login is None:
        return postgres.with_database(postgres.server_url(), database.database)
    return signin.server_url(server.hostname, server.port, database.database, login, password)


def _row_counts(engine: str, database) -> dict[str, int]:
    """Rows per table, read on a connection of its own (the superuser's on a server)."""
    if engine == "sqlite":
        con = sqlite3.connect(database.database)
        try:
            names = [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%'")]
            return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
        finally:
            con.close()
    import psycopg

    with psycopg.connect(_pg_url(database), autocommit=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture
def logins():
    """PostgreSQL login roles made for a test (members of casedesk_agent), dropped after."""
    made: list[str] = []

    def make(password: str | None = PASSWORD, *, group: str | None = "casedesk_agent") -> str:
        from psycopg import sql

        name = f"cd_signin_{os.getpid()}_{next(_names)}"
        with postgres.admin_connection() as con:
            con.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
            made.append(name)
            if group:
                con.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group),
                                                             sql.Identifier(name)))
        return name

    yield make
    if made:
        from psycopg import sql

        with postgres.admin_connection() as con:
            for name in made:
                con.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture
def opened():
    """What signin.connect opened in a test, closed afterwards."""
    results = []
    yield results
    for result in results:
        result.database.close()
    db.initialize(None)


def _login_url(engine, database, make_login, *, with_user=None) -> tuple[str, str]:
    """(url, login) of a person: a new server login, or this computer's OS login."""
    if engine == "sqlite":
        return sqlite_url(database.database), admin.os_login()
    login = make_login()
    return _pg_url(database, login, PASSWORD), login


def test_connect_signs_in_the_user_of_the_database_login(engine, database, session, logins,
                                                          opened, tmp_path):
    url, login = _login_url(engine, database, logins)
    if admin.find_user_by_login(login) is None:
        admin.create_user(session, "Kim Nordin", login)
    customer = Account.create(name="Havstål AB").id
    result, signed_in = signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
    opened.append(result)
    assert (signed_in.login, signed_in.user_name) == (login, "Kim Nordin")
    assert admin.database_login() == login
    # the audit log records the real login
    case_id = cases.create_case(signed_in, cases.NewCase(title="Skrivaren skriver inte",
                                                         customer_account_id=customer))
    logged = {row.login for row in AuditLog.select().where(
        (AuditLog.entity == "incident") & (AuditLog.record_id == case_id))}
    assert logged == {login}


def test_a_login_without_a_casedesk_account_is_refused_and_nothing_is_written(
        engine, database, session, logins, opened, tmp_path, monkeypatch):
    if engine == "sqlite":
        monkeypatch.setattr(admin, "os_login", lambda: "nobody-here")
        url, login = sqlite_url(database.database), "nobody-here"
    else:
        url, login = _login_url(engine, database, logins)
    before = _row_counts(engine, database)
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "no_account"
    assert caught.value.params["login"] == login
    assert _row_counts(engine, database) == before
    if engine == "postgresql":
        check = signin.test_connection(url, 5)
        assert check.error.code == "no_account" and check.login == login


def test_a_deactivated_user_is_refused(engine, database, session, logins, tmp_path):
    from casedesk.models import AppUser

    url, login = _login_url(engine, database, logins)
    if admin.find_user_by_login(login) is None:
        admin.create_user(session, "Kim Nordin", login)
    AppUser.update(active=False).where(AppUser.login == login).execute()
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "no_account"


def test_connect_never_logs_the_password(engine, database, session, logins, opened, tmp_path,
                                         caplog):
    url, login = _login_url(engine, database, logins)
    if admin.find_user_by_login(login) is None:
        admin.create_user(session, "Kim Nordin", login)
    with caplog.at_level(logging.DEBUG):
        result, _ = signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
        opened.append(result)
        if engine == "postgresql":
            with pytest.raises(DatabaseOpenError):
                signin.connect(_pg_url(database, login, "wrong " + PASSWORD),
                               backups_dir=tmp_path / "b", timeout=5)
    assert "Hemligt" not in caplog.text and "Hemligt" not in str(
        [r.args for r in caplog.records])


# -- signing in: the server's bad input -------------------------------------------------------


@postgres_only
def test_a_wrong_password_is_auth_failed_and_nothing_is_written(database, session, logins,
                                                                tmp_path):
    login = logins()
    admin.create_user(session, "Kim Nordin", login)
    before = _row_counts("postgresql", database)
    for password in ("wrong", None):
        url = _pg_url(database, login, password)
        with pytest.raises(DatabaseOpenError) as caught:
            signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
        assert caught.value.code == "auth_failed"
        assert signin.test_connection(url, 5).error.code == "auth_failed"
    # an unknown login is refused the same way (nobody learns which logins exist)
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(_pg_url(database, "no_such_login_xyz", PASSWORD),
                       backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "auth_failed"
    assert _row_counts("postgresql", database) == before


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


@postgres_only
def test_an_unreachable_server_is_said_quickly(tmp_path):
    url = signin.server_url("127.0.0.1", _closed_port(), "casedesk", "asa", PASSWORD)
    start = time.monotonic()
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(url, backups_dir=tmp_path / "b", timeout=1)
    assert caught.value.code == "unreachable"
    assert caught.value.params["server"] == f"asa@127.0.0.1:{urlparse(url).port}/casedesk"
    check = signin.test_connection(url, 1)
    assert check.error.code == "unreachable"
    assert time.monotonic() - start < 4


@postgres_only
def test_a_database_that_does_not_exist(tmp_path):
    server = urlparse(postgres.server_url())
    url = signin.server_url(server.hostname, server.port, "no_such_db_here", server.username,
                            server.password)
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "no_database"
    assert signin.test_connection(url, 5).error.code == "no_database"


@pytest.fixture
def foreign_database():
    """An empty database on the test server (not CaseDesk's), dropped after."""
    name = f"cd_foreign_{os.getpid()}_{next(_names)}"
    with postgres.admin_connection() as con:
        con.execute(f'CREATE DATABASE "{name}"')
    url = postgres.with_database(postgres.server_url(), name)
    yield url
    postgres.drop_database(url)


def _tables(url: str) -> set[str]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        return {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}


@postgres_only
def test_an_empty_database_is_not_set_up_and_stays_empty(foreign_database, tmp_path):
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(foreign_database, backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "no_schema"
    assert signin.test_connection(foreign_database, 5).error.code == "no_schema"
    assert _tables(foreign_database) == set()


@postgres_only
def test_another_programs_database_is_not_casedesk_and_is_left_alone(foreign_database,
                                                                      tmp_path):
    import psycopg

    with psycopg.connect(foreign_database, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
        con.execute("INSERT INTO invoices (total) VALUES (12.5)")
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(foreign_database, backups_dir=tmp_path / "b", timeout=5)
    assert caught.value.code == "not_casedesk"
    assert signin.test_connection(foreign_database, 5).error.code == "not_casedesk"
    assert _tables(foreign_database) == {"invoices"}
    with psycopg.connect(foreign_database) as con:
        assert con.execute("SELECT count(*) FROM invoices").fetchone()[0] == 1


@postgres_only
@pytest.mark.parametrize("delta, code", [(1, "newer"), (-1, "needs_migration")])
def test_a_schema_of_another_version_is_refused_untouched(database, session, logins, tmp_path,
                                                          delta, code):
    import psycopg

    login = logins()
    admin.create_user(session, "Kim Nordin", login)
    with psycopg.connect(_pg_url(database), autocommit=True) as con:
        if delta > 0:
            con.execute("INSERT INTO schema_version (version, applied_on) VALUES (%s, 'x')",
                        (SCHEMA_VERSION + 1,))
        else:
            con.execute("UPDATE schema_version SET version = %s WHERE version = %s",
                        (SCHEMA_VERSION - 1, SCHEMA_VERSION))
    before = _row_counts("postgresql", database)
    url = _pg_url(database, login, PASSWORD)
    with pytest.raises(DatabaseOpenError) as caught:
        signin.connect(url, backups_dir=tmp_path / "b", timeout=5)
    error = caught.value
    assert error.code == code
    found = SCHEMA_VERSION + 1 if delta > 0 else SCHEMA_VERSION - 1
    assert (error.params["found"], error.params["supported"]) == (found, SCHEMA_VERSION)
    check = signin.test_connection(url, 5)
    assert check.error.code == code and check.error.params["found"] == found
    assert _row_counts("postgresql", database) == before


@postgres_only
def test_test_connection_says_who_you_are_and_leaves_the_open_database_alone(
        database, session, logins):
    login = logins()
    admin.create_user(session, "Kim Nordin", login)
    open_now = db.obj
    check = signin.test_connection(_pg_url(database, login, PASSWORD), 5)
    assert check.ok
    assert (check.version, check.login, check.user_name) == (SCHEMA_VERSION, login,
                                                             "Kim Nordin")
    assert db.obj is open_now
    assert admin.find_user_by_login("asa") is not None  # the app's database still answers
