"""The one database proxy and how a URL becomes a connection. No Qt here."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlparse

from peewee import (
    DatabaseProxy,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.shortcuts import ReconnectMixin

db = DatabaseProxy()

#: The workload standard (bench/WORKLOAD.md): WAL, synchronous=NORMAL, foreign keys on.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -64_000,  # 64 MB page cache: a million-case list stays in memory
    "temp_store": "memory",
}


def sqlite_path(url: str) -> Path | None:
    """The file a `sqlite:///path` URL names (`sqlite:////abs`, `sqlite:///C:/x` or relative).

    None for other engines and for `sqlite:///:memory:`.
    """
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    path = unquote(parsed.path)[1:]  # drop the slash that ends "sqlite://"
    if path in ("", ":memory:"):
        return None
    return Path(path)


def sqlite_url(path: Path | str) -> str:
    """The URL for a SQLite file (percent-encoded: a `#`, `?` or `%` in a folder name stays
    part of the path when sqlite_path reads it back)."""
    return "sqlite:///" + quote(str(Path(path).absolute()), safe="/\\:")


class TeamDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL (psycopg 3) that reconnects when the server dropped the connection.

    Only a statement outside a transaction is retried on a new connection (ReconnectMixin
    never retries inside one: a command whose transaction was cut off fails as a whole and
    the user saves again). The fragments are psycopg 3's messages for a lost connection.
    """

    reconnect_errors = (
        (OperationalError, "server closed the connection"),
        (OperationalError, "terminating connection"),
        (OperationalError, "the connection is closed"),
        (OperationalError, "connection is lost"),
        (OperationalError, "consuming input failed"),
        (OperationalError, "connection refused"),
        (InterfaceError, "the connection is closed"),
        (InterfaceError, "connection already closed"),
    )


def make_database(url: str, *, timeout: float = 5.0):
    """A peewee database for a URL (not yet connected)."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = sqlite_path(url)
        pragmas = {**SQLITE_PRAGMAS, "busy_timeout": int(timeout * 1000)}
        return SqliteDatabase(str(path) if path is not None else ":memory:", pragmas=pragmas,
                              check_same_thread=False, timeout=timeout)
    if parsed.scheme in ("postgres", "postgresql"):
        options = dict(parse_qsl(parsed.query))  # sslmode, sslcert, … go to libpq as they are
        # Our list queries are written driving table first, then LEFT JOINs to lookups: keep
        # that order instead of searching all orders of ten joins on every call (planning
        # took ~3 ms of a 3.5 ms page at 10,000 cases; 0.85 ms with the order kept; issue 9
        # benchmark). The planner still picks each join's method and inner side.
        options.setdefault("options", "-c join_collapse_limit=1 -c from_collapse_limit=1")
        return TeamDatabase(
            unquote(parsed.path.lstrip("/")) or None,
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname,
            port=parsed.port,
            prefer_psycopg3=True,
            connect_timeout=max(1, int(timeout)),
            application_name="CaseDesk",
            **options,
        )
    raise ValueError(f"unsupported database URL: {url!r}")


def write_transaction(database=None):
    """A transaction that takes the write lock at once (BEGIN IMMEDIATE on SQLite), so two
    processes writing the same file queue on busy_timeout instead of failing."""
    target = database if database is not None else db
    if is_sqlite(target.obj if isinstance(target, DatabaseProxy) else target):
        return target.atomic("IMMEDIATE")
    return target.atomic()


def is_postgres(database=None) -> bool:
    """True when the (proxied) database is PostgreSQL."""
    target = database if database is not None else db.obj
    return isinstance(target, PostgresqlDatabase)


def is_sqlite(database=None) -> bool:
    """True when the (proxied) database is SQLite."""
    target = database if database is not None else db.obj
    return isinstance(target, SqliteDatabase)
