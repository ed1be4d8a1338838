"""The user-interface language: which one is chosen, what installing it does (catalogues, locale,
reference labels, right to left for Arabic), the Settings dialog that stores it and offers a
restart, and the program started in each language."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mainstream_desktop.core.reference_labels import label_language
from mainstream_desktop.ui.dialogs.settings_dialog import RESTART_PROPERTY, SettingsDialog, restart_command
from mainstream_desktop.ui.i18n import (
    UnknownLanguage,
    choose_language,
    install_language,
    installed_language,
    locale_for,
    normalise,
)
from mainstream_desktop.ui.locale_format import date_text, date_time_text, number_text
from mainstream_desktop.ui.settings import WindowSettings
from tests.ui.conftest import make_window

LANGUAGES = ("en", "fr", "es", "ru", "ar")


def test_the_command_line_wins_then_the_setting_then_the_system():
    french_system, german_system = QLocale("fr_CA"), QLocale("de_DE")
    assert choose_language("ar", "ru", french_system) == "ar"
    assert choose_language(None, "ru", french_system) == "ru"
    assert choose_language(None, "", french_system) == "fr"
    assert choose_language(None, "", german_system) == "en"  # a language we do not offer: English
    assert choose_language(None, "de", german_system) == "en"  # a stored choice no longer offered
    assert normalise("ES") == normalise("es-MX") == normalise("es_ES") == "es"
    with pytest.raises(UnknownLanguage):
        normalise("de")


def test_a_french_system_keeps_its_own_formats_and_arabic_writes_western_digits():
    assert locale_for("fr", QLocale("fr_CA")).name() == "fr_CA"
    assert locale_for("fr", QLocale("en_US")).name() == "fr_FR"
    arabic = locale_for("ar", QLocale("en_US"))
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.toString(1234567) == "1,234,567"  # as the PDF reports (babel) write it
    assert locale_for("ar", QLocale("ar_MA")).name() == "ar_MA"


@pytest.mark.parametrize("language", LANGUAGES)
def test_installing_a_language_translates_formats_and_sets_the_direction(english_afterwards, language):
    app = english_afterwards
    installed = install_language(app, language)
    assert installed_language() == label_language() == language
    contents = QCoreApplication.translate("report", "Contents")  # translated since the first catalogues
    expected = {"en": "Contents", "fr": "Sommaire", "es": "Índice", "ru": "Содержание", "ar": "المحتويات"}
    assert contents == expected[language]
    assert (app.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (language == "ar")
    assert len(installed) == (0 if language == "en" else 2)  # Qt's own catalogue and ours
    if language != "en":  # Qt's own buttons come from its qtbase catalogue
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    number, day = number_text(1234567.5, 1), date_text(dt.date(2024, 3, 5))
    assert {"en": "1,234,567.5", "fr": "1\u202f234\u202f567,5", "es": "1.234.567,5", "ru": "1\u00a0234\u00a0567,5",
            "ar": "1,234,567.5"}[language].replace("\u202f", " ").replace("\u00a0", " ") == \
        number.replace("\u202f", " ").replace("\u00a0", " ")
    assert "2024" in day and "5" in day
    assert "2024" in date_time_text(dt.datetime(2024, 3, 5, 14, 7, tzinfo=dt.UTC))


def test_switching_back_removes_the_earlier_catalogues(english_afterwards):
    app = english_afterwards
    install_language(app, "fr")
    install_language(app, "en")
    assert QCoreApplication.translate("report", "Contents") == "Contents"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_settings_dialog_stores_the_choice_and_offers_a_restart(qtbot, services, tasks, english_afterwards):
    window, _wizards = make_window(qtbot, services, tasks)
    opened = []
    window.open_settings_dialog = lambda dialog: (opened.append(dialog), dialog.show())
    file_menu = window.menuBar().actions()[0].menu()
    settings_action = next(a for a in file_menu.actions() if a.text() == "&Settings\u2026")
    settings_action.trigger()
    dialog = opened[0]
    assert isinstance(dialog, SettingsDialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", *LANGUAGES]
    assert dialog.language.itemText(5).startswith("العربية")
    asked, restarted = [], []
    dialog.ask_restart = lambda parent: asked.append(parent) or True
    dialog.restart = lambda main_window: restarted.append(main_window) or True
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.save()
    assert WindowSettings(services.paths.config).language() == "ar"
    assert asked and restarted == [window]


def test_choosing_the_language_in_use_asks_nothing(qtbot, services, tasks, english_afterwards):
    settings = WindowSettings(services.paths.config)
    dialog = SettingsDialog(settings, "en")
    qtbot.addWidget(dialog)
    dialog.ask_restart = lambda parent: pytest.fail("no restart needed")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert settings.language() == "en"


def test_a_restart_asks_the_program_to_start_again_once_the_window_has_closed(qtbot, services, tasks):
    from mainstream_desktop.ui.dialogs.settings_dialog import request_restart

    window, _wizards = make_window(qtbot, services, tasks)
    app = QApplication.instance()
    try:
        assert request_restart(window)
        assert app.property(RESTART_PROPERTY) is True
        assert not window.isVisible()
    finally:
        app.setProperty(RESTART_PROPERTY, False)


def test_the_restart_command_keeps_the_options_but_not_the_language():
    argv = ["/x/mainstream-desktop", "--data-dir", "/d", "--lang", "fr", "--demo", "--lang=ru", "--smoke-test"]
    assert restart_command(argv, "/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3", "-m", "mainstream_desktop", "--data-dir", "/d", "--demo"]
    assert restart_command(argv, "/opt/Mainstream/mainstream-desktop", frozen=True) == [
        "/opt/Mainstream/mainstream-desktop", "--data-dir", "/d", "--demo"]


def test_the_restart_question_is_a_real_question(qtbot, monkeypatch):
    from mainstream_desktop.ui.dialogs.settings_dialog import ask_restart

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    assert ask_restart(None) is False


def run_gui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mainstream_desktop", *args], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_program_starts_in_each_language(tmp_path: Path, language: str):
    result = run_gui("--data-dir", str(tmp_path / "data"), "--lang", language, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_stored_language_is_used_and_an_unknown_one_is_refused(tmp_path: Path):
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    WindowSettings(data / "config").save_language("ru")
    assert run_gui("--data-dir", str(data), "--smoke-test").returncode == 0
    refused = run_gui("--data-dir", str(data), "--lang", "de", "--smoke-test")
    assert refused.returncode == 2
    assert "unknown language 'de'" in refused.stderr and "Traceback" not in refused.stderr
