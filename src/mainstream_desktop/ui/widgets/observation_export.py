""""Export…" of the observation table: exactly the rows the current filters show (all of them,
not only the pages loaded so far), in the view's order, to an Excel workbook or a CSV file with
the same typed cells and labels as the workspace workbook (``reports.observation_export`` and
``reports.spreadsheet``). Written on the worker thread with progress and cancel; a message then
says where the file is, or why nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskCancelled, TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.ui.item_models.observation_table_model import ObservationTableModel


class ObservationExporter(QObject):
    """Exports what ``model`` shows; ``choose_path`` and ``show_message`` can be replaced (tests)."""

    finished = Signal(str)  # the message shown to the user

    def __init__(self, services: Services, workspace_code: str, model: ObservationTableModel, tasks: TaskRunner,
                 parent: QWidget) -> None:
        super().__init__(parent)
        from mainstream_desktop.ui.dialogs.workbook_export import choose_save_path, documents_folder

        self._services, self._code, self._model, self._tasks, self._parent = \
            services, workspace_code, model, tasks, parent
        self.choose_path: Callable[[], Path | None] = lambda: choose_save_path(
            parent, str(documents_folder() / f"{workspace_code}-observations.xlsx"), "table")
        self.show_message: Callable[[QMessageBox.Icon, str, str], None] = self._message_box
        self.busy = False

    def export(self) -> None:
        if self.busy:
            return
        path = self.choose_path()
        if path is None:
            return
        from mainstream_desktop.reports.observation_export import observation_table
        from mainstream_desktop.reports.spreadsheet import write_table
        from mainstream_desktop.ui.dialogs.workbook_export import translate_export

        services, code = self._services, self._code
        filters, sort = self._model.current_filter(), self._model.current_sort()
        rows_written = self.tr("{done} of {total} rows")

        def work(progress: Any, cancelled: Any) -> tuple[Path, int]:
            def report(done: int, total: int, _label: str) -> None:
                if cancelled():
                    raise TaskCancelled()
                progress(done, total, rows_written.format(done=done, total=total))

            table = observation_table(services, code, filters, sort, translate=translate_export)
            return path, write_table(path, table, translate=translate_export, progress=report)

        self.busy = True
        self._tasks.run(work, parent=self._parent, title=self.tr("Exporting the observations"),
                        on_success=self._written, on_error=self._failed, cancellable=True)

    def _written(self, result: tuple[Path, int]) -> None:
        self.busy = False
        path, rows = result
        self._tell(QMessageBox.Icon.Information, self.tr("Exported"),
                   self.tr("{rows} observations (the rows the filters show) written to\n{path}").format(
                       rows=rows, path=path))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, TaskCancelled):
            self._tell(QMessageBox.Icon.Information, self.tr("Not exported"),
                       self.tr("Cancelled: no file was written."))
            return
        self._tell(QMessageBox.Icon.Warning, self.tr("Not exported"), error_text(exc))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.show_message(icon, title, text)
        self.finished.emit(text)

    def _message_box(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
