"""The list of handbook steps 0-7 on the left of the main window, each with its status and a
completeness bar. Selecting a step emits ``step_selected``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from mainstream_desktop.core.dto import StepProgress
from mainstream_desktop.core.number_format import format_percent_points
from mainstream_desktop.ui.guidance import step_title
from mainstream_desktop.ui.status_texts import status_colour, status_text

PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_STEP, COLUMN_STATUS, COLUMN_DONE = 0, 1, 2


class _ProgressDelegate(QStyledItemDelegate):
    """Draws the completeness column as a small progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 6, -4, -6))  # type: ignore[attr-defined]
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(percent)
        bar.text = format_percent_points(int(percent), "d")  # "57 %" in French, as the step page writes it
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 90), max(hint.height(), 30))


class StepNavigator(QTreeWidget):
    step_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Step"), self.tr("Status"), self.tr("Complete")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setItemDelegateForColumn(COLUMN_DONE, _ProgressDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_DONE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COLUMN_DONE, 84)
        self.setAccessibleName(self.tr("Handbook steps"))
        self.currentItemChanged.connect(self._emit_selection)

    def show_progress(self, progress: Sequence[StepProgress]) -> None:
        current = self.current_step()
        self.blockSignals(True)
        self.clear()
        for step in progress:
            item = QTreeWidgetItem([f"{step.number}  {step_title(step.number, step.title)}",
                                    status_text(step.status), ""])
            item.setData(COLUMN_STEP, Qt.ItemDataRole.UserRole, step.number)
            item.setData(COLUMN_DONE, PERCENT_ROLE, step.completeness)
            item.setForeground(COLUMN_STATUS, status_colour(step.status, QPalette.ColorRole.Base))
            item.setToolTip(COLUMN_STEP, self.tr("{percent}% complete, {missing} items missing").format(
                percent=step.completeness, missing=len(step.missing)))
            self.addTopLevelItem(item)
        self.blockSignals(False)
        if progress:
            self.select_step(current if current is not None else 0)

    def current_step(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(COLUMN_STEP, Qt.ItemDataRole.UserRole))

    def select_step(self, number: int) -> None:
        if not 0 <= number < self.topLevelItemCount():
            return
        item = self.topLevelItem(number)
        if self.currentItem() is item:
            self.step_selected.emit(number)
        else:
            self.setCurrentItem(item)  # emits through currentItemChanged

    def _emit_selection(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.step_selected.emit(int(item.data(COLUMN_STEP, Qt.ItemDataRole.UserRole)))
