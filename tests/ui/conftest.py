"""Qt fixtures: the main window on a real data folder, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWizard

from mainstream_desktop.core.services import Services
from mainstream_desktop.ui.i18n import install_language
from mainstream_desktop.ui.main_window import MainWindow
from mainstream_desktop.ui.settings import WindowSettings
from mainstream_desktop.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qapp) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait_for_done(10_000)


def make_window(qtbot, services: Services, tasks: TaskRunner) -> tuple[MainWindow, list[QWizard]]:  # type: ignore[no-untyped-def]
    window = MainWindow(tasks, WindowSettings(services.paths.config))
    qtbot.addWidget(window)
    window.attach_services(services)
    opened: list[QWizard] = []

    def open_without_blocking(wizard: QWizard) -> None:
        opened.append(wizard)
        wizard.show()

    window.open_wizard = open_without_blocking
    window.show()
    return window, opened


@pytest.fixture
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    """Whatever a test installs, the next test starts in English again."""
    before = QLocale()
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(before)
