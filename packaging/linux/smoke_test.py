"""Install CaseDesk's .deb in a clean environment, start it, remove it: the user's data stays.

    sudo .venv/bin/python packaging/linux/smoke_test.py [DEB] [--tarball TGZ] [--env ENV]

(`./dev package --smoke-test` runs it.) In a fresh Debian chroot (or, where a chroot cannot
be made, as a fresh user on this system; cleanroom.py):

 1. `apt-get install --no-install-recommends ./casedesk_<v>_<arch>.deb`: the Depends alone
    must be enough; the command, the menu entry, the icons and the metainfo are in place;
 2. every library the bundle links to is there (ldd), except the optional ones of plugins
    that only load on such desktops (GTK theme, Wayland);
 3. a new user (empty home) starts `/usr/bin/casedesk --demo --smoke-test` offscreen: exit
    0, it opened a case of the demo database, which is in that user's data folder; for
    another user a file where the data folder belongs is a message and exit 1, and a second
    start while the app runs hands over to the first (single-instance lock) and exits 0;
 4. `apt-get remove`, then `apt-get purge`: the program is gone, the user's database,
    settings and log are untouched;
 5. the tarball (if built): install.sh as that user, start, `install.sh --uninstall`, data
    untouched.

Exit status 0 when every check passed; the timings at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


md = _load("casedesk_packaging_metadata", HERE.parent / "metadata.py")
cleanroom = _load("casedesk_packaging_cleanroom", HERE / "cleanroom.py")
ROOT = md.ROOT

#: libraries the bundle may miss on a system with only the Depends: plugins Qt loads only on
#: such desktops, where these libraries are always there
OPTIONAL = {
    "plugins/platformthemes/libqgtk3.so": "GTK 3 (GNOME and other GTK desktops)",
    "plugins/platforms/libqwayland.so": "Wayland (Wayland sessions)",
    "plugins/wayland-": "Wayland (Wayland sessions)",
    "lib/libQt6WaylandClient.so": "Wayland (Wayland sessions)",
    "lib/libQt6WlShellIntegration.so": "Wayland (Wayland sessions)",
}
APP_ENV = {"QT_QPA_PLATFORM": "offscreen"}
SMOKE_OPENED = re.compile(r"^smoke test: opened (CAS-\S+)$", re.M)
SMOKE_VIEW = re.compile(r"^smoke test: (\d+) cases in view, database (.+)$", re.M)


class Failed(Exception):
    pass


def say(text: str) -> None:
    print(f"[smoke] {text}", flush=True)


def check(condition, what: str) -> None:
    if not condition:
        raise Failed(what)
    say(f"ok: {what}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True,
                          check=True).stdout.strip()


def default_deb() -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    return ROOT / "dist" / f"{md.DEB_PACKAGE}_{md.deb_version(md.package_version())}_{arch}.deb"


def default_tarball() -> Path | None:
    found = sorted((ROOT / "dist").glob(f"{md.DISPLAY_NAME}-{md.package_version()}-linux-*.tar.gz"))
    return found[-1] if found else None


def show(got: subprocess.CompletedProcess) -> str:
    return (f"exit {got.returncode}\n--- stdout\n{got.stdout[-3000:]}"
            f"\n--- stderr\n{got.stderr[-3000:]}")


# -- the checks, also used by upgrade_test.py ---------------------------------------------
def install(room, deb: Path) -> None:
    room.apt("install", "--no-install-recommends", room.copy_in(deb))
    version = deb_field(deb, "Version")
    check(room.installed_version() == version, f"{md.DEB_PACKAGE} {version} installed")


def check_files(room) -> None:
    link = room.host_path("/usr/bin/casedesk")
    check(link.is_symlink() and str(link.readlink()) == f"{md.DEB_PREFIX}/{md.DISPLAY_NAME}",
          f"/usr/bin/casedesk → {md.DEB_PREFIX}/{md.DISPLAY_NAME}")
    for path in (f"/usr/share/applications/{md.APP_ID}.desktop",
                 f"/usr/share/metainfo/{md.APP_ID}.metainfo.xml",
                 f"/usr/share/icons/hicolor/48x48/apps/{md.APP_ID}.png",
                 f"/usr/share/icons/hicolor/scalable/apps/{md.APP_ID}.svg",
                 f"/usr/share/doc/{md.DEB_PACKAGE}/copyright"):
        check(room.host_path(path).is_file(), f"{path} installed")
    fonts = list(room.host_path("/usr/share/fonts").rglob("*.ttf"))
    check(fonts, f"a font is installed ({len(fonts)} .ttf files under /usr/share/fonts)")


def check_libraries(room) -> None:
    """ldd on every binary of the bundle: nothing missing but the optional plugins' libraries.
    (LD_LIBRARY_PATH as the bootloader sets it: Python's extension modules find the bundled
    libssl, libsqlite3 … through it.)"""
    got = room.run(["sh", "-c", f"find {md.DEB_PREFIX} -type f \\( -name '*.so*' -o -name "
                                f"{md.DISPLAY_NAME} \\) -print0 | xargs -0 ldd"],
                   env={"LD_LIBRARY_PATH": f"{md.DEB_PREFIX}/_internal"})
    missing: dict[str, set] = {}
    current = None
    for line in got.stdout.splitlines():
        if not line.startswith(("\t", " ")) and line.endswith(":"):
            current = line[:-1]
        elif "not found" in line and current:
            missing.setdefault(current, set()).add(line.split()[0])
    optional = {f: libs for f, libs in missing.items()
                if any(pattern in f for pattern in OPTIONAL)}
    required = {f: libs for f, libs in missing.items() if f not in optional}
    for f, libs in sorted(optional.items()):
        reason = next(r for pattern, r in OPTIONAL.items() if pattern in f)
        say(f"   optional, for {reason}: {f.removeprefix(md.DEB_PREFIX + '/')} needs "
            f"{', '.join(sorted(libs))}")
    check(not required, "every library the bundle links to is installed" + (
        "" if not required else ": missing " + "; ".join(
            f"{f}: {', '.join(sorted(libs))}" for f, libs in sorted(required.items()))))


def start_app(room, user: str, *args: str, command: str = "casedesk"):
    """Run the installed app as `user` offscreen; (result, seconds)."""
    started = time.monotonic()
    got = room.run([command, *args], user=user, env=APP_ENV, timeout=300)
    return got, time.monotonic() - started


def smoke_start(room, user: str, home: str, *args: str, command: str = "casedesk",
                expect_database: str | None = None) -> tuple[str, int]:
    """`casedesk --smoke-test …` exits 0 having opened a case; (case number, cases in view)."""
    got, seconds = start_app(room, user, "--smoke-test", *args, command=command)
    if got.returncode != 0 or "Traceback" in got.stderr:
        raise Failed(f"{command} --smoke-test {' '.join(args)}: {show(got)}")
    opened = SMOKE_OPENED.search(got.stdout)
    view = SMOKE_VIEW.search(got.stdout)
    if not (opened and view):
        raise Failed(f"{command} --smoke-test did not open a case: {show(got)}")
    database = view.group(2).strip()
    if expect_database:
        check(database == expect_database, f"it opened {expect_database}")
    started_as = " ".join([command, "--smoke-test", *args])
    check(True, f"{started_as} as {user}: exit 0 in {seconds:.1f} s, "
                f"opened {opened.group(1)}, {view.group(1)} cases in view")
    return opened.group(1), int(view.group(1))


def check_bad_input(room) -> None:
    """The installed app with an unusable data folder, and started twice (another new user,
    so that the first one's files stay as they are)."""
    user, home = room.add_user()
    data = f"{home}/.local/share/CaseDesk"
    room.run(["sh", "-c", f"mkdir -p {home}/.local/share && echo x > {data}"], user=user,
             check=True)  # a file where the data folder belongs
    got, _ = start_app(room, user, "--smoke-test")
    check(got.returncode == 1 and "Traceback" not in got.stderr and data in got.stderr,
          f"a file in the way of the data folder: exit 1 with a message "
          f"({got.stderr.strip().splitlines()[-1] if got.stderr.strip() else show(got)!r})")
    room.run(["rm", data], user=user, check=True)

    first = room.popen(["casedesk", "--demo"], user=user, env=APP_ENV)
    try:
        locks = room.host_path(f"{home}/.cache/CaseDesk/locks")
        deadline = time.monotonic() + 60
        while not any(locks.glob("*.lock")) and time.monotonic() < deadline:
            if first.poll() is not None:
                raise Failed(f"casedesk --demo ended at once: {first.communicate()}")
            time.sleep(0.2)
        time.sleep(1)  # the lock comes before the local server listens
        got, _ = start_app(room, user, "--demo")
        check(got.returncode == 0 and "already running" in got.stdout and first.poll() is None,
              f"a second start while one runs: {got.stdout.strip()!r}, the first still runs")
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGTERM)
        first.communicate(timeout=30)


def user_files(room, home: str) -> dict[str, str]:
    """sha256 of every file CaseDesk keeps in a user's home (data, settings, logs)."""
    out = {}
    for folder in (".local/share/CaseDesk", ".config/CaseDesk", ".local/state/CaseDesk"):
        base = room.host_path(f"{home}/{folder}")
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            if path.name.endswith(("-wal", "-shm")):
                continue  # SQLite's side files: gone or merged after a clean close
            out[str(path.relative_to(room.host_path(home)))] = sha256(path)
    return out


def check_removed(room, what: str) -> None:
    check(room.installed_version() is None, f"apt-get {what}: {md.DEB_PACKAGE} not installed")
    for path in (md.DEB_PREFIX, "/usr/bin/casedesk",
                 f"/usr/share/applications/{md.APP_ID}.desktop"):
        check(not room.host_path(path).exists() and not room.host_path(path).is_symlink(),
              f"after apt-get {what}: {path} is gone")


def check_untouched(before: dict, after: dict, when: str) -> None:
    changed = sorted(k for k in before if after.get(k) != before[k])
    if changed:
        raise Failed(f"{when}: the user's files changed or went: {', '.join(changed)}")
    check(before, f"{when}: the user's {len(before)} files are untouched "
                  f"({', '.join(sorted(before))})")


# -- the smoke test -------------------------------------------------------------------------
def smoke(deb: Path, tarball: Path | None, env: str, force: bool,
          suite: str = "bookworm") -> list[tuple[str, float]]:
    timings: list[tuple[str, float]] = []

    def timed(label, fn, *a, **kw):
        started = time.monotonic()
        result = fn(*a, **kw)
        timings.append((label, time.monotonic() - started))
        return result

    with cleanroom.CleanRoom(env, force=force, suite=suite) as room:
        say(f"clean environment: {room.describe()}")
        timed("apt-get install ./deb (with its Depends)", install, room, deb)
        check_files(room)
        timed("ldd on the bundle", check_libraries, room)
        user, home = room.add_user()
        got, _ = start_app(room, user, "--version")
        check(got.returncode == 0 and got.stdout.strip() == f"{md.DISPLAY_NAME} {md.version()}",
              f"casedesk --version: {got.stdout.strip()!r}")
        data = f"{home}/.local/share/CaseDesk"
        timed("first start (--demo --smoke-test)", smoke_start, room, user, home, "--demo",
              expect_database=f"{data}/demo.db")
        check(room.host_path(f"{data}/demo.db").is_file(), f"{data}/demo.db exists")
        timed("second start", smoke_start, room, user, home, "--demo")
        timed("bad input: unusable data folder, started twice", check_bad_input, room)
        before = user_files(room, home)
        timed("apt-get remove", room.apt, "remove", md.DEB_PACKAGE)
        check_removed(room, "remove")
        check_untouched(before, user_files(room, home), "after apt-get remove")
        timed("apt-get purge", room.apt, "purge", md.DEB_PACKAGE)
        check_removed(room, "purge")
        check_untouched(before, user_files(room, home), "after apt-get purge")
        if tarball:
            timed("tarball: install.sh, start, uninstall", smoke_tarball, room, user, home,
                  tarball, before)
    timings.extend(room.timings)
    return timings


def smoke_tarball(room, user: str, home: str, tarball: Path, before: dict) -> None:
    inside = room.copy_in(tarball)
    got = room.run(["sh", "-c", f"cd && tar -xzf {inside} && cd {md.DISPLAY_NAME}-* && "
                                "./install.sh"], user=user)
    check(got.returncode == 0, f"tarball: install.sh as {user}" + ("" if got.returncode == 0
                                                                  else ": " + show(got)))
    exe = f"{home}/.local/bin/casedesk"
    smoke_start(room, user, home, "--demo", command=exe)
    check(room.host_path(f"{home}/.local/share/applications/{md.APP_ID}.desktop").is_file(),
          "tarball: menu entry in ~/.local/share/applications")
    got = room.run(["sh", "-c", f"cd ~/{md.DISPLAY_NAME}-* && ./install.sh --uninstall"],
                   user=user)
    check(got.returncode == 0 and not room.host_path(f"{home}/.local/lib/casedesk").exists()
          and not room.host_path(exe).is_symlink(), "tarball: install.sh --uninstall")
    after = user_files(room, home)
    check(all(k in after for k in before), "tarball: the user's files are all still there")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", nargs="?", type=Path, help="default: dist/casedesk_<v>_<arch>.deb")
    parser.add_argument("--tarball", type=Path,
                        help="also test this tarball (default: the one in dist/, if any)")
    parser.add_argument("--no-tarball", action="store_true")
    parser.add_argument("--env", choices=("auto", "chroot", "user"), default="auto",
                        help="chroot (a fresh Debian), user (a fresh user here), auto: "
                             "chroot if possible (default)")
    parser.add_argument("--force", action="store_true",
                        help="--env user: even if casedesk is installed here (it is purged)")
    parser.add_argument("--suite", default="bookworm",
                        help="the Debian release of the chroot (default: bookworm; e.g. trixie)")
    args = parser.parse_args(argv)
    deb = (args.deb or default_deb()).resolve()
    if not deb.is_file():
        parser.error(f"{deb} not found: build it first (./dev package)")
    tarball = None if args.no_tarball else (args.tarball or default_tarball())
    started = time.monotonic()
    try:
        timings = smoke(deb, tarball, args.env, args.force, args.suite)
    except (Failed, RuntimeError, cleanroom.CleanRoomError) as exc:
        say(f"FAILED: {exc}")
        say(f"after {time.monotonic() - started:.1f} s")
        return 1
    for label, seconds in timings:
        say(f"  {seconds:6.1f} s  {label}")
    say(f"passed in {time.monotonic() - started:.1f} s: {deb.name}"
        + (f" and {tarball.name}" if tarball else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
