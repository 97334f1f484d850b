"""The Info.plist values of CaseDesk.app, for the BUNDLE step of packaging/casedesk.spec.

    from info_plist import BUNDLE_ID, info_plist    # with packaging/macos on sys.path
    BUNDLE(coll, name="CaseDesk.app", icon="build/icons/casedesk.icns",
           bundle_identifier=BUNDLE_ID, info_plist=info_plist(version))

PyInstaller fills in the keys it owns (CFBundleExecutable, CFBundleIconFile,
CFBundlePackageType, CFBundleName …); these are the ones CaseDesk decides.
"""

from __future__ import annotations

import re

#: the application id everywhere (packaging/README.md): bundle id, AppStream id, icon name
BUNDLE_ID = "se.casedesk.CaseDesk"
#: the oldest macOS the PySide6 wheels support (PySide6-Essentials 6.11: macosx_13_0 wheels)
MINIMUM_MACOS = "13.0"
#: the languages CaseDesk is translated into (resources/translations/casedesk_<lang>.qm)
LOCALIZATIONS = ["en", "sv"]


def bundle_version(version: str) -> str:
    """CFBundleVersion: one to three dot-separated integers, as macOS compares them.

    "1.2.0" stays; a pre-release such as "1.3.0rc1" or "1.3.0.dev2" becomes "1.3.0".
    """
    match = re.match(r"\d+(\.\d+){0,2}", version)
    if not match:
        raise ValueError(f"not a version macOS understands: {version!r}")
    return match.group(0)


def info_plist(version: str) -> dict:
    """The Info.plist entries of CaseDesk.app for `version` (from pyproject.toml)."""
    return {
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleName": "CaseDesk",
        "CFBundleDisplayName": "CaseDesk",
        # what the Finder and About show: the version as released
        "CFBundleShortVersionString": bundle_version(version),
        "CFBundleVersion": bundle_version(version),
        # the app is translated: macOS then lists Swedish for it in Settings → Language,
        # and the standard menus (Services, Hide, Quit) follow the language Qt chooses
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LOCALIZATIONS),
        "CFBundleAllowMixedLocalizations": True,
        # sharp on Retina screens
        "NSHighResolutionCapable": True,
        # follow the system's dark mode (Qt draws a dark palette) instead of forcing light
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": "© CaseDesk",
    }
