#!/usr/bin/env sh
# Installs the one-folder bundle from build/dist/basisscan for the current user (no root needed):
# the app under ~/.local/opt, a `basisscan` command, the menu entry and its icons.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-"$here/../build/dist/basisscan"}
prefix=${PREFIX:-"$HOME/.local"}
[ -x "$bundle/basisscan" ] || { echo "no bundle at $bundle; run 'make package' first" >&2; exit 1; }
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications"
rm -rf "$prefix/opt/basisscan"
cp -a "$bundle" "$prefix/opt/basisscan"
ln -sf "$prefix/opt/basisscan/basisscan" "$prefix/bin/basisscan"
for size in 16 32 48 64 128 256 512; do
    target="$prefix/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$target"
    cp "$here/icons/basisscan-$size.png" "$target/basisscan.png"
done
sed "s|^Exec=basisscan|Exec=$prefix/bin/basisscan|" "$here/basisscan.desktop" > "$prefix/share/applications/basisscan.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "Basisscan installed: start it from the menu or with $prefix/bin/basisscan"
