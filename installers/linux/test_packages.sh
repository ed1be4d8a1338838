#!/usr/bin/env bash
# Check that the Linux packages install, run and uninstall cleanly, and that uninstalling never
# takes the user's data:
#
#   installers/linux/test_packages.sh [--deb FILE.deb] [--tarball FILE.tar.gz]
#
# (defaults: the newest of each in build/linux/, or $OUT).
#
# .deb (needs root, or sudo): dpkg -i with no network; the programs on the PATH pass the quick
# smoke test; the desktop entry, icons and AppStream metadata are where desktops look; a user's
# data folder is made by the installed program; dpkg -r then dpkg -P leave no file of the package
# behind (every path the .deb lists, and /opt/mainstream-desktop) and the user's data is intact;
# dpkg --audit has nothing to say.
# .tar.gz (no root): unpack, install-for-me.sh into a scratch home, the quick smoke test through
# ~/.local/bin, the menu entry points at the installed program; install-for-me.sh --remove
# leaves nothing of the program and the data intact.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
OUT=${OUT:-$repo/build/linux}
deb=""
tarball=""
while [ $# -gt 0 ]; do
  case $1 in
    --deb) deb=$2; shift 2 ;;
    --tarball) tarball=$2; shift 2 ;;
    *) echo "usage: test_packages.sh [--deb FILE.deb] [--tarball FILE.tar.gz]" >&2; exit 2 ;;
  esac
done
[ -n "$deb" ] || deb=$(ls -t "$OUT"/mainstream-desktop_*.deb 2>/dev/null | head -1 || true)
[ -n "$tarball" ] || tarball=$(ls -t "$OUT"/mainstream-desktop-*-linux-*.tar.gz 2>/dev/null | head -1 || true)
[ -n "$deb" ] || [ -n "$tarball" ] || { echo "no package to test in $OUT: run build.sh first" >&2; exit 1; }

APP_ID=org.globalmigrationgroup.MainstreamDesktop
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
check() {  # check DESCRIPTION COMMAND...: print ok/FAILED, count failures
  local description=$1; shift
  if "$@" >"$scratch/check.log" 2>&1; then
    echo "ok   $description"
  else
    echo "FAILED $description"; sed 's/^/     /' "$scratch/check.log"; failures=$((failures + 1))
  fi
}
absent() { [ ! -e "$1" ] && [ ! -L "$1" ]; }
user_data_made() {  # the installed window creates the default data folder under HOME
  HOME=$1 XDG_DATA_HOME=$1/.local/share QT_QPA_PLATFORM=offscreen "$2" --smoke-test \
    && [ -f "$1/.local/share/MainstreamDesktop/mainstream.sqlite3" ]
}

test_deb() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if dpkg-query -W -f='${Status}' mainstream-desktop 2>/dev/null | grep -q "installed"; then
    echo "mainstream-desktop is already installed here; not touching it" >&2; exit 1
  fi
  echo "== $deb"
  local listed=$scratch/deb-files
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^/\?$' > "$listed"
  check "dpkg -i installs it (offline, dependencies already present)" $sudo dpkg -i "$deb"
  check "dpkg --audit finds nothing wrong" test -z "$(dpkg --audit)"
  check "quick smoke test of /usr/bin/mainstream-desktop and /usr/bin/mainstream" \
    "$here/smoke_test.sh" /usr/bin --quick
  check "desktop entry installed and valid" \
    bash -c "test -f /usr/share/applications/$APP_ID.desktop && { ! command -v desktop-file-validate >/dev/null || desktop-file-validate /usr/share/applications/$APP_ID.desktop; }"
  check "AppStream metadata installed" test -f /usr/share/metainfo/$APP_ID.metainfo.xml
  for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256; do
    check "icon $size installed" test -f /usr/share/icons/hicolor/$size/apps/mainstream-desktop.png
  done
  check "scalable icon installed" test -f /usr/share/icons/hicolor/scalable/apps/mainstream-desktop.svg
  local home=$scratch/deb-user
  check "the installed program makes a user's data folder" user_data_made "$home" /usr/bin/mainstream-desktop
  check "dpkg -r removes it" $sudo dpkg -r mainstream-desktop
  check "dpkg -P purges it" $sudo dpkg -P mainstream-desktop
  check "the package is gone from dpkg's database" \
    bash -c "! dpkg-query -W -f='\${Status}' mainstream-desktop 2>/dev/null | grep -q installed"
  local leftovers=$scratch/leftovers
  : > "$leftovers"
  while read -r path; do
    [ -d "$path" ] && [ ! -L "$path" ] && continue  # shared folders such as /usr/share/icons
    if [ -e "$path" ] || [ -L "$path" ]; then echo "$path" >> "$leftovers"; fi
  done < "$listed"
  check "no file of the package is left behind" test ! -s "$leftovers"
  check "/opt/mainstream-desktop is gone" absent /opt/mainstream-desktop
  check "the user's data folder survived the removal" \
    test -f "$home/.local/share/MainstreamDesktop/mainstream.sqlite3"
}

test_tarball() {
  echo "== $tarball"
  local home=$scratch/tar-user unpacked=$scratch/unpacked
  mkdir -p "$home" "$unpacked"
  check "the tarball unpacks" tar -C "$unpacked" -xzf "$tarball"
  local folder
  folder=$(find "$unpacked" -mindepth 1 -maxdepth 1 -type d | head -1)
  check "install-for-me.sh installs without root" \
    env HOME="$home" XDG_DATA_HOME="$home/.local/share" "$folder/install-for-me.sh"
  check "quick smoke test through ~/.local/bin" "$here/smoke_test.sh" "$home/.local/bin" --quick
  check "the menu entry starts the installed program by its full path" \
    grep -qx "Exec=$home/.local/opt/mainstream-desktop/mainstream-desktop" \
    "$home/.local/share/applications/$APP_ID.desktop"
  check "icon 48x48 in the user's icon theme" \
    test -f "$home/.local/share/icons/hicolor/48x48/apps/mainstream-desktop.png"
  check "the installed program makes a user's data folder" \
    user_data_made "$home" "$home/.local/bin/mainstream-desktop"
  check "install-for-me.sh --remove uninstalls" \
    env HOME="$home" XDG_DATA_HOME="$home/.local/share" "$folder/install-for-me.sh" --remove
  for path in .local/opt/mainstream-desktop .local/bin/mainstream-desktop .local/bin/mainstream \
      ".local/share/applications/$APP_ID.desktop" ".local/share/metainfo/$APP_ID.metainfo.xml" \
      .local/share/icons/hicolor/48x48/apps/mainstream-desktop.png; do
    check "removed: ~/$path" absent "$home/$path"
  done
  check "the user's data folder survived the removal" \
    test -f "$home/.local/share/MainstreamDesktop/mainstream.sqlite3"
}

[ -z "$deb" ] || test_deb
[ -z "$tarball" ] || test_tarball
if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "packages install and remove cleanly"
