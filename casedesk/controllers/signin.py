"""Signing in to a team database (SPEC §6.2): the address of a PostgreSQL server, opening it
for one person under their own database login, and a connection test that changes nothing.

A database URL may hold a password (`--database` in a script); it is never logged or shown:
`safe_text()` is what titles, status bars and log lines use. Certificates (sslmode, sslcert…
in the URL's query) and Kerberos/GSS or ~/.pgpass need no password here: libpq does the rest
when the URL has none. No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlparse

from peewee import DatabaseError, InterfaceError, OperationalError

from casedesk.controllers import admin
from casedesk.controllers.errors import NotFound, ValidationError
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models.db import is_sqlite, make_database, sqlite_path
from casedesk.models.migrations import (
    SCHEMA_TABLE,
    SCHEMA_VERSION,
    DatabaseOpenError,
    OpenResult,
    open_database,
    server_error,
)

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
#: the SSL modes offered in Preferences; a URL may carry any mode libpq knows
SSL_MODES = ("prefer", "require", "verify-full")
#: how long a sign-in or a test waits for a server that does not answer (seconds)
DEFAULT_TIMEOUT = 5.0


@dataclass(frozen=True)
class ServerParts:
    """A PostgreSQL URL taken apart (values decoded)."""

    host: str
    port: int
    database: str
    login: str
    password: str | None = None
    options: dict = field(default_factory=dict)  # the query: sslmode, sslcert, …

    @property
    def sslmode(self) -> str | None:
        return self.options.get("sslmode")


def is_server_url(url: str | None) -> bool:
    return bool(url) and urlparse(url).scheme in SCHEMES


def server_url(host: str, port: int | None, database: str, login: str | None,
               password: str | None = None, sslmode: str | None = None, **options) -> str:
    """postgresql://login[:password]@host[:port]/database[?sslmode=…], every part
    percent-encoded (a password may hold `@`, `:` or `/`)."""
    host = (host or "").strip()
    netloc = ""
    if login:
        netloc = quote(login, safe="")
        if password:
            netloc += ":" + quote(password, safe="")
        netloc += "@"
    netloc += f"[{host}]" if ":" in host else quote(host, safe="")
    if port:
        netloc += f":{int(port)}"
    query = {k: v for k, v in options.items() if v not in (None, "")}
    if sslmode:
        query = {"sslmode": sslmode, **query}
    url = f"postgresql://{netloc}/{quote(database or '', safe='')}"
    return url + ("?" + urlencode(query) if query else "")


def _clean_host(host: str) -> str:
    host = clean_text("host", host, max_length=255, required=True)
    if any(c.isspace() or c in "/@?#" for c in host):
        raise ValidationError("host", "invalid")
    return host


def _clean_port(port: str) -> int | None:
    port_text = (port or "").strip()
    if not port_text:
        return None
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValidationError("port", "invalid")
    return int(port_text)


def server_field_errors(host: str, port: str, database: str, login: str = "",
                        ) -> list[ValidationError]:
    """Every field of a server's address that is wrong (to show them all at once)."""
    errors = []
    for check in (lambda: _clean_host(host), lambda: _clean_port(port),
                  lambda: clean_text("database_name", database, max_length=63, required=True),
                  lambda: clean_text("login", login, max_length=120)):
        try:
            check()
        except ValidationError as exc:
            errors.append(exc)
    return errors


def checked_server_url(host: str, port: str, database: str, login: str = "",
                       sslmode: str | None = None, **options) -> str:
    """server_url from what a person typed; ValidationError (host required, port invalid,
    database_name required) when it cannot be a server's address."""
    errors = server_field_errors(host, port, database, login)
    if errors:
        raise errors[0]
    host, port_number = _clean_host(host), _clean_port(port)
    database = clean_text("database_name", database, max_length=63, required=True)
    login = clean_text("login", login, max_length=120) or None
    if port_number == DEFAULT_PORT:
        port_number = None
    if sslmode == "prefer":  # libpq's own default: no need to write it down
        sslmode = None
    return server_url(host, port_number, database, login, None, sslmode, **options)


def parse(url: str) -> ServerParts:
    """The parts of a postgresql:// URL. ValueError for another scheme or a bad port."""
    parsed = urlparse(url)
    if parsed.scheme not in SCHEMES:
        raise ValueError("not a PostgreSQL URL")
    port = parsed.port  # ValueError when not a number or out of range
    return ServerParts(
        host=parsed.hostname or "",
        port=port or DEFAULT_PORT,
        database=unquote(parsed.path.lstrip("/")),
        login=unquote(parsed.username) if parsed.username else "",
        password=unquote(parsed.password) if parsed.password is not None else None,
        options=dict(parse_qsl(parsed.query)),
    )


def _rebuild(parts: ServerParts, *, login: str | None, password: str | None) -> str:
    return server_url(parts.host, parts.port if parts.port != DEFAULT_PORT else None,
                      parts.database, login, password, **parts.options)


def with_login(url: str, login: str | None, password: str | None = None) -> str:
    """The URL with this login and password (None: no password in it)."""
    return _rebuild(parse(url), login=login, password=password)


def without_password(url: str) -> str:
    """The URL as it may be stored in the settings: no password."""
    if not is_server_url(url):
        return url
    try:
        parts = parse(url)
    except ValueError:
        return url
    return _rebuild(parts, login=parts.login or None, password=None)


def server_text(url: str) -> str:
    """host:port/database: which server, without a login (the sign-in dialog's heading)."""
    parts = parse(url)
    host = f"[{parts.host}]" if ":" in parts.host else (parts.host or "localhost")
    return f"{host}:{parts.port}/{parts.database}"


def safe_text(url: str) -> str:
    """A database URL for titles, status bars and logs: a file's path, or
    login@host:port/database for a server; never a password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    if is_server_url(url):
        try:
            parts = parse(url)
            text = server_text(url)
        except ValueError:
            return url.rsplit("@", 1)[-1]  # whatever is after the credentials
        return f"{parts.login}@{text}" if parts.login else text
    return url.rsplit("@", 1)[-1]


# -- errors --------------------------------------------------------------------------------

def classify(exc: Exception, url: str) -> DatabaseOpenError:
    """The coded error for a failed connection to a server (models.migrations.server_error),
    with the server named and no password in its detail."""
    return _for_server(server_error(exc, url), url)


def _scrub(text: str, url: str) -> str:
    """text without the URL's password, whichever way it is written (a belt to the braces:
    libpq does not repeat a password in its messages)."""
    try:
        password = parse(url).password
    except ValueError:
        password = urlparse(url).password
    for form in {password, quote(password or "", safe="")} - {None, ""}:
        text = text.replace(form, "•••")
    return text


def _for_server(exc: DatabaseOpenError, url: str) -> DatabaseOpenError:
    """An error from open_database with the server named and no password in its detail."""
    exc.params.setdefault("server", safe_text(url))
    if isinstance(exc.params.get("detail"), str):
        exc.params["detail"] = _scrub(exc.params["detail"], url)
    return exc


# -- signing in ----------------------------------------------------------------------------


def connect(url: str, *, backups_dir: Path | None, timeout: float = DEFAULT_TIMEOUT,
            ) -> tuple[OpenResult, Session]:
    """Open the database at url (never migrating a server's schema) and sign in the person
    whose database login it is. Raises DatabaseOpenError: the open errors, or "no_account"
    (login=) when the login has no CaseDesk user; nothing is written then."""
    server = is_server_url(url)
    try:
        result = open_database(url, backups_dir=backups_dir, timeout=timeout, migrate=not server)
    except DatabaseOpenError as exc:
        if server:
            raise _for_server(exc, url) from exc.__cause__
        raise
    session = Session(result.database)
    try:
        if is_sqlite(result.database):
            admin.ensure_reference_data(session)
        login = admin.database_login()
        try:
            info = admin.sign_in(session, login)
        except NotFound:
            info = None
        if info is None or not info.active:  # a deactivated user has no account any more
            raise DatabaseOpenError("no_account", login=login, server=safe_text(url))
    except BaseException:
        _close(result.database)
        raise
    log.info("signed in to %s as %s", safe_text(url), login)
    return result, session


def _close(database) -> None:
    from casedesk.models import db

    try:
        database.close()
    except Exception:  # noqa: BLE001 (already gone: nothing to close)
        pass
    if db.obj is database:
        db.initialize(None)


@dataclass(frozen=True)
class ConnectionCheck:
    """What Test connection found: an error, or the schema version and who you are."""

    error: DatabaseOpenError | None = None
    version: int | None = None
    login: str | None = None
    user_name: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def test_connection(url: str, timeout: float = DEFAULT_TIMEOUT) -> ConnectionCheck:
    """Connect, check that it is a CaseDesk database this version can use and that the login
    has an account, and close. Reads only; it leaves the open database (the model proxy)
    alone, so it may run on a worker thread while the app works."""
    if not is_server_url(url):
        raise ValueError("test_connection is for a server")
    database = make_database(url, timeout=timeout)
    try:
        database.connect()
    except (OperationalError, InterfaceError, DatabaseError) as exc:
        return ConnectionCheck(classify(exc, url))
    except Exception as exc:  # noqa: BLE001 (a bad host name, an option libpq refuses)
        return ConnectionCheck(classify(exc, url))
    try:
        return _check(database, url)
    except (OperationalError, InterfaceError, DatabaseError) as exc:
        return ConnectionCheck(classify(exc, url))
    finally:
        database.close()


def _check(database, url: str) -> ConnectionCheck:
    server = safe_text(url)
    database.execute_sql("SET default_transaction_read_only = on")  # this session only
    if not database.table_exists(SCHEMA_TABLE):
        tables = database.execute_sql(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')").fetchone()[0]
        code = "not_casedesk" if tables else "no_schema"
        return ConnectionCheck(DatabaseOpenError(code, server=server))
    version = database.execute_sql(f"SELECT MAX(version) FROM {SCHEMA_TABLE}").fetchone()[0]
    version = int(version or 0)
    if version > SCHEMA_VERSION:
        return ConnectionCheck(DatabaseOpenError("newer", found=version,
                                                 supported=SCHEMA_VERSION, server=server),
                               version)
    if version < SCHEMA_VERSION:
        return ConnectionCheck(DatabaseOpenError("needs_migration", found=version,
                                                 supported=SCHEMA_VERSION, server=server),
                               version)
    login = database.execute_sql("SELECT session_user").fetchone()[0]
    row = database.execute_sql(
        "SELECT name, active FROM app_user WHERE login = %s", (login,)).fetchone()
    if row is None or not row[1]:
        return ConnectionCheck(DatabaseOpenError("no_account", login=login, server=server),
                               version, login)
    return ConnectionCheck(None, version, login, row[0])


test_connection.__test__ = False  # not a pytest test, whatever its name
