"""A lost connection is recognised as such (the window shows a banner and retries instead of
an error dialog), and only that; the database reconnects on its own outside a transaction."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from peewee import IntegrityError, InterfaceError, OperationalError, ProgrammingError

from casedesk.controllers import connectivity
from casedesk.controllers.cases import NewCase, create_case
from casedesk.controllers.connectivity import is_connection_lost
from casedesk.models import Account, Case, db
from casedesk.models.db import is_sqlite, make_database, sqlite_url, write_transaction


def wrapped(driver_error, peewee_type=OperationalError):
    """What peewee raises: its own type around the driver's exception."""
    try:
        try:
            raise driver_error
        except Exception as exc:
            raise peewee_type(exc, *exc.args) from None
    except peewee_type as outer:
        outer.__context__ = driver_error
        return outer


@pytest.mark.parametrize("error", [
    psycopg.OperationalError("consuming input failed: server closed the connection "
                             "unexpectedly"),
    psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", port '
                             '5432 failed: Connection refused'),
    psycopg.OperationalError("the connection is closed"),
    psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
    psycopg.errors.CannotConnectNow("the database system is starting up"),
    sqlite3.OperationalError("unable to open database file"),
    sqlite3.OperationalError("disk I/O error"),
])
def test_a_lost_connection_is_recognised(error):
    assert is_connection_lost(error)
    assert is_connection_lost(wrapped(error))
    assert is_connection_lost(wrapped(error, InterfaceError))


@pytest.mark.parametrize("error", [
    psycopg.errors.QueryCanceled("canceling statement due to statement timeout"),
    psycopg.errors.SerializationFailure("could not serialize access"),
    psycopg.errors.UndefinedTable('relation "incident" does not exist'),
    sqlite3.OperationalError("no such table: incident"),
    sqlite3.OperationalError("database is locked"),
    ValueError("server closed the connection"),  # a bug that happens to say so
])
def test_other_errors_are_not_a_lost_connection(error):
    assert not is_connection_lost(error)
    if not isinstance(error, ValueError):
        assert not is_connection_lost(wrapped(error))
    assert not is_connection_lost(IntegrityError("UNIQUE constraint failed"))
    assert not is_connection_lost(ProgrammingError("syntax error"))
    assert not is_connection_lost(None)


def test_a_dropped_connection_fails_the_command_whole_and_the_next_one_reconnects(database,
                                                                                 session):
    """The server ends our session between two commands (a restart, a network cut): the
    next command on the same thread just works; one cut off inside its transaction fails as
    a whole, as a lost connection, and leaves nothing."""
    account = Account.create(name="Havstål AB")
    if is_sqlite(database):  # a file has no server to end the session: closed under us
        database.close()
        connectivity.ensure_connection(database)
        assert create_case(session, NewCase(title="Efter", customer_account_id=account.id))
        return

    def kill_my_backend():
        pid = database.connection().info.backend_pid
        with psycopg.connect(database.test_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    kill_my_backend()  # between two commands: the next one reconnects by itself
    first = create_case(session, NewCase(title="Efter avbrottet", customer_account_id=account.id))
    assert Case.get_by_id(first).title == "Efter avbrottet"

    with pytest.raises(Exception) as caught:  # inside one: it fails whole
        with write_transaction():
            Case.update(title="Halvvägs").where(Case.id == first).execute()
            kill_my_backend()
            Case.update(description="aldrig").where(Case.id == first).execute()
    assert is_connection_lost(caught.value)
    connectivity.ensure_connection(database)
    assert Case.get_by_id(first).title == "Efter avbrottet"


def test_probing_a_database_file_that_went_away_fails_without_making_an_empty_one(tmp_path):
    missing = tmp_path / "share" / "casedesk.db"
    with pytest.raises(sqlite3.OperationalError) as caught:
        connectivity.probe_fresh(make_database(sqlite_url(missing)))
    assert is_connection_lost(caught.value)
    assert not missing.exists()


def test_probing_a_database_that_is_there(database):
    connectivity.probe_fresh(database)
    connectivity.probe(database)
    assert db.obj is database
