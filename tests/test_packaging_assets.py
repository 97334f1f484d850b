"""The installers' assets (issue 10): app icons, desktop entry, AppStream metainfo, the Inno
Setup script, the macOS Info.plist values and the disk-image script.

What can be checked without Windows or a Mac: the files exist, agree with each other (one
application id, name, icon name and version everywhere) and the build scripts produce what
the installers take. Compiling the Inno Setup script and running hdiutil happen in
.github/workflows/installers.yml.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import casedesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "se.casedesk.CaseDesk"
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "casedesk.iss"
BUILD_DMG = PACKAGING / "macos" / "build_dmg.sh"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str, path: Path):
    """Import a module from packaging/ by path (`packaging` is also a PyPI package's name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icons = _load("casedesk_packaging_icons", PACKAGING / "icons.py")
plist = _load("casedesk_packaging_info_plist", PACKAGING / "macos" / "info_plist.py")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[sv]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _localized(parent: ET.Element, tag: str) -> dict:
    return {el.get(XML_LANG, ""): (el.text or "").strip() for el in parent.findall(tag)}


# --- icons ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built_icons(tmp_path_factory, qapp):
    # qapp first: icons.render() would otherwise create a QGuiApplication, and widget tests
    # later in the session need a QApplication
    pytest.importorskip("PIL")
    out = tmp_path_factory.mktemp("icons")
    return out, icons.build_icons(out)


def test_the_icon_source_is_an_svg_in_resources():
    assert icons.SOURCE == ROOT / "resources" / "icons" / "casedesk.svg"
    root = ET.parse(icons.SOURCE).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_icon_script_renders_every_hicolor_size(built_icons):
    from PIL import Image

    out, written = built_icons
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert written[f"hicolor/{size}x{size}"] == path
        with Image.open(path) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            alpha = image.getchannel("A")
            # drawn, not blank: opaque in the middle, transparent in the corner
            assert alpha.getpixel((size // 2, size * 3 // 4)) == 255
            assert alpha.getpixel((0, 0)) == 0
    assert (out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() \
        == icons.SOURCE.read_bytes()
    with Image.open(written["png"]) as image:
        assert image.size == (1024, 1024)


def test_windows_ico_holds_every_size_from_qts_own_rendering(built_icons):
    from PIL import Image, ImageChops

    out, written = built_icons
    with Image.open(written["ico"]) as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] == {(s, s) for s in (16, 20, 24, 32, 40, 48, 64, 128, 256)}
        ico.size = (16, 16)
        ico.load()
        small = ico.convert("RGBA")
    # the 16 px entry is the one Qt drew for 16 px, not the 256 shrunk by Pillow
    with Image.open(out / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png") as png:
        assert ImageChops.difference(small, png.convert("RGBA")).getbbox() is None


def test_macos_icns_holds_1x_and_2x_sizes_up_to_1024(built_icons):
    from PIL import Image

    _, written = built_icons
    with Image.open(written["icns"]) as icns:
        assert icns.format == "ICNS"
        sizes = icns.info["sizes"]
    assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (128, 128, 2), (256, 256, 1),
            (256, 256, 2), (512, 512, 1), (512, 512, 2)} <= set(sizes)


def test_icon_script_can_write_the_pngs_alone(tmp_path, qapp):
    written = icons.build_icons(tmp_path, formats=("png",))
    assert "ico" not in written and "icns" not in written
    assert (tmp_path / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    with pytest.raises(ValueError, match="bmp"):
        icons.build_icons(tmp_path, formats=("bmp",))


def test_the_spec_uses_the_same_app_id_and_these_icons():
    metadata = _load("casedesk_packaging_metadata_assets", PACKAGING / "metadata.py")
    assert metadata.APP_ID == APP_ID
    spec = (PACKAGING / "casedesk.spec").read_text(encoding="utf-8")
    assert '_icon("casedesk.ico")' in spec and '_icon("casedesk.icns")' in spec
    assert "plist.info_plist(" in spec and "plist.BUNDLE_ID" in spec


def test_windows_show_the_app_icon(qapp):
    from casedesk.app import _app_icon

    image = _app_icon(lambda name: pytest.fail(f"fell back to the {name} glyph")).pixmap(
        64, 64).toImage()
    middle = image.pixelColor(10, 50)  # the folder's blue front, left of the check
    assert middle.alpha() == 255 and middle.blue() > middle.red() + 80


# --- Linux: desktop entry and AppStream ------------------------------------------------------

def test_desktop_entry_and_metainfo_agree():
    entry = _desktop()
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"

    # one application id: the component id, the desktop file's name, the icon name, the
    # name the app gives Qt for its desktop entry
    assert component.findtext("id") == APP_ID == icons.APP_ID == plist.BUNDLE_ID == casedesk.APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Icon"] == APP_ID
    # the same name and command
    assert entry["Name"] == component.findtext("name") == "CaseDesk"
    assert entry["Name[sv]"] == "CaseDesk"
    assert entry["Exec"] == component.findtext("provides/binary") == "casedesk"
    assert "casedesk" in _project()["scripts"]
    # the summary is the desktop comment, in English and in Swedish
    summaries = _localized(component, "summary")
    assert summaries == {"": entry["Comment"], "sv": entry["Comment[sv]"]}
    assert entry["GenericName[sv]"] and entry["Keywords[sv]"]
    assert [c.text for c in component.findall("categories/category")] == \
        [c for c in entry["Categories"].split(";") if c]
    # every English paragraph and list item has its Swedish twin
    description = component.find("description")
    for tag in ("p", "ul/li"):
        items = description.findall(tag)
        assert len([i for i in items if i.get(XML_LANG) == "sv"]) * 2 == len(items)
    assert component.find("content_rating").get("type") == "oars-1.1"


def test_metainfo_newest_release_is_the_project_version():
    component = ET.parse(METAINFO).getroot()
    releases = component.findall("releases/release")
    assert releases, "AppStream needs at least one <release>"
    assert releases[0].get("version") == _project()["version"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date"))
    assert _localized(releases[0], "description/p").keys() == {"", "sv"}


def test_desktop_entry_ships_inside_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["casedesk.resources"]
    assert "*.desktop" in data and "icons/*.svg" in data


# --- Windows: Inno Setup ---------------------------------------------------------------------

def _iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _iss_section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    assert match, f"no [{name}] section"
    return [line.strip() for line in match.group(1).splitlines()
            if line.strip() and not line.strip().startswith(";")]


def test_inno_script_identity_and_version():
    text = _iss()
    setup = _iss_section(text, "Setup")
    guid = re.search(r'#define AppIdGuid "\{\{([0-9A-F-]{36})\}"', text)
    assert guid, "AppId must be one constant GUID (upgrades replace in place)"
    assert "AppId={#AppIdGuid}" in setup
    # the GUID in packaging/README.md is the one the script uses
    assert guid.group(1) in (PACKAGING / "README.md").read_text(encoding="utf-8")
    # the version comes from the command line (/DAppVersion=…) and nothing builds without it
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#error", text, re.M)
    assert "AppVersion={#AppVersion}" in setup
    assert "OutputBaseFilename={#AppName}-{#AppVersion}-setup" in setup
    assert "SetupIconFile={#IconFile}" in setup and "casedesk.ico" in text


def test_inno_script_installs_per_machine_or_per_user():
    setup = _iss_section(_iss(), "Setup")
    assert "PrivilegesRequired=admin" in setup
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in setup
    assert "DefaultDirName={autopf}\\{#AppName}" in setup
    icons_ = _iss_section(_iss(), "Icons")
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in icons_)


def test_inno_script_speaks_english_and_swedish():
    text = _iss()
    languages = _iss_section(text, "Languages")
    assert languages[0] == 'Name: "en"; MessagesFile: "compiler:Default.isl"'
    assert languages[1] == 'Name: "sv"; MessagesFile: "{#SwedishMessages}"'
    assert '"compiler:Languages\\Swedish.isl"' in text
    messages = _iss_section(text, "CustomMessages")
    assert {line.split(".", 1)[0] for line in messages} == {"en", "sv"}
    assert "sv.AppComment=" + _desktop()["Comment[sv]"] in messages


def test_inno_script_never_deletes_user_data():
    text = _iss()
    assert not re.search(r"^\[UninstallDelete\]", text, re.M)
    deletions = _iss_section(text, "InstallDelete")
    assert deletions == ['Type: filesandordirs; Name: "{app}\\_internal"']
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    for user_area in ("{localappdata}", "{userappdata}", "{commonappdata}", "DelTree"):
        assert user_area not in code


# --- macOS: Info.plist and the disk image ----------------------------------------------------

def test_info_plist_has_the_keys_macos_needs():
    values = plist.info_plist("1.4.2")
    assert values["CFBundleIdentifier"] == APP_ID
    assert values["CFBundleShortVersionString"] == values["CFBundleVersion"] == "1.4.2"
    assert values["NSHighResolutionCapable"] is True
    assert values["NSRequiresAquaSystemAppearance"] is False  # dark mode
    assert re.fullmatch(r"\d+\.\d+", values["LSMinimumSystemVersion"])
    # the localisations are exactly the translations that ship
    shipped = sorted(p.stem.removeprefix("casedesk_")
                     for p in (ROOT / "resources" / "translations").glob("casedesk_*.qm"))
    assert values["CFBundleLocalizations"] == shipped == ["en", "sv"]
    plistlib.loads(plistlib.dumps(values))  # serialisable as a property list


def test_info_plist_versions_are_numeric():
    assert plist.info_plist("1.3.0rc1")["CFBundleVersion"] == "1.3.0"
    assert plist.bundle_version("2.0.0.dev4") == "2.0.0"
    with pytest.raises(ValueError):
        plist.bundle_version("next")


_STUB = """#!/usr/bin/env bash
printf '%s\\n' "$(basename "$0") $*" >> "$STUB_LOG"
case "$(basename "$0") $1 $2" in
    "ditto "*) cp -R "$1" "$2" ;;
    "hdiutil create"*) touch "${@: -1}" ;;
    "xcrun notarytool submit"*) echo '{"id": "42", "status": "Accepted"}' ;;
esac
"""


@pytest.fixture
def mac_tools(tmp_path):
    """hdiutil, ditto, codesign, xcrun and spctl stand-ins that log their arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("hdiutil", "ditto", "codesign", "xcrun", "spctl"):
        (bin_dir / tool).write_text(_STUB)
        (bin_dir / tool).chmod(0o755)
    app = tmp_path / "dist" / "CaseDesk.app"
    (app / "Contents" / "MacOS").mkdir(parents=True)
    (app / "Contents" / "MacOS" / "CaseDesk").write_text("")
    log = tmp_path / "tools.log"

    def run(**env):
        base = {k: v for k, v in os.environ.items()
                if k not in ("MACOS_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID",
                             "APPLE_APP_PASSWORD", "CASEDESK_VERSION")}
        base.update(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", STUB_LOG=str(log),
                    TMPDIR=str(tmp_path), **env)
        done = subprocess.run(["bash", str(BUILD_DMG), str(app)], env=base, text=True,
                              capture_output=True, timeout=30)
        calls = log.read_text().splitlines() if log.exists() else []
        return done, calls

    return app, run


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
def test_build_dmg_skips_signing_and_notarising_without_credentials(mac_tools):
    app, run = mac_tools
    done, calls = run()
    assert done.returncode == 0, done.stderr
    version = _project()["version"]
    dmg = app.parent / f"CaseDesk-{version}.dmg"
    assert done.stdout.strip() == str(dmg) and dmg.exists()
    assert "skipping code signing" in done.stderr
    assert "skipping notarisation" in done.stderr
    assert not [c for c in calls if c.startswith(("codesign", "xcrun", "spctl"))]
    create = next(c for c in calls if c.startswith("hdiutil create"))
    assert f"-volname CaseDesk {version}" in create and "-format UDZO" in create
    assert any(c.startswith("hdiutil verify") for c in calls)


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
def test_build_dmg_signs_and_notarises_with_credentials(mac_tools):
    _, run = mac_tools
    done, calls = run(MACOS_SIGN_IDENTITY="Developer ID Application: Test (TEAM123)",
                      APPLE_ID="dev@example.com", APPLE_TEAM_ID="TEAM123",
                      APPLE_APP_PASSWORD="secret", CASEDESK_VERSION="9.8.7")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("CaseDesk-9.8.7.dmg")
    signs = [c for c in calls if c.startswith("codesign --force")]
    assert len(signs) == 2  # the app (hardened runtime, entitlements) and the image
    assert "--options runtime" in signs[0] and "entitlements.plist" in signs[0]
    assert signs[1].endswith("CaseDesk-9.8.7.dmg")
    order = [c.split()[0] + " " + c.split()[1] for c in calls]
    assert order.index("xcrun notarytool") > order.index("hdiutil create")
    assert "xcrun stapler" in order
    submit = next(c for c in calls if c.startswith("xcrun notarytool submit"))
    assert "--team-id TEAM123" in submit and "--wait" in submit


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
def test_build_dmg_refuses_to_notarise_an_unsigned_app(mac_tools):
    _, run = mac_tools
    done, calls = run(APPLE_ID="dev@example.com", APPLE_TEAM_ID="T", APPLE_APP_PASSWORD="p")
    assert done.returncode == 1
    assert "needs a signed app" in done.stderr
    assert calls == []


# --- the workflow ----------------------------------------------------------------------------

def test_installers_workflow_uses_these_files():
    text = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    for needed in ("runs-on: windows-latest", "runs-on: macos-latest", "runs-on: ubuntu-latest",
                   "python packaging/icons.py", "packaging/casedesk.spec",
                   "/DAppVersion=${{ steps.version.outputs.version }}",
                   "packaging\\windows\\casedesk.iss", "packaging/macos/build_dmg.sh",
                   '".[package]"', "--smoke-test"):
        assert needed in text, needed
