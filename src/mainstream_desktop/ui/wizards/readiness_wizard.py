"""The step 0 wizard: workspace details, then the readiness checklist, then where the step
stands. Each page saves when the user moves on; in between, the fields are autosaved as a draft
(debounced) so a crash or power cut loses nothing, and the draft is offered back next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mainstream_desktop.core.form_codec import (
    readiness_form_from_dict,
    readiness_form_to_dict,
    workspace_form_from_dict,
    workspace_form_to_dict,
)
from mainstream_desktop.ui.core_texts import message_text
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.wizards.readiness_page import ChooseFile, ReadinessPage
from mainstream_desktop.ui.wizards.workspace_page import WorkspacePage

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

AUTOSAVE_DELAY_MS = 700
AskResume = Callable[[QWidget, str], bool]


def ask_resume(parent: QWidget, saved_at: str) -> bool:
    answer = QMessageBox.question(
        parent, QWizard.tr("Unsaved draft found"),
        QWizard.tr("This wizard was left with unsaved changes ({when}). Resume them?").format(when=saved_at),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def choose_evidence_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, QWizard.tr("Choose an evidence file"))
    return Path(name) if name else None


def draft_key(code: str | None) -> str:
    return f"step0:{code or 'new'}"


class _SummaryPage(QWizardPage):
    def __init__(self, services: Services, code_provider: Callable[[], str | None]) -> None:
        super().__init__()
        self._services = services
        self._code_provider = code_provider
        self.setTitle(self.tr("Where step 0 stands"))
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("What is still missing"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(self.tr("Saved. What is still missing:")))
        layout.addWidget(self.missing, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        code = self._code_provider()
        if code is None:
            return
        step = self._services.status.workspace_progress(code)[0]
        self.headline.setText(self.tr("Workspace {code}: step 0 is {percent}% complete").format(
            code=code, percent=step.completeness))
        self.missing.clear()
        for message in step.missing:
            self.missing.addItem(message_text(message))
        if not step.missing:
            self.missing.addItem(self.tr("Nothing: the workspace is ready for step 1."))


class ReadinessWizard(QWizard):
    """Create a workspace (``code=None``) or edit an existing one's step 0."""

    def __init__(self, services: Services, tasks: TaskRunner, code: str | None = None,
                 parent: QWidget | None = None, *, choose_file: ChooseFile = choose_evidence_file,
                 resume: AskResume = ask_resume) -> None:
        super().__init__(parent)
        self.setObjectName("readinessWizard")
        self._services = services
        self._opened_key = draft_key(code)
        self.setWindowTitle(self.tr("Step 0: workspace and readiness"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.workspace_page = WorkspacePage(services, code)
        self.readiness_page = ReadinessPage(services, tasks, choose_file, self.saved_code)
        self.summary_page = _SummaryPage(services, self.saved_code)
        self.addPage(self.workspace_page)
        self.addPage(self.readiness_page)
        self.addPage(self.summary_page)
        self.resize(900, 640)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft)
        if code is not None:
            self.workspace_page.set_form(services.workspaces.get_form(code))
        self._offer_draft(resume)
        self.workspace_page.edited.connect(self._autosave.start)
        self.readiness_page.edited.connect(self._autosave.start)
        self.finished.connect(self._on_finished)

    def saved_code(self) -> str | None:
        return self.workspace_page.saved_code

    @property
    def _draft_key(self) -> str:
        """Drafts of a new workspace move to the workspace's own key once it is saved."""
        return draft_key(self.saved_code())

    def save_draft(self) -> None:
        self._autosave.stop()
        payload = {
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "page": self.currentId(),
            "workspace": workspace_form_to_dict(self.workspace_page.form()),
        }
        if self.saved_code() is not None:
            payload["readiness"] = readiness_form_to_dict(self.readiness_page.form())
        self._services.drafts.save(self._draft_key, payload)
        if self._draft_key != self._opened_key:
            self._services.drafts.discard(self._opened_key)

    def _offer_draft(self, resume: AskResume) -> None:
        draft = self._services.drafts.load(self._opened_key)
        if draft is None:
            return
        if not resume(self, str(draft.get("saved_at", ""))):
            self._services.drafts.discard(self._opened_key)
            return
        if isinstance(draft.get("workspace"), dict):
            form = workspace_form_from_dict(draft["workspace"])
            if self.saved_code() is not None:
                form = replace(form, code=self.saved_code() or form.code)
            self.workspace_page.set_form(form)
        if isinstance(draft.get("readiness"), dict):
            self.readiness_page.use_draft(readiness_form_from_dict(draft["readiness"]))

    def _on_finished(self, result: int) -> None:
        self._autosave.stop()
        if result == QWizard.DialogCode.Accepted:
            self._services.drafts.discard(self._draft_key)
            self._services.drafts.discard(self._opened_key)
        elif self._has_unsaved_changes():
            self.save_draft()
        else:
            self._services.drafts.discard(self._draft_key)

    def _has_unsaved_changes(self) -> bool:
        return self._autosave.isActive() or self._services.drafts.load(self._draft_key) is not None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._autosave.isActive():
            self.save_draft()
        super().closeEvent(event)
