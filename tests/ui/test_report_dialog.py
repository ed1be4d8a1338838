"""The report dialogs (Reports › Country report / Lessons-learned report): the current workspace
preselected and "Without personal data" ticked; the PDF written on the worker thread (the
window stays free while it is built), then opened in the viewer; cancelling writes nothing;
the main window's Reports menu opens them."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from mainstream_desktop.ui.dialogs.report_dialog import CountryReportDialog, LessonsReportDialog
from tests.reports.lesson_records import add_lessons
from tests.ui.conftest import make_window

pytestmark = pytest.mark.gui


def test_country_report_is_written_on_the_worker_thread(qtbot, demo_services, tasks, tmp_path: Path) -> None:
    opened: list[Path] = []
    dialog = CountryReportDialog(demo_services, tasks, "MDA", open_file=opened.append,
                                 warn_user=lambda *_args: pytest.fail("no warning expected"))
    qtbot.addWidget(dialog)
    assert dialog.workspace.currentData() == "MDA"
    assert dialog.without_personal.isChecked()
    assert dialog.file_edit.text().endswith("MDA-country-report-en.pdf")
    dialog.workspace.setCurrentIndex(dialog.workspace.findData("JAM"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.file_edit.text().endswith("JAM-country-report-ru.pdf")  # the proposal follows the choices
    out = tmp_path / "jam.pdf"
    dialog.file_edit.setText(str(out))
    threads: list[str] = []
    build = dialog.build

    def recording_build(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return build(*args)

    dialog.build = recording_build  # type: ignore[method-assign]
    dialog.write_button.click()
    assert tasks.is_busy() and not out.exists()  # the click returned while the report is being built
    assert not dialog.write_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=120_000)
    assert threads and threads[0] != threading.main_thread().name
    assert out.read_bytes().startswith(b"%PDF-")
    assert opened == [out]
    assert str(out) in dialog.summary.text()
    assert dialog.write_button.isEnabled() and dialog.folder_button.isEnabled()


def test_cancelling_writes_nothing(qtbot, demo_services, tasks, tmp_path: Path) -> None:
    dialog = CountryReportDialog(demo_services, tasks, "JAM", open_file=lambda _path: pytest.fail("nothing to open"))
    qtbot.addWidget(dialog)
    out = tmp_path / "cancelled.pdf"
    dialog.file_edit.setText(str(out))
    real = dialog.build

    def cancel_at_once(out_path: Path, options: Any, progress: Any, cancelled: Any) -> Any:
        return real(out_path, options, progress, lambda: True)

    dialog.build = cancel_at_once  # type: ignore[method-assign]
    dialog.write_button.click()
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=60_000)
    qtbot.waitUntil(lambda: "Cancelled" in dialog.summary.text(), timeout=5_000)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("cancelled")]  # neither the PDF nor a .partial
    assert dialog.result_path is None


def test_a_failure_is_shown_not_raised(qtbot, demo_services, tasks, tmp_path: Path) -> None:
    warnings: list[str] = []
    dialog = LessonsReportDialog(demo_services, tasks, warn_user=lambda _parent, _title, text: warnings.append(text))
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "no-such-folder" / "lessons.pdf"))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "does not exist" in warnings[0] and "not written" in dialog.summary.text()


def test_lessons_report_from_the_reports_menu(qtbot, demo_services, tasks, tmp_path: Path) -> None:
    add_lessons(demo_services)
    window, _wizards = make_window(qtbot, demo_services, tasks)
    shown: list[QDialog] = []
    window.open_report_dialog = shown.append
    texts = [action.text() for action in window.reports_menu.actions()]
    assert "&Country report (PDF)\u2026" in texts and "&Lessons-learned report (PDF)\u2026" in texts
    assert all(action.isEnabled() for action in window.report_actions.values())
    window.report_actions["country"].trigger()
    assert isinstance(shown[-1], CountryReportDialog)
    assert shown[-1].workspace.currentData() == window.current_workspace()
    window.report_actions["lessons"].trigger()
    dialog = shown[-1]
    assert isinstance(dialog, LessonsReportDialog)
    opened: list[Path] = []
    dialog._open_file = opened.append
    out = tmp_path / "lessons.pdf"
    dialog.file_edit.setText(str(out))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [out] and out.read_bytes().startswith(b"%PDF-")
    for item in shown:
        item.close()
