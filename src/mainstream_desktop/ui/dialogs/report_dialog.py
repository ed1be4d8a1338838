"""Writing a PDF report from the window (Reports › Country report / Lessons-learned report): the
workspace (the current one preselected), the language, "Without personal data" (ticked by
default) and the file to write. The report is built on the worker thread with a progress dialog
that names each section and can cancel; when it is written the PDF opens in the system viewer and
the dialog says where it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl, Signal
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

ChooseFile = Callable[[QWidget, str], Path | None]
OpenFile = Callable[[Path], None]
ConfirmReplace = Callable[[QWidget, Path], bool]
Warn = Callable[[QWidget, str, str], None]
LANGUAGES = (("en", "English"), ("fr", "Fran\u00e7ais"), ("es", "Espa\u00f1ol"), ("ru", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
             ("ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"))
"""The report languages, each named in itself."""


def choose_pdf_file(parent: QWidget, proposed: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, QDialog.tr("Write the report to"), proposed,
                                                QDialog.tr("PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def confirm_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(parent, QDialog.tr("Replace the file?"), QDialog.tr(
        "{name} exists already in this folder. Replace it?").format(name=path.name))
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class ReportDialog(QDialog):
    """What both report dialogs share: language, file, the worker-thread build, the outcome."""

    written = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None, *,
                 choose_file: ChooseFile = choose_pdf_file, open_file: OpenFile = open_in_viewer,
                 confirm: ConfirmReplace = confirm_replace, warn_user: Warn = warn) -> None:
        super().__init__(parent)
        self._services, self._tasks = services, tasks
        self._choose_file, self._open_file, self._confirm, self._warn = choose_file, open_file, confirm, warn_user
        self.result_path: Path | None = None
        self._chosen_by_user = False
        self.resize(640, 230)
        self.form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        ui_language = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language)))
        self.language.currentIndexChanged.connect(self._propose_file)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("reportFile")
        self.file_edit.setAccessibleName(self.tr("File"))
        self.file_edit.textEdited.connect(self._file_edited)
        self.file_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Choose\u2026"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self._file_row = file_row
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("Write the report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setObjectName("writeReport")
        self.write_button.clicked.connect(self.write)
        self.folder_button = self.buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, after_language: tuple[QWidget, ...] = ()) -> None:
        self.form.addRow(self.tr("Language"), self.language)
        for widget in after_language:
            self.form.addRow("", widget)
        self.form.addRow(self.tr("File"), self._file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self._propose_file()

    # -- the file ---------------------------------------------------------------------------
    def proposed_name(self) -> str:  # each dialog names its report
        raise NotImplementedError

    def _propose_file(self) -> None:
        if self._chosen_by_user and self.file_edit.text().strip():
            return
        folder = Path(self.file_edit.text()).parent if self.file_edit.text().strip() else documents_folder()
        self.file_edit.setText(str(folder / self.proposed_name()))

    def _file_edited(self) -> None:
        self._chosen_by_user = True

    def browse(self) -> None:
        path = self._choose_file(self, self.file_edit.text())
        if path is not None:
            self._chosen_by_user = True
            self.file_edit.setText(str(path))

    def target(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self.target() is not None and not self._tasks.is_busy())

    # -- writing ----------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        """The choices of the form, read on the GUI thread before the work starts."""
        return {"language": str(self.language.currentData())}

    def build(self, out: Path, options: dict[str, Any], progress: Callable[[int, int, str], None],
              cancelled: Callable[[], bool]) -> Any:
        raise NotImplementedError

    def progress_title(self) -> str:
        raise NotImplementedError

    def write(self) -> None:
        out = self.target()
        if out is None:
            return
        if out.exists() and not self._confirm(self, out):
            return
        options = self.options()

        def work(progress: Any, cancelled: Any) -> Any:
            def report(done: int, total: int, label: str) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(done, total, label)

            return self.build(out, options, report, cancelled)

        self.write_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.summary.setText(self.tr("Writing {name}\u2026").format(name=out.name))
        self._tasks.run(work, parent=self, title=self.progress_title(), on_success=self._written,
                        on_error=self._failed, cancellable=True)

    def _written(self, result: Any) -> None:
        self.result_path = Path(result.path)
        self.summary.setText(self.tr("The report is written: {path}\n{pages} pages. It opens in your PDF viewer.")
                             .format(path=result.path, pages=result.pages))
        self.folder_button.setEnabled(True)
        self._update_buttons()
        self.written.emit(result)
        self._open_file(self.result_path)

    def _failed(self, exc: BaseException) -> None:
        from mainstream_desktop.reports.pdf_target import ReportCancelled

        self._update_buttons()
        if isinstance(exc, (TaskCancelled, ReportCancelled)):
            self.summary.setText(self.tr("Cancelled: no file was written."))
            return
        reason = error_text(exc)
        self.summary.setText(self.tr("The report was not written: {reason}").format(reason=reason))
        self._warn(self, self.tr("The report was not written"), reason)

    def _show_folder(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))


class CountryReportDialog(ReportDialog):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str | None,
                 parent: QWidget | None = None, **hooks: Any) -> None:
        super().__init__(services, tasks, parent, **hooks)
        self.setObjectName("countryReportDialog")
        self.setWindowTitle(self.tr("Country report (PDF)"))
        self.workspace = QComboBox()
        self.workspace.setObjectName("reportWorkspace")
        for summary in services.workspaces.list_workspaces():
            self.workspace.addItem(summary.display_name, summary.code)
        if workspace_code:
            self.workspace.setCurrentIndex(max(0, self.workspace.findData(workspace_code)))
        self.workspace.currentIndexChanged.connect(self._propose_file)
        self.without_personal = QCheckBox(self.tr("Without personal data (names, e-mails, phones)"))
        self.without_personal.setObjectName("withoutPersonalData")
        self.without_personal.setChecked(True)
        self.form.addRow(self.tr("Workspace"), self.workspace)
        self._finish_layout(after_language=(self.without_personal,))
        self._update_buttons()

    def proposed_name(self) -> str:
        code = self.workspace.currentData() or "workspace"
        return f"{code}-country-report-{self.language.currentData()}.pdf"

    def progress_title(self) -> str:
        return self.tr("Writing the country report")

    def target(self) -> Path | None:
        return super().target() if self.workspace.currentData() else None

    def options(self) -> dict[str, Any]:
        return {**super().options(), "workspace": str(self.workspace.currentData()),
                "include_personal": not self.without_personal.isChecked()}

    def build(self, out: Path, options: dict[str, Any], progress: Callable[[int, int, str], None],
              cancelled: Callable[[], bool]) -> Any:
        from mainstream_desktop.reports.pdf_country import write_country_report

        return write_country_report(self._services, options["workspace"], out, language=options["language"],
                                    include_personal=options["include_personal"], progress=progress,
                                    cancelled=cancelled)


class LessonsReportDialog(ReportDialog):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None, **hooks: Any) -> None:
        super().__init__(services, tasks, parent, **hooks)
        self.setObjectName("lessonsReportDialog")
        self.setWindowTitle(self.tr("Lessons-learned report (PDF)"))
        note = QLabel(self.tr("The lessons of every workspace in this data folder, by theme and country, and the "
                              "handbook changes they call for."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self._finish_layout()
        self._update_buttons()

    def proposed_name(self) -> str:
        return f"lessons-learned-{self.language.currentData()}.pdf"

    def progress_title(self) -> str:
        return self.tr("Writing the lessons-learned report")

    def build(self, out: Path, options: dict[str, Any], progress: Callable[[int, int, str], None],
              cancelled: Callable[[], bool]) -> Any:
        from mainstream_desktop.reports.pdf_lessons import write_lessons_report

        return write_lessons_report(self._services, out, language=options["language"], progress=progress,
                                    cancelled=cancelled)
