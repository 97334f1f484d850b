"""The Linux packaging (issue 10) without building anything: the spec's metadata, the .deb's
control file against ./dev's system libraries, the Qt modules the bundle leaves out, the
maintainer scripts and the tarball's install.sh.

The real build and the install tests: ./dev package, ./dev package --smoke-test and
--upgrade-test (packaging/README.md, "Building the installers").
"""

from __future__ import annotations

import email.parser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def _load(name: str, path: Path):
    """Import a module from packaging/ by path (`packaging` is also a PyPI package's name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


md = _load("casedesk_packaging_metadata_test", PACKAGING / "metadata.py")
build_linux = _load("casedesk_packaging_build_linux_test", PACKAGING / "build_linux.py")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


# --- name and version ------------------------------------------------------------------------

def test_metadata_reads_name_and_version_from_pyproject():
    assert md.name() == _project()["name"] == md.DEB_PACKAGE
    assert md.version() == _project()["version"]
    assert md.package_version(environ={}) == _project()["version"]


def test_display_name_is_the_apps_own():
    import casedesk

    assert md.DISPLAY_NAME == casedesk.APP_NAME
    assert md.APP_ID == casedesk.APP_ID


def test_version_override_changes_only_the_package_version():
    env = {md.VERSION_OVERRIDE_ENV: "0.1.1"}
    assert md.package_version(environ=env) == "0.1.1"
    assert md.version() == _project()["version"]
    with pytest.raises(ValueError):
        md.package_version(environ={md.VERSION_OVERRIDE_ENV: "not a version; rm -rf"})


@pytest.mark.parametrize(("pep440", "debian"), [
    ("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("1.2.0.dev3", "1.2.0~dev3"),
    ("1.2.0.post1", "1.2.0+post1"), ("2.0", "2.0"),
])
def test_debian_versions_sort_like_python_ones(pep440, debian):
    assert md.deb_version(pep440) == debian


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg")
def test_a_release_candidate_sorts_before_its_release_for_dpkg():
    rc, final = md.deb_version("1.2.0rc1"), md.deb_version("1.2.0")
    assert subprocess.run(["dpkg", "--compare-versions", rc, "lt", final]).returncode == 0


def test_the_spec_takes_name_and_version_from_metadata():
    source = (PACKAGING / "casedesk.spec").read_text(encoding="utf-8")
    compile(source, "casedesk.spec", "exec")  # valid Python (PyInstaller execs it)
    assert '_load("casedesk_packaging_metadata", HERE / "metadata.py")' in source
    assert "VERSION = md.version()" in source and "NAME = md.DISPLAY_NAME" in source
    assert "copy_metadata(DIST_NAME)" in source  # casedesk.__version__ in the bundle
    assert 'copy_metadata("keyring")' in source  # keyring's backends are entry points
    assert "version=plist.bundle_version(VERSION)" in source  # macOS BUNDLE
    assert "_windows_version_info()" in source


def test_the_resources_hooks_find_the_translations_and_icons():
    hook = _load("casedesk_hook_resources", PACKAGING / "pyinstaller_hooks"
                 / "hook-casedesk.resources.py")
    targets = {(Path(src).name, dest) for src, dest in hook.datas}
    for lang in md.LANGUAGES:
        assert (f"casedesk_{lang}.qm", "casedesk/resources/translations") in targets
    assert ("casedesk.svg", "casedesk/resources/icons") in targets
    assert not any(name.endswith(".ts") for name, _ in targets)  # translators' sources
    finder = _load("casedesk_hook_pre_find", PACKAGING / "pyinstaller_hooks"
                   / "pre_find_module_path" / "hook-casedesk.resources.py")

    class Api:
        search_dirs = ["/elsewhere"]

    finder.pre_find_module_path(Api)
    assert Api.search_dirs == [str(ROOT)]  # → ROOT/resources/__init__.py = casedesk.resources


# --- what the bundle leaves out --------------------------------------------------------------

def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "casedesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"\bPySide6\.(Qt\w+)", text))
        for names in re.findall(r"from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", text):
            found |= {n.strip() for n in names.split(",") if n.strip().startswith("Qt")}
    return found


def test_the_excluded_qt_modules_are_not_imported_by_casedesk():
    imported = _qt_modules_imported()
    assert imported, "found no Qt imports at all: the pattern is wrong"
    assert imported <= set(md.QT_MODULES_USED), imported - set(md.QT_MODULES_USED)
    assert not imported & set(md.QT_MODULES_EXCLUDED)
    assert not set(md.QT_MODULES_USED) & set(md.QT_MODULES_EXCLUDED)
    for module in imported:
        assert not md.qt_module_excluded(f"PySide6.{module}")
    assert md.qt_module_excluded("PySide6.QtWebEngineCore")
    assert md.qt_module_excluded("PySide6.QtQuick")
    assert not md.qt_module_excluded("shiboken6")


@pytest.mark.parametrize(("folder", "filename", "kept"), [
    ("platforms", "libqxcb.so", True), ("platforms", "libqwayland.so", True),
    ("platforms", "libqoffscreen.so", True), ("platforms", "qwindows.dll", True),
    ("platforms", "libqcocoa.dylib", True), ("platforms", "libqeglfs.so", False),
    ("platforms", "libqvnc.so", False), ("imageformats", "libqsvg.so", True),
    ("imageformats", "libqpdf.so", False), ("iconengines", "libqsvgicon.so", True),
    ("platformthemes", "libqgtk3.so", True), ("sqldrivers", "libqsqlite.so", False),
    ("tls", "libqopensslbackend.so", False), ("qmltooling", "libqmldbg_tcp.so", False),
    ("platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
])
def test_qt_plugins_kept(folder, filename, kept):
    assert md.qt_plugin_kept(folder, filename) is kept


# --- the .deb --------------------------------------------------------------------------------

def _dev_packages() -> list[str]:
    """The Debian packages of ./dev's OFFSCREEN_LIBS and WINDOW_LIBS, in order."""
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    packages = []
    for array in ("OFFSCREEN_LIBS", "WINDOW_LIBS"):
        body = re.search(rf"^{array}=\((.*?)^\)", dev, re.M | re.S)
        assert body, f"{array} not found in ./dev"
        for line in body.group(1).splitlines():
            entry = line.split("#", 1)[0].strip()
            if entry:
                packages.append(entry.split(":", 1)[1])
    return packages


def _control(version="0.1.0") -> dict:
    text = build_linux.render_control(version, "amd64", 123)
    return dict(email.parser.Parser().parsestr(text).items())


def _depends(field: str) -> list[list[str]]:
    """[[alternative, …], …] of a Depends-like field (folded over lines)."""
    return [[alt.strip().split(" ")[0] for alt in group.split("|")]
            for group in " ".join(field.split()).split(",") if group.strip()]


def test_deb_depends_are_devs_system_libraries():
    dev = _dev_packages()
    assert "libgl1" in dev and "libxcb-cursor0" in dev and "fonts-dejavu-core" in dev
    depends = _depends(_control()["Depends"])
    first = [group[0] for group in depends]
    assert len(first) == len(set(first))
    assert set(first) == set(dev) | set(md.DEB_DEPENDS_BEYOND_DEV)
    fonts = next(group for group in depends if group[0] == "fonts-dejavu-core")
    assert all(alt.startswith("fonts-") for alt in fonts)  # any font will do


def test_deb_control_fields():
    control = _control("1.2.0rc1")
    assert control["Package"] == "casedesk"
    assert control["Version"] == "1.2.0~rc1"
    assert control["Architecture"] == "amd64"
    assert control["Installed-Size"] == "123"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", control["Maintainer"])
    assert "never removed" in control["Description"]


def test_maintainer_scripts_never_touch_user_data():
    for name in ("postinst", "postrm"):
        script = (LINUX / name).read_text(encoding="utf-8")
        assert script.startswith("#!/bin/sh\n")
        code = "\n".join(line.split("#", 1)[0] for line in script.splitlines())
        for word in ("rm ", "rmdir", "userdel", "/home", ".local", ".config", "HOME"):
            assert word not in code, (name, word)
        assert "|| true" in code  # a missing or failing cache tool never fails dpkg


# --- the tarball's install.sh ----------------------------------------------------------------

@pytest.fixture
def unpacked(tmp_path):
    """A stand-in for an unpacked tarball: the layout build_linux.py writes."""
    top = tmp_path / "CaseDesk-0.1.0"
    (top / "_internal").mkdir(parents=True)
    exe = top / "CaseDesk"
    exe.write_text("#!/bin/sh\necho CaseDesk 0.1.0\n")
    exe.chmod(0o755)
    (top / "_internal" / "base_library.zip").write_bytes(b"x")
    shutil.copy(LINUX / "install.sh", top / "install.sh")
    (top / "VERSION").write_text("0.1.0\n")
    share = top / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / f"{md.APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(LINUX / f"{md.APP_ID}.metainfo.xml", share / "metainfo")
    icon = share / "icons" / "hicolor" / "48x48" / "apps" / f"{md.APP_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"png")
    return top


@pytest.mark.skipif(sys.platform == "win32" or not shutil.which("sh"), reason="a POSIX shell")
def test_install_sh_installs_and_uninstalls_leaving_user_data(unpacked, tmp_path):
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    got = subprocess.run(["sh", unpacked / "install.sh", "--prefix", prefix], env=env,
                         capture_output=True, text=True)
    assert got.returncode == 0, got.stderr
    exe = prefix / "bin" / "casedesk"
    assert subprocess.run([exe], capture_output=True, text=True).stdout == "CaseDesk 0.1.0\n"
    desktop = (prefix / "share" / "applications" / f"{md.APP_ID}.desktop").read_text()
    assert f"\nExec={exe}\n" in desktop and f"\nTryExec={exe}\n" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps"
            / f"{md.APP_ID}.png").is_file()
    data = home / ".local" / "share" / "CaseDesk" / "casedesk.db"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the user's cases")
    got = subprocess.run(["sh", unpacked / "install.sh", "--uninstall", "--prefix", prefix],
                         env=env, capture_output=True, text=True)
    assert got.returncode == 0, got.stderr
    assert not (prefix / "lib" / "casedesk").exists() and not exe.is_symlink()
    assert not (prefix / "share" / "applications" / f"{md.APP_ID}.desktop").exists()
    assert data.read_bytes() == b"the user's cases"


def test_upgrade_test_raises_only_the_package_version():
    upgrade = _load("casedesk_packaging_upgrade_test", LINUX / "upgrade_test.py")
    assert upgrade.next_version("0.1.0") == "0.1.1"
    assert upgrade.next_version("1.2.0rc1") == "1.2.0rc1+upgradetest"
