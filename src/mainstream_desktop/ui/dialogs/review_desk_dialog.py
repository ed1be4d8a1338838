"""The review desk of the current workspace in its own window (the same desk is the last page
of the step 7 wizard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.review_desk import ReviewDesk

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


class ReviewDeskDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review desk \u2014 {code}").format(code=workspace_code))
        self.desk = ReviewDesk(services, tasks, workspace_code, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.desk)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.desk.refresh()
