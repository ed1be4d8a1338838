"""The page for one step: its title, status and completeness, the checklist of what is still
missing, the handbook's guidance, and the button that opens the step's wizard (only for steps
whose wizard exists: a button that does nothing would be worse than none).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.dto import StepProgress
from mainstream_desktop.core.steps import step as step_info
from mainstream_desktop.ui.core_texts import message_text, translate_core
from mainstream_desktop.ui.guidance import step_guidance, step_title
from mainstream_desktop.ui.status_texts import status_colour, status_text


class StepPage(QWidget):
    open_wizard_requested = Signal(int)

    def __init__(self, steps_with_wizard: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps_with_wizard = steps_with_wizard
        self._step: int | None = None
        self.title = QLabel()
        self.title.setObjectName("stepTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("stepStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMinimumWidth(200)
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName(self.tr("Completeness"))
        self.open_button = QPushButton(self.tr("Open the wizard\u2026"))
        self.open_button.setObjectName("openWizardButton")
        self.open_button.clicked.connect(self._request_wizard)
        self.checklist_heading = QLabel()
        self.checklist_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.checklist = QListWidget()
        self.checklist.setObjectName("missingChecklist")
        self.checklist.setAccessibleName(self.tr("What is still missing"))
        self.checklist.setWordWrap(True)
        self.guidance_heading = QLabel(self.tr("Guidance from the handbook"))
        self.guidance_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.progress)
        status_row.addStretch(1)
        status_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(status_row)
        layout.addWidget(self.checklist_heading)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.guidance_heading)
        layout.addWidget(self.guidance)

    def show_step(self, step: StepProgress) -> None:
        self._step = step.number
        self.title.setText(self.tr("Step {number}: {title}").format(
            number=step.number, title=step_title(step.number, step.title)))
        self.summary.setText(translate_core(step_info(step.number).summary))
        self.status.setText(status_text(step.status))
        self.status.setStyleSheet(f"color: {status_colour(step.status).name()}; font-weight: 600;")  # readable
        self.progress.setValue(step.completeness)
        self.progress.setFormat(self.tr("%p% complete"))
        self.open_button.setVisible(step.number in self._steps_with_wizard)
        self.checklist.clear()
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if step.missing:
            self.checklist_heading.setText(self.tr("Still missing ({count})").format(count=len(step.missing)))
            for message in step.missing:
                self.checklist.addItem(QListWidgetItem(warning_icon, message_text(message)))
        else:
            self.checklist_heading.setText(self.tr("Nothing is missing"))
            done_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.checklist.addItem(QListWidgetItem(done_icon, self.tr("Every check of this step passes.")))
        self.guidance.setText(step_guidance(step.number))

    def _request_wizard(self) -> None:
        if self._step is not None:
            self.open_wizard_requested.emit(self._step)
