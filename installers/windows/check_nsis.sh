#!/usr/bin/env bash
# Compile the Windows installer script with makensis against a stand-in payload, for machines
# without a Windows build (CI, Linux developers):
#   installers/windows/check_nsis.sh [OUT_FOLDER]
# The stand-in has the bundle's shape (mainstream-desktop.exe, mainstream.exe, _internal/ with a
# nested folder) and the real icon rendered from the SVG. makensis runs with warnings as errors;
# the result must be a Windows executable ("MZ"); where 7z is installed (p7zip-full), the files it
# would install are listed from the compiled installer and compared with the payload. Prints the
# installer's path and size. Needs makensis (Debian package nsis) and the project's venv (for the
# icon).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
PYTHON=${PYTHON:-$repo/.venv/bin/python}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml" | head -1)

payload=$out/stand-in/mainstream-desktop
mkdir -p "$payload/_internal/mainstream_desktop/resources"
printf 'MZ stand-in for the frozen window\n' > "$payload/mainstream-desktop.exe"
printf 'MZ stand-in for the frozen command line\n' > "$payload/mainstream.exe"
printf 'stand-in\n' > "$payload/_internal/python311.dll"
cp "$repo/src/mainstream_desktop/resources/icons/mainstream-desktop.svg" \
  "$payload/_internal/mainstream_desktop/resources/"
QT_QPA_PLATFORM=offscreen "$PYTHON" "$repo/installers/icon/render_icons.py" "$out/icons" >/dev/null

installer=$out/mainstream-desktop-$version-setup.exe
makensis -V2 -WX -DFAST_COMPRESSION -DVERSION="$version" -DBUNDLE="$payload" \
  -DICON="$out/icons/mainstream-desktop.ico" -DOUTFILE="$installer" "$here/mainstream-desktop.nsi"
[ "$(head -c 2 "$installer")" = "MZ" ] || { echo "check_nsis: $installer is not a Windows program" >&2; exit 1; }
if command -v 7z >/dev/null; then
  listing=$(7z l -slt "$installer" | sed -n 's/^Path = //p')
  for expected in mainstream-desktop.exe mainstream.exe _internal/python311.dll \
      _internal/mainstream_desktop/resources/mainstream-desktop.svg "Uninstall Mainstream Desktop.exe"; do
    grep -qxF "$expected" <<<"$listing" || { echo "check_nsis: $expected is not in the installer" >&2; exit 1; }
  done
fi
echo "compiled $installer ($(stat -c %s "$installer") bytes)"
