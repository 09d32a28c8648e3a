#!/bin/sh
# Register finapp with the desktop for the current user: launcher (.desktop), "Open with" for
# .ofx/.qfx/.csv/.xlsx/.qif/MT940/CAMT statements (MIME types), icons and AppStream metadata, all
# under ${XDG_DATA_HOME:-~/.local/share}. Works for the extracted bundle and for a pip install.
#
#   install-desktop.sh [EXECUTABLE]   EXECUTABLE defaults to the bundle's ./finapp beside this
#                                     script; for a pip install pass the path of finapp-gui.
#   install-desktop.sh --uninstall    remove what an earlier run installed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# Bundle layout: files in ./desktop beside the script; repository layout: beside the script.
if [ -d "$here/desktop" ]; then src="$here/desktop"; else src="$here"; fi
data=${XDG_DATA_HOME:-$HOME/.local/share}

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/finapp.desktop" "$data/mime/packages/finapp-mime.xml" \
        "$data/metainfo/org.finapp.Finapp.metainfo.xml"
    find "$data/icons/hicolor" -path '*/apps/finapp.*' -delete 2>/dev/null || true
    refresh
    echo "finapp: desktop integration removed from $data"
    exit 0
fi

exe=${1:-$here/finapp}
case $exe in /*) ;; *) exe="$(pwd)/$exe" ;; esac
if [ ! -x "$exe" ]; then
    echo "install-desktop: no executable at $exe (pass the path of finapp or finapp-gui)" >&2
    exit 2
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons"
sed "s|^Exec=.*|Exec=\"$exe\" %F|" "$src/finapp.desktop" >"$data/applications/finapp.desktop"
cp "$src/finapp-mime.xml" "$data/mime/packages/finapp-mime.xml"
cp "$src/org.finapp.Finapp.metainfo.xml" "$data/metainfo/org.finapp.Finapp.metainfo.xml"
cp -R "$src/icons/hicolor" "$data/icons/"
refresh
echo "finapp: launcher installed in $data/applications (runs $exe)"
