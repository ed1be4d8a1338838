"""Installing the user's language: Qt's own catalogues (so standard dialogs are translated),
the program's catalogue from the shipped ``translations/``, and right-to-left layout for
Arabic and other right-to-left languages.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mainstream_desktop.resource_files import resource


def install_language(app: QApplication, language: str | None) -> list[QTranslator]:
    """Load translators for ``language`` (or the system's); returns them so they stay alive."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    catalogue = resource("translations", f"mainstream_{locale.name().split('_')[0]}.qm")
    if catalogue.is_file():
        own = QTranslator(app)
        if own.load(catalogue.read_bytes()):
            app.installTranslator(own)
            installed.append(own)
    app.setLayoutDirection(locale.textDirection())
    return installed
