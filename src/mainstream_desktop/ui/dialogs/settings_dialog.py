"""*File › Settings…*: the user-interface language, stored in the data folder's settings.

A new language takes effect when the program starts again (every window builds its texts when it
opens, so switching live would leave half the screens in the old language); the dialog says so
and offers to restart now. Restarting asks the program to start itself again once this copy has
closed its data folder (``app.py`` does it after the event loop ends, when the data folder's lock
is free). ``--lang`` on the command line wins over the stored choice for that session.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.i18n import LANGUAGES, system_language
from mainstream_desktop.ui.settings import WindowSettings

RESTART_PROPERTY = "mainstream_restart_requested"
"""Set on the application when the user asked to restart; ``app.py`` starts a new copy on exit."""


def language_names() -> dict[str, str]:
    """Each language's English name, translated into the current language."""
    return {
        "en": QCoreApplication.translate("SettingsDialog", "English"),
        "fr": QCoreApplication.translate("SettingsDialog", "French"),
        "es": QCoreApplication.translate("SettingsDialog", "Spanish"),
        "ru": QCoreApplication.translate("SettingsDialog", "Russian"),
        "ar": QCoreApplication.translate("SettingsDialog", "Arabic"),
    }


def restart_command(argv: Sequence[str], executable: str = sys.executable,
                    frozen: bool = bool(getattr(sys, "frozen", False))) -> list[str]:
    """The command that starts this program again with the same options, except ``--lang``
    (the new choice must apply) and ``--smoke-test``."""
    options: list[str] = []
    skip_next = False
    for argument in argv[1:]:
        if skip_next:
            skip_next = False
            continue
        if argument == "--lang":
            skip_next = True
            continue
        if argument.startswith("--lang=") or argument == "--smoke-test":
            continue
        options.append(argument)
    if frozen:  # an installed bundle: the executable is the program itself
        return [executable, *options]
    return [executable, "-m", "mainstream_desktop", *options]


def request_restart(window: QWidget | None) -> bool:
    """Ask ``app.py`` to start the program again once this copy has quit, and close the main
    window (which quits). False, and no restart, if the window refused to close (work running)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    app.setProperty(RESTART_PROPERTY, True)
    if window is None:
        app.quit()
        return True
    if window.close():
        return True
    app.setProperty(RESTART_PROPERTY, False)
    return False


class SettingsDialog(QDialog):
    def __init__(self, settings: WindowSettings, current_language: str, language_override: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._current = current_language
        self.ask_restart: Callable[[QWidget], bool] = ask_restart
        self.restart: Callable[[QWidget | None], bool] = request_restart
        self.setWindowTitle(self.tr("Settings"))
        names = language_names()
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = system_language()
        self.language.addItem(self.tr("Follow the system ({language})").format(language=names[system]), "")
        for code, native in LANGUAGES:
            label = native if names[code] == native else f"{native} \u2014 {names[code]}"
            self.language.addItem(label, code)
        stored = settings.language()
        index = self.language.findData(stored)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        form = QFormLayout()
        form.addRow(self.tr("&Language of the program:"), self.language)
        note = QLabel(self.tr("A new language takes effect when you restart the program."))
        note.setWordWrap(True)
        self.override_note = QLabel(self.tr(
            "This session was started with --lang {code}, which wins over this setting until the program "
            "is started without it.").format(code=language_override))
        self.override_note.setWordWrap(True)
        self.override_note.setVisible(bool(language_override))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.override_note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The stored choice the dialog shows ("" = follow the system)."""
        return str(self.language.currentData() or "")

    def effective_language(self) -> str:
        return self.chosen_language() or system_language()

    def save(self) -> None:
        """Store the choice; if the program's language changes, offer to restart now."""
        self._settings.save_language(self.chosen_language())
        self.accept()
        if self.effective_language() != self._current and self.ask_restart(self):
            parent = self.parentWidget()
            self.restart(parent.window() if parent is not None else None)


def ask_restart(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SettingsDialog", "Restart now?"),
        QCoreApplication.translate("SettingsDialog", "The program will show the new language when it starts "
                                                     "again. Restart it now? Everything you saved is kept."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes
