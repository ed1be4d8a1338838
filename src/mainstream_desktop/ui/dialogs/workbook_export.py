"""Exporting a whole workspace from the Reports menu: to one Excel workbook (a sheet per table,
after an "About" sheet) or to CSV files in a zip. The dialog preselects the current workspace,
ticks "Without personal data", proposes a file name, writes on the worker thread with progress
and cancel, and then says where the file is (with a button to show the folder).

Also the small pieces the window's other exports share: the file chooser for one table (.xlsx
or .csv) and the translation of the texts ``reports`` marks for the export.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskCancelled, TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.reports.workspace_workbook import WorkspaceExport

XLSX, CSV = "xlsx", "csv"
ChoosePath = Callable[[QWidget, str, str], Path | None]
ConfirmReplace = Callable[[QWidget, Path], bool]


def translate_export(text: str) -> str:
    """Texts of the exports: the record tables' catalogue ("records"), else core's (the
    readiness criteria are core's texts)."""
    translated = QCoreApplication.translate("records", text)
    return translated if translated != text else QCoreApplication.translate("core", text)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def choose_save_path(parent: QWidget, proposed: str, kind: str) -> Path | None:
    """A save dialog for a workbook (``xlsx``), a zip of CSV files (``csv``), or either for one
    table (``table``); the extension follows the chosen filter when the name has none."""
    xlsx = QCoreApplication.translate("exports", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("exports", "CSV, UTF-8 (*.csv)")
    zipped = QCoreApplication.translate("exports", "CSV files in a zip (*.zip)")
    filters = {XLSX: [xlsx], CSV: [zipped], "table": [xlsx, csv]}[kind]
    title = QCoreApplication.translate("exports", "Export to")
    name, chosen = QFileDialog.getSaveFileName(parent, title, proposed, ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    if path.suffix:
        return path
    return path.with_suffix(".zip" if chosen == zipped else ".csv" if chosen == csv else ".xlsx")


def confirm_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("exports", "Replace the file?"),
                                  QCoreApplication.translate("exports", "{name} exists already. Replace it?").format(
                                      name=path.name))
    return answer == QMessageBox.StandardButton.Yes


class WorkbookExportDialog(QDialog):
    """Export a workspace to Excel (``kind`` "xlsx") or to CSV files in a zip ("csv")."""

    exported = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str, kind: str = XLSX,
                 parent: QWidget | None = None, choose_path: ChoosePath = choose_save_path,
                 confirm: ConfirmReplace = confirm_replace) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._kind = services, tasks, kind
        self._choose_path, self._confirm = choose_path, confirm
        self.result: WorkspaceExport | None = None
        self._chosen: Path | None = None  # the save dialog has already asked before replacing it
        self.setWindowTitle(self.tr("Export a workspace to Excel") if kind == XLSX else
                            self.tr("Export a workspace to CSV"))
        self.resize(640, 240)
        self.workspace = QComboBox()
        for summary in services.workspaces.list_workspaces():
            self.workspace.addItem(summary.display_name, summary.code)
        self.workspace.setCurrentIndex(max(0, self.workspace.findData(workspace_code)))
        self.without_personal_data = QCheckBox(self.tr("Without personal data"))
        self.without_personal_data.setChecked(True)
        self.without_personal_data.setToolTip(self.tr("Leave out names, e-mail addresses, phone numbers and "
                                                      "references to people"))
        self.path_edit = QLineEdit(str(documents_folder() / self._proposed_name()))
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Choose\u2026"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Workspace"), self.workspace)
        form.addRow("", self.without_personal_data)
        form.addRow(self.tr("File"), path_row)
        self.summary = QLabel(self._explanation())
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.show_button = self.buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self._show_folder)
        self.show_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.workspace.currentIndexChanged.connect(self._workspace_changed)
        self._update_buttons()

    # -- choices ----------------------------------------------------------------------------------
    def workspace_code(self) -> str:
        return str(self.workspace.currentData() or "")

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def browse(self) -> None:
        chosen = self._choose_path(self, self.path_edit.text(), self._kind)
        if chosen is not None:
            self._chosen = chosen
            self.path_edit.setText(str(chosen))

    def _proposed_name(self) -> str:
        extension = "xlsx" if self._kind == XLSX else "zip"
        return f"{self.workspace_code() or 'workspace'}-{date.today().isoformat()}.{extension}"

    def _workspace_changed(self) -> None:
        """Keep the chosen folder; propose the new workspace's name for the file."""
        current = self.target()
        folder = current.parent if current is not None else documents_folder()
        self.path_edit.setText(str(folder / self._proposed_name()))

    def _explanation(self) -> str:
        if self._kind == XLSX:
            return self.tr("One workbook: an \u201cAbout\u201d sheet (workspace, country, when and where it was "
                           "made, whether personal data is in), then one sheet per table that has rows, with "
                           "real numbers and dates, frozen headers and filters.")
        return self.tr("One CSV file per table (UTF-8, so Excel shows every alphabet), plus \u201c00 About.csv\u201d, "
                       "together in one zip file.")

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.workspace_code()) and self.target() is not None
                                      and not self._tasks.is_busy())

    # -- writing ----------------------------------------------------------------------------------
    def export(self) -> None:
        path, code = self.target(), self.workspace_code()
        if path is None or not code:
            return
        wanted = ".xlsx" if self._kind == XLSX else ".zip"
        if path.suffix.lower() != wanted:
            path = path.with_name(path.name + wanted)
            self.path_edit.setText(str(path))
        if path.exists() and path != self._chosen and not self._confirm(self, path):
            return
        from mainstream_desktop.reports.workspace_workbook import write_workspace_csv, write_workspace_xlsx

        write = write_workspace_xlsx if self._kind == XLSX else write_workspace_csv
        services, include_personal = self._services, not self.without_personal_data.isChecked()
        rows_written = self.tr("{done} of {total} rows")

        def work(progress: Any, cancelled: Any) -> WorkspaceExport:
            def report(done: int, total: int, label: str) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(done, total, f"{label}\n{rows_written.format(done=done, total=total)}")

            return write(services, code, path, include_personal=include_personal, translate=translate_export,
                         progress=report)

        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Writing {name}\u2026").format(name=path.name))
        self._tasks.run(work, parent=self, title=self.tr("Exporting {code}").format(code=code),
                        on_success=self._written, on_error=self._failed, cancellable=True)

    def _written(self, result: WorkspaceExport) -> None:
        self.result = result
        personal = self.tr("with personal data") if result.include_personal else \
            self.tr("without personal data")
        self.summary.setText("\n".join((
            self.tr("Written: {path}").format(path=result.path),
            self.tr("{code}: {tables} tables and {rows} rows, {personal}.").format(
                code=result.workspace, tables=len(result.sheets), rows=result.rows, personal=personal))))
        self.show_button.setEnabled(True)
        self._update_buttons()
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, TaskCancelled):
            self.summary.setText(self.tr("Cancelled: no file was written."))
            return
        self.summary.setText(self.tr("Nothing was written: {reason}").format(reason=error_text(exc)))

    def _show_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))
