"""Words and colours for step states, shared by every view that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from mainstream_desktop.enums import StepStatus


def status_text(status: StepStatus) -> str:
    words = {
        StepStatus.NOT_STARTED: QCoreApplication.translate("status", "Not started"),
        StepStatus.IN_PROGRESS: QCoreApplication.translate("status", "In progress"),
        StepStatus.SUBMITTED: QCoreApplication.translate("status", "Submitted"),
        StepStatus.CHANGES_REQUESTED: QCoreApplication.translate("status", "Changes requested"),
        StepStatus.APPROVED: QCoreApplication.translate("status", "Approved"),
    }
    return words[status]


def status_colour(status: StepStatus, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The status's colour, readable on the palette's ``role`` (a label's window, a list's base)."""
    from mainstream_desktop.ui.palette_colours import readable

    colours = {
        StepStatus.NOT_STARTED: QColor("#8a8f98"),
        StepStatus.IN_PROGRESS: QColor("#1f6fb2"),
        StepStatus.SUBMITTED: QColor("#7a4fb5"),
        StepStatus.CHANGES_REQUESTED: QColor("#c0561a"),
        StepStatus.APPROVED: QColor("#2e7d32"),
    }
    return readable(colours[status], role)
