"""The observation table of the migration profile: a filter bar, the lazy table, keyboard entry
(Enter moves down), paste from Excel, row deletion, undo/redo of all of it, and Export of the
rows the filters show (``observation_export``). Each change is one unit of work of
``ObservationService`` and one undo step; core decides whether it is allowed (a refusal changes
nothing and says why) and finds the validation problems marked on the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QAbstractItemModel, QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex,
                            QSignalBlocker, Qt, QTimer, Signal)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView, QVBoxLayout, QWidget)

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.observation_dto import ObservationFilter, ObservationForm
from mainstream_desktop.enums import ObservationStatus
from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.palette_colours import SUCCESS, text_style
from mainstream_desktop.ui.item_models.observation_table_model import (
    COLUMNS,
    STATUS_COLUMN,
    VALUE_COLUMN,
    ObservationTableModel,
    first_column,
    parse_number,
)
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.form_fields import CodeComboBox, OptionalYearSpin
from mainstream_desktop.ui.widgets.observation_export import ObservationExporter

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

Change = tuple[str, ObservationForm, ObservationForm]  # observation id, form before, form after
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _AppliedCommand(QUndoCommand):
    """A change the service has already made when it is pushed (the first redo only records it);
    undo and redo hand ``backward`` and ``forward`` to the service again."""

    def __init__(self, table: ObservationTable, text: str, forward: Callable[[], None],
                 backward: Callable[[], None]) -> None:
        super().__init__(text)
        self._table, self._forward, self._backward = table, forward, backward
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
        else:
            self._table.run_change(self._forward)

    def undo(self) -> None:
        self._table.run_change(self._backward)


class _CellDelegate(QStyledItemDelegate):
    """Line editors (a status drop-down for the status column); Enter commits and moves down."""

    enter_pressed = Signal()

    def __init__(self, status_labels: dict[ObservationStatus, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_labels = status_labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == STATUS_COLUMN:
            combo = QComboBox(parent)
            for status, label in self._status_labels.items():
                combo.addItem(f"{label} ({status.value})", status.value)
            return combo
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole)))  # values: right
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        elif isinstance(editor, QLineEdit):
            role = Qt.ItemDataRole.DisplayRole if index.column() == VALUE_COLUMN else Qt.ItemDataRole.EditRole
            editor.setText(str(index.data(role) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and editor.isModified():  # untouched: keep every decimal
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS
                and isinstance(editor, QWidget)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.enter_pressed.emit()
            return True
        return super().eventFilter(editor, event)


class ObservationTable(QWidget):
    def __init__(self, services: Services, workspace_code: str, parent: QWidget | None = None, *,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services, self._code = services, workspace_code
        self._tasks = tasks or TaskRunner(self)
        self._checking = self._check_again = False
        self.last_refusal = ""
        self.open_dialog: Callable[[QDialog], object] = lambda dialog: dialog.exec()
        self.undo_stack = QUndoStack(self)
        self.model = ObservationTableModel(services.observations, workspace_code, self)
        self._build_filter_bar()
        self._build_view()
        self._build_actions()
        self.count_label, self.saved_label = QLabel(), QLabel()
        self.exporter = ObservationExporter(services, workspace_code, self.model, self._tasks, self)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.export_button.setToolTip(self.tr("Save the rows the filters show (all of them, in this order) as an "
                                              "Excel workbook or a CSV file"))
        self.export_button.clicked.connect(self.export)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.saved_label)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.model.modelReset.connect(self._show_count)
        self.model.edited.connect(self._record_edit)
        self.model.edit_refused.connect(lambda text: self._refuse(self.tr("The change was refused"), text))
        self.model.page_loaded.connect(self._add_seen_codes, Qt.ConnectionType.QueuedConnection)
        self._problem_timer = QTimer(self, singleShot=True, interval=400, timeout=self.reload_problems)
        self._show_count()
        self._show_saved()
        self.reload_problems()

    # -- building -----------------------------------------------------------------------------
    def _build_filter_bar(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search indicator, partner, note or source\u2026"))
        self.search.setClearButtonEnabled(True)
        self.indicator = CodeComboBox(self._services.reference.core_indicators())
        self.indicator.lineEdit().setPlaceholderText(self.tr("All indicators"))
        self._listed_codes = {str(self.indicator.itemData(i)) for i in range(self.indicator.count())}
        self.sex = CodeComboBox(self._services.reference.code_list("SEX"))
        self.sex.lineEdit().setPlaceholderText(self.tr("Any sex"))
        self.year_from, self.year_to = OptionalYearSpin(), OptionalYearSpin()
        for widget, name in ((self.search, self.tr("Search")), (self.indicator, self.tr("Indicator")),
                             (self.sex, self.tr("Sex")), (self.year_from, self.tr("From year")),
                             (self.year_to, self.tr("To year"))):
            widget.setAccessibleName(name)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_filter)
        self._filter_timer = QTimer(self, singleShot=True, interval=300, timeout=self._apply_filter)
        for typed in (self.search.textChanged, self.year_from.valueChanged, self.year_to.valueChanged):
            typed.connect(self._filter_timer.start)  # debounced: one query once typing pauses
        for chosen in (self.indicator.currentIndexChanged, self.sex.currentIndexChanged):
            chosen.connect(self._apply_filter)
        self._filter_bar = QHBoxLayout()
        for label, widget in ((None, self.search), (self.tr("Indicator:"), self.indicator),
                              (self.tr("Sex:"), self.sex), (self.tr("Years:"), self.year_from),
                              ("\u2013", self.year_to), (None, self.clear_button)):
            if label:
                self._filter_bar.addWidget(QLabel(label))
            self._filter_bar.addWidget(widget, 2 if widget is self.search else 0)

    def _build_view(self) -> None:
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("The numbers of the profile"))
        self.view.setModel(self.model)
        self.delegate = _CellDelegate(self.model.status_labels(), self.view)
        self.delegate.enter_pressed.connect(self._move_down)
        self.view.setItemDelegate(self.delegate)
        triggers = QAbstractItemView.EditTrigger  # typing starts an edit, as in a spreadsheet
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for number, column in enumerate(COLUMNS):
            self.view.setColumnHidden(number, column.hidden)
            toggle = QAction(self.model.column_title(number), header, checkable=True, checked=not column.hidden)
            toggle.toggled.connect(lambda shown, n=number: self.view.setColumnHidden(n, not shown))
            header.addAction(toggle)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.view.installEventFilter(self)

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        for action, keys in ((self.undo_action, QKeySequence.StandardKey.Undo),
                             (self.redo_action, QKeySequence.StandardKey.Redo)):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.paste_action = self._view_action(self.tr("&Paste values"), QKeySequence.StandardKey.Paste,
                                              lambda: self.paste())
        self.delete_action = self._view_action(self.tr("&Delete rows"), QKeySequence.StandardKey.Delete,
                                               self.delete_selected)
        self.history_action = QAction(self.tr("&History of this row\u2026"), self.view)
        self.history_action.triggered.connect(self.history_of_current)
        self.view.addAction(self.history_action)
        self.view.insertActions(self.paste_action, [self.undo_action, self.redo_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _view_action(self, text: str, keys: QKeySequence.StandardKey, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # an open editor keeps its own keys
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # -- public -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch everything again (after an import or a change made elsewhere)."""
        self.model.reload()
        self.reload_problems()

    def reload_problems(self) -> None:
        """Core's validation problems, found on the worker thread one check at a time (seconds on a
        large workspace); changes made meanwhile ask for one more check."""
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        observations, code = self._services.observations, self._code
        self._tasks.run(lambda _progress, _cancelled: observations.problems(code), parent=self,
                        title=self.tr("Checking the observations"), cancellable=False, show_progress=False,
                        on_success=self._problems_loaded, on_error=self._problems_loaded)

    def export(self) -> None:
        """Export what the view shows; a filter still being typed is applied first."""
        if self._filter_timer.isActive():
            self._apply_filter()
        self.exporter.export()

    def clear_filter(self) -> None:
        for combo in (self.indicator, self.sex):
            with QSignalBlocker(combo):
                combo.set_code("")
        self.search.clear()
        for spin in (self.year_from, self.year_to):
            spin.set_value(None)
        self._apply_filter()  # at once, not after the debounce

    def paste(self, text: str | None = None) -> bool:
        """Paste a column of values (tab-separated lines, as Excel copies) into the value column:
        one save of all rows, one undo step. A refusal shows the problems and changes nothing."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        cells = first_column(text)
        if not cells:
            return False
        rows = self._paste_rows(len(cells))
        values = self._pasted_values(cells) if rows is not None else None
        if rows is None or values is None:
            return False
        targets = [(self.model.row_id(row), self.model.row_form(row), value)
                   for row, value in zip(rows, values, strict=True)]
        changes: list[Change] = [(row_id, form, replace(form, value=value)) for row_id, form, value in targets
                                 if row_id is not None and form is not None and form.value != value]
        return not changes or self._apply(self.tr("Paste {n} values").format(n=len(changes)),
                                          self.tr("The paste was refused; nothing was changed"),
                                          *self._save_steps(changes))

    def delete_selected(self) -> bool:
        current = self.view.currentIndex()
        rows = self._selected_rows() or ([current.row()] if current.isValid() else [])
        ids = [row_id for row_id in (self.model.row_id(row) for row in rows) if row_id is not None]
        model = self.model
        return bool(ids) and self._apply(self.tr("Delete {n} observations").format(n=len(ids)),
                                         self.tr("The rows were not deleted"),
                                         lambda: model.delete_rows(ids), lambda: model.restore_rows(ids))

    def history_of_current(self) -> None:
        """The current row's history (its change log, newest first), with the audit export."""
        from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog

        current = self.view.currentIndex()
        row_id = self.model.row_id(current.row()) if current.isValid() else None
        form = self.model.row_form(current.row()) if current.isValid() else None
        if row_id is None or form is None:
            return
        title = f"{form.indicator_code} \u00b7 {form.period_start.isoformat()}"
        self.open_dialog(RecordHistoryDialog(self._services, self._tasks, self._code, row_id, "observation", title,
                                             self))

    def run_change(self, change: Callable[[], None]) -> None:
        """Run an undo or redo step through the service; a refusal leaves the data as it is."""
        try:
            change()
        except MainstreamError as exc:
            self._refuse(self.tr("The change could not be undone or redone"), error_text(exc))
            return
        self._show_saved(check_again=True)

    # -- inside -------------------------------------------------------------------------------
    def _problems_loaded(self, result: Any) -> None:
        try:
            self._checking, again, self._check_again = False, self._check_again, False
            if again:
                self.reload_problems()
            if isinstance(result, BaseException):
                self.saved_label.setText(self.tr("The checks could not run: {reason}").format(
                    reason=error_text(result)))
            else:
                self.model.set_problems(result)
        except RuntimeError:  # the table was closed while core was checking
            pass

    def _apply(self, text: str, refusal: str, forward: Callable[[], None], backward: Callable[[], None]) -> bool:
        """Make a change through the service and, if core accepts it, record it as one undo step."""
        try:
            forward()
        except MainstreamError as exc:
            self._refuse(refusal, error_text(exc))
            return False
        self._after_change(_AppliedCommand(self, text, forward, backward))
        return True

    def _after_change(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)
        self._show_saved(check_again=True)

    def _record_edit(self, changes: list[Change]) -> None:
        current = self.view.currentIndex()
        column = self.model.column_title(current.column()) if current.isValid() else ""
        self._after_change(_AppliedCommand(self, self.tr("Edit {column}").format(column=column),
                                           *self._save_steps(changes)))

    def _save_steps(self, changes: list[Change]) -> tuple[Callable[[], None], Callable[[], None]]:
        model = self.model
        return (lambda: model.save_forms([(row_id, after) for row_id, _before, after in changes]),
                lambda: model.save_forms([(row_id, before) for row_id, before, _after in changes]))

    def _selected_rows(self) -> list[int]:
        """Rows touched by the selection, from its ranges (cheap even when all rows are selected)."""
        rows: set[int] = set()
        for selected in self.view.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def _paste_rows(self, count: int) -> list[int] | None:
        selected = self._selected_rows()
        if count == 1 and len(selected) > 1:
            return selected  # one value fills every selected row
        current = self.view.currentIndex()
        start = current.row() if current.isValid() else (selected[0] if selected else -1)
        if start < 0:
            self._refuse(self.tr("Nothing to paste into"), self.tr("Select the first cell to paste into."))
            return None
        if start + count > self.model.rowCount():
            self._refuse(self.tr("The paste does not fit"), self.tr(
                "The paste has {lines} lines, but only {rows} rows follow the current cell.").format(
                lines=count, rows=self.model.rowCount() - start))
            return None
        return list(range(start, start + count))

    def _pasted_values(self, cells: list[str]) -> list[float | None] | None:
        values: list[float | None] = []
        wrong = []
        for line, cell in enumerate(cells, start=1):
            try:
                values.append(parse_number(cell) if cell else None)  # an empty cell clears the value
            except ValueError:
                wrong.append(self.tr("Line {line}: \u201c{text}\u201d is not a number.").format(
                    line=line, text=cell))
        if wrong:
            self._refuse(self.tr("The paste was refused; nothing was changed"), "\n".join(wrong[:10]))
            return None
        return values

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(ObservationFilter(
            text=self.search.text().strip(), indicator_code=self.indicator.code(), sex=self.sex.code(),
            year_from=self.year_from.value_or_none(), year_to=self.year_to.value_or_none()))

    def _add_seen_codes(self) -> None:
        for code in sorted(self.model.seen_indicator_codes() - self._listed_codes):
            self.indicator.addItem(code, code)
            self._listed_codes.add(code)

    def _keep_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        if section != self.model.sort_column():  # the database cannot sort by this column
            header = self.view.horizontalHeader()
            with QSignalBlocker(header):
                header.setSortIndicator(self.model.sort_column(), self.model.sort_order())

    def _move_down(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and current.row() + 1 < self.model.rowCount():
            self.view.setCurrentIndex(current.siblingAtRow(current.row() + 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER_KEYS and self.view.state() != QAbstractItemView.State.EditingState):
            self._move_down()
            return True
        return super().eventFilter(watched, event)

    def _show_count(self) -> None:
        count = QLocale().toString(self.model.rowCount())
        self.count_label.setText(self.tr("{n} observations").format(n=count))

    def _show_saved(self, check_again: bool = False) -> None:
        self.saved_label.setText(self.tr("\u2713 All changes saved"))
        self.saved_label.setStyleSheet(text_style(SUCCESS))
        if check_again:  # the change may have solved or raised a validation problem
            self._problem_timer.start()

    def _refuse(self, title: str, text: str) -> None:  # a box that does not block the table
        self.last_refusal = text
        self.saved_label.setText(self.tr("Last change refused; nothing was changed"))
        self.saved_label.setStyleSheet(text_style("#c62828"))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
