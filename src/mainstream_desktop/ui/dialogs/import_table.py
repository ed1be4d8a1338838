"""Importing a statistics table into step 1: choose the file (and, if wanted, its layout), see
what would be added, updated, left unchanged and rejected (with each reason) before anything
is written, then import it as one unit of work. Reading, previewing and writing all run off the
GUI thread with a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.imports.apply import ImportReport
    from mainstream_desktop.core.services import Services

FORMATS = ("", "undesa", "wdi", "unhcr", "ilostat", "template")
ChooseFile = Callable[[QWidget], Path | None]


def choose_table_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QDialog.tr("Choose a statistics table"), "",
        QDialog.tr("Tables (*.xlsx *.xls *.csv);;All files (*)"))
    return Path(name) if name else None


class ImportTableDialog(QDialog):
    imported = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None, choose_file: ChooseFile = choose_table_file) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._choose_file = choose_file
        self._country = services.workspaces.get_form(workspace_code).country_iso3
        self.parsed: Any = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a statistics table into {code}").format(code=workspace_code))
        self.resize(820, 560)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file\u2026"))
        browse.clicked.connect(self.browse)
        self.format = QComboBox()
        labels = (self.tr("Detect automatically"), self.tr("UN DESA migrant stock or flows"),
                  self.tr("World Bank WDI download"), self.tr("UNHCR population statistics"),
                  self.tr("ILOSTAT CSV"), self.tr("Mainstream Desktop template"))
        for code, label in zip(FORMATS, labels, strict=True):
            self.format.addItem(label, code)
        self.format.currentIndexChanged.connect(self.preview)
        self.mapping_button = QPushButton(self.tr("Map columns\u2026"))
        self.mapping_button.setToolTip(self.tr("For a spreadsheet of your own: say which column holds what."))
        self.mapping_button.setEnabled(False)
        self.mapping_button.clicked.connect(self.map_columns)
        self.column_map: dict[str, str] | None = None
        self.ask_mapping = self._ask_mapping
        self.template_button = QPushButton(self.tr("Save an empty template\u2026"))
        self.template_button.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        file_row.addWidget(self.mapping_button)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Layout"), self.format)
        self.summary = QLabel(self.tr("Choose a file: nothing is written until you press Import."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rejections = QTableWidget(0, 2)
        self.rejections.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Why it was rejected")])
        self.rejections.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.template_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejections, 1)
        layout.addLayout(bottom)
        self.template_chooser = self._choose_template_path

    def browse(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.path_edit.setText(str(path))
            self.column_map = None
            self.mapping_button.setEnabled(True)
            self.preview()

    def _path(self) -> Path | None:
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    def preview(self) -> None:
        path = self._path()
        if path is None:
            return
        from mainstream_desktop.core.imports.detect import read_table
        from mainstream_desktop.core.imports.readers.template import read_template

        chosen, country, code, imports = self.format.currentData() or None, self._country, self._code, \
            self._services.table_imports
        column_map = self.column_map
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name}\u2026").format(name=path.name))

        def work(_progress: Any, _cancelled: Any) -> tuple[Any, Any]:
            if column_map is not None:
                parsed = read_template(path, country, column_map)
            else:
                parsed = read_table(path, chosen, default_country=country)
            return parsed, imports.preview(code, parsed)

        self._tasks.run(work, parent=self, title=self.tr("Reading the table"), on_success=self._previewed,
                        on_error=self._failed, cancellable=False)

    def _previewed(self, result: tuple[Any, ImportReport]) -> None:
        self.parsed, report = result
        self._show(report, self.tr("Preview of {name} ({source}): nothing has been written yet.").format(
            name=self._path().name if self._path() else "", source=report.source_name))
        counts = report.counts
        self.import_button.setEnabled(counts.added + counts.updated > 0)

    def _show(self, report: ImportReport, headline: str) -> None:
        self.report = report
        counts = report.counts
        lines = [headline, self.tr("{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected.")
                 .format(added=counts.added, updated=counts.updated, unchanged=counts.unchanged,
                         rejected=counts.rejected)]
        if report.applied:
            lines[1] = self.tr("{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
                added=counts.added, updated=counts.updated, unchanged=counts.unchanged, rejected=counts.rejected)
        if counts.other_countries:
            lines.append(self.tr("{count} rows concern other countries and are left out.").format(
                count=counts.other_countries))
        if not report.applied and counts.added + counts.updated == 0:
            lines.append(self.tr("Nothing to import: this workspace already holds every row of the file."))
        self.summary.setText("\n".join(lines))
        self.rejections.setRowCount(len(report.rejected))
        for row, rejection in enumerate(report.rejected):
            self.rejections.setItem(row, 0, QTableWidgetItem(rejection.origin))
            self.rejections.setItem(row, 1, QTableWidgetItem(rejection.reason))

    def _failed(self, exc: BaseException) -> None:
        from mainstream_desktop.core.imports.errors import UnrecognisedLayout

        self.parsed = None
        self.import_button.setEnabled(False)
        hint = ("\n" + self.tr("For a spreadsheet of your own, press \u201cMap columns\u2026\u201d and say which "
                               "column holds what.")) if isinstance(exc, UnrecognisedLayout) else ""
        self.summary.setText(error_text(exc) + hint)

    def apply(self) -> None:
        if self.parsed is None:
            return
        parsed, code, imports = self.parsed, self._code, self._services.table_imports
        self.import_button.setEnabled(False)
        self._tasks.run(lambda progress, _cancelled: imports.apply(code, parsed, progress), parent=self,
                        title=self.tr("Importing"), on_success=self._applied, on_error=self._failed,
                        cancellable=False)

    def _applied(self, report: ImportReport) -> None:
        self._show(report, self.tr("Imported from {source}.").format(source=report.source_name))
        self.parsed = None
        self.imported.emit(report)

    def map_columns(self) -> None:
        path = self._path()
        if path is None:
            return
        from mainstream_desktop.core.imports.readers.template import COLUMNS, file_columns, suggested_mapping

        def read_columns(_progress: Any, _cancelled: Any) -> tuple[list[str], dict[str, str]]:
            columns = file_columns(path)
            return columns, suggested_mapping(columns)

        def chosen(result: tuple[list[str], dict[str, str]]) -> None:
            columns, proposed = result
            targets = [(column.name, column.header, column.required) for column in COLUMNS]
            mapping = self.ask_mapping(columns, targets, {**proposed, **(self.column_map or {})})
            if mapping is not None:
                self.column_map = mapping
                self.format.blockSignals(True)
                self.format.setCurrentIndex(self.format.findData("template"))
                self.format.blockSignals(False)
                self.preview()

        self._tasks.run(read_columns, parent=self, title=self.tr("Reading the columns"), on_success=chosen,
                        on_error=self._failed, cancellable=False)

    def _ask_mapping(self, columns: list[str], targets: list[tuple[str, str, bool]],
                     proposed: dict[str, str]) -> dict[str, str] | None:
        from mainstream_desktop.ui.dialogs.column_mapping import ColumnMappingDialog

        dialog = ColumnMappingDialog(columns, targets, proposed, self)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_template(self) -> None:
        path = self.template_chooser()
        if path is None:
            return
        from mainstream_desktop.core.imports.readers.template import write_template

        try:
            write_template(path)
        except OSError as exc:
            self.summary.setText(error_text(exc))
            return
        self.summary.setText(self.tr("Template saved: {path}").format(path=path))

    def _choose_template_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), "observations-template.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        return Path(name) if name else None
