"""A generic editor for any table described by a ``RecordSpec``: the rows in a table, and a
form dialog built from the field specs for adding and editing. Validation and storage are
``RecordService``'s; this widget only shows and collects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.errors import InvalidInput, MainstreamError
from mainstream_desktop.core.record_specs import FieldKind, FieldSpec, RecordRow, RecordSpec
from mainstream_desktop.core.records import model_of
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.ui.core_texts import error_text, problem_text
from mainstream_desktop.ui.locale_format import date_text
from mainstream_desktop.ui.palette_colours import ERROR, text_style
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.form_fields import (
    AmountEdit,
    CodeComboBox,
    DocumentField,
    NumberEdit,
    OptionalDateEdit,
)

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


def _translate_records(text: str) -> str:
    return QCoreApplication.translate("records", text)


def table_columns(spec: RecordSpec, limit: int = 6) -> list[FieldSpec]:
    """The fields the table shows: what names the record first (even a long text, elided), then the
    short fields in their order."""
    named = [f for f in spec.fields if f.name == spec.label_field and f.kind is FieldKind.LONG_TEXT]
    return (named + [f for f in spec.fields if f.kind is not FieldKind.LONG_TEXT])[:limit]


def _elided(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def number_text(spec_field: FieldSpec, value: float) -> str:
    """Amounts grouped in the user's locale (45,000,000); other numbers as entered (7.9, -5.8)."""
    locale = QLocale()
    if spec_field.kind is FieldKind.DECIMAL:
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "f", 2)
    return locale.toString(float(value), "g", 12)


def field_label(spec_field: FieldSpec) -> str:
    return QCoreApplication.translate("records", spec_field.label) + (" *" if spec_field.required else "")


class RecordDialog(QDialog):
    """Add or edit one record; stays open with the problems shown until it saves."""

    def __init__(self, services: Services, workspace_code: str, spec: RecordSpec, row: RecordRow | None,
                 parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services, self._code, self._spec, self._row = services, workspace_code, spec, row
        self.saved_id: str | None = None
        self.setWindowTitle(QCoreApplication.translate("records", spec.title))
        self.editors: dict[str, tuple[FieldSpec, QWidget]] = {}
        form = QFormLayout()
        for spec_field in spec.fields:
            editor = self._editor(spec_field)
            self.editors[spec_field.name] = (spec_field, editor)
            form.addRow(field_label(spec_field), editor)
            if row is not None:
                self._set(spec_field, editor, row.values.get(spec_field.name))
        self._link_children()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(text_style(ERROR))
        self.suggestion_note = QLabel()
        self.suggestion_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.suggest_button: QPushButton | None = None
        if spec.suggest is not None:
            self.suggest_button = buttons.addButton(QCoreApplication.translate("records", spec.suggest_label),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.suggest_button.clicked.connect(self.apply_suggestion)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestion_note)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _link_children(self) -> None:
        """A code field whose choices depend on another field (lens questions of a policy area)."""
        for name, (spec_field, editor) in self.editors.items():
            if not spec_field.parent_field or not isinstance(editor, CodeComboBox):
                continue
            parent = self.editors[spec_field.parent_field][1]
            if not isinstance(parent, CodeComboBox):
                continue

            def refill(_index: int = 0, child: CodeComboBox = editor, source: CodeComboBox = parent,
                       list_name: str = spec_field.code_list) -> None:
                chosen = child.code()
                child.set_choices(self._services.reference.children(list_name, source.code()))
                child.set_code(chosen if child.findData(chosen) >= 0 else "")

            parent.currentIndexChanged.connect(refill)
            refill()

    def apply_suggestion(self) -> None:
        """Fill in what the spec proposes (e.g. the baseline from the profile) and say where from."""
        try:
            suggestion = self._services.records.suggest(self._code, self._spec, self.values())
        except MainstreamError as exc:
            self.suggestion_note.setText(error_text(exc))
            return
        if suggestion is None:
            self.suggestion_note.setText(self.tr("Nothing to offer: choose a reference indicator that the profile "
                                                 "(step 1) has figures for."))
            return
        for name, value in suggestion.values.items():
            if name in self.editors:
                spec_field, editor = self.editors[name]
                self._set(spec_field, editor, value)
        self.suggestion_note.setText(QCoreApplication.translate("records", suggestion.source).format(
            **suggestion.arguments))

    def _editor(self, spec_field: FieldSpec) -> QWidget:
        kind = spec_field.kind
        if kind is FieldKind.LONG_TEXT:
            editor: QWidget = QPlainTextEdit()
            editor.setFixedHeight(80)
        elif kind is FieldKind.INTEGER:
            editor = QSpinBox()
            low = (spec_field.minimum or 0) - 1
            editor.setRange(low, spec_field.maximum if spec_field.maximum is not None else 10**9)
            editor.setSpecialValueText(self.tr("not set"))
            editor.setValue(low)
        elif kind is FieldKind.CODE and spec_field.code_list in ("CURRENCY", "UNIT", "INDICATOR"):
            editor = CodeComboBox(self._services.reference.choices(spec_field.code_list))
        elif kind is FieldKind.CODE:
            editor = CodeComboBox(self._services.reference.code_list(spec_field.code_list), show_codes=False)
        elif kind is FieldKind.EVIDENCE:
            editor = CodeComboBox(self._services.records.evidence_choices(self._code), show_codes=False)
        elif kind is FieldKind.NUMBER:
            editor = NumberEdit()
        elif kind is FieldKind.RECORD:
            editor = CodeComboBox(self._services.records.choices(self._code, spec_field.references), show_codes=False)
        elif kind is FieldKind.DOCUMENT:
            editor = DocumentField(self._services, self._code, tasks=self._tasks)
        elif kind is FieldKind.DECIMAL:
            editor = AmountEdit()
        elif kind is FieldKind.COUNTRY:
            editor = CodeComboBox(self._services.reference.countries())
        elif kind is FieldKind.BOOLEAN:
            editor = QCheckBox()
        elif kind is FieldKind.DATE:
            editor = OptionalDateEdit()
        else:
            editor = QLineEdit()
        editor.setAccessibleName(QCoreApplication.translate("records", spec_field.label))
        return editor

    @staticmethod
    def _set(spec_field: FieldSpec, editor: Any, value: Any) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value is not None else editor.minimum())
        elif isinstance(editor, CodeComboBox):
            editor.set_code(str(value or ""))
        elif isinstance(editor, (DocumentField, AmountEdit)):
            editor.set_value(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        else:
            editor.setText(str(value or ""))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, (_spec_field, editor) in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                result[name] = editor.toPlainText()
            elif isinstance(editor, QSpinBox):
                result[name] = None if editor.value() == editor.minimum() else editor.value()
            elif isinstance(editor, CodeComboBox):
                result[name] = editor.record_id() if _spec_field.kind in (FieldKind.RECORD, FieldKind.EVIDENCE) \
                    else editor.code()
            elif isinstance(editor, (DocumentField, AmountEdit)):
                result[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                result[name] = editor.isChecked()
            elif isinstance(editor, OptionalDateEdit):
                result[name] = editor.value()
            elif isinstance(editor, QLineEdit):
                result[name] = editor.text()
        return result

    def save(self) -> None:
        try:
            self.saved_id = self._services.records.save(self._code, self._spec, self.values(),
                                                        self._row.id if self._row else None)
        except InvalidInput as exc:
            self.problems.setText("\n".join("\u2022 " + problem_text(p) for p in exc.problems))
            return
        except MainstreamError as exc:
            self.problems.setText(error_text(exc))
            return
        self.accept()


class RecordEditor(QWidget):
    """The records of one spec for one workspace, with Add, Edit and Delete."""

    changed = Signal()

    def __init__(self, services: Services, workspace_code: str, spec: RecordSpec,
                 parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._services, self._code, self.spec = services, workspace_code, spec
        self._tasks = tasks
        self.rows: list[RecordRow] = []
        self.open_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.table = QTableWidget()
        self.table.setAccessibleName(QCoreApplication.translate("records", spec.title))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.columns = table_columns(spec)
        self.table.setColumnCount(len(self.columns))
        self.open_dialog_factory = RecordDialog
        self.table.setHorizontalHeaderLabels([field_label(f).rstrip(" *") for f in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add\u2026"))
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("History\u2026"))
        self.history_button.setToolTip(self.tr("Every change of the selected record: who, when, and each field's "
                                               "old and new value"))
        self.history_button.setVisible(tasks is not None)  # the history is read on the worker thread
        self.history_button.clicked.connect(self.history_of_selected)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.export_button.setToolTip(self.tr("Save this table as an Excel workbook or a CSV file"))
        self.export_button.clicked.connect(self.export)
        self.export_path_chooser: Callable[[], Path | None] = self._choose_export_path
        site = services.site()
        self.comment_button = QPushButton(self.tr("Review comment\u2026"))
        self.comment_button.setToolTip(self.tr("Comment on the selected record for the country (GMG hub)"))
        self.comment_button.setVisible(bool(site and site.kind is SiteKind.HUB))
        self.comment_button.clicked.connect(self.comment_selected)
        self.without_personal_data = QCheckBox(self.tr("Without personal data"))
        self.without_personal_data.setChecked(True)
        self.without_personal_data.setToolTip(self.tr("Leave out names, e-mail addresses, phone numbers and "
                                                      "references to people"))
        from mainstream_desktop.reports.record_tables import reveals_personal_data

        self.without_personal_data.setVisible(any(reveals_personal_data(f) for f in spec.fields))
        self.read_only = False
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setObjectName("readOnlyNote")
        self.read_only_label.setVisible(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.comment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.without_personal_data)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        self.rows = self._services.records.rows(self._code, self.spec)
        labels = {f.code_list: {c.code: c.label for c in self._services.reference.choices(f.code_list)}
                  for f in self.columns if f.kind is FieldKind.CODE}
        if any(f.kind is FieldKind.EVIDENCE for f in self.columns):
            labels["evidence"] = {c.code: c.label for c in self._services.records.evidence_choices(self._code)}
        labels.update({f"record:{f.name}": {c.code: c.label for c in self._services.records.choices(
            self._code, f.references)} for f in self.columns if f.kind is FieldKind.RECORD})
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, spec_field in enumerate(self.columns):
                value = row.values.get(spec_field.name)
                lookup = labels.get(f"record:{spec_field.name}") if spec_field.kind is FieldKind.RECORD else \
                    labels.get("evidence") if spec_field.kind is FieldKind.EVIDENCE else \
                    labels.get(spec_field.code_list, {})
                text = (lookup or {}).get(str(value), "" if value is None else str(value))
                if spec_field.kind in (FieldKind.NUMBER, FieldKind.DECIMAL) and isinstance(value, (int, float)):
                    text = number_text(spec_field, value)
                if spec_field.kind is FieldKind.DATE and isinstance(value, date):
                    text = date_text(value)
                if spec_field.kind is FieldKind.DOCUMENT:
                    text = self.tr("attached") if value else ""
                if spec_field.kind is FieldKind.BOOLEAN:
                    text = self.tr("yes") if value else self.tr("no")
                item = QTableWidgetItem(_elided(text) if spec_field.kind is FieldKind.LONG_TEXT else text)
                if spec_field.kind is FieldKind.LONG_TEXT:
                    item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        has_rows = bool(self.rows)
        read_only = self._services.records.read_only_problem(self._code, self.spec)
        self.read_only = read_only is not None
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(has_rows and not self.read_only)
        self.delete_button.setEnabled(has_rows and not self.read_only)
        self.history_button.setEnabled(has_rows)
        self.read_only_label.setVisible(self.read_only)
        if read_only is not None:
            self.read_only_label.setText(problem_text(read_only))

    def selected_row(self) -> RecordRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not self.read_only:
            self._open(row)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self._services.records.delete(self._code, self.spec, row.id)
        except MainstreamError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def history_of_selected(self) -> None:
        """The selected record's history (its change log, newest first), with the audit export."""
        from mainstream_desktop.ui.dialogs.record_history import RecordHistoryDialog

        row = self.selected_row()
        if row is None or self._tasks is None:
            return
        names = [f.name for f in self.columns]
        shown = self.table.item(self.table.currentRow(), names.index(self.spec.label_field)) \
            if self.spec.label_field in names else None
        title = shown.text() if shown is not None else str(row.values.get(self.spec.label_field) or "")
        dialog = RecordHistoryDialog(self._services, self._tasks, self._code, row.id, model_of(self.spec).__tablename__,
                                     _elided(title, 60), self)
        self.open_dialog(dialog)

    def comment_selected(self) -> None:
        """The hub's review comment on the selected record (shown in the country's review desk)."""
        from mainstream_desktop.core.review import CommentForm
        from mainstream_desktop.ui.widgets.review_desk import TextDialog

        row = self.selected_row()
        if row is None:
            return
        dialog = TextDialog(self.tr("Review comment"), self.tr("Comment"), self, new_comment=True, step=self.spec.step)
        if self.open_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        form = CommentForm(dialog.step.currentData(), dialog.text.toPlainText(), dialog.severity.currentData(),
                           target_type=model_of(self.spec).__tablename__, target_id=row.id)
        try:
            self._services.review.add_comment(self._code, form)
        except MainstreamError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    def export(self) -> None:
        """The table as shown (its rows in their order) to .xlsx or .csv, written atomically."""
        from mainstream_desktop.reports.record_tables import record_table
        from mainstream_desktop.reports.spreadsheet import write_table

        path = self.export_path_chooser()
        if path is None:
            return
        include_personal = not (self.without_personal_data.isVisible() and self.without_personal_data.isChecked())
        translate = _translate_records
        try:
            table = record_table(self._services, self._code, self.spec, include_personal=include_personal,
                                 row_ids=[row.id for row in self.rows], translate=translate)
            write_table(path, table, translate=translate)
        except MainstreamError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), error_text(exc))

    def _choose_export_path(self) -> Path | None:
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the table"), f"{self._code}-{self.spec.key}.xlsx",
                                                   f"{xlsx};;{csv}")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv" if chosen == csv else ".xlsx")

    def _open(self, row: RecordRow | None) -> None:
        dialog = RecordDialog(self._services, self._code, self.spec, row, self, self._tasks)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
