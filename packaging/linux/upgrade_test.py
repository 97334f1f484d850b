"""Upgrade path: a newer .deb installed over an older one keeps each user's database and
settings, and the first start of the new version migrates an older database after a backup.

    sudo .venv/bin/python packaging/linux/upgrade_test.py [--old OLD.deb] [--new NEW.deb] [--env …]

(`./dev package --upgrade-test` runs it.) OLD defaults to dist/casedesk_<v>_<arch>.deb; NEW is
built from the same bundle with only the package version raised (<v> → <v with the last number
+ 1>, in build/upgrade-test/, never in dist/). In a clean environment (cleanroom.py):

 1. install OLD; a new user's data folder gets a CaseDesk database at schema version 1, as
    the first CaseDesk release left it (tests/fixtures/schema_v1.sql with the fixture's rows:
    two users, an account, three cases; the workstation user is the fixture's first user,
    who owns the cases);
 2. the user starts OLD once (--demo --lang sv): it writes the settings (language = sv) and
    its demo database, and leaves the version-1 file alone;
 3. install NEW over OLD with apt-get: the user's files are byte for byte the same;
 4. the user starts NEW on the version-1 file: exit 0, the three cases in view; the file is
    now at the current schema with every row kept, and backups/ holds a copy of the version-1
    file (rows identical); the settings still say sv;
 5. a second start makes no second backup; apt-get purge leaves every file of the user.

Both packages hold the same program, so step 1 places the older database rather than have
OLD make it; what is proven is what an upgrade does to an installed system and a user's home.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


md = _load("casedesk_packaging_metadata", HERE.parent / "metadata.py")
smoke = _load("casedesk_packaging_smoke_test", HERE / "smoke_test.py")
cleanroom = smoke.cleanroom
ROOT = md.ROOT
old_versions = _load("casedesk_fixture_old_versions",
                     ROOT / "tests" / "fixtures" / "old_versions.py")
check, say, Failed = smoke.check, smoke.say, smoke.Failed


def current_schema_version() -> int:
    sys.path.insert(0, str(ROOT))
    from casedesk.models.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION


def next_version(version: str) -> str:
    """0.1.0 → 0.1.1; anything else gets +upgradetest (sorts after it for dpkg)."""
    if re.fullmatch(r"\d+(\.\d+)*", version):
        parts = version.split(".")
        return ".".join([*parts[:-1], str(int(parts[-1]) + 1)])
    return f"{version}+upgradetest"


def build_new_deb(old: Path) -> Path:
    """The same bundle as a package with a higher version, in build/upgrade-test/."""
    version = next_version(md.package_version())
    out = ROOT / "build" / "upgrade-test"
    say(f"building the newer package ({version}) from dist/{md.DISPLAY_NAME}")
    subprocess.run([sys.executable, str(HERE.parent / "build_linux.py"), "--skip-bundle",
                    "--bundle", str(ROOT / "dist" / md.DISPLAY_NAME), "--no-tarball",
                    "--out", str(out), "--package-version", version],
                   check=True, stdout=subprocess.DEVNULL)
    return out / old.name.replace(f"_{smoke.deb_field(old, 'Version')}_",
                                  f"_{md.deb_version(version)}_")


def make_v1_database(path: Path, login: str) -> None:
    """The fixture's version-1 file, its first user being the workstation's user."""
    old_versions.build_v1_database(path)
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("UPDATE app_user SET login = ? WHERE id = 1", (login,))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def rows(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """The rows of the given tables and columns (the version-1 ones; a migration adds
    tables, some without a rowid, and columns), without the derived sort keys (*_sort), which
    migrations 2 and 3 recompute the Swedish way."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, cols in columns.items():
            if table.startswith("sqlite_"):
                continue
            quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in cols
                               if not c.endswith("_sort"))
            out[table] = con.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
        return out
    finally:
        con.close()


def rows_kept(before: dict, after: dict) -> list[str]:
    """Tables whose rows (as they were) are not all in the migrated file."""
    return [t for t, rows in before.items() if not set(rows) <= set(after.get(t, []))]


def language(settings: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(settings, encoding="utf-8")
    return parser.get("ui", "language", fallback=None)


def upgrade(old: Path, new: Path, env: str, force: bool) -> list[tuple[str, float]]:
    timings: list[tuple[str, float]] = []

    def timed(label, fn, *a, **kw):
        started = time.monotonic()
        result = fn(*a, **kw)
        timings.append((label, time.monotonic() - started))
        return result

    old_version, new_version = smoke.deb_field(old, "Version"), smoke.deb_field(new, "Version")
    check(subprocess.run(["dpkg", "--compare-versions", new_version, "gt", old_version])
          .returncode == 0, f"{new_version} is newer than {old_version} for dpkg")
    schema = current_schema_version()
    with cleanroom.CleanRoom(env, force=force) as room, \
            tempfile.TemporaryDirectory() as scratch:
        say(f"clean environment: {room.describe()}")
        timed(f"apt-get install ./{old.name}", smoke.install, room, old)
        user, home = room.add_user()
        data = f"{home}/.local/share/CaseDesk"
        database = f"{data}/casedesk.db"

        # 1. the database an older CaseDesk left behind
        original = Path(scratch) / "casedesk.db"
        make_v1_database(original, user)
        v1_rows = old_versions.snapshot(original)
        v1_columns = old_versions.table_columns(original)
        room.run(["mkdir", "-p", data], user=user, check=True)
        room.host_path(database).write_bytes(original.read_bytes())
        room.run(["chown", f"{user}:{user}", database], check=True)
        check(old_versions.schema_version(room.host_path(database)) == 1,
              f"{database}: schema version 1, {len(v1_rows['incident'])} cases")

        # 2. the old version runs once: settings and its own demo database
        timed("old version: first start (--demo --lang sv)", smoke.smoke_start, room, user,
              home, "--demo", "--lang", "sv", expect_database=f"{data}/demo.db")
        settings = room.host_path(f"{home}/.config/CaseDesk/CaseDesk.ini")
        check(language(settings) == "sv", f"settings written: {settings.name} says language sv")
        check(old_versions.schema_version(room.host_path(database)) == 1,
              "the old version left the version-1 file alone")
        before = smoke.user_files(room, home)

        # 3. the newer package over the older one
        got = timed(f"apt-get install ./{new.name} (upgrade)", room.apt, "install",
                    "--no-install-recommends", room.copy_in(new))
        check(room.installed_version() == new_version,
              f"upgraded: {md.DEB_PACKAGE} {old_version} → {new_version}")
        check(f"over ({old_version})" in got.stdout,
              f"dpkg unpacked {new_version} over {old_version}")
        smoke.check_untouched(before, smoke.user_files(room, home), "after the upgrade")

        # 4. first start of the new version: backup, then migration
        timed("new version: first start (migrates)", smoke.smoke_start, room, user, home,
              expect_database=database)
        migrated = room.host_path(database)
        check(old_versions.schema_version(migrated) == schema,
              f"{database} migrated from schema 1 to {schema}")
        missing = rows_kept(rows(original, v1_columns), rows(migrated, v1_columns))
        check(not missing, "every row of the version-1 file is in the migrated one "
              "(sort keys aside)" + (
            "" if not missing else f" (missing in {', '.join(missing)})"))
        backups = sorted(room.host_path(f"{data}/backups").glob("*"))
        check(len(backups) == 1, f"one backup: {', '.join(b.name for b in backups)}")
        check(old_versions.schema_version(backups[0]) == 1
              and old_versions.snapshot(backups[0]) == v1_rows,
              "the backup is the version-1 file, rows identical")
        check(language(settings) == "sv", "the settings still say language sv")

        # 5. no second migration; purge keeps the user's files
        timed("new version: second start", smoke.smoke_start, room, user, home)
        check(len(list(room.host_path(f"{data}/backups").glob("*"))) == 1,
              "the second start made no new backup")
        after_runs = smoke.user_files(room, home)
        timed("apt-get purge", room.apt, "purge", md.DEB_PACKAGE)
        smoke.check_removed(room, "purge")
        smoke.check_untouched(after_runs, smoke.user_files(room, home), "after apt-get purge")
    timings.extend(room.timings)
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="default: dist/casedesk_<v>_<arch>.deb")
    parser.add_argument("--new", type=Path,
                        help="default: built from dist/CaseDesk with the next version")
    parser.add_argument("--env", choices=("auto", "chroot", "user"), default="auto")
    parser.add_argument("--force", action="store_true",
                        help="--env user: even if casedesk is installed here (it is purged)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    old = (args.old or smoke.default_deb()).resolve()
    if not old.is_file():
        parser.error(f"{old} not found: build it first (./dev package)")
    try:
        new = (args.new or build_new_deb(old)).resolve()
        timings = [("build the newer .deb", time.monotonic() - started)] if not args.new else []
        timings += upgrade(old, new, args.env, args.force)
    except (Failed, RuntimeError, cleanroom.CleanRoomError, subprocess.CalledProcessError,
            sqlite3.Error) as exc:
        say(f"FAILED: {exc}")
        return 1
    for label, seconds in timings:
        say(f"  {seconds:6.1f} s  {label}")
    say(f"passed in {time.monotonic() - started:.1f} s: {old.name} → {new.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
