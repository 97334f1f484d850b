"""A clean place to install CaseDesk's .deb for a test: a fresh Debian chroot, or a fresh user.

    with CleanRoom("auto") as room:            # chroot if possible, else a fresh user here
        room.apt("install", "--no-install-recommends", room.copy_in(deb))
        user, home = room.add_user()
        room.run(["casedesk", "--version"], user=user)
        room.host_path(f"{home}/.local/share/CaseDesk")   # look at the user's files from here

chroot: a Debian minbase system made by debootstrap (once, then kept as a tar in
build/cleanroom/ and unpacked afresh for each test), /proc mounted, apt reaching the Debian
mirror; the .deb's Depends come from the mirror, nothing from this machine. Needs root, the
debootstrap command and the right to mount (a plain Docker container lacks it).
user: this machine's own system; a new user with an empty home folder runs the app. The
package is installed here with apt and purged afterwards.

Both need root (apt, useradd). Nothing outside the chroot folder or the new user's home is
changed, except in "user" mode the casedesk package itself (and the libraries it depends on,
which apt keeps).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "cleanroom"
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


class CleanRoomError(Exception):
    """This kind of clean room cannot be made here (the message says why)."""


def say(text: str) -> None:
    print(f"[cleanroom] {text}", flush=True)


def _run(argv, *, check=True, timeout=900, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], check=check, timeout=timeout,
                          text=True, **kwargs)


class CleanRoom:
    def __init__(self, kind: str = "auto", *, suite: str = "bookworm",
                 mirror: str = "http://deb.debian.org/debian", cache: Path = CACHE,
                 package: str = "casedesk", force: bool = False) -> None:
        if kind not in ("auto", "chroot", "user"):
            raise ValueError(kind)
        self.requested = kind
        self.kind = kind
        self.suite, self.mirror, self.cache = suite, mirror, Path(cache)
        self.package = package
        self.force = force
        self.root: Path | None = None  # the chroot folder
        self._mounted: list[Path] = []
        self._users: list[str] = []
        self._host_temp: Path | None = None
        self.timings: list[tuple[str, float]] = []

    # -- setting up and tearing down ------------------------------------------------------
    def __enter__(self) -> CleanRoom:
        if os.geteuid() != 0:
            raise CleanRoomError("the smoke and upgrade tests need root (apt-get, useradd, "
                                 "chroot): run them with sudo")
        if self.kind in ("auto", "chroot"):
            try:
                self._make_chroot()
                self.kind = "chroot"
            except CleanRoomError as exc:
                self._remove_chroot()
                if self.requested == "chroot":
                    raise
                say(f"no chroot ({exc}); using a fresh user on this system instead")
                self.kind = "user"
        if self.kind == "user":
            self._check_host()
        return self

    def __exit__(self, *exc) -> None:
        started = time.monotonic()
        try:
            if self.kind == "user":
                for user in self._users:
                    _run(["pkill", "-KILL", "-u", user], check=False)
                    _run(["userdel", "-r", user], check=False, capture_output=True)
                if self.installed_version():
                    self.apt("purge", self.package, check=False)
                if self._host_temp:
                    shutil.rmtree(self._host_temp, ignore_errors=True)
            else:
                self._remove_chroot()
        finally:
            self.timings.append(("clean up", time.monotonic() - started))

    def _timed(self, label, fn, *args):
        started = time.monotonic()
        result = fn(*args)
        self.timings.append((label, time.monotonic() - started))
        return result

    def _base_tarball(self) -> Path:
        """Debian minbase, made once with debootstrap and kept as a tar."""
        base = self.cache / f"{self.suite}-minbase.tar"
        if base.is_file():
            return base
        if not shutil.which("debootstrap"):
            if shutil.which("apt-get"):
                say("installing debootstrap")
                got = _run(["apt-get", "-q", "-y", "install", "--no-install-recommends",
                            "debootstrap"], check=False, capture_output=True,
                           env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
                if got.returncode != 0:
                    raise CleanRoomError("debootstrap is not installed and apt-get could not "
                                         "install it")
            else:
                raise CleanRoomError("debootstrap is not installed")
        self.cache.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="debootstrap-", dir=self.cache))
        try:
            say(f"debootstrap --variant=minbase {self.suite} (once; kept in {base})")
            got = _run(["debootstrap", "--variant=minbase", self.suite, work / "root",
                        self.mirror], check=False, capture_output=True)
            if got.returncode != 0:
                raise CleanRoomError("debootstrap failed: " + (got.stderr or got.stdout)[-500:])
            partial = base.with_suffix(".tar.partial")
            _run(["tar", "-C", work / "root", "--numeric-owner", "-cf", partial, "."])
            partial.rename(base)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return base

    def _make_chroot(self) -> None:
        base = self._timed("debootstrap (cached after the first run)", self._base_tarball)
        started = time.monotonic()
        self.root = Path(tempfile.mkdtemp(prefix="casedesk-cleanroom-", dir="/var/tmp"))
        _run(["tar", "-C", self.root, "--numeric-owner", "-xpf", base])
        shutil.copyfile("/etc/resolv.conf", self.root / "etc" / "resolv.conf")
        proc = self.root / "proc"
        got = _run(["mount", "-t", "proc", "proc", proc], check=False, capture_output=True)
        if got.returncode != 0:
            raise CleanRoomError(f"cannot mount /proc in a chroot: {got.stderr.strip()}")
        self._mounted.append(proc)
        self.kind = "chroot"
        self.timings.append(("unpack the chroot", time.monotonic() - started))
        got = self._timed("apt-get update", lambda: self.apt("update", check=False))
        if got.returncode != 0:
            raise CleanRoomError(f"apt-get update failed in the chroot: {got.stdout[-500:]}")

    def _remove_chroot(self) -> None:
        for mount in reversed(self._mounted):
            if _run(["umount", mount], check=False, capture_output=True).returncode != 0:
                _run(["umount", "-l", mount], check=False, capture_output=True)
        self._mounted.clear()
        if self.root is None:
            return
        # never delete through a mount point that is still there
        with open("/proc/mounts", encoding="utf-8") as f:
            still = [line.split()[1] for line in f if line.split()[1].startswith(str(self.root))]
        if still:
            say(f"not removing {self.root}: still mounted there: {', '.join(still)}")
            return
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def _check_host(self) -> None:
        if not shutil.which("apt-get") or not shutil.which("useradd"):
            raise CleanRoomError("a fresh-user test needs apt-get and useradd (Debian/Ubuntu)")
        installed = self.installed_version()
        if installed and not self.force:
            raise CleanRoomError(f"{self.package} {installed} is installed on this system; the "
                                 "test would replace and purge it (--force to allow that)")
        if not any(Path("/var/lib/apt/lists").glob("*_Packages*")):  # a fresh container
            self._timed("apt-get update", lambda: self.apt("update"))

    # -- using it -------------------------------------------------------------------------
    def run(self, argv, *, user: str | None = None, env: dict | None = None,
            check: bool = False, timeout: float = 600) -> subprocess.CompletedProcess:
        """Run argv in the clean room (as root, or as `user` with a fresh login environment);
        stdout and stderr captured (stderr separately)."""
        return _run(self.command(argv, user=user, env=env), check=check, timeout=timeout,
                    capture_output=True)

    def command(self, argv, *, user: str | None = None, env: dict | None = None) -> list:
        """The command line that runs argv in the clean room (see run)."""
        environment = {"PATH": PATH, "LANG": "C.UTF-8"}
        if user:
            home = self.home(user)
            environment.update(HOME=home, USER=user, LOGNAME=user, SHELL="/bin/sh")
        environment.update(env or {})
        command = ["env", "-i", *(f"{k}={v}" for k, v in environment.items()), *argv]
        if user:
            command = ["runuser", "-u", user, "--", *command]
        if self.kind == "chroot":
            command = ["chroot", self.root, *command]
        return [str(c) for c in command]

    def popen(self, argv, *, user: str | None = None, env: dict | None = None):
        """Start argv in the clean room without waiting, in a process group of its own (stop
        it with os.killpg)."""
        return subprocess.Popen(self.command(argv, user=user, env=env), text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)

    def apt(self, *args, check: bool = True) -> subprocess.CompletedProcess:
        got = self.run(["apt-get", "-q", "-y", "-o", "Dpkg::Use-Pty=0", *args],
                       env={"DEBIAN_FRONTEND": "noninteractive"}, timeout=900)
        if check and got.returncode != 0:
            raise RuntimeError(f"apt-get {' '.join(args)} failed:\n{got.stdout[-2000:]}"
                               f"\n{got.stderr[-2000:]}")
        return got

    def installed_version(self) -> str | None:
        got = self.run(["dpkg-query", "-W", "-f", "${Status}|${Version}", self.package])
        status, _, version = got.stdout.partition("|")
        return version if got.returncode == 0 and status.endswith(" installed") else None

    def add_user(self, prefix: str = "casedesk-smoke") -> tuple[str, str]:
        """A new user with an empty home folder: (name, home inside the clean room)."""
        name = f"{prefix}-{secrets.token_hex(3)}"[:32]
        self.run(["useradd", "--create-home", "--shell", "/bin/sh", name], check=True)
        self._users.append(name)
        return name, self.home(name)

    def home(self, user: str) -> str:
        got = self.run(["getent", "passwd", user], check=True)
        return got.stdout.strip().split(":")[5]

    def copy_in(self, path: Path) -> str:
        """Make a host file available in the clean room; its path there."""
        path = Path(path)
        if self.kind == "chroot":
            target = self.root / "tmp" / path.name
            shutil.copyfile(path, target)
            target.chmod(0o644)
            return f"/tmp/{path.name}"
        if self._host_temp is None:  # readable by apt's _apt user, unlike /root
            self._host_temp = Path(tempfile.mkdtemp(prefix="casedesk-cleanroom-"))
            self._host_temp.chmod(0o755)
        target = self._host_temp / path.name
        shutil.copyfile(path, target)
        target.chmod(0o644)
        return str(target)

    def host_path(self, inside: str) -> Path:
        """Where a path inside the clean room is, seen from here."""
        return self.root / inside.lstrip("/") if self.kind == "chroot" else Path(inside)

    def describe(self) -> str:
        if self.kind == "chroot":
            return f"a fresh Debian {self.suite} minbase chroot ({self.root})"
        return "a fresh user on this system"
