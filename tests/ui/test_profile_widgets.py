"""The step 1 building blocks on the Jamaica demo: charts with save/copy/export, the generic
record editor, the autosaving narrative, and the problems panel."""

from __future__ import annotations

import csv

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from mainstream_desktop.core.record_specs import SECTOR_IMPACTS
from mainstream_desktop.enums import ProfilePart
from mainstream_desktop.ui.widgets.chart_panel import ChartPanel
from mainstream_desktop.ui.widgets.narrative_editor import NarrativeEditor
from mainstream_desktop.ui.widgets.problems_panel import ProblemsPanel
from mainstream_desktop.ui.widgets.record_editor import RecordDialog, RecordEditor


def test_chart_panel_draws_saves_copies_and_exports(qtbot, demo_services, tasks, tmp_path):
    panel = ChartPanel(demo_services, tasks, "JAM", ("stock_by_sex", "remittances"))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.figure is not None, timeout=20_000)
    assert panel.save_button.isEnabled() and panel.export_button.isEnabled()
    for name in ("stock.png", "stock.svg"):
        panel.save_path_chooser = lambda target=tmp_path / name: target
        panel.save_as()
    assert (tmp_path / "stock.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "stock.svg").read_bytes()[:400]
    panel.export_path_chooser = lambda: tmp_path / "stock.csv"
    panel.export_data()
    raw = (tmp_path / "stock.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads it right
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert {"year": "2019", "sex": "T", "value": "23468.0"} in rows
    panel.export_path_chooser = lambda: tmp_path / "stock.xlsx"
    panel.export_data()
    assert (tmp_path / "stock.xlsx").read_bytes()[:2] == b"PK"
    assert not list(tmp_path.glob("*.partial"))
    panel.copy_image()
    assert not QGuiApplication.clipboard().image().isNull()
    panel.choice.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.key == "remittances", timeout=20_000)


def test_failed_export_leaves_no_partial_file(qtbot, demo_services, tasks, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    panel = ChartPanel(demo_services, tasks, "JAM", ("stock_by_sex",))
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.figure is not None, timeout=20_000)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[-1]))
    panel.export_path_chooser = lambda: tmp_path / "missing-folder" / "data.csv"
    panel.export_data()
    assert warnings and not (tmp_path / "missing-folder").exists()


def test_record_editor_adds_edits_and_deletes(qtbot, demo_services):
    editor = RecordEditor(demo_services, "JAM", SECTOR_IMPACTS)
    qtbot.addWidget(editor)
    start = editor.table.rowCount()
    assert start == 6

    def fill_and_save(dialog: RecordDialog) -> int:
        dialog.editors["policy_area"][1].set_code("SOC")
        dialog.editors["channel"][1].set_code("REMITTANCES")
        dialog.editors["effect"][1].set_code("POSITIVE")
        dialog.editors["evidence_strength"][1].set_code("WEAK")
        dialog.editors["magnitude"][1].setValue(2)
        dialog.save()
        return dialog.result()

    editor.open_dialog = fill_and_save
    editor.add()
    assert editor.table.rowCount() == start + 1

    def refuse(dialog: RecordDialog) -> int:
        dialog.editors["effect"][1].set_code("")
        dialog.save()
        assert "required" in dialog.problems.text()
        return QDialog.DialogCode.Rejected

    editor.table.selectRow(0)
    editor.open_dialog = refuse
    editor.edit_selected()
    editor.table.selectRow(0)
    editor.delete_selected()
    assert editor.table.rowCount() == start


def test_narrative_autosaves(qtbot, demo_services):
    editor = NarrativeEditor(demo_services, "JAM", ProfilePart.IMPACTS, "sectors", "Narrative")
    qtbot.addWidget(editor)
    editor.text.setPlainText("Health-worker emigration weighs on hospitals.")
    assert editor.has_pending_changes()
    qtbot.waitUntil(lambda: not editor.has_pending_changes(), timeout=5_000)
    assert demo_services.narratives.get("JAM", ProfilePart.IMPACTS, "sectors").text.startswith("Health-worker")
    assert editor.state.text() == "Saved"


def test_problems_panel_lists_the_traps_and_acknowledges(qtbot, demo_services):
    panel = ProblemsPanel(demo_services, "JAM")
    qtbot.addWidget(panel)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(texts) == 3 and any("1985" in t for t in texts)
    assert panel.heading.text() == "Problems: 3 open of 3"
    panel.list.setCurrentRow(0)
    panel.ask_note = lambda _problem: "Checked with PIOJ: the published sign is a typo."
    panel.acknowledge_selected()
    assert panel.heading.text() == "Problems: 2 open of 3"
