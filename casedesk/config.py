"""Where CaseDesk keeps its files (platformdirs) and which database it opens. No Qt here."""

from __future__ import annotations

import errno
import getpass
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlparse

import platformdirs

from casedesk import APP_NAME, ORG_NAME
from casedesk.models.db import sqlite_path, sqlite_url


def data_dir() -> Path:
    """The user data folder: ~/.local/share/CaseDesk, %LOCALAPPDATA%\\CaseDesk\\CaseDesk …"""
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def default_database_url() -> str:
    return sqlite_url(data_dir() / "casedesk.db")


def backups_dir_for(url: str) -> Path:
    """Backups sit in a `backups` folder beside a database file (or in the data folder)."""
    path = sqlite_path(url)
    return (path.expanduser().absolute().parent if path else data_dir()) / "backups"


# -- the folder of a database file: checked once, before the database is opened ----------

class DataFolderError(Exception):
    """The folder a database file lives in cannot be used. The UI turns `code` into a sentence.

    Codes: no_permission, not_a_folder (params: blocker, the file in the way), disk_full,
    os_error (params: detail). `folder` is the folder CaseDesk needs; `is_data_folder` says
    whether it is the user data folder (the default place) or one the user chose.
    """

    def __init__(self, code: str, folder: Path, **params):
        super().__init__(code, str(folder), params)
        self.code = code
        self.folder = folder
        self.params = params
        self.is_data_folder = _same_path(folder, data_dir())


def _same_path(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _may_write(folder: Path) -> bool:
    """Write bits and the OS's say (root passes os.access everywhere: the bits still count)."""
    return bool(folder.stat().st_mode & 0o222) and os.access(folder, os.W_OK | os.X_OK)


def _folder_error(exc: OSError, folder: Path) -> DataFolderError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFolderError("no_permission", folder)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DataFolderError("disk_full", folder)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return DataFolderError("not_a_folder", folder, blocker=str(exc.filename or folder))
    return DataFolderError("os_error", folder, detail=exc.strerror or str(exc))


def ensure_database_folder(url: str) -> Path | None:
    """Create the folder of a SQLite database file if needed and prove CaseDesk can write
    there; raise DataFolderError (having created nothing) if not. None for a server URL."""
    path = sqlite_path(url)
    if path is None:
        return None
    folder = path.expanduser().absolute().parent
    ensure_writable_folder(folder)
    return folder


def ensure_writable_folder(folder: Path) -> None:
    """A folder CaseDesk can write to, made if missing; DataFolderError if it cannot be."""
    try:
        existing = next(p for p in (folder, *folder.parents) if p.exists() or p == p.parent)
        if not existing.is_dir():
            raise DataFolderError("not_a_folder", folder, blocker=str(existing))
        if not _may_write(existing):
            raise DataFolderError("no_permission", folder)
    except OSError as exc:  # a folder on the way that may not even be looked into
        raise _folder_error(exc, folder) from exc
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # An empty file is not enough to notice a full disk: write a little (O_TMPFILE on
        # Linux: nothing is left behind, whatever happens).
        with tempfile.TemporaryFile(dir=folder, buffering=0) as probe:
            probe.write(b"\0" * 4096)
    except OSError as exc:
        for created in missing:  # the folders made above: leave nothing behind
            try:
                created.rmdir()
            except OSError:
                pass
        raise _folder_error(exc, folder) from exc


# -- one CaseDesk per database (ui/single_instance.py holds the Qt side) -------------------

def database_identity(url: str) -> str:
    """What makes two URLs the same database: a file's real path, or a server database's
    scheme, login, host, port, name and options (never the password)."""
    path = sqlite_path(url)
    if path is not None:
        return "sqlite:" + os.path.normcase(os.path.realpath(path.expanduser().absolute()))
    parsed = urlparse(url)
    scheme = "postgresql" if parsed.scheme in ("postgres", "postgresql") else parsed.scheme
    try:
        port = parsed.port
    except ValueError:
        port = None
    if scheme == "postgresql":
        port = port or 5432
    query = sorted((k, v) for k, v in parse_qsl(parsed.query) if k != "password")
    return (f"{scheme}://{unquote(parsed.username or '')}@{(parsed.hostname or '').lower()}"
            f":{port or ''}{unquote(parsed.path)}?{urlencode(query)}")


def instance_key(url: str) -> str:
    """A short hash of the user and the database: names the lock file and the local server."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 (no login name: the lock folder is the user's anyway)
        user = ""
    digest = hashlib.sha256(f"{user}\n{database_identity(url)}".encode()).hexdigest()
    return digest[:20]


def locks_dir() -> Path:
    """Where the single-instance lock files (and, on Unix, their sockets) live."""
    return Path(platformdirs.user_cache_dir(APP_NAME, ORG_NAME)) / "locks"


def instance_lock_path(url: str) -> Path:
    return locks_dir() / f"{instance_key(url)}.lock"


def instance_server_name(url: str) -> str:
    """The QLocalServer name: a socket beside the lock on Unix (private to the user, no
    clash in the shared /tmp); a pipe name with the user in its hash on Windows."""
    key = instance_key(url)
    if sys.platform != "win32":
        socket = locks_dir() / f"{key}.socket"
        if len(os.fsencode(socket)) < 100:  # sun_path holds 104-108 bytes
            return str(socket)
    return f"casedesk-{key}"
