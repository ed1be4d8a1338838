"""The problems panel of the migration profile: every validation problem of the observations,
errors first, with the warnings' acknowledgements; a warning can be acknowledged with a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.observation_rules import ProfileProblem
from mainstream_desktop.enums import Severity
from mainstream_desktop.ui.core_texts import error_text, message_text

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


class ProblemsPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, workspace_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._code = services, workspace_code
        self.problems: list[ProfileProblem] = []
        self.ask_note = self._ask_note
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.list = QListWidget()
        self.list.setObjectName("problemsList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Validation problems"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge with a note\u2026"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.reload()

    def reload(self) -> None:
        self.problems = sorted(self._services.observations.problems(self._code),
                               key=lambda p: (p.severity is not Severity.ERROR, not p.is_open, p.rule))
        style = self.style()
        icons = {Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        done = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.list.clear()
        for problem in self.problems:
            text = message_text(problem.message)
            if problem.acknowledged_note:
                text += "\n" + self.tr("Acknowledged: {note}").format(note=problem.acknowledged_note)
            item = QListWidgetItem(icons[problem.severity] if problem.is_open else done, text)
            item.setData(Qt.ItemDataRole.UserRole, problem.subject_key)
            self.list.addItem(item)
        open_count = sum(1 for p in self.problems if p.is_open)
        self.heading.setText(self.tr("Problems: {open} open of {total}").format(
            open=open_count, total=len(self.problems)) if self.problems else self.tr("No problems found"))
        self.acknowledge_button.setEnabled(any(p.severity is Severity.WARNING for p in self.problems))

    def acknowledge_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.problems):
            return
        problem = self.problems[row]
        if problem.severity is Severity.ERROR:
            QMessageBox.information(self, self.tr("Correct the error"),
                                    self.tr("Errors must be corrected in the table, not acknowledged."))
            return
        note = self.ask_note(problem)
        if note is None:
            return
        try:
            self._services.observations.acknowledge(self._code, problem, note)
        except MainstreamError as exc:
            QMessageBox.warning(self, self.tr("Not acknowledged"), error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def _ask_note(self, problem: ProfileProblem) -> str | None:
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Acknowledge a warning"), message_text(problem.message),
                                                 problem.acknowledged_note)
        return note if ok else None
