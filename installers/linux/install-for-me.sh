#!/usr/bin/env bash
# Install Mainstream Desktop for yourself only: no administrator rights, no internet.
# Run it from the folder you unpacked from mainstream-desktop-VERSION-linux-ARCH.tar.gz:
#
#   ./install-for-me.sh            copy the program to ~/.local/opt/mainstream-desktop, put
#                                  mainstream-desktop and mainstream in ~/.local/bin, and add
#                                  Mainstream Desktop to your applications menu
#   ./install-for-me.sh --remove   take all of that away again
#
# Your data (~/.local/share/MainstreamDesktop, or the folder you chose with --data-dir) is never
# touched, by installing, upgrading or removing.
set -euo pipefail

APP_ID=org.globalmigrationgroup.MainstreamDesktop
ICON=mainstream-desktop
source_folder=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
program_folder=$HOME/.local/opt/mainstream-desktop
bin_folder=$HOME/.local/bin
desktop_file=$data_home/applications/$APP_ID.desktop
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
  command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ] \
    && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

remove() {
  for program in mainstream-desktop mainstream; do
    # only our own links, never a program of the same name installed some other way
    if [ -L "$bin_folder/$program" ] && [ "$(readlink "$bin_folder/$program")" = "$program_folder/$program" ]; then
      rm -f "$bin_folder/$program"
    fi
  done
  rm -f "$desktop_file" "$metainfo_file"
  find "$data_home/icons/hicolor" -path "*/apps/$ICON.*" -delete 2>/dev/null || true
  rm -rf "$program_folder"
  refresh_menus
}

install_program() {
  [ -x "$source_folder/mainstream-desktop" ] || { echo "run this from the unpacked folder" >&2; exit 1; }
  [ "$source_folder" != "$program_folder" ] || { echo "already installed here" >&2; exit 1; }
  remove
  mkdir -p "$program_folder" "$bin_folder" "$data_home/applications" "$data_home/metainfo"
  cp -a "$source_folder/mainstream-desktop" "$source_folder/mainstream" "$source_folder/_internal" \
    "$program_folder/"
  ln -s "$program_folder/mainstream-desktop" "$bin_folder/mainstream-desktop"
  ln -s "$program_folder/mainstream" "$bin_folder/mainstream"
  # The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
  sed -e "s|^Exec=mainstream-desktop|Exec=$program_folder/mainstream-desktop|" \
      -e "s|^TryExec=mainstream-desktop|TryExec=$program_folder/mainstream-desktop|" \
      "$source_folder/share/applications/$APP_ID.desktop" > "$desktop_file"
  cp "$source_folder/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"
  mkdir -p "$data_home/icons"
  cp -r "$source_folder/share/icons/hicolor" "$data_home/icons/"
  refresh_menus
  echo "Mainstream Desktop is installed in $program_folder."
  echo "Start it from your applications menu, or run: $bin_folder/mainstream-desktop"
  echo "Your data will live in $data_home/MainstreamDesktop; ./install-for-me.sh --remove never deletes it."
}

case "${1:-}" in
  "") install_program ;;
  --remove)
    remove
    echo "Mainstream Desktop is removed. Your data in $data_home/MainstreamDesktop is still there."
    ;;
  *) echo "usage: ./install-for-me.sh [--remove]" >&2; exit 2 ;;
esac
