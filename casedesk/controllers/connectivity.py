"""Is the database still there? Recognising a lost connection, probing, reconnecting. No Qt.

A lost connection is not a bug: the server was restarted or went away, the network dropped,
a database file on a network share became unavailable. The UI shows it as a state of the
window (and retries) instead of as an unexpected error.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import InterfaceError, OperationalError

#: psycopg's messages (client side, no SQLSTATE) and the server's for a connection that is gone
_LOST_FRAGMENTS = (
    "server closed the connection",
    "terminating connection",
    "the connection is closed",
    "connection already closed",
    "connection is lost",
    "consuming input failed",
    "sending query failed",
    "connection refused",
    "connection failed",
    "could not connect",
    "could not receive data",
    "could not send data",
    "no connection to the server",
    "ssl connection has been closed",
    "the database system is shutting down",
    "the database system is starting up",
    "the database system is in recovery mode",
    "connection timeout expired",
    "connection reset by peer",
    "broken pipe",
    "network is unreachable",
    "no route to host",
    "name or service not known",
    "temporary failure in name resolution",
)
#: SQLite: the file (on a share) cannot be read or written any more
_SQLITE_FRAGMENTS = ("unable to open database file", "disk i/o error")
#: SQLSTATE classes and codes of a lost connection: 08 connection exception; 57P01 admin
#: shutdown, 57P02 crash shutdown, 57P03 cannot connect now
_LOST_STATES = ("57P01", "57P02", "57P03")


def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        # peewee wraps the driver's exception: it is the first argument and the context
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        if inner is not None and id(inner) not in seen:
            yield from _chain(inner)
        exc = exc.__cause__ or exc.__context__


def is_connection_lost(exc: BaseException | None) -> bool:
    """True when `exc` says the database connection is gone (not a bug, not bad data)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg ships with the app
        psycopg = None
    for item in _chain(exc):
        if psycopg is not None and isinstance(item, psycopg.Error):
            state = getattr(item, "sqlstate", None)
            if state is not None:
                if state.startswith("08") or state in _LOST_STATES:
                    return True
                continue  # a server error about the statement: not a lost connection
            if isinstance(item, (psycopg.OperationalError, psycopg.InterfaceError)):
                return True  # client side: the connection failed or is closed
        if isinstance(item, sqlite3.OperationalError):
            text = str(item).lower()
            if any(fragment in text for fragment in _SQLITE_FRAGMENTS):
                return True
            continue
        if isinstance(item, (OperationalError, InterfaceError)):
            text = str(item).lower()
            if any(f in text for f in _LOST_FRAGMENTS + _SQLITE_FRAGMENTS):
                return True
    return False


def probe(database) -> None:
    """A cheap round trip on this thread's connection (raises when the database is gone).

    On SQLite it reads the schema page, so a file that became unavailable fails here."""
    from casedesk.models.db import is_sqlite

    sql = "SELECT count(*) FROM sqlite_master" if is_sqlite(database) else "SELECT 1"
    database.execute_sql(sql).fetchone()


def ensure_connection(database) -> None:
    """This thread's connection works again: probe, and on a lost connection reopen it once
    (a connection the server dropped stays 'open' to peewee until a statement fails)."""
    try:
        probe(database)
        return
    except Exception as exc:
        if not is_connection_lost(exc) or database.in_transaction():
            raise
    try:
        database.close()
    except Exception:  # noqa: BLE001 - closing a dead connection may fail; it is gone anyway
        database.dispose()
    database.connect(reuse_if_open=True)
    probe(database)


def connect_params(database, application_name: str = "CaseDesk (probe)") -> dict:
    """psycopg.connect() keywords for another connection to a peewee PostgreSQL database's
    server, as the same login."""
    params = {k: v for k, v in database.connect_params.items() if v is not None}
    params.pop("prefer_psycopg3", None)
    if database.database:
        params["dbname"] = database.database
    params["application_name"] = application_name
    return params


def probe_fresh(database, timeout: float = 5.0) -> None:
    """Can a new connection reach the database? (raises when not). Off the GUI thread: it
    does not touch peewee's per-thread connections. A SQLite file is opened read-write
    without being created, so a share that went away is not answered by an empty file."""
    from casedesk.models.db import is_sqlite

    if is_sqlite(database):
        path = database.database
        if not path or path == ":memory:":
            return
        uri = Path(path).absolute().as_uri() + "?mode=rw"
        con = sqlite3.connect(uri, uri=True, timeout=timeout)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
        return
    import psycopg

    params = connect_params(database)
    params["connect_timeout"] = max(1, int(timeout))
    with psycopg.connect(autocommit=True, **params) as con:
        con.execute("SELECT 1").fetchone()
