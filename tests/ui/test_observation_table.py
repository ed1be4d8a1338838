"""The observation table on the real demo database: lazy paging, server-side sorting and
filtering, editing with validation, paste from Excel, delete, undo/redo, problem marks, and a
20,000-row workspace whose first screen appears without loading the rows."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableView

from mainstream_desktop.core.observation_dto import ObservationFilter
from mainstream_desktop.ui.item_models.observation_table_model import (
    PAGE_SIZE,
    VALUE_COLUMN,
    ObservationTableModel,
    parse_number,
)
from mainstream_desktop.ui.widgets.observation_table import ObservationTable


class CountingObservations:
    """Forwards every call to the real ObservationService and counts calls and rows fetched."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.calls: Counter[str] = Counter()
        self.rows_fetched = 0

    def page(self, *args: Any, **kwargs: Any) -> Any:
        rows = self._real.page(*args, **kwargs)
        self.calls["page"] += 1
        self.rows_fetched += len(rows)
        return rows

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._real, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return target(*args, **kwargs)

        return counted


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def open_table(qtbot, services, tasks, code: str = "JAM") -> ObservationTable:  # type: ignore[no-untyped-def]
    table = ObservationTable(services, code, tasks=tasks)
    qtbot.addWidget(table)
    table.resize(1100, 600)
    table.show()
    return table


def find_row(model: ObservationTableModel, **wanted: Any) -> int:
    for row in range(model.rowCount()):
        form = model.row_form(row)
        if form is not None and all(_matches(form, name, value) for name, value in wanted.items()):
            return row
    raise AssertionError(f"no row with {wanted}")


def _matches(form: Any, name: str, value: Any) -> bool:
    return form.period_start.year == value if name == "year" else getattr(form, name) == value


def stored_value(services, indicator: str, year: int, unit: str | None = None) -> list[float | None]:  # type: ignore[no-untyped-def]
    rows = services.observations.page("JAM", ObservationFilter(indicator_code=indicator, year_from=year,
                                                               year_to=year), limit=50)
    return [r.form.value for r in rows if unit is None or r.form.unit_code == unit]


def test_shows_every_row_sorts_by_value_and_filters_by_text(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    assert model.rowCount() == 128 and table.count_label.text() == "128 observations"
    table.view.sortByColumn(VALUE_COLUMN, Qt.SortOrder.DescendingOrder)
    top = model.index(0, VALUE_COLUMN)
    assert model.data(top, Qt.ItemDataRole.EditRole) == 1_300_000
    assert model.data(top, Qt.ItemDataRole.DisplayRole) == QLocale().toString(1_300_000.0, "f", 0)
    assert model.data(top, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    table.search.setText("datosmacro")
    assert model.rowCount() == 128  # debounced: the database is asked once typing pauses
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=3000)
    assert table.count_label.text() == "7 observations"
    table.clear_filter()
    assert model.rowCount() == 128


def test_editing_a_value_persists_and_undo_restores_it(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    row = find_row(model, indicator_code="CTX_GDP_USD", year=2000)
    assert model.setData(model.index(row, VALUE_COLUMN), "9,100")
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [9100.0]
    assert model.row_form(row).value == 9100.0 and table.undo_stack.count() == 1
    table.undo_action.trigger()
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [9000.0]
    assert model.row_form(row).value == 9000.0
    table.redo_action.trigger()
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [9100.0]


def test_a_rows_history_shows_its_edit(qtbot, demo_services, tasks):
    from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog

    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    row = find_row(model, indicator_code="CTX_GDP_USD", year=2000)
    assert model.setData(model.index(row, VALUE_COLUMN), "9,100")
    opened = []
    table.open_dialog = lambda dialog: (opened.append(dialog), qtbot.addWidget(dialog), dialog.show())
    table.history_action.trigger()  # no current row yet: nothing opens
    assert opened == [] and table.history_action in table.view.actions()
    table.view.setCurrentIndex(model.index(row, VALUE_COLUMN))
    table.history_action.trigger()
    history = opened[0]
    assert isinstance(history, RecordHistoryDialog) and "CTX_GDP_USD \u00b7 2000-01-01" in history.windowTitle()
    qtbot.waitUntil(lambda: history.table.rowCount() == 2, timeout=20_000)
    assert [history.table.item(r, 3).text() for r in range(2)] == ["edited", "created"]
    assert "9000.0 \u2192 9100.0" in history.table.item(0, 4).text()


def test_an_invalid_percentage_is_refused_and_nothing_is_saved(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    row = find_row(model, indicator_code="REM_IN_GDP", unit_code="PCT")
    before = model.row_form(row)
    with qtbot.waitSignal(model.edit_refused, timeout=1000) as refused:
        assert not model.setData(model.index(row, VALUE_COLUMN), 140.0)
    assert "percentage" in refused.args[0]
    assert stored_value(demo_services, "REM_IN_GDP", before.period_start.year, "PCT") == [before.value]
    assert model.row_form(row) == before and table.undo_stack.count() == 0


def test_keyboard_entry_enter_moves_to_the_next_row(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    view, model = table.view, table.model
    row = find_row(model, indicator_code="CTX_GDP_USD", year=2000)
    view.setFocus()
    view.setCurrentIndex(model.index(row, VALUE_COLUMN))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == row + 1  # not editing: Enter moves on
    view.setCurrentIndex(model.index(row, VALUE_COLUMN))
    qtbot.keyClick(view, "9")  # typing starts the editor with the first key
    editor = view.indexWidget(model.index(row, VALUE_COLUMN))
    assert isinstance(editor, QLineEdit) and editor.text() == "9"
    qtbot.keyClicks(editor, "050")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [9050.0]
    assert view.currentIndex().row() == row + 1


def test_paste_from_excel_is_one_save_and_one_undo_step(qtbot, demo_services, tasks):
    counting = CountingObservations(demo_services.observations)
    table = open_table(qtbot, dataclasses.replace(demo_services, observations=counting), tasks)
    model = table.model
    row = find_row(model, indicator_code="CTX_GDP_USD", year=2000)
    assert model.row_form(row + 1).period_start.year == 2002
    table.view.setCurrentIndex(model.index(row, VALUE_COLUMN))
    QGuiApplication.clipboard().setText("1\t\n2\n")
    table.paste_action.trigger()
    assert counting.calls["save_many"] == 1 and counting.calls["save"] == 0
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [1.0]
    assert stored_value(demo_services, "CTX_GDP_USD", 2002) == [2.0]
    assert table.undo_stack.count() == 1
    table.undo_action.trigger()
    assert stored_value(demo_services, "CTX_GDP_USD", 2000) == [9000.0]
    assert stored_value(demo_services, "CTX_GDP_USD", 2002) == [9700.0]


def test_a_refused_paste_names_the_row_and_changes_nothing(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    row = find_row(model, indicator_code="REM_IN_GDP", unit_code="PCT")
    before = [model.row_form(row).value, model.row_form(row + 1).value]
    table.view.setCurrentIndex(model.index(row, VALUE_COLUMN))
    assert not table.paste("5\r\n140\r\n")
    assert "Row 2" in table.last_refusal and "percentage" in table.last_refusal
    assert [model.row_form(row).value, model.row_form(row + 1).value] == before
    assert table.undo_stack.count() == 0
    assert not table.paste("5\nabc\n") and "abc" in table.last_refusal


def test_deleting_a_row_hides_it_and_undo_brings_it_back(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    deleted = model.row_id(0)
    table.view.selectRow(0)
    table.delete_action.trigger()
    assert model.rowCount() == 127 and demo_services.observations.count("JAM") == 127
    assert deleted not in {model.row_id(row) for row in range(model.rowCount())}
    assert table.count_label.text() == "127 observations"
    table.undo_action.trigger()
    assert model.rowCount() == 128 and model.row_id(0) == deleted


def test_rows_with_problems_are_marked_with_their_messages(qtbot, demo_services, tasks):
    table = open_table(qtbot, demo_services, tasks)
    model = table.model
    row = find_row(model, indicator_code="MIG_NET_RATE", year=1985)
    qtbot.waitUntil(lambda: bool(model.problems_of(row)), timeout=5000)
    tooltip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "sign" in tooltip and "1985" in tooltip
    assert model.data(model.index(row, 3), Qt.ItemDataRole.BackgroundRole) is not None
    clean = find_row(model, indicator_code="CTX_GDP_USD", year=2000)
    assert model.data(model.index(clean, 0), Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("1,300,000", 1_300_000.0), ("1.300.000", 1_300_000.0), ("1.234,5", 1234.5), ("1 234,5", 1234.5),
    ("1\u00a0234.5", 1234.5), ("1'234.5", 1234.5), ("7,4", 7.4), ("-11.0", -11.0), ("(12)", -12.0),
    ("12.5%", 12.5),
])
def test_pasted_numbers_in_any_usual_form(qapp, text, expected):
    assert parse_number(text, QLocale.c()) == pytest.approx(expected)


def _many_rows(services, code: str, wanted: int) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, ParsedTable

    services.workspaces.create(WorkspaceForm(code=code, country_iso3=code, title="Many rows"))
    partners = [c.code for c in services.reference.countries() if c.code != code]
    keys = [(p, y, s) for y in range(1980, 2030) for s in ("T", "M", "F") for p in partners][:wanted]
    frame = pd.DataFrame({
        "country_iso3": code, "indicator_code": "MIG_STOCK_IMM", "indicator_label": "",
        "period_start": [date(y, 7, 1) for _p, y, _s in keys], "period_end": [date(y, 7, 1) for _p, y, _s in keys],
        "period_type": "POINT", "sex": [s for _p, _y, s in keys], "age_group": "TOTAL",
        "partner_country": [p for p, _y, _s in keys], "direction": "IMMIGRATION", "migration_type": "_T",
        "voluntariness": "_T", "duration_class": "_T", "skill_level": "_T", "occupation_isco": "_T",
        "education_isced": "_T", "sector_isic": "_T", "value": [float(n % 9973) for n in range(len(keys))],
        "unit_code": "PERSONS", "obs_status": "A", "data_type_flag": "B", "source_table_ref": "generated",
        "note": "", "origin": "generated"}, columns=list(CANONICAL_COLUMNS))
    report = services.table_imports.apply(code, ParsedTable("template", "", "Generated test table", frame))
    assert report.counts.added == wanted


def test_a_large_workspace_opens_lazily_and_fast(qtbot, services):
    _many_rows(services, "KEN", 20_000)
    counting = CountingObservations(services.observations)
    watcher = FirstPaint()
    started = time.perf_counter()
    model = ObservationTableModel(counting, "KEN")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 700)
    view.viewport().installEventFilter(watcher)
    view.show()
    qtbot.waitUntil(lambda: watcher.at is not None, timeout=5000)
    assert watcher.at is not None and watcher.at - started < 0.5
    assert model.rowCount() == 20_000
    assert 0 < counting.rows_fetched < 1000
    view.scrollToBottom()
    qtbot.wait(50)
    assert model.row_form(19_999) is not None
    assert counting.rows_fetched <= 2 * PAGE_SIZE + PAGE_SIZE  # the first screen, the last, nothing between
