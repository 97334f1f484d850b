"""Build CaseDesk's Linux packages: the one-folder bundle, a .deb and a tarball.

    python packaging/build_linux.py [--out dist] [--skip-bundle] [--package-version V]

Steps (packaging/README.md, "Building the installers"):
  1. icons    packaging/icons.py --formats png   → build/icons/hicolor/…
  2. bundle   pyinstaller packaging/casedesk.spec → dist/CaseDesk/
  3. deb      dpkg-deb --build (no debhelper)     → dist/casedesk_<version>_<arch>.deb
  4. tarball  the bundle + install.sh             → dist/CaseDesk-<version>-linux-<machine>.tar.gz

Run it with the Python that has CaseDesk and the `package` extra installed
(`./dev package` does: .venv). The version is pyproject.toml's; CASEDESK_VERSION_OVERRIDE or
--package-version changes only the packages' version (the upgrade test builds a second .deb of
the same bundle that way); --skip-bundle reuses dist/CaseDesk.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


md = _load("casedesk_packaging_metadata", HERE / "metadata.py")
ROOT = md.ROOT
LINUX = HERE / "linux"
ICONS = ROOT / "build" / "icons"
DESKTOP = ROOT / "resources" / f"{md.APP_ID}.desktop"
METAINFO = LINUX / f"{md.APP_ID}.metainfo.xml"
DEFAULT_MAINTAINER = "CaseDesk <packaging@casedesk.invalid>"


def say(text: str) -> None:
    print(f"[build_linux] {text}", flush=True)


def run(argv, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in argv], check=True, **kwargs)


def du(path: Path) -> int:
    """Bytes used by the files under path (symlinks counted as links)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


# -- steps ----------------------------------------------------------------------------------
def build_icons() -> None:
    run([sys.executable, HERE / "icons.py", "--formats", "png", "--out", ICONS],
        stdout=subprocess.DEVNULL)


def build_bundle(out: Path) -> Path:
    work = ROOT / "build" / "pyinstaller"
    # -P: not the current folder on sys.path, where a casedesk.egg-info left by an old
    # `setup.py develop` would be taken for CaseDesk's metadata instead of the installed one
    run([sys.executable, "-P", "-m", "PyInstaller", "--noconfirm", "--clean",
         "--log-level", "WARN", "--distpath", out, "--workpath", work, HERE / "casedesk.spec"])
    return out / md.DISPLAY_NAME


def check_bundle(bundle: Path) -> None:
    """The bundle starts and knows its version (stale installed metadata would say otherwise:
    pip install -e . again after changing pyproject.toml's version)."""
    exe = bundle / md.DISPLAY_NAME
    if not exe.is_file():
        raise SystemExit(f"build_linux: no bundle at {bundle} (build it without --skip-bundle)")
    got = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    want = f"{md.DISPLAY_NAME} {md.version()}"
    if got.returncode != 0 or got.stdout.strip() != want:
        raise SystemExit(f"build_linux: {exe} --version said {got.stdout.strip()!r} "
                         f"(exit {got.returncode}, {got.stderr.strip()[-300:]!r}); expected "
                         f"{want!r}. Reinstall CaseDesk in this environment (pip install -e .)")


def _copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, symlinks=True)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest (shared libraries too: Debian policy
    8.1), whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif re.search(r"\.so(\.|$)", path.name):
            path.chmod(0o644)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def _share_tree(share: Path) -> None:
    """usr/share (or the tarball's share/): desktop entry, AppStream metainfo, hicolor icons."""
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(DESKTOP, share / "applications" / DESKTOP.name)
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(METAINFO, share / "metainfo" / METAINFO.name)
    hicolor = ICONS / "hicolor"
    if not hicolor.is_dir():
        raise SystemExit(f"build_linux: {hicolor} is missing (the icons step makes it)")
    _copy_tree(hicolor, share / "icons" / "hicolor")


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def render_control(version: str, arch: str, installed_kib: int,
                   glibc: str | None = None) -> str:
    """DEBIAN/control from packaging/linux/control (its Depends: packaging/README.md)."""
    control = (LINUX / "control").read_text(encoding="utf-8")
    for key, value in {
        "@PACKAGE@": md.DEB_PACKAGE, "@VERSION@": md.deb_version(version),
        "@ARCHITECTURE@": arch, "@INSTALLED_SIZE@": str(installed_kib),
        "@MAINTAINER@": os.environ.get("CASEDESK_DEB_MAINTAINER", DEFAULT_MAINTAINER),
        "@GLIBC_VERSION@": glibc or glibc_version(),
    }.items():
        control = control.replace(key, value)
    leftover = re.findall(r"@[A-Z_]+@", control)
    if leftover:
        raise SystemExit(f"build_linux: packaging/linux/control: unknown {', '.join(leftover)}")
    # the template folds the long Depends for reading; a binary package's fields other than
    # Description are one line each
    return re.sub(r"^(Depends|Recommends):(.*(?:\n [^\n]*)*)",
                  lambda m: f"{m.group(1)}: " + " ".join(m.group(2).split()), control,
                  flags=re.M)


def glibc_version() -> str:
    """The C library this machine has: a PyInstaller bundle runs on it or a newer one."""
    name, version = platform.libc_ver()
    if name != "glibc" or not version:
        raise SystemExit("build_linux: the Linux packages are built on a glibc system")
    return version


def build_deb(bundle: Path, out: Path, version: str, xz_level: int = 1) -> Path:
    if not shutil.which("dpkg-deb"):
        raise SystemExit("build_linux: dpkg-deb not found (Debian/Ubuntu: apt-get install dpkg)")
    arch = deb_architecture()
    deb_version = md.deb_version(version)
    name = f"{md.DEB_PACKAGE}_{deb_version}_{arch}"
    stage = ROOT / "build" / "deb" / name
    if stage.exists():
        shutil.rmtree(stage)
    prefix = stage / md.DEB_PREFIX.lstrip("/")
    prefix.parent.mkdir(parents=True)
    _copy_tree(bundle, prefix)
    (stage / "usr" / "bin").mkdir(parents=True)
    # /usr/bin → /opt: an absolute link (Debian policy 10.5 for links between top-level folders)
    os.symlink(f"{md.DEB_PREFIX}/{md.DISPLAY_NAME}", stage / "usr" / "bin" / md.DEB_PACKAGE)
    _share_tree(stage / "usr" / "share")
    doc = stage / "usr" / "share" / "doc" / md.DEB_PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    changelog = (f"{md.DEB_PACKAGE} ({deb_version}) stable; urgency=medium\n\n"
                 f"  * CaseDesk {version}.\n\n"
                 f" -- {os.environ.get('CASEDESK_DEB_MAINTAINER', DEFAULT_MAINTAINER)}  "
                 f"{email.utils.formatdate(localtime=False)}\n")
    (doc / "changelog.gz").write_bytes(  # a native package: changelog.gz
        gzip.compress(changelog.encode("utf-8"), compresslevel=9, mtime=0))
    _normalise_modes(stage)

    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    files = sorted(p for p in stage.rglob("*")
                   if p.is_file() and not p.is_symlink() and control_dir not in p.parents)
    installed_kib = sum((p.stat().st_size + 1023) // 1024 for p in files)
    installed_kib += sum(1 for p in stage.rglob("*") if p.is_dir() and p != control_dir)
    (control_dir / "control").write_text(render_control(version, arch, installed_kib),
                                         encoding="utf-8")
    with open(control_dir / "md5sums", "w", encoding="utf-8") as sums:
        for path in files:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # noqa: S324 (dpkg's format)
            sums.write(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    for script in ("postinst", "postrm"):
        shutil.copyfile(LINUX / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    (control_dir / "control").chmod(0o644)
    (control_dir / "md5sums").chmod(0o644)

    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{name}.deb"
    deb.unlink(missing_ok=True)
    # --root-owner-group: every file root:root without fakeroot. xz: what every dpkg reads.
    # Level 1 by default: 47 MB in 9 s here; level 6 (dpkg's default) 41.5 MB in 81 s.
    run(["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{xz_level}", "--build", stage, deb],
        stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return deb


def build_tarball(bundle: Path, out: Path, version: str) -> Path:
    machine = platform.machine() or "unknown"
    top = f"{md.DISPLAY_NAME}-{version}"
    stage = ROOT / "build" / "tarball" / top
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    for item in bundle.iterdir():
        if item.is_dir() and not item.is_symlink():
            _copy_tree(item, stage / item.name)
        else:
            shutil.copy2(item, stage / item.name, follow_symlinks=False)
    shutil.copyfile(LINUX / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    (stage / "VERSION").write_text(version + "\n", encoding="utf-8")
    _share_tree(stage / "share")
    _normalise_modes(stage)

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    out.mkdir(parents=True, exist_ok=True)
    tarball = out / f"{top}-linux-{machine}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=top, filter=owned_by_root)
    shutil.rmtree(stage.parent)
    return tarball


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: CaseDesk
Comment: /opt/casedesk is a PyInstaller bundle: CaseDesk with the Python interpreter and the
 Python packages it runs on, each under its own licence.

Files: *
Copyright: CaseDesk
License: LicenseRef-Proprietary

Files: opt/casedesk/_internal/PySide6/* opt/casedesk/_internal/shiboken6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt and Qt for Python (PySide6), used as shared libraries. On Debian systems the
 full text of the GNU Lesser General Public License version 3 is in
 /usr/share/common-licenses/LGPL-3.

Files: opt/casedesk/_internal/libpython* opt/casedesk/_internal/python3*
 opt/casedesk/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the bundle and the packages go (default: dist/)")
    parser.add_argument("--skip-bundle", action="store_true",
                        help="reuse the bundle already built (no icons, no PyInstaller)")
    parser.add_argument("--bundle", type=Path,
                        help="with --skip-bundle: the bundle to package (default: OUT/CaseDesk)")
    parser.add_argument("--package-version", metavar="V",
                        help=f"the packages' version (default: pyproject.toml's, or "
                             f"{md.VERSION_OVERRIDE_ENV}); the app inside is unchanged")
    parser.add_argument("--no-tarball", action="store_true", help="build the .deb only")
    parser.add_argument("--xz-level", type=int, default=1, choices=range(10), metavar="0-9",
                        help="the .deb's xz compression (default 1: 9 s; 6: 12%% smaller, 80 s)")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        parser.error("the Linux packages are built on Linux (Windows, macOS: packaging/README.md)")
    out = args.out.resolve()
    if args.package_version:
        os.environ[md.VERSION_OVERRIDE_ENV] = args.package_version
    version = md.package_version()
    timings: list[tuple[str, float]] = []

    def step(label, fn, *a):
        start = time.monotonic()
        say(f"{label} …")
        result = fn(*a)
        timings.append((label, time.monotonic() - start))
        return result

    started = time.monotonic()
    bundle = (args.bundle or out / md.DISPLAY_NAME).resolve()
    if args.bundle and not args.skip_bundle:
        parser.error("--bundle goes with --skip-bundle")
    if not args.skip_bundle:
        step("icons (packaging/icons.py)", build_icons)
        bundle = step("bundle (pyinstaller packaging/casedesk.spec)", build_bundle, out)
    else:
        if not (ICONS / "hicolor").is_dir():
            step("icons (packaging/icons.py)", build_icons)
    check_bundle(bundle)
    deb = step("deb (dpkg-deb)", build_deb, bundle, out, version, args.xz_level)
    tarball = None if args.no_tarball else step("tarball", build_tarball, bundle, out, version)

    for label, seconds in timings:
        say(f"  {seconds:6.1f} s  {label}")
    say(f"  {time.monotonic() - started:6.1f} s  in all")
    say(f"bundle   {bundle}  {mb(du(bundle))}")
    say(f".deb     {deb}  {mb(du(deb))}")
    if tarball:
        say(f"tarball  {tarball}  {mb(du(tarball))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
