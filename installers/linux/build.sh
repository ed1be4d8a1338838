#!/usr/bin/env bash
# Build Mainstream Desktop for Linux: the PyInstaller one-folder bundle, a .tar.gz and a .deb,
# each of which installs and runs with no internet. On a clean Debian or Ubuntu machine, from
# anywhere in the repository:
#
#   installers/linux/build.sh              # bundle, checks, full smoke test, .tar.gz, .deb
#   installers/linux/build.sh --quick      # the same with the quick smoke test
#   installers/linux/build.sh --bundle-only    # the bundle, its checks and smoke test only
#   installers/linux/build.sh --no-setup       # use the venv and Debian packages as they are
#                                              # (after ./setup.sh test, as the tests do)
#
# Output in build/linux/ (or $OUT): dist/mainstream-desktop/ (the bundle),
# mainstream-desktop-VERSION-linux-ARCH.tar.gz and mainstream-desktop_VERSION_ARCH.deb.
# Building needs the package registries (Debian and PyPI) once; what it makes needs nothing.
# To check that the .deb and the .tar.gz install and remove cleanly, run test_packages.sh.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"
OUT=$(mkdir -p "${OUT:-build/linux}" && cd "${OUT:-build/linux}" && pwd)
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}
# zstd: every system that can run the bundle (glibc >= 2.36: Debian 12, Ubuntu 22.10 and later)
# has a dpkg that reads it, and it packs 375 MB in seconds where xz takes minutes.
DEB_COMPRESSION=${DEB_COMPRESSION:-zstd}
# The .deb's Maintainer field: set it to the releasing team's real address for a release (the
# default is a reserved, undeliverable .invalid address rather than an invented one).
DEB_MAINTAINER=${DEB_MAINTAINER:-Mainstream Desktop maintainers <maintainers@mainstream-desktop.invalid>}
smoke=full
bundle_only=no
setup=yes
for argument in "$@"; do
  case $argument in
    --quick) smoke=--quick ;;
    --bundle-only) bundle_only=yes ;;
    --no-setup) setup=no ;;
    *) echo "usage: build.sh [--quick] [--bundle-only] [--no-setup]" >&2; exit 2 ;;
  esac
done

APP_ID=org.globalmigrationgroup.MainstreamDesktop
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
deb_arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
machine=$(uname -m)
# objdump (binutils) for PyInstaller and check_bundle.py; the libraries Qt needs to be imported
# by PyInstaller's hooks and to run the smoke test; the validators of the desktop metadata.
BUILD_DEBS="binutils libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 \
appstream desktop-file-utils"

say() { echo "== $*"; }

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

timed() {  # timed NAME COMMAND...: run, then print how long it took
  local name=$1 started=$SECONDS; shift
  "$@"
  say "$name: $((SECONDS - started)) s"
}

build_environment() {
  # shellcheck disable=SC2086
  install_debian_packages $BUILD_DEBS
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV" 2>/dev/null || { install_debian_packages python3-venv; "$PYTHON" -m venv "$VENV"; }
  fi
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e ".[installer]"
}

build_bundle() {
  rm -rf "$OUT/dist"
  QT_QPA_PLATFORM=offscreen "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" installers/mainstream-desktop.spec
  QT_QPA_PLATFORM=offscreen "$VENV/bin/python" installers/icon/render_icons.py "$OUT/icons" >/dev/null
}

# The desktop entry, icons and AppStream metadata under PREFIX/share, as both packages lay them.
install_desktop_files() {
  local share=$1/share
  install -D -m 644 "$here/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
  install -D -m 644 "$here/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
  mkdir -p "$share/icons"
  cp -r "$OUT/icons/hicolor" "$share/icons/"
  find "$share/icons" -type f -exec chmod 644 {} +
}

validate_metadata() {
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$here/$APP_ID.desktop"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$here/$APP_ID.metainfo.xml"
  fi
}

make_tarball() {
  local name=mainstream-desktop-$version
  local stage=$OUT/stage-tar
  rm -rf "$stage" && mkdir -p "$stage/$name"
  cp -a "$OUT/dist/mainstream-desktop/." "$stage/$name/"
  install_desktop_files "$stage/$name"
  install -m 755 "$here/install-for-me.sh" "$stage/$name/install-for-me.sh"
  tarball=$OUT/mainstream-desktop-$version-linux-$machine.tar.gz
  tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball.partial" "$name"
  mv "$tarball.partial" "$tarball"
  rm -rf "$stage"
}

make_deb() {
  local stage=$OUT/stage-deb
  rm -rf "$stage" && mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/DEBIAN"
  cp -a "$OUT/dist/mainstream-desktop" "$stage/opt/mainstream-desktop"
  ln -s /opt/mainstream-desktop/mainstream-desktop "$stage/usr/bin/mainstream-desktop"
  ln -s /opt/mainstream-desktop/mainstream "$stage/usr/bin/mainstream"
  install_desktop_files "$stage/usr"
  install -D -m 644 "$here/copyright" "$stage/usr/share/doc/mainstream-desktop/copyright"
  find "$stage" -type d -exec chmod 755 {} +
  (cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
  {
    echo "Package: mainstream-desktop"
    echo "Version: $version"
    echo "Architecture: $deb_arch"
    echo "Maintainer: $DEB_MAINTAINER"
    echo "Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    cat "$OUT/depends"
    echo "Section: misc"
    echo "Priority: optional"
    echo "Description: build migration into a national development plan, offline"
    echo " Mainstream Desktop guides a government through the GMG handbook 'Mainstreaming"
    echo " Migration into Development Planning', step by step: the migration profile, the"
    echo " coordination mechanism, consultations, priorities in the plan, monitoring and"
    echo " evaluation, international support, and lessons learned."
    echo " ."
    echo " Everything lives in one data folder in the user's home; country teams and the"
    echo " GMG hub exchange signed bundles by USB stick or e-mail. Removing the package"
    echo " never removes that data folder."
  } > "$stage/DEBIAN/control"
  deb=$OUT/mainstream-desktop_${version}_${deb_arch}.deb
  dpkg-deb --root-owner-group -Z"$DEB_COMPRESSION" --build "$stage" "$deb.partial" >/dev/null
  mv "$deb.partial" "$deb"
  rm -rf "$stage"
  dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\|Installed-Size\):/  \1:/p'
}

started=$SECONDS
if [ "$setup" = yes ]; then
  timed "build environment" build_environment
fi
timed "validate desktop entry and AppStream metadata" validate_metadata
timed "PyInstaller bundle" build_bundle
bundle=$OUT/dist/mainstream-desktop
timed "check bundle" "$VENV/bin/python" "$here/check_bundle.py" "$bundle" --depends-out "$OUT/depends"
if [ "$smoke" = full ]; then
  timed "smoke test of the bundle" "$here/smoke_test.sh" "$bundle"
else
  timed "smoke test of the bundle" "$here/smoke_test.sh" "$bundle" --quick
fi
if [ "$bundle_only" = no ]; then
  timed "tar.gz" make_tarball
  timed ".deb" make_deb
  say "made $(du -h "$tarball" | cut -f1) $tarball"
  say "made $(du -h "$deb" | cut -f1) $deb"
fi
say "bundle: $(du -sh "$bundle" | cut -f1) in $bundle; total $((SECONDS - started)) s"
