"""The hub's cross-country records in one window: the peer exchanges (learning missions between
countries) and the handbook change proposals with the lessons behind each. They belong to no
one workspace, so they stay at the hub (bundles carry one workspace each)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from mainstream_desktop.core.review_specs import PEER_EXCHANGES, PROPOSAL_LESSONS, PROPOSALS
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.record_editor import RecordEditor

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


class HubRecordsDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, workspace_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Peer exchanges and handbook proposals"))
        note = QLabel(self.tr("Records of the whole pilot portfolio, kept at this site: the learning missions "
                              "between countries, and the changes to the handbook proposed from the lessons."))
        note.setWordWrap(True)
        self.exchanges = RecordEditor(services, workspace_code, PEER_EXCHANGES, tasks=tasks)
        self.proposals = RecordEditor(services, workspace_code, PROPOSALS, tasks=tasks)
        self.sources = RecordEditor(services, workspace_code, PROPOSAL_LESSONS, tasks=tasks)
        self.proposals.changed.connect(self.sources.reload)
        proposals_page = QWidget()
        proposals_layout = QVBoxLayout(proposals_page)
        proposals_layout.addWidget(self.proposals, 1)
        proposals_layout.addWidget(QLabel(self.tr("Lessons behind each proposal")))
        proposals_layout.addWidget(self.sources, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.exchanges, self.tr("Peer exchanges"))
        self.tabs.addTab(proposals_page, self.tr("Handbook proposals"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(1000, 640)
