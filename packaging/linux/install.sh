#!/bin/sh
# Install CaseDesk from this unpacked tarball (CaseDesk-<version>-linux-<arch>.tar.gz).
#
#   ./install.sh                  for you: ~/.local/lib/casedesk, ~/.local/bin/casedesk, menu entry
#   sudo ./install.sh             for everyone: /usr/local/lib/casedesk, /usr/local/bin/casedesk
#   ./install.sh --uninstall      remove what install.sh installed (same user / sudo as before)
#   ./install.sh --prefix DIR     install under DIR instead (DIR/lib/casedesk, DIR/bin …)
#
# Installing again replaces the program (an upgrade). Neither that nor --uninstall touches your
# data: the database, backups and logs in ~/.local/share/CaseDesk and ~/.local/state/CaseDesk,
# the settings in ~/.config/CaseDesk. On Debian and Ubuntu the .deb package is the better choice
# (it installs the system libraries Qt needs and updates with apt).
set -eu

APP_ID=se.casedesk.CaseDesk
HERE=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
ACTION=install
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) ACTION=uninstall ;;
        --prefix) shift; PREFIX="${1:?--prefix needs a folder}" ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

LIB="$PREFIX/lib/casedesk"
BIN="$PREFIX/bin/casedesk"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/$APP_ID.desktop"
METAINFO="$SHARE/metainfo/$APP_ID.metainfo.xml"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$ACTION" = uninstall ]; then
    # only what install.sh put there: the program folder, the command, the menu entry, the icons
    rm -rf "$LIB"
    rm -f "$BIN" "$DESKTOP" "$METAINFO"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -path '*/apps/*' -delete 2>/dev/null || true
    refresh_menus
    echo "CaseDesk removed from $PREFIX (your database and settings were left alone)."
    exit 0
fi

[ -x "$HERE/CaseDesk" ] || { echo "install.sh: run it from the unpacked tarball (no CaseDesk next to it)" >&2; exit 1; }

# The program: replace the whole folder, so that nothing of an older version stays behind.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$LIB.new"
mkdir "$LIB.new"
cp -a "$HERE/CaseDesk" "$HERE/_internal" "$LIB.new/"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sfn "$LIB/CaseDesk" "$BIN"

# The menu entry runs the program by its full path (~/.local/bin is not on every PATH).
sed -e "s|^Exec=casedesk|Exec=$BIN|" -e "s|^TryExec=casedesk|TryExec=$BIN|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
cp -R "$HERE/share/icons" "$SHARE/"
refresh_menus

# Qt needs a few system libraries that the tarball does not carry (the .deb depends on them).
missing=$(ldd "$LIB/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" "$LIB/_internal/PySide6/Qt/lib/libQt6Gui.so.6" 2>/dev/null \
    | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
    echo "Warning: missing system libraries: $missing" >&2
    echo "  Debian/Ubuntu: sudo apt install libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \\" >&2
    echo "    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 fonts-dejavu-core" >&2
    echo "  Fedora: sudo dnf install mesa-libGL mesa-libEGL glib2 fontconfig dbus-libs libxkbcommon-x11 \\" >&2
    echo "    xcb-util-cursor xcb-util-wm xcb-util-keysyms dejavu-sans-fonts" >&2
fi

echo "CaseDesk $(cat "$HERE/VERSION" 2>/dev/null || echo) installed in $LIB; start it from the menu or with $BIN"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "($PREFIX/bin is not on your PATH: add it, or start $BIN)" ;;
esac
