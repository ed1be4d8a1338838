#!/usr/bin/env bash
# The README's two commands on a fresh machine:
#   ./setup.sh demo   install into .venv and launch Mainstream Desktop on the demo data
#   ./setup.sh test   install into .venv (with the Debian libraries Qt needs, and PostgreSQL for the
#                     hub-mode tests) and run every test, the core and exchange suites on both engines
# Extra arguments after "test" go to pytest (e.g. ./setup.sh test -m slow).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
PYTHON=${PYTHON:-python3}
# Shared libraries the Qt platform plugins load (offscreen and xcb) on a bare Debian/Ubuntu.
QT_DEBS="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0"

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs Qt's libraries
  local wanted=("$@") missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
      install_debian_packages python3-venv
      "$PYTHON" -m venv "$VENV"
    fi
  fi
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$1"
}

case "${1:-}" in
  demo)
    # shellcheck disable=SC2086
    install_debian_packages $QT_DEBS
    make_venv .
    exec "$VENV/bin/mainstream-desktop" --demo
    ;;
  test)
    shift
    # shellcheck disable=SC2086
    # pdftotext reads the PDF reports back in the tests; postgresql: the hub-mode tests start a
    # throwaway server of their own (tests/pg/cluster.py), never the system's
    install_debian_packages $QT_DEBS poppler-utils postgresql
    # tests/test_installers.py: makensis compiles the Windows installer and 7z reads it back, the
    # validators check the desktop entry and AppStream metadata, objdump reads the frozen bundle
    install_debian_packages nsis p7zip-full appstream desktop-file-utils binutils
    make_venv ".[test,installer]"
    export QT_QPA_PLATFORM=offscreen
    # The core and exchange suites run on SQLite and on PostgreSQL; here a PostgreSQL that does not
    # start is a failure, not a skip.
    export MAINSTREAM_TEST_ENGINES="${MAINSTREAM_TEST_ENGINES:-sqlite,postgresql}"
    export MAINSTREAM_REQUIRE_PG="${MAINSTREAM_REQUIRE_PG:-1}"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: ./setup.sh demo | ./setup.sh test [pytest arguments]" >&2
    exit 2
    ;;
esac
