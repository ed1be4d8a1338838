"""The installers (``installers/``) and the application icon.

Every run: the desktop entry and AppStream metadata pass their validators and agree with each
other and the program; the Windows installer script compiles with makensis against a stand-in
payload and keeps the user's data on uninstall; the bundle's file lists cover everything the
package ships; the icon renders at every size, into the .ico and as the window icon; and the real
one-folder bundle is built with PyInstaller, checked (libraries, shipped files) and passes the
smoke test: the window, the database migrated by Alembic, the site keys, the demo, an Arabic PDF
report and an Excel workbook, from the frozen programs (about three minutes on two cores).

With ``-m installer`` (root, about five minutes): the .tar.gz and .deb are built and
``installers/linux/test_packages.sh`` installs, runs and removes both, checking nothing is left
but the user's data.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
INSTALLERS = REPOSITORY / "installers"
LINUX = INSTALLERS / "linux"
APP_ID = "org.globalmigrationgroup.MainstreamDesktop"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
NSIS_SCRIPT = INSTALLERS / "windows" / "mainstream-desktop.nsi"
RESULTS = REPOSITORY / "test-results" / "installers.json"

sys.path.insert(0, str(INSTALLERS))
sys.path.insert(0, str(INSTALLERS / "icon"))
sys.path.insert(0, str(LINUX))

import bundle_contents
import check_bundle
import render_icons


def project_version() -> str:
    return tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def require_tool(name: str) -> str:
    path = shutil.which(name)
    assert path, (
        f"{name} is missing: ./setup.sh test installs it (Debian packages of the installer tests)"
    )
    return path


def record_figures(**figures: object) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    known = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    known.update(figures)
    RESULTS.write_text(json.dumps(known, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# -- desktop entry and AppStream metadata ---------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate_and_starts_the_program() -> None:
    result = subprocess.run(
        [require_tool("desktop-file-validate"), str(DESKTOP_FILE)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == bundle_contents.GUI_NAME == "mainstream-desktop"
    assert desktop["Icon"] == render_icons.ICON_NAME
    assert desktop["Terminal"] == "false"
    for language in ("fr", "es", "ru", "ar"):
        assert desktop[f"Comment[{language}]"], language


def test_appstream_metadata_is_valid_and_matches_the_desktop_entry_and_version() -> None:
    result = subprocess.run(
        [require_tool("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ElementTree.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APP_ID == bundle_contents.APPLICATION_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert {binary.text for binary in component.iter("binary")} == {
        "mainstream-desktop",
        "mainstream",
    }
    assert component.find("releases/release").get("version") == project_version()  # type: ignore[union-attr]


def test_the_window_names_the_desktop_entry_the_installers_install(qapp) -> None:  # type: ignore[no-untyped-def]
    from mainstream_desktop.ui.app_icon import DESKTOP_ENTRY, ICON_SIZES, install_application_icon

    assert DESKTOP_ENTRY == APP_ID
    install_application_icon(qapp)
    assert qapp.desktopFileName() == APP_ID
    sizes = {(size.width(), size.height()) for size in qapp.windowIcon().availableSizes()}
    assert sizes == {(size, size) for size in ICON_SIZES}


# -- the icon -------------------------------------------------------------------------------------


def test_icon_renders_to_every_hicolor_size_and_into_the_ico(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    outputs = render_icons.render_all(tmp_path)
    for size in render_icons.SIZES:
        with Image.open(outputs[f"png{size}"]) as picture:
            assert picture.size == (size, size)
            assert picture.mode == "RGBA"
    assert outputs["svg"].read_bytes() == render_icons.SVG.read_bytes()
    with Image.open(outputs["ico"]) as ico:
        assert set(ico.info["sizes"]) == {(size, size) for size in render_icons.ICO_SIZES}
        ico.size = (16, 16)
        small = ico.convert("RGBA")
    with Image.open(outputs["png16"]) as drawn:
        # the .ico carries the 16 px drawing itself, not the 256 px one scaled down
        assert small.tobytes() == drawn.convert("RGBA").tobytes()


def test_icon_is_legible_at_16_px(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    png = render_icons.render_png(render_icons.SVG, 16, tmp_path / "16.png")
    with Image.open(png) as picture:
        raw = picture.convert("RGBA").tobytes()
    pixels = [tuple(raw[index : index + 4]) for index in range(0, len(raw), 4)]

    def near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
        return pixel[3] > 200 and all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour))

    # the dark background, the white page and the orange route each cover whole pixels
    assert sum(near(p, (0x0E, 0x4F, 0x6B)) for p in pixels) >= 60
    assert sum(near(p, (0xFF, 0xFF, 0xFF)) for p in pixels) >= 25
    assert sum(near(p, (0xF2, 0x8C, 0x28)) for p in pixels) >= 12
    assert pixels[0][3] == 0, "the corners stay transparent (rounded square)"


def test_the_installers_icon_is_the_packaged_icon() -> None:
    link = INSTALLERS / "icon" / "mainstream-desktop.svg"
    assert link.resolve() == render_icons.SVG.resolve() == bundle_contents.ICON_SVG.resolve()


# -- what the bundle carries ----------------------------------------------------------------------


def test_bundle_data_files_cover_every_shipped_file_and_migration() -> None:
    entries = bundle_contents.package_data_files()
    shipped = {(Path(source).name, destination) for source, destination in entries}
    package = bundle_contents.PACKAGE
    for path in (package / "resources").rglob("*"):
        if (
            path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix not in {".py", ".pyc", ".qm"}
        ):
            destination = path.parent.relative_to(bundle_contents.SOURCE).as_posix()
            assert (path.name, destination) in shipped, path
    migrations = "mainstream_desktop/db/migrations"
    for name in ("env.py", "script.py.mako"):
        assert (name, migrations) in shipped
    versions = sorted((package / "db" / "migrations" / "versions").glob("*.py"))
    assert versions
    for version in versions:
        assert (version.name, f"{migrations}/versions") in shipped
    assert ("mainstream-desktop.svg", "mainstream_desktop/resources/icons") in shipped
    assert not any("__pycache__" in source for source, _ in entries)


def test_translations_compile_to_qm(tmp_path: Path) -> None:
    entries = bundle_contents.compile_translations(tmp_path)
    sources = bundle_contents.translation_sources()
    assert len(entries) == len(sources) >= 4
    for source, destination in entries:
        assert destination == "mainstream_desktop/resources/translations"
        assert Path(source).read_bytes()[:4] == b"\x3c\xb8\x64\x18"  # Qt .qm magic


def test_bundle_keeps_the_programs_languages_and_drops_the_rest() -> None:
    languages = bundle_contents.program_languages()
    assert {"en", "fr", "es", "ru", "ar"} <= languages
    keep = bundle_contents.keep_data_file
    assert keep("babel/locale-data/fr_CA.dat", languages)
    assert keep("babel/locale-data/root.dat", languages)
    assert keep("babel/global.dat", languages)
    assert not keep("babel/locale-data/de.dat", languages)
    assert keep("pycountry/locales/ar/LC_MESSAGES/iso3166-1.mo", languages)
    assert not keep("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", languages)
    assert keep("PySide6/Qt/translations/qtbase_ru.qm", languages)
    assert not keep("PySide6/Qt/translations/qtmultimedia_ru.qm", languages)
    binary = bundle_contents.keep_binary
    assert binary("PySide6/Qt/lib/libQt6Core.so.6")
    assert binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert binary("PySide6/Qt/plugins/iconengines/libqsvgicon.so")
    assert not binary("PySide6/Qt/plugins/imageformats/libqpdf.so")
    assert not binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")


def test_licences_of_every_runtime_dependency_travel() -> None:
    destinations = {
        destination.split("/")[1] for _, destination in bundle_contents.third_party_licence_files()
    }
    for distribution in (
        "pandas",
        "numpy",
        "matplotlib",
        "reportlab",
        "sqlalchemy",
        "cryptography",
        "qt-pyside6",
        "python",
    ):
        assert distribution in destinations, distribution


def test_spec_uses_the_shared_lists_and_both_entry_scripts() -> None:
    spec = (INSTALLERS / "mainstream-desktop.spec").read_text(encoding="utf-8")
    compile(spec, "mainstream-desktop.spec", "exec")
    for name in (
        "package_data_files",
        "compile_translations",
        "third_party_licence_files",
        "EXCLUDED_MODULES",
        "keep_binary",
        "keep_data_file",
        "noarchive=True",
    ):
        assert name in spec, name
    for script in ("mainstream_desktop_gui.py", "mainstream_cli.py"):
        assert (INSTALLERS / "pyinstaller" / script).is_file()
        assert script in spec


def test_check_bundle_refuses_a_bundle_missing_its_files(tmp_path: Path) -> None:
    require_tool("objdump")
    bundle = tmp_path / "mainstream-desktop"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy("/bin/true", bundle / "mainstream-desktop")
    shutil.copy("/bin/true", bundle / "mainstream")
    report = check_bundle.check_bundle(bundle, check_bundle.read_system_libraries())
    assert any("migrations/env.py" in problem for problem in report.problems)
    assert any("compiled translation missing" in problem for problem in report.problems)
    assert "libc.so.6" in report.used_system_libraries
    fields = check_bundle.control_fields(report, check_bundle.read_system_libraries())
    assert fields["Depends"].startswith("libc6 (>= 2.")


# -- the Windows installer ------------------------------------------------------------------------


def test_nsis_script_is_per_user_and_never_removes_the_data_folder() -> None:
    from mainstream_desktop.paths import APP_AUTHOR, APP_NAME

    script = NSIS_SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${PRODUCT}"' in script
    assert "HKLM" not in script
    assert f'!define DATA_FOLDER "$LOCALAPPDATA\\{APP_AUTHOR}\\{APP_NAME}"' in script
    uninstall = script.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    removals = [
        line.strip()
        for line in uninstall.splitlines()
        if line.strip().startswith(("Delete ", "RMDir "))
    ]
    assert removals
    for line in removals:
        assert "DATA_FOLDER" not in line and "$LOCALAPPDATA\\GMG" not in line, line
        if line.startswith("RMDir /r"):
            assert line == 'RMDir /r "$INSTDIR\\_internal"', line
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in uninstall


def test_nsis_script_compiles_against_a_stand_in_payload(tmp_path: Path) -> None:
    require_tool("makensis")
    result = subprocess.run(
        [str(INSTALLERS / "windows" / "check_nsis.sh"), str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    installer = tmp_path / f"mainstream-desktop-{project_version()}-setup.exe"
    assert installer.read_bytes()[:2] == b"MZ"


# -- the real bundle ------------------------------------------------------------------------------


def run_build(out: Path, *options: str) -> tuple[subprocess.CompletedProcess[str], float]:
    require_tool("objdump")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    assert pyinstaller.exists(), (
        "PyInstaller is missing: pip install -e '.[installer]' (./setup.sh test does)"
    )
    environment = {**os.environ, "OUT": str(out), "VENV": str(Path(sys.executable).parent.parent)}
    started = time.monotonic()
    result = subprocess.run(
        [str(LINUX / "build.sh"), "--no-setup", *options],
        check=False,
        capture_output=True,
        text=True,
        env=environment,
        timeout=1200,
    )
    return result, time.monotonic() - started


def bundle_size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def test_the_frozen_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    result, seconds = run_build(tmp_path, "--bundle-only")  # with the full smoke test
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke test passed" in result.stdout
    assert "ok   mainstream report JAM --lang ar (PDF)" in result.stdout
    bundle = tmp_path / "dist" / "mainstream-desktop"
    assert re.search(r"^== check bundle", result.stdout, flags=re.MULTILINE)
    depends = (tmp_path / "depends").read_text(encoding="utf-8")
    assert depends.startswith("Depends: libc6 (>= 2.")
    size = bundle_size(bundle)
    assert size < 450e6, f"the bundle grew to {size / 1e6:.0f} MB"
    record_figures(
        bundle_megabytes=round(size / 1e6), bundle_build_and_smoke_seconds=round(seconds)
    )


@pytest.mark.installer
def test_the_deb_and_the_tarball_install_and_remove_cleanly(tmp_path: Path) -> None:
    if os.geteuid() != 0 and not shutil.which("sudo"):
        pytest.fail("installing the .deb needs root or sudo")
    result, seconds = run_build(tmp_path, "--quick")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    deb = next(tmp_path.glob("mainstream-desktop_*.deb"))
    tarball = next(tmp_path.glob("mainstream-desktop-*-linux-*.tar.gz"))
    installed = subprocess.run(
        [str(LINUX / "test_packages.sh"), "--deb", str(deb), "--tarball", str(tarball)],
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "packages install and remove cleanly" in installed.stdout
    record_figures(
        deb_megabytes=round(deb.stat().st_size / 1e6),
        tarball_megabytes=round(tarball.stat().st_size / 1e6),
        packages_build_seconds=round(seconds),
    )
