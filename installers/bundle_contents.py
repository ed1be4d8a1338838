"""What the frozen Mainstream Desktop carries besides its Python modules, and what it leaves out.

One place for the lists that ``installers/mainstream-desktop.spec`` feeds to PyInstaller, kept
free of PyInstaller and Qt so that ``tests/test_installers.py`` can check them on any machine:

- the files shipped inside the package (reference CSVs, fonts, translations, the icon), which
  ``resource_files.py`` reads through ``importlib.resources``;
- the Alembic migration scripts, which Alembic loads from files (not from the frozen archive), so
  they travel as data files next to their package;
- the program's translations compiled from ``.ts`` to the ``.qm`` files the window loads;
- the modules and Qt files a desktop program of this kind does not need (QML, Qt Quick,
  WebEngine, 3D, test frameworks, Tk), left out to keep the bundle small;
- of the locale data of Qt, babel and pycountry, only the languages the program speaks (those of
  its shipped translations and reference labels);
- the licence files of every third-party distribution the program depends on, in ``licenses/``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SOURCE = REPOSITORY / "src"
PACKAGE = SOURCE / "mainstream_desktop"
ICON_SVG = PACKAGE / "resources" / "icons" / "mainstream-desktop.svg"

APPLICATION_ID = "org.globalmigrationgroup.MainstreamDesktop"
GUI_NAME = "mainstream-desktop"
CLI_NAME = "mainstream"

# Imported by optional paths of our dependencies, never by this program.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDBus",
    "PySide6.QtPdf",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "mypy",
    "importlinter",
    "IPython",
    "pyarrow",
    "scipy",
    "numba",
    "sqlalchemy.testing",
    "pandas.tests",
    "numpy.tests",
    "matplotlib.tests",
    "setuptools",
    "pip",
    "pygments",
    "mako.ext.pygmentplugin",
    "fsspec",
]

# Qt plugins (and the libraries only they need) that PyInstaller would collect and this program
# never loads.
# Matched against the destination path of each collected binary (forward slashes).
EXCLUDED_BINARY_PARTS = [
    "plugins/imageformats/libqpdf",
    "plugins/imageformats/qpdf",  # needs QtPdf (15 MB)
    "plugins/sqldrivers/",
    "plugins/qmltooling/",
    "plugins/designer/",
    "plugins/networkinformation/",
    "plugins/tls/",
    "plugins/vectorimageformats/",
    "plugins/platforms/libqvnc",
    "plugins/generic/libqtuiotouchplugin",  # both need QtNetwork
    # GTK's look for Qt's dialogs: needs GTK 3 from the system and drags in cairo, pango and
    # gdk-pixbuf; the program draws itself in Qt's own Fusion style anyway.
    "plugins/platformthemes/libqgtk3",
    "libcairo",
    "libpango",
    "libatk-1.0",
    "libgdk_pixbuf",
    "libthai",
    "libdatrie",
    "libpixman",
    "libfribidi",
    "libharfbuzz",
    "libgraphite2",
    "libgio-2.0",
    "libgmodule-2.0",
    "libmount",
    "libblkid",
    "libselinux",
    # Platforms of embedded devices and kiosks (no window system), not of desktops.
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqminimalegl",
    "plugins/egldeviceintegrations/",
    "libQt6EglFSDeviceIntegration",
    "libQt6EglFsKmsSupport",
    "libQt6Pdf",
    "Qt6Pdf",
    "libQt6Qml",
    "Qt6Qml",
    "libQt6Quick",
    "Qt6Quick",
    "libQt6Network",
    "Qt6Network",
    "libQt6VirtualKeyboard",
]

# Qt's own catalogues: only those of qtbase, the one Qt module whose dialogs the program shows.
KEPT_QT_TRANSLATION_PREFIX = "qtbase_"
# Locale data of all the world's languages, of which the bundle keeps the program's languages.
BABEL_LOCALE_DATA = "babel/locale-data/"
PYCOUNTRY_LOCALES = "pycountry/locales/"


def package_data_files() -> list[tuple[str, str]]:
    """``(source file, destination folder)`` for every non-module file the package ships,
    and for the Alembic migration scripts (``.py`` files Alembic reads from disk)."""
    entries: list[tuple[str, str]] = []
    resources = PACKAGE / "resources"
    for path in sorted(resources.rglob("*")):
        if (
            path.is_file()
            and not _is_build_litter(path)
            and path.suffix != ".py"
            and path.suffix != ".qm"
        ):
            entries.append((str(path), _destination(path)))
    migrations = PACKAGE / "db" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and not _is_build_litter(path):
            entries.append((str(path), _destination(path)))
    return entries


def translation_sources() -> list[Path]:
    return sorted((PACKAGE / "resources" / "translations").glob("mainstream_*.ts"))


def program_languages() -> frozenset[str]:
    """The languages the program speaks: English, each shipped translation, and the languages
    of the reference labels (country, currency and code-list names)."""
    from mainstream_desktop.core.reference_labels import LABEL_LANGUAGES

    shipped = {source.stem.removeprefix("mainstream_") for source in translation_sources()}
    return frozenset({"en", *shipped, *LABEL_LANGUAGES})


def compile_translations(out_folder: Path) -> list[tuple[str, str]]:
    """Compile each shipped ``.ts`` into ``out_folder`` with Qt's lrelease (from PySide6) and
    return the ``.qm`` files as ``(source, destination folder)`` entries for the bundle."""
    out_folder.mkdir(parents=True, exist_ok=True)
    entries: list[tuple[str, str]] = []
    for source in translation_sources():
        target = out_folder / (source.stem + ".qm")
        subprocess.run(
            [*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True
        )
        entries.append((str(target), "mainstream_desktop/resources/translations"))
    return entries


def lrelease_command() -> list[str]:
    """Qt's lrelease as PySide6 ships it, run through the current interpreter."""
    script = (
        "import sys; from PySide6.scripts.pyside_tool import lrelease; "
        "sys.argv[0] = 'lrelease'; sys.exit(lrelease())"
    )
    return [sys.executable, "-c", script]


def keep_binary(destination: str) -> bool:
    """Whether a binary PyInstaller collected belongs in the bundle."""
    normalised = destination.replace("\\", "/")
    return not any(part in normalised for part in EXCLUDED_BINARY_PARTS)


def keep_data_file(destination: str, languages: frozenset[str]) -> bool:
    """Whether a data file PyInstaller collected belongs in the bundle: of Qt's translations only
    the qtbase catalogues stay; of babel's and pycountry's locale data only ``languages`` (with
    their regional variants) and babel's root locale."""
    normalised = destination.replace("\\", "/")
    if "PySide6/Qt/translations/" in normalised:
        return Path(normalised).name.startswith(KEPT_QT_TRANSLATION_PREFIX)
    if normalised.startswith(BABEL_LOCALE_DATA):
        locale = Path(normalised).stem
        return (
            locale == "root" or _language_of(locale) in languages or not normalised.endswith(".dat")
        )
    if normalised.startswith(PYCOUNTRY_LOCALES):
        locale = normalised[len(PYCOUNTRY_LOCALES) :].split("/", 1)[0]
        return _language_of(locale) in languages
    return True


def _language_of(locale: str) -> str:
    """``fr`` of ``fr_CA``, ``fr-CA`` or ``fr@latin``."""
    for separator in ("_", "-", "@"):
        locale = locale.split(separator, 1)[0]
    return locale


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """The installed distributions the program needs at run time: the dependencies declared in
    ``pyproject.toml`` and, recursively, theirs (extras and other platforms' markers left out)."""
    from packaging.requirements import Requirement

    declared = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    pending = [Requirement(text) for text in declared["project"]["dependencies"]]
    found: dict[str, metadata.Distribution] = {}
    while pending:
        requirement = pending.pop()
        key = _canonical(requirement.name)
        if key in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        try:
            distribution = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency of a dependency, not installed
        found[key] = distribution
        pending.extend(Requirement(text) for text in distribution.requires or [])
    return found


_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def third_party_licence_files() -> list[tuple[str, str]]:
    """``(source, destination folder)`` for the licence files of each runtime distribution,
    under ``licenses/<distribution>/``; the Python licence under ``licenses/python/``."""
    entries: list[tuple[str, str]] = []
    for key, distribution in sorted(runtime_distributions().items()):
        for file in distribution.files or []:
            relative = str(file).replace("\\", "/")
            if ".dist-info/" in relative and _LICENCE_FILE.search(relative):
                inner = relative.split(".dist-info/", 1)[1].removeprefix("licenses/")
                folder = Path("licenses") / key / Path(inner).parent
                entries.append((str(distribution.locate_file(file)), folder.as_posix()))
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    python_licence = Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt"
    if python_licence.is_file():
        entries.append((str(python_licence), "licenses/python"))
    # Qt and PySide6 wheels carry no licence file; the bundle uses them under the LGPL 3.
    for text in ("LGPL-3.txt", "GPL-3.txt"):
        entries.append((str(REPOSITORY / "installers" / "licenses" / text), "licenses/qt-pyside6"))
    return entries


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _destination(path: Path) -> str:
    return path.parent.relative_to(SOURCE).as_posix()


def _is_build_litter(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"}
