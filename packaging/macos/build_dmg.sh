#!/usr/bin/env bash
# Build the CaseDesk disk image from the PyInstaller app bundle (macOS only).
#
#   packaging/macos/build_dmg.sh [path/to/CaseDesk.app]     default: dist/CaseDesk.app
#
# Writes dist/CaseDesk-<version>.dmg (version from pyproject.toml, or CASEDESK_VERSION): the
# app next to a link to /Applications, so that users drag it across. Signing and
# notarisation run only when their credentials are set, and are skipped with a message
# otherwise (an unsigned image works on the Mac that built it; other Macs' Gatekeeper
# blocks it until it is signed and notarised):
#
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: Name (TEAMID)" identity in the keychain:
#                         signs the app (hardened runtime, entitlements.plist) and the image
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                         an Apple ID, its team and an app-specific password: notarises the
#                         signed image with notarytool and staples the ticket to it
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
say() { printf '[build_dmg] %s\n' "$*" >&2; }
die() { printf '[build_dmg] error: %s\n' "$*" >&2; exit 1; }

APP="${1:-$ROOT/dist/CaseDesk.app}"
APP="${APP%/}"
[[ -d "$APP/Contents/MacOS" ]] || die "no app bundle at $APP (build it first: pyinstaller packaging/casedesk.spec)"

VERSION="${CASEDESK_VERSION:-$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$ROOT/pyproject.toml" | head -n 1)}"
[[ -n "$VERSION" ]] || die "no version in $ROOT/pyproject.toml"
DIST="$(dirname "$APP")"
DMG="$DIST/CaseDesk-$VERSION.dmg"

if [[ -x /usr/libexec/PlistBuddy ]]; then
    bundled="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist" 2>/dev/null || true)"
    [[ "$VERSION" == "$bundled"* ]] || die "the app says version '$bundled', pyproject.toml '$VERSION': rebuild the app"
fi

SIGN="${MACOS_SIGN_IDENTITY:-}"
NOTARIZE=""
if [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
    NOTARIZE=1
    [[ -n "$SIGN" ]] || die "notarisation needs a signed app: set MACOS_SIGN_IDENTITY as well"
fi

# --- 1. sign the app ---------------------------------------------------------------------
if [[ -n "$SIGN" ]]; then
    say "signing $APP as '$SIGN' (hardened runtime)"
    # --deep signs what the bundle nests (Qt frameworks, .dylib/.so in Contents/Frameworks)
    # with the same identity and options before the app itself.
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$SIGN" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    say "MACOS_SIGN_IDENTITY is not set: skipping code signing (the image will be unsigned)"
fi

# --- 2. the disk image -------------------------------------------------------------------
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/casedesk-dmg.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/CaseDesk.app"          # keeps symlinks, extended attributes, signatures
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
say "creating $DMG"
# hdiutil sometimes fails with "Resource busy" on CI machines; a second try succeeds.
for attempt in 1 2 3; do
    if hdiutil create -volname "CaseDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ \
            -format UDZO -ov "$DMG"; then
        break
    fi
    ((attempt < 3)) || die "hdiutil create failed three times"
    say "hdiutil create failed (attempt $attempt); retrying"
    sleep $((attempt * 5))
done
if [[ -n "$SIGN" ]]; then
    codesign --force --timestamp --sign "$SIGN" "$DMG"
fi
hdiutil verify "$DMG"

# --- 3. notarise -------------------------------------------------------------------------
if [[ -n "$NOTARIZE" ]]; then
    say "notarising $DMG (waits for Apple, usually a few minutes)"
    result="$(xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait --output-format json)"
    printf '%s\n' "$result"
    status="$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
    if [[ "$status" != Accepted ]]; then
        id="$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
        if [[ -n "$id" ]]; then
            xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
                --password "$APPLE_APP_PASSWORD" || true
        fi
        die "notarisation ended with status '$status' (log above)"
    fi
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
elif [[ -n "$SIGN" ]]; then
    say "APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set: skipping notarisation"
else
    say "APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD are not set: skipping notarisation"
fi

printf '%s\n' "$DMG"
