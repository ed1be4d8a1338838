"""The Portfolio window (Reports › Portfolio…): the portfolio view of every workspace in the
data folder in a window of its own, with Close; it reads the portfolio as it opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.portfolio_view import PortfolioView

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


class PortfolioDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDialog")
        self.setWindowTitle(self.tr("Portfolio: all workspaces"))
        self.resize(1240, 800)
        self.view = PortfolioView(services, tasks, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.refresh()
