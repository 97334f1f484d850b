"""Ordered schema migration steps and the runner (SPEC §5, §6.3).

A new database is created from the current models and stamped with SCHEMA_VERSION. An older
one is copied to the backups folder first, then brought up step by step, each step in one
transaction. A database newer than the app, a corrupt, read-only or locked file is refused
with a coded error and left untouched (it is inspected through a read-only connection first).

To change the schema: edit the models, add `mNNNN_what.py` with `VERSION = NNNN` and
`def upgrade(database, migrator)`, append it to STEPS and bump nothing else.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import DatabaseError, OperationalError
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from casedesk.models import ALL_MODELS
from casedesk.models.db import db, is_postgres, is_sqlite, make_database, sqlite_path, sqlite_url
from casedesk.models.migrations import (
    m0002_title_sort,
    m0003_name_sort,
    m0004_activity_indexes,
    m0005_search,
    m0006_team,
)

#: Steps after the initial schema (version 1), in order: (version, upgrade function).
STEPS: list = [
    (m0002_title_sort.VERSION, m0002_title_sort.upgrade),
    (m0003_name_sort.VERSION, m0003_name_sort.upgrade),
    (m0004_activity_indexes.VERSION, m0004_activity_indexes.upgrade),
    (m0005_search.VERSION, m0005_search.upgrade),
    (m0006_team.VERSION, m0006_team.upgrade),
]

#: The version of the schema the current models describe.
SCHEMA_VERSION = 1 + len(STEPS)

_SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """The database cannot be opened. `code` says why; the UI turns it into a sentence.

    Codes: newer (params: found, supported), corrupt, readonly, locked, not_casedesk,
    unreachable (params: detail), migration_failed (params: detail); for a server also
    auth_failed (login), no_database (name), no_schema (an empty database: `casedesk admin
    init` makes it one) and needs_migration (found, supported: `casedesk admin migrate`).
    """

    def __init__(self, code: str, **params):
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass
class OpenResult:
    database: object
    created: bool  # a new, empty database was made
    from_version: int  # 0 when created
    backup: Path | None  # the copy made before migrating, if any


SCHEMA_TABLE = "schema_version"


def _readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for a file; the path percent-encoded (`#`, `?`, `%` in names)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def _read_version_sqlite(path: Path, timeout: float) -> tuple[int | None, bool]:
    """(schema version or None, has other tables), read without writing a byte."""
    uri = _readonly_uri(path)
    with open(path, "rb") as fh:
        header = fh.read(20)
    wal = Path(f"{path}-wal")
    if header[18:20] == b"\x02\x02" and not wal.exists():
        # A WAL file that nobody has open: a read-only connection would still create the
        # -wal and -shm files and leave them behind. Everything is in the main file, so read
        # it as immutable (no locks, no side files).
        uri += "&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=timeout)
    except sqlite3.OperationalError as exc:
        raise DatabaseOpenError("unreachable", detail=str(exc)) from exc
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if SCHEMA_TABLE not in names:
            return None, bool(names)
        row = con.execute(f"SELECT MAX(version) FROM {SCHEMA_TABLE}").fetchone()
        return (row[0] or 0), True
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError("locked") from exc
        raise DatabaseOpenError("corrupt") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError("corrupt") from exc
    finally:
        con.close()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or that nobody may write."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except PermissionError as exc:
        raise DatabaseOpenError("readonly") from exc
    if header and header != _SQLITE_HEADER:
        raise DatabaseOpenError("corrupt")
    # Write bits (not os.access, which is always true for root).
    if not path.stat().st_mode & 0o222:
        raise DatabaseOpenError("readonly")
    folder = path.parent
    if not folder.stat().st_mode & 0o222:
        raise DatabaseOpenError("readonly")


def backup_sqlite(path: Path, backups_dir: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file (the online backup API) in backups_dir."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{path.stem}-{label}-{stamp}{path.suffix or '.db'}"
    n = 1
    while target.exists():
        n += 1
        target = backups_dir / f"{path.stem}-{label}-{stamp}-{n}{path.suffix or '.db'}"
    src = sqlite3.connect(_readonly_uri(path), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _ensure_schema_table(database) -> None:
    database.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} ("
        "version INTEGER NOT NULL PRIMARY KEY, applied_on VARCHAR(32) NOT NULL)"
    )


def _stamp(database, version: int) -> None:
    database.execute_sql(
        f"INSERT INTO {SCHEMA_TABLE} (version, applied_on) VALUES ({int(version)}, "
        f"'{datetime.now().isoformat(timespec='seconds')}')"
    )


def _migrator(database):
    return SqliteMigrator(database) if is_sqlite(database) else PostgresqlMigrator(database)


def create_schema(database) -> None:
    """Create every table and index of the current models and stamp the version."""
    with database.bind_ctx(ALL_MODELS):
        with database.atomic():
            database.create_tables(ALL_MODELS)
            # Objects the models do not describe: the full-text index (FTS5 on SQLite), and on
            # PostgreSQL search, audit guard, NOTIFY triggers, roles and GRANTs (models/pg.py).
            m0005_search.create_search_index(database)
            _ensure_schema_table(database)
            _stamp(database, SCHEMA_VERSION)
            if is_postgres(database):
                from casedesk.models import pg

                pg.install(database)


def current_version(database) -> int | None:
    if not database.table_exists(SCHEMA_TABLE):
        return None
    return database.execute_sql(f"SELECT MAX(version) FROM {SCHEMA_TABLE}").fetchone()[0]


def upgrade(database, from_version: int, steps=None) -> int:
    """Run the steps above from_version, each in its own transaction. Returns the new version."""
    steps = STEPS if steps is None else steps
    version = from_version
    sqlite = is_sqlite(database)
    # A step that rebuilds a table drops the old one: with foreign keys on, that would
    # cascade into the rows that point at it. Checked again after the steps instead.
    if sqlite:
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        # Steps may use the models: bind them to this database while they run.
        with database.bind_ctx(ALL_MODELS):
            for step_version, fn in steps:
                if step_version <= version:
                    continue
                with database.atomic():
                    fn(database, _migrator(database))
                    if sqlite:
                        broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseError(f"step {step_version} broke "
                                                f"{len(broken)} references")
                    _stamp(database, step_version)
                version = step_version
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")
    return version


#: Fragments of libpq's and the server's messages for a refused sign-in (English; a server set
#: to another language words them otherwise and falls back to "unreachable" with its text).
_AUTH_FRAGMENTS = (
    "password authentication failed", "no password supplied", "authentication failed",
    "peer authentication failed", "gssapi", "certificate authentication failed",
    "no pg_hba.conf entry", "role \"", "permission denied for database",
    "not permitted to log in")


def server_error(exc: Exception, url: str) -> DatabaseOpenError:
    """The coded error for a failed connection to a database server: no_database (name),
    auth_failed (login, password_missing) or unreachable (detail: the driver's text)."""
    from urllib.parse import unquote, urlparse

    parsed = urlparse(url)
    detail = str(exc).strip() or type(exc).__name__
    lower = detail.lower()
    if 'database "' in lower and "does not exist" in lower:
        return DatabaseOpenError("no_database", name=unquote(parsed.path.lstrip("/")),
                                 detail=detail)
    if any(fragment in lower for fragment in _AUTH_FRAGMENTS):
        return DatabaseOpenError("auth_failed", login=unquote(parsed.username or ""),
                                 password_missing="no password supplied" in lower,
                                 detail=detail)
    return DatabaseOpenError("unreachable", detail=detail)


def open_database(url: str, *, backups_dir: Path | None, timeout: float = 5.0,
                  steps=None, target_version: int | None = None,
                  migrate: bool = True) -> OpenResult:
    """Open the database at url and bind the model proxy to it.

    A SQLite file is created or upgraded (after a backup) as needed. A server database
    (PostgreSQL) is created or upgraded only with migrate=True, which is what `casedesk admin
    init/migrate` pass; the app passes migrate=False and gets "no_schema" for an empty
    database and "needs_migration" for an older one: an administrator must act.
    `steps`/`target_version` exist for the tests of the runner itself.
    """
    steps = STEPS if steps is None else steps
    head = target_version if target_version is not None else SCHEMA_VERSION
    path = sqlite_path(url)
    backup = None
    if path is not None:
        path = path.expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _check_sqlite_file(path)
            version, has_tables = _read_version_sqlite(path, timeout)
            if version is None and has_tables:
                raise DatabaseOpenError("not_casedesk")
            if version is not None and version > head:
                raise DatabaseOpenError("newer", found=version, supported=head)
            if version is not None and version < head:
                backup = backup_sqlite(path, backups_dir, f"v{version}")
        else:
            version = None
    database = make_database(url if path is None else sqlite_url(path), timeout=timeout)
    try:
        database.connect(reuse_if_open=True)
    except OperationalError as exc:
        msg = str(exc).lower()
        if path is None:
            raise server_error(exc, url) from exc
        if "locked" in msg or "busy" in msg:
            raise DatabaseOpenError("locked") from exc
        raise DatabaseOpenError("unreachable", detail=str(exc)) from exc
    except DatabaseError as exc:
        if path is None:
            raise server_error(exc, url) from exc
        raise DatabaseOpenError("corrupt") from exc
    try:
        if path is None:
            version = current_version(database)
            if version is not None and version > head:
                raise DatabaseOpenError("newer", found=version, supported=head)
            if version is None and database.get_tables():
                raise DatabaseOpenError("not_casedesk")
            if not migrate and version is None:
                raise DatabaseOpenError("no_schema")
            if not migrate and version < head:
                raise DatabaseOpenError("needs_migration", found=version, supported=head)
        if version is None:
            create_schema(database)
            created, from_version = True, 0
        else:
            from_version = version
            created = False
            if version < head:
                upgrade(database, version, steps)
    except DatabaseOpenError:
        database.close()
        raise
    except Exception as exc:  # a step may fail with any error: the app gets a code
        database.close()
        msg = str(exc).lower()
        if isinstance(exc, OperationalError) and ("locked" in msg or "busy" in msg):
            raise DatabaseOpenError("locked") from exc
        raise DatabaseOpenError("migration_failed", detail=str(exc)) from exc
    db.initialize(database)
    return OpenResult(database, created, from_version, backup)
