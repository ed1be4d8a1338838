"""Exports in the window: the observation table's Export… writes exactly the rows its filters show
(all of them, beyond the pages loaded, in the view's order), on the worker thread; Reports ›
Export workspace to Excel / CSV… opens a dialog with the current workspace preselected and
"Without personal data" ticked, writes the file off the GUI thread and says where it is."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from mainstream_desktop.core.observation_dto import ObservationFilter, ObservationSort
from mainstream_desktop.ui.dialogs.workbook_export import WorkbookExportDialog
from mainstream_desktop.ui.item_models.observation_table_model import PAGE_SIZE, VALUE_COLUMN
from mainstream_desktop.ui.widgets.observation_table import ObservationTable
from tests.ui.conftest import make_window
from tests.ui.test_observation_table import _many_rows

pytestmark = pytest.mark.gui


def open_table(qtbot, services, tasks, code: str) -> ObservationTable:  # type: ignore[no-untyped-def]
    table = ObservationTable(services, code, tasks=tasks)
    qtbot.addWidget(table)
    table.resize(1100, 600)
    table.show()
    return table


def export_to(qtbot, table: ObservationTable, path: Path) -> tuple[QMessageBox.Icon, str]:  # type: ignore[no-untyped-def]
    messages: list[tuple[QMessageBox.Icon, str]] = []
    table.exporter.choose_path = lambda: path
    table.exporter.show_message = lambda icon, _title, text: messages.append((icon, text))
    table.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=120_000)
    return messages[0]


def test_the_observation_export_writes_exactly_the_filtered_rows_in_view_order(qtbot, services, tasks, tmp_path):
    _many_rows(services, "KEN", 1500)
    table = open_table(qtbot, services, tasks, "KEN")
    table.sex.set_code("F")
    table.model.sort(VALUE_COLUMN, Qt.SortOrder.DescendingOrder)
    shown = ObservationFilter(sex="F")
    expected = services.observations.page("KEN", shown, ObservationSort("value", True), limit=10_000)
    assert table.model.rowCount() == len(expected) > 2 * PAGE_SIZE  # far more than the page loaded

    threads: list[str] = []
    real_iter = services.observations.iter_rows

    def recording_iter(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        yield from real_iter(*args, **kwargs)

    services.observations.iter_rows = recording_iter  # type: ignore[method-assign]
    icon, text = export_to(qtbot, table, tmp_path / "ken-women.xlsx")
    assert icon == QMessageBox.Icon.Information and str(tmp_path / "ken-women.xlsx") in text
    assert f"{len(expected)} observations" in text
    assert threads and threads[0] != threading.main_thread().name

    exported = pd.read_excel(tmp_path / "ken-women.xlsx", sheet_name="Profile observations")
    assert len(exported) == len(expected)
    assert exported["Value"].tolist() == [row.form.value for row in expected]
    assert set(exported["Sex"]) == {"Female"}
    partners = {c.code: c.label for c in services.reference.countries()}
    assert exported["Partner country"].tolist() == [f"{partners[row.form.partner_country]} "
                                                    f"({row.form.partner_country})" for row in expected]
    assert pd.api.types.is_datetime64_any_dtype(exported["Period from"])


def test_the_observation_export_as_csv_follows_a_text_search(qtbot, demo_services, tasks, tmp_path):
    table = open_table(qtbot, demo_services, tasks, "JAM")
    table.search.setText("USA")  # debounced: Export applies a filter still being typed first
    icon, _text = export_to(qtbot, table, tmp_path / "usa.csv")
    assert icon == QMessageBox.Icon.Information
    expected = demo_services.observations.page("JAM", ObservationFilter(text="USA"), limit=10_000)
    assert table.model.rowCount() == len(expected) < demo_services.observations.count("JAM")
    exported = pd.read_csv(tmp_path / "usa.csv", encoding="utf-8-sig")
    assert list(zip(exported["Indicator code"], exported["Value"], strict=True)) == [
        (row.form.indicator_code, row.form.value) for row in expected]
    assert "United States (USA)" in set(exported["Partner country"])
    assert (tmp_path / "usa.csv").read_bytes().startswith(b"\xef\xbb\xbfIndicator code,")


def test_a_failed_observation_export_says_why(qtbot, demo_services, tasks, tmp_path):
    table = open_table(qtbot, demo_services, tasks, "JAM")
    icon, text = export_to(qtbot, table, tmp_path / "missing" / "jam.xlsx")
    assert icon == QMessageBox.Icon.Warning and "does not exist" in text and "Traceback" not in text
    assert not table.exporter.busy


def test_reports_menu_exports_the_workspace_to_excel(qtbot, demo_services, tasks, tmp_path):
    window, _wizards = make_window(qtbot, demo_services, tasks)
    shown: list[WorkbookExportDialog] = []
    window.open_report_dialog = shown.append  # type: ignore[assignment]
    texts = [action.text() for action in window.reports_menu.actions()]
    assert "Export workspace to &Excel\u2026" in texts and "Export workspace to C&SV\u2026" in texts
    window.report_actions["xlsx"].trigger()
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    assert dialog.workspace_code() == window.current_workspace()
    assert dialog.without_personal_data.isChecked()
    assert dialog.path_edit.text().endswith(".xlsx")
    dialog.workspace.setCurrentIndex(dialog.workspace.findData("JAM"))
    assert Path(dialog.path_edit.text()).name.startswith("JAM-")
    out = tmp_path / "jam"
    dialog.path_edit.setText(str(out))  # no extension: .xlsx is added
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    written = tmp_path / "jam.xlsx"
    assert f"Written: {written}" in dialog.summary.text() and "without personal data" in dialog.summary.text()
    assert dialog.show_button.isEnabled() and dialog.export_button.isEnabled()
    frames = pd.read_excel(written, sheet_name=None)
    assert list(frames)[:3] == ["About", "Readiness checklist", "Profile observations"]
    assert "Full name" not in frames["People"].columns
    assert len(frames) == len(dialog.result.sheets) + 1


def test_the_csv_dialog_writes_a_zip_and_asks_before_replacing(qtbot, demo_services, tasks, tmp_path):
    asked: list[Path] = []
    dialog = WorkbookExportDialog(demo_services, tasks, "MDA", "csv", confirm=lambda _w, path: asked.append(path)
                                  or False)
    qtbot.addWidget(dialog)
    assert dialog.workspace_code() == "MDA" and dialog.path_edit.text().endswith(".zip")
    target = tmp_path / "mda.zip"
    target.write_bytes(b"earlier")
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert asked == [target] and target.read_bytes() == b"earlier" and not tasks.is_busy()

    dialog.without_personal_data.setChecked(False)
    dialog._confirm = lambda _w, _path: True
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    assert "with personal data" in dialog.summary.text()
    with zipfile.ZipFile(target) as archive:
        assert "00 About.csv" in archive.namelist() and len(archive.namelist()) == len(dialog.result.sheets) + 1


def test_cancelling_the_workspace_export_writes_nothing(qtbot, demo_services, tasks, tmp_path):
    dialog = WorkbookExportDialog(demo_services, tasks, "JAM", "xlsx")
    qtbot.addWidget(dialog)
    target = tmp_path / "cancelled.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    progress.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=120_000)
    qtbot.waitUntil(lambda: "Cancelled" in dialog.summary.text(), timeout=5_000)
    assert dialog.result is None
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []  # neither the file nor a .partial
