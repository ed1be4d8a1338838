"""The import dialog: preview before writing, import as one action, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_PUBLIC_DATA
from tests.core.imports.builders import wdi_csv, wdi_metadata_country
from mainstream_desktop.core.observation_dto import ObservationFilter
from mainstream_desktop.ui.dialogs.import_table import ImportTableDialog


def dialog_for(qtbot, services, tasks, path: Path) -> ImportTableDialog:
    dialog = ImportTableDialog(services, tasks, "JAM", choose_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_then_import_then_nothing_to_do(qtbot, demo_services, tasks, tmp_path):
    path = wdi_csv(tmp_path / "API_SM.POP.NETM.csv")
    before = demo_services.observations.count("JAM")
    dialog = dialog_for(qtbot, demo_services, tasks, path)
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "3 to add" in dialog.summary.text() and "nothing has been written" in dialog.summary.text()
    assert demo_services.observations.count("JAM") == before
    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    assert "3 added" in dialog.summary.text()
    assert demo_services.observations.count("JAM", ObservationFilter(indicator_code="MIG_NET")) == 3
    assert demo_services.observations.count("JAM") == before + 3
    dialog.preview()  # the same file again: nothing to import
    qtbot.waitUntil(lambda: "Nothing to import" in dialog.summary.text(), timeout=20_000)
    assert not dialog.import_button.isEnabled()


def test_metadata_file_is_refused_with_the_known_layouts(qtbot, demo_services, tasks, tmp_path):
    dialog = dialog_for(qtbot, demo_services, tasks, wdi_metadata_country(tmp_path / "Metadata_Country.csv"))
    dialog.browse()
    qtbot.waitUntil(lambda: "Known layouts" in dialog.summary.text(), timeout=20_000)
    assert not dialog.import_button.isEnabled()


def test_template_can_be_saved_from_the_dialog(qtbot, demo_services, tasks, tmp_path):
    dialog = dialog_for(qtbot, demo_services, tasks, tmp_path / "unused.csv")
    dialog.template_chooser = lambda: tmp_path / "template.xlsx"
    dialog.save_template()
    assert (tmp_path / "template.xlsx").read_bytes()[:2] == b"PK"
    assert "Template saved" in dialog.summary.text()


def test_own_spreadsheet_through_the_column_mapping(qtbot, demo_services, tasks, tmp_path):
    own = tmp_path / "ministry-figures.csv"
    own.write_text("What,When,How many,Unit of measure,Remarks\n"
                   "MIG_FLOW_OUT,2016,\"23 100\",PERSONS_PER_YEAR,labour ministry\n"
                   "MIG_FLOW_OUT,2017,..,PERSONS_PER_YEAR,not yet published\n"
                   "MIG_FLOW_OUT,2018-13,22000,PERSONS_PER_YEAR,typo in the month\n", encoding="utf-8")
    dialog = dialog_for(qtbot, demo_services, tasks, own)
    dialog.browse()
    qtbot.waitUntil(lambda: "Known layouts" in dialog.summary.text(), timeout=20_000)
    seen = {}

    def answer(columns, targets, proposed):
        seen["columns"], seen["proposed"] = columns, proposed
        return {"What": "indicator_code", "When": "period", "How many": "value", "Unit of measure": "unit_code",
                "Remarks": "note"}

    dialog.ask_mapping = answer
    dialog.map_columns()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert seen["columns"] == ["What", "When", "How many", "Unit of measure", "Remarks"]
    assert "2 to add" in dialog.summary.text() and "1 rejected" in dialog.summary.text()
    assert "2018-13" in dialog.rejections.item(0, 1).text()


REAL_FILES = sorted(
    path for path in SHARED_PUBLIC_DATA.rglob("*")
    if path.suffix in (".csv", ".xls", ".xlsx") and not path.name.startswith(("Metadata_", "footnotes"))
) if SHARED_PUBLIC_DATA.exists() else []


@pytest.mark.skipif(not REAL_FILES, reason="the shared public data folder is not here")
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_every_real_public_file_imports_through_the_dialog_once(qtbot, demo_services, tasks, path):
    dialog = dialog_for(qtbot, demo_services, tasks, path)
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.report is not None or "cannot" in dialog.summary.text(), timeout=120_000)
    assert dialog.report is not None, dialog.summary.text()
    if dialog.import_button.isEnabled():
        imported = []
        dialog.imported.connect(imported.append)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: bool(imported), timeout=120_000)
        dialog.report = None
        dialog.preview()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=120_000)
    assert "Nothing to import" in dialog.summary.text() or "0 to add, 0 to update" in dialog.summary.text()


def test_real_un_desa_workbook_adds_to_the_demo_series(qtbot, demo_services, tasks):
    workbook = SHARED_PUBLIC_DATA / "undesa" / "UN_MigrantStockTotal_2019.xlsx"
    if not workbook.exists():
        pytest.skip("the shared public data folder is not here")
    dialog = dialog_for(qtbot, demo_services, tasks, workbook)
    dialog.browse()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60_000)
    assert "49 to add, 0 to update, 21 unchanged" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "49 added" in dialog.summary.text(), timeout=60_000)
