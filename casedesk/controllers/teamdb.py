"""Setting up and upgrading a team database (issue 9, SPEC §6.2): what `casedesk admin init`,
`casedesk admin migrate` and `casedesk admin add-user` do. No Qt.

These run with a database administrator's login (the owner of the CaseDesk database, or a
superuser): they create tables, group roles and logins. Agents' apps never do any of it — on
a server database the app opens with migrate=False and says what an administrator must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from casedesk.controllers import admin
from casedesk.controllers.errors import RuleViolation, ValidationError
from casedesk.controllers.session import Session
from casedesk.models import db
from casedesk.models.db import is_postgres, make_database, sqlite_path, write_transaction
from casedesk.models.migrations import (
    SCHEMA_VERSION,
    DatabaseOpenError,
    current_version,
    open_database,
    server_error,
)
from casedesk.models.options import Role

ROLE_NAMES = {"agent": (Role.AGENT,), "manager": (Role.AGENT, Role.MANAGER),
              "admin": (Role.AGENT, Role.MANAGER, Role.ADMINISTRATOR)}


@dataclass
class InitResult:
    version: int
    admin_login: str
    login_created: bool


@dataclass
class MigrateResult:
    from_version: int
    to_version: int
    backup: Path | None


def _version_of(url: str) -> int | None:
    """The schema version of the database at url (None: no CaseDesk schema); refuses a
    database that holds other tables."""
    database = make_database(url)
    try:
        try:
            database.connect()
        except Exception as exc:  # psycopg/sqlite errors → the app's codes
            raise server_error(exc, url) from exc
        version = current_version(database)
        if version is None and database.get_tables():
            raise DatabaseOpenError("not_casedesk")
        return version
    finally:
        database.close()


def _session(database) -> Session:
    session = Session(database)
    session.login = admin.database_login()
    return session


def _create_login(login: str, password: str | None) -> bool:
    """A PostgreSQL login role (if missing). The password is hashed on this side (SCRAM,
    libpq's PQencryptPasswordConn): it never travels or lands in a server log in clear text.
    True when it was created."""
    exists = db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    conn = db.connection()
    if password:
        hashed = conn.pgconn.encrypt_password(password.encode(), login.encode(),
                                              b"scram-sha-256").decode()
    from psycopg import sql

    if exists:
        if password:
            stmt = sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(hashed))
            db.execute_sql(stmt.as_string(conn))
        return False
    stmt = sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login))
    if password:
        stmt = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(hashed))
    db.execute_sql(stmt.as_string(conn))
    return True


def init(url: str, *, admin_login: str, admin_name: str,
         admin_password: str | None = None) -> InitResult:
    """Make an empty database a CaseDesk database: the schema with its search index, audit
    guard and NOTIFY triggers, the group roles and GRANTs, the reference data, and the first
    administrator (their PostgreSQL login too, when missing). Refuses a database that is
    already one ("already_initialised") or holds other tables ("not_casedesk")."""
    admin_login = (admin_login or "").strip()
    admin_name = (admin_name or "").strip()
    if not admin_login:
        raise ValidationError("login", "required")
    if not admin_name:
        raise ValidationError("name", "required")
    if _version_of(url) is not None:
        raise RuleViolation("already_initialised")
    result = open_database(url, backups_dir=None, migrate=True)
    database = result.database
    try:
        session = _session(database)
        admin.ensure_reference_data(session)
        created = False
        with write_transaction():
            if is_postgres(database):
                created = _create_login(admin_login, admin_password)
            admin.create_user(session, admin_name, admin_login,
                              roles=ROLE_NAMES["admin"])
        return InitResult(SCHEMA_VERSION, admin_login, created)
    finally:
        database.close()
        db.initialize(None)


def pg_dump(url: str, folder: Path, label: str) -> Path | None:
    """A custom-format pg_dump of the database into folder; None when pg_dump is not
    installed. Raises RuleViolation("backup_failed", detail=…) when it fails."""
    exe = shutil.which("pg_dump")
    if exe is None:
        return None
    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{name}-{label}-{stamp}.dump"
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = unquote(parsed.password)
    cmd = [exe, "--format=custom", "--file", str(target), "--dbname", name]
    if parsed.hostname:
        cmd += ["--host", parsed.hostname]
    if parsed.port:
        cmd += ["--port", str(parsed.port)]
    if parsed.username:
        cmd += ["--username", unquote(parsed.username)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuleViolation("backup_failed", detail=done.stderr.strip()[:500])
    return target


def migrate(url: str, *, backups_dir: Path) -> MigrateResult:
    """Upgrade the database to this version's schema, after a backup (pg_dump when it is
    installed; a SQLite file is copied by open_database). Re-applies the GRANTs so that new
    tables get them. Nothing to do when it is current."""
    version = _version_of(url)
    if version is None:
        raise DatabaseOpenError("no_schema")
    if version > SCHEMA_VERSION:
        raise DatabaseOpenError("newer", found=version, supported=SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        return MigrateResult(version, version, None)
    backup = None
    if sqlite_path(url) is None:
        backup = pg_dump(url, backups_dir, f"v{version}")
    result = open_database(url, backups_dir=backups_dir, migrate=True)
    try:
        admin.ensure_reference_data(_session(result.database))  # options a step added
        if is_postgres(result.database):
            from casedesk.models import pg

            with result.database.atomic():
                pg.grant(result.database)
        return MigrateResult(version, SCHEMA_VERSION, backup or result.backup)
    finally:
        result.database.close()
        db.initialize(None)


def add_user(url: str, *, login: str, name: str, role: str = "agent",
             password: str | None = None, email: str | None = None) -> bool:
    """A CaseDesk user with a role (agent, manager or admin) and, on PostgreSQL, their login
    (created when missing, the password set when given) in the matching group role. Returns
    True when a database login was created."""
    if role not in ROLE_NAMES:
        raise ValidationError("roles", "invalid")
    result = open_database(url, backups_dir=None, migrate=False)
    database = result.database
    try:
        session = _session(database)
        created = False
        with write_transaction():
            if is_postgres(database):
                created = _create_login(login.strip(), password)
            admin.create_user(session, name, login.strip(), email=email,
                              roles=ROLE_NAMES[role])
        return created
    finally:
        database.close()
        db.initialize(None)
