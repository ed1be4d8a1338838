"""A narrative text block of the profile (part A-D, one section) with its "done" mark, saved by
itself a second after the typing stops, so nothing typed is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.dto import Narrative
from mainstream_desktop.enums import ProfilePart
from mainstream_desktop.ui.core_texts import error_text

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

SAVE_DELAY_MS = 1000


class NarrativeEditor(QWidget):
    saved = Signal()

    def __init__(self, services: Services, workspace_code: str, part: ProfilePart, section: str,
                 heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._code, self._part, self._section = services, workspace_code, part, section
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What the numbers say, in a few sentences\u2026"))
        self.text.setAccessibleName(heading)
        self.done = QCheckBox(self.tr("This section is done"))
        self.state = QLabel()
        self.state.setObjectName("narrativeState")
        current = services.narratives.get(workspace_code, part, section)
        self.text.setPlainText(current.text)
        self.done.setChecked(current.done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.text.textChanged.connect(self._changed)
        self.done.toggled.connect(self._changed)
        title = QLabel(heading)
        title.setStyleSheet("font-weight: 600;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.done)
        bottom.addStretch(1)
        bottom.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)

    def _changed(self) -> None:
        self.state.setText(self.tr("Unsaved changes"))
        self._timer.start()

    def has_pending_changes(self) -> bool:
        return self._timer.isActive()

    def save(self) -> None:
        self._timer.stop()
        try:
            self._services.narratives.save(self._code, Narrative(
                self._part, self._section, self.text.toPlainText(), self.done.isChecked()))
        except MainstreamError as exc:
            self.state.setText(error_text(exc))
            return
        self.state.setText(self.tr("Saved"))
        self.saved.emit()
