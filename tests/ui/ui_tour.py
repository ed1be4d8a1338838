"""A walk through the whole window on the demo, for tests that look at every screen: the main
window, every page of the wizards of steps 0-7 (and an "add" dialog of every record table in
them), and the main dialogs (exchange, review, reports, portfolio, settings).

``tour`` yields ``(name, widget)`` with the widget shown and its data loaded; the caller looks at
it before the walk moves on. Everything is real: the demo data folder, the real window and
dialogs, offscreen.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from mainstream_desktop.core.services import Services
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.record_editor import RecordEditor
from mainstream_desktop.ui.wizards.registry import WIZARDS
from tests.ui.conftest import make_window

EXCHANGE_DIALOGS = ("send", "receive", "conflicts", "review", "hub_records", "trust", "status")


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Let the worker finish what the screen asked for, and the results arrive."""
    for _ in range(3):
        tasks.wait_for_done(30_000)
        qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=30_000)
        QApplication.processEvents()


def record_dialogs(qtbot, tasks: TaskRunner, page: QWidget) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    for editor in page.findChildren(RecordEditor):
        opened: list[QDialog] = []

        def capture(dialog: QDialog, opened: list[QDialog] = opened) -> int:
            opened.append(dialog)
            dialog.show()
            return QDialog.DialogCode.Rejected

        editor.open_dialog = capture
        editor.add()
        for dialog in opened:
            settle(qtbot, tasks)
            yield f"add dialog of {editor.spec.key}", dialog
            dialog.reject()
            dialog.deleteLater()


def wizard_pages(qtbot, tasks: TaskRunner, wizard: QWizard, number: int,  # type: ignore[no-untyped-def]
                 with_record_dialogs: bool) -> Iterator[tuple[str, QWidget]]:
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        settle(qtbot, tasks)
        page = wizard.currentPage()
        yield f"step {number} wizard, page {len(seen)}: {page.title()}", wizard
        if with_record_dialogs:
            yield from record_dialogs(qtbot, tasks, page)
        if wizard.nextId() == -1:
            break
        wizard.next()
    assert len(seen) >= 1


def tour(qtbot, services: Services, tasks: TaskRunner, *, record_dialogs_too: bool = True,  # type: ignore[no-untyped-def]
         code: str = "JAM") -> Iterator[tuple[str, QWidget]]:
    window, opened_wizards = make_window(qtbot, services, tasks)
    window.resize(1200, 800)
    window.reload_workspaces(select=code)
    settle(qtbot, tasks)
    yield "main window", window
    for number in sorted(WIZARDS):
        window.navigator.select_step(number)
        settle(qtbot, tasks)
        yield f"main window, step {number}", window
        window.open_step_wizard(number)
        wizard = opened_wizards[-1]
        yield from wizard_pages(qtbot, tasks, wizard, number, record_dialogs_too)
        wizard.reject()
        settle(qtbot, tasks)
    dialogs: list[QDialog] = []
    window.open_exchange_dialog = lambda dialog: (dialogs.append(dialog), dialog.show())
    window.open_report_dialog = lambda dialog: (dialogs.append(dialog), dialog.show())
    window.open_portfolio_dialog = lambda dialog: (dialogs.append(dialog), dialog.show())
    for key in EXCHANGE_DIALOGS:
        window.open_exchange(key)
        settle(qtbot, tasks)
        yield f"{key} dialog", dialogs[-1]
        dialogs[-1].reject()
    for key in ("country", "lessons"):
        window.open_report(key)
        settle(qtbot, tasks)
        yield f"{key} report dialog", dialogs[-1]
        dialogs[-1].reject()
    window.open_portfolio()
    settle(qtbot, tasks)
    yield "portfolio", dialogs[-1]
    dialogs[-1].reject()
    settings = getattr(window, "open_settings", None)
    if settings is not None:
        window.open_settings_dialog = lambda dialog: (dialogs.append(dialog), dialog.show())
        settings()
        settle(qtbot, tasks)
        yield "settings dialog", dialogs[-1]
        dialogs[-1].reject()
