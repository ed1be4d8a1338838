"""A chart from ``reports.charts`` in the window: drawn off the GUI thread, shown on a
matplotlib Qt canvas, with Save as PNG or SVG, Copy to the clipboard, and Export of the data
behind it (CSV in UTF-8 with BOM, or Excel). matplotlib and pandas load on first use.

The charts come from the chart catalogue of one workspace, or from a caller's own ``titles`` and
``draw`` (the portfolio draws from data it has already read).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.ui.core_texts import error_text
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


MIN_CHART_HEIGHT = 300
POINTS_PER_INCH = 72
Draw = Callable[[str], tuple[Any, Any]]  # key -> (ChartData, Figure), called on the worker thread


def translate_chart(text: str) -> str:
    return QCoreApplication.translate("charts", text)


class ChartPanel(QWidget):
    """Shows one of ``keys`` (all profile charts by default) for a workspace."""

    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 keys: tuple[str, ...] | None = None, parent: QWidget | None = None, *,
                 titles: dict[str, str] | None = None, draw: Draw | None = None) -> None:
        super().__init__(parent)
        from mainstream_desktop.reports.chart_catalogue import chart_titles

        self._services, self._tasks, self._code = services, tasks, workspace_code
        self._draw = draw
        titles = titles or chart_titles()
        self._charts = [(key, titles[key]) for key in (keys or tuple(titles))]
        self.data: Any = None
        self.figure: Any = None
        self._canvas: QWidget | None = None
        self._scroll: QScrollArea | None = None
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Chart"))
        for key, title in self._charts:
            self.choice.addItem(translate_chart(title), key)
        self.choice.setVisible(len(self._charts) > 1)
        self.choice.currentIndexChanged.connect(self.refresh)
        self.save_button = QPushButton(self.tr("Save as\u2026"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.export_button = QPushButton(self.tr("Export data\u2026"))
        self.save_button.clicked.connect(self.save_as)
        self.copy_button.clicked.connect(self.copy_image)
        self.export_button.clicked.connect(self.export_data)
        self.status = QLabel(self.tr("Drawing\u2026"))
        bar = QHBoxLayout()
        bar.addWidget(self.choice)
        bar.addStretch(1)
        for button in (self.save_button, self.copy_button, self.export_button):
            bar.addWidget(button)
            button.setEnabled(False)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.status, 1)
        self.save_path_chooser = self._choose_save_path
        self.export_path_chooser = self._choose_export_path

    def current_key(self) -> str:
        return str(self.choice.currentData())

    def refresh(self) -> None:
        from mainstream_desktop.reports.chart_catalogue import draw_chart

        key, code, uow, draw = self.current_key(), self._code, self._services.uow, self._draw
        for button in (self.save_button, self.copy_button, self.export_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Drawing\u2026"))
        from mainstream_desktop.reports.chart_text import shape_chart
        from mainstream_desktop.ui.locale_format import chart_number

        # numbers in the user's format, Arabic joined and in reading order (chart_text)
        work = (lambda _p, _c: shape_chart(draw(key), chart_number)) if draw else (
            lambda _p, _c: shape_chart(draw_chart(uow, code, key, translate_chart), chart_number))
        self._tasks.run(work, parent=self,
                        title=self.tr("Drawing the chart"), on_success=self._show, on_error=self._failed,
                        show_progress=False)

    def _is_gone(self) -> bool:
        """The panel's window may close while its chart is still being drawn."""
        from shiboken6 import isValid

        return not (isValid(self) and isValid(self._layout))

    def _show(self, result: tuple[Any, Any]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._is_gone():
            return
        self.data, self.figure = result
        if self._scroll is not None:
            self._layout.removeWidget(self._scroll)
            self._scroll.deleteLater()
        self._canvas = FigureCanvasQTAgg(self.figure)
        # A tall figure (small multiples, long Gantt charts) keeps a readable height and scrolls.
        self._canvas.setMinimumHeight(max(MIN_CHART_HEIGHT, int(self.figure.get_size_inches()[1] * POINTS_PER_INCH)))
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._canvas)
        self._layout.addWidget(self._scroll, 1)
        self.status.hide()
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)
        self.export_button.setEnabled(not self.data.frame.empty)

    def _failed(self, exc: BaseException) -> None:
        if self._is_gone():
            return
        self.status.setText(error_text(exc))
        self.status.show()

    def save_as(self) -> None:
        path = self.save_path_chooser()
        if path is None or self.figure is None:
            return
        self._write_safely(path, lambda target: self.figure.savefig(target, format=path.suffix.lstrip(".") or "png"))

    def copy_image(self) -> None:
        if self._canvas is None:
            return
        self._canvas.draw()  # type: ignore[attr-defined]
        image = QImage(self._canvas.grab().toImage())
        QGuiApplication.clipboard().setImage(image)

    def export_data(self) -> None:
        path = self.export_path_chooser()
        if path is None or self.data is None:
            return
        frame = self.data.frame
        if path.suffix.lower() == ".xlsx":
            self._write_safely(path, lambda target: frame.to_excel(target, index=False, engine="openpyxl"))
        else:
            self._write_safely(path, lambda target: frame.to_csv(target, index=False, encoding="utf-8-sig"))

    def _write_safely(self, path: Path, write: Any) -> None:
        """Write to a temporary name first, so a failure never leaves a partial file."""
        partial = path.with_name(path.name + ".partial")
        try:
            with partial.open("wb") as handle:
                write(handle)
            partial.replace(path)
        except (OSError, ValueError) as exc:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    def _choose_save_path(self) -> Path | None:
        return self._choose_path(self.tr("Save the chart"), ".png", (
            (self.tr("PNG image (*.png)"), ".png"), (self.tr("SVG drawing (*.svg)"), ".svg")))

    def _choose_export_path(self) -> Path | None:
        return self._choose_path(self.tr("Export the chart's data"), ".csv", (
            (self.tr("CSV, UTF-8 (*.csv)"), ".csv"), (self.tr("Excel workbook (*.xlsx)"), ".xlsx")))

    def _choose_path(self, title: str, default_suffix: str, filters: tuple[tuple[str, str], ...]) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(self, title, self.current_key() + default_suffix,
                                                   ";;".join(label for label, _suffix in filters))
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(next((suffix for label, suffix in filters if label == chosen), default_suffix))
        return path
