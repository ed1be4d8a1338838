"""The user's language: which one, and installing it.

Five languages are offered (English, French, Spanish, Russian, Arabic). The language is chosen
in this order: ``--lang`` on the command line, then the choice stored in the settings
(*File › Settings…*), then the system's language when it is one of the five, else English.

Installing a language loads Qt's own catalogue (``qtbase``: standard buttons and dialogs), the
program's catalogue from the shipped ``translations/mainstream_<lang>.qm``, sets the default
``QLocale`` (numbers and dates, see ``ui/locale_format.py``), the language of the reference
labels (code lists, countries: ``core/reference_labels.py``), and the layout direction: right to
left for Arabic, which mirrors every layout, table and wizard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from mainstream_desktop.core.reference_labels import set_label_language
from mainstream_desktop.resource_files import resource

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("ar", "العربية"),
)
"""The offered languages, each with its name written in that language (as a menu shows them)."""
LANGUAGE_CODES = tuple(code for code, _name in LANGUAGES)
RIGHT_TO_LEFT = frozenset({"ar"})

_installed: list[QTranslator] = []
_catalogue_data: dict[int, bytes] = {}


class UnknownLanguage(ValueError):
    """A language code the program does not offer."""


def normalise(language: str | None) -> str:
    """``fr``, ``FR``, ``fr_CA``, ``fr-FR`` -> ``fr``; "" for nothing; refuses other languages."""
    text = (language or "").strip()
    if not text:
        return ""
    code = text.lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGE_CODES:
        raise UnknownLanguage(text)
    return code


def system_language(system: QLocale | None = None) -> str:
    """The system's language if the program offers it, else English."""
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGE_CODES else "en"


def choose_language(requested: str | None, stored: str | None, system: QLocale | None = None) -> str:
    """``--lang`` first, then the stored choice (ignored if no longer offered), then the system's."""
    if requested:
        return normalise(requested)
    try:
        chosen = normalise(stored)
    except UnknownLanguage:
        chosen = ""
    return chosen or system_language(system)


DEFAULT_LOCALES = {"ar": "ar_001"}
"""Arabic without a region: Modern Standard Arabic with Western digits (as babel writes the PDF
reports, and as numbers are typed), not Qt's default Egyptian Arabic with Eastern digits."""


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers and dates follow: the system's own when it speaks ``language`` (so a
    Canadian French or a Moroccan Arabic system keeps its formats), else the language's usual one."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(DEFAULT_LOCALES.get(language, language))


def install_language(app: QApplication, language: str | None) -> list[QTranslator]:
    """Install ``language`` (or the system's, when None or ""); returns the loaded translators.

    Translators installed by an earlier call are removed first, so the last call wins.
    """
    code = normalise(language) or system_language()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
        _catalogue_data.pop(id(old), None)
        old.deleteLater()
    _installed.clear()
    if code != "en":
        qt_translator = QTranslator(app)
        if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_translator)
            _installed.append(qt_translator)
        catalogue = resource("translations", f"mainstream_{code}.qm")
        if catalogue.is_file():
            own = QTranslator(app)
            # Qt reads a catalogue loaded from memory in place, without a copy: the bytes stay
            # referenced by the translator for as long as it lives.
            data = catalogue.read_bytes()
            if own.load(data):
                own.setProperty("catalogue_language", code)
                _catalogue_data[id(own)] = data
                QCoreApplication.installTranslator(own)
                _installed.append(own)
    set_label_language(code)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    return list(_installed)


def installed_language() -> str:
    """The language the program's texts are in now (after ``install_language``)."""
    from mainstream_desktop.core.reference_labels import label_language

    return label_language()
