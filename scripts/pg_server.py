"""A private, throw-away PostgreSQL server on loopback for the tests and benchmarks.

    python scripts/pg_server.py start [--dir DIR] [--port N] [--durable]   prints the superuser URL
    python scripts/pg_server.py stop  [--dir DIR] [--durable]
    python scripts/pg_server.py status [--dir DIR] [--durable]

It uses the server binaries of the system (Debian: /usr/lib/postgresql/<v>/bin, installed by
`./dev test` with apt when missing). The cluster lives in DIR (default: a folder in the temp
directory), listens on 127.0.0.1 only, and asks for a password over TCP (scram-sha-256), so
that a wrong password is refused as it would be on a real server. Durability is switched off
(fsync, synchronous_commit): it is a test server, its data is thrown away. `--durable` starts
a second server (its own folder, DEFAULT_DIR-durable) with PostgreSQL's durable defaults
instead — fsync, synchronous_commit and full_page_writes on — for benchmarks that should pay
what a real server pays for a commit.

Run as root, the server runs as the `postgres` system user (PostgreSQL refuses root).
Stdlib only: it runs before the .venv exists.
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD = "casedesk-test"  # a throw-away server on loopback, deleted after the run
DEFAULT_DIR = Path(tempfile.gettempdir()) / f"casedesk-pgtest-{os.getuid()}"


def binaries() -> Path | None:
    """The folder with initdb/pg_ctl of the newest installed PostgreSQL, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name)
                   if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner(cmd: list[str]) -> list[str]:
    """Run a server command as `postgres` when we are root."""
    if os.geteuid() == 0:
        return ["runuser", "-u", SUPERUSER, "--", *cmd]
    return cmd


def _chown(path: Path) -> None:
    if os.geteuid() == 0:
        pw = pwd.getpwnam(SUPERUSER)
        os.chown(path, pw.pw_uid, pw.pw_gid)


def url(port: int, database: str = "postgres") -> str:
    return f"postgresql://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/{database}"


#: What --durable keeps at PostgreSQL's defaults (the test server switches them off).
NOT_DURABLE = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def start(folder: Path, port: int | None, durable: bool = False) -> str:
    bindir = binaries()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
    data = folder / "data"
    port_file = folder / "port"
    if (data / "postmaster.pid").exists() and port_file.exists():
        return url(int(port_file.read_text()))  # already running
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    _chown(folder)
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    _chown(pwfile)
    subprocess.run(_as_owner([str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                              "--pwfile", str(pwfile), "-E", "UTF8", "--locale", "C.UTF-8",
                              "--auth-local", "trust", "--auth-host", "scram-sha-256"]),
                   check=True, stdout=subprocess.DEVNULL)
    pwfile.unlink()
    port = port or _free_port()
    settings = {
        "listen_addresses": "'127.0.0.1'", "port": str(port),
        "unix_socket_directories": f"'{folder}'",
        **({} if durable else NOT_DURABLE),
        "max_connections": "200", "shared_buffers": "256MB",
        "password_encryption": "scram-sha-256",
    }
    with open(data / "postgresql.conf", "a") as fh:
        for key, value in settings.items():
            fh.write(f"{key} = {value}\n")
    subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                              str(folder / "server.log"), "-w", "-t", "60", "start"]),
                   check=True, stdout=subprocess.DEVNULL)
    port_file.write_text(str(port))
    return url(port)


def stop(folder: Path, mode: str = "fast") -> None:
    bindir = binaries()
    data = folder / "data"
    if bindir is not None and (data / "postmaster.pid").exists():
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", mode, "-w",
                                  "stop"]), check=False, stdout=subprocess.DEVNULL)
    if folder.exists():
        shutil.rmtree(folder, ignore_errors=True)


def halt(folder: Path, mode: str = "fast") -> None:
    """Stop the server and keep its data, as an outage would (`resume` starts it again).
    mode: "fast" (sessions are ended, as an administrator's restart) or "immediate" (a
    crash: recovery from the WAL at the next start)."""
    bindir = binaries()
    data = folder / "data"
    if bindir is not None and (data / "postmaster.pid").exists():
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", mode, "-w",
                                  "stop"]), check=True, stdout=subprocess.DEVNULL)


def resume(folder: Path) -> str:
    """Start again a server that `halt` stopped, on the same port; its URL."""
    bindir = binaries()
    data = folder / "data"
    if bindir is None or not data.exists():
        sys.exit(f"no halted server in {folder}")
    if not (data / "postmaster.pid").exists():
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                  str(folder / "server.log"), "-w", "-t", "60", "start"]),
                       check=True, stdout=subprocess.DEVNULL)
    return url(int((folder / "port").read_text()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--port", type=int)
    parser.add_argument("--durable", action="store_true",
                        help="fsync and synchronous commit on (a second server, by default in "
                             f"{DEFAULT_DIR}-durable)")
    args = parser.parse_args(argv)
    if args.durable and args.dir == DEFAULT_DIR:
        args.dir = Path(f"{DEFAULT_DIR}-durable")
    if args.command == "start":
        print(start(args.dir, args.port, args.durable))
    elif args.command == "stop":
        stop(args.dir)
    else:
        running = (args.dir / "data" / "postmaster.pid").exists()
        print(url(int((args.dir / "port").read_text())) if running else "stopped")
        return 0 if running else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
