"""What the packaging scripts share: names, the version, and what goes into the bundle.

No PyInstaller and no Qt here: `packaging/casedesk.spec`, `packaging/build_linux.py` and
`tests/test_packaging.py` all import this file (by path: `packaging` is also the name of a
PyPI package that PyInstaller itself imports).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"

#: the application id (packaging/README.md): AppStream id, desktop entry, icon name, bundle id
APP_ID = "se.casedesk.CaseDesk"
#: the bundle's folder and executable (dist/CaseDesk/CaseDesk); casedesk.APP_NAME in the app
DISPLAY_NAME = "CaseDesk"
#: changes the version of the packages built (the .deb, the tarball's name) but not the app
#: inside: for the upgrade test (two packages of one build). Never set it for a release.
VERSION_OVERRIDE_ENV = "CASEDESK_VERSION_OVERRIDE"

# -- Qt: what CaseDesk uses, and what the bundle leaves out ---------------------------------
#: the PySide6 modules CaseDesk imports (tests/test_packaging.py checks the source)
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
#: PySide6 modules left out of the bundle. The spec also leaves out any other PySide6 module
#: it finds installed that is not in QT_MODULES_USED; this list is what the test checks.
QT_MODULES_EXCLUDED = (
    # in PySide6-Essentials
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtOpenGL", "QtOpenGLWidgets",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtSql", "QtSvg", "QtSvgWidgets", "QtTest", "QtUiTools", "QtXml",
    # in PySide6-Addons / the full PySide6 (in case a build machine has them)
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtDataVisualization", "QtGraphs",
    "QtGraphsWidgets", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQuick3D",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtStateMachine", "QtTextToSpeech", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
)
#: Qt plugins kept, per plugin folder ("*" = the whole folder); every other folder and file
#: under Qt/plugins is left out. Names are the file names without "lib" and the extension
#: (Linux libqxcb.so, Windows qxcb.dll, macOS libqcocoa.dylib).
QT_PLUGINS_KEPT = {
    # the window: X11, Wayland, headless (tests, the smoke test), macOS, Windows
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa", "qwindows",
                  "qdirect2d"),
    # X11 OpenGL integration that qxcb loads (Qt Widgets may use it for some surfaces)
    "xcbglintegrations": "*",
    # Wayland: the xdg-shell integration is needed for a window at all; decorations
    # (title bar) on compositors without server-side decorations (GNOME)
    "wayland-shell-integration": "*",
    "wayland-decoration-client": "*",
    "wayland-graphics-integration-client": "*",
    # typing: compose key and IBus input methods (accents, non-Latin scripts)
    "platforminputcontexts": ("composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"),
    # native file dialogs and colours on GNOME (GTK 3) and in sandboxes (portal)
    "platformthemes": "*",
    # SVG images and icons (qtawesome draws with fonts; QIcon loads the app's SVGs);
    # PNG and BMP are built into QtGui. qico/qicns for the Windows and macOS icons.
    "imageformats": ("qsvg", "qico", "qicns"),
    "iconengines": ("qsvgicon",),
    # macOS and Windows widget styles (Linux uses Fusion, built in)
    "styles": "*",
}
#: Qt's own translations kept: the stock dialogs' texts in CaseDesk's languages
QT_TRANSLATIONS_KEPT = ("qtbase_en.qm", "qtbase_sv.qm", "qt_en.qm", "qt_sv.qm")
#: CaseDesk's languages (resources/translations/casedesk_<lang>.qm)
LANGUAGES = ("en", "sv")

# -- Debian package -------------------------------------------------------------------------
DEB_PACKAGE = "casedesk"
#: where the .deb installs the bundle; /usr/bin/casedesk links to its executable
DEB_PREFIX = "/opt/casedesk"
#: The .deb's Depends (packaging/linux/control) are the system libraries of ./dev's
#: OFFSCREEN_LIBS and WINDOW_LIBS (what PySide6 needs from the system, verified there in a
#: minbase chroot) plus these, found by the smoke test's ldd in a minbase chroot:
DEB_DEPENDS_BEYOND_DEV = {
    # the C library the bundle was built with, or newer (PyInstaller bundles run on the glibc
    # they were built with or a newer one): apt refuses an older system instead of a crash
    "libc6": "glibc",
    # libQt6Network links it (Kerberos for HTTP Negotiate); CaseDesk loads QtNetwork for
    # the single-instance lock (QLocalServer). ./dev's list was found importing QtWidgets only.
    "libgssapi-krb5-2": "QtNetwork",
}


def project(pyproject: Path = PYPROJECT) -> dict:
    """The [project] table of pyproject.toml."""
    with open(pyproject, "rb") as f:
        return tomllib.load(f)["project"]


def name(pyproject: Path = PYPROJECT) -> str:
    """The distribution name: "casedesk" (Debian package, program on PATH)."""
    return project(pyproject)["name"]


def version(pyproject: Path = PYPROJECT) -> str:
    """CaseDesk's version, as pyproject.toml says."""
    return project(pyproject)["version"]


def package_version(pyproject: Path = PYPROJECT, environ=None) -> str:
    """The version of the packages built: pyproject's, or CASEDESK_VERSION_OVERRIDE's."""
    environ = os.environ if environ is None else environ
    override = environ.get(VERSION_OVERRIDE_ENV, "").strip()
    if override:
        if not re.fullmatch(r"\d+(\.\d+)*([.+~-]?[A-Za-z0-9]+)*", override):
            raise ValueError(f"{VERSION_OVERRIDE_ENV}={override!r} is not a version")
        return override
    return version(pyproject)


def deb_version(pep440: str) -> str:
    """A Debian version that sorts like the Python one: 1.2.0rc1 → 1.2.0~rc1 (before 1.2.0),
    1.2.0.dev3 → 1.2.0~dev3, 1.2.0.post1 → 1.2.0+post1; 1.2.0 stays."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(.*)", pep440.strip())
    if not match:
        raise ValueError(f"not a version: {pep440!r}")
    release, rest = match.groups()
    rest = rest.lstrip(".-_")
    if not rest:
        return release
    if re.fullmatch(r"(post|rev|r)\d*", rest):
        return f"{release}+{rest}"
    return f"{release}~{re.sub(r'[^A-Za-z0-9.+~]', '', rest)}"


def qt_module_excluded(module: str) -> bool:
    """PySide6.QtX left out of the bundle? (any Qt module CaseDesk does not use)."""
    parts = module.split(".")
    return (len(parts) >= 2 and parts[0] == "PySide6" and parts[1].startswith("Qt")
            and parts[1] not in QT_MODULES_USED)


def qt_plugin_kept(folder: str, filename: str) -> bool:
    """Is Qt/plugins/<folder>/<filename> one the bundle keeps?"""
    kept = QT_PLUGINS_KEPT.get(folder)
    if kept is None:
        return False
    if kept == "*":
        return True
    stem = filename.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem in kept
