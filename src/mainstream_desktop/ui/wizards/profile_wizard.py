"""The step 1 wizard: the migration profile, page by page in the profile's structure, with the
observation table (imports, editing, problems) right after the context. Every page saves as
the user works (narratives a second after typing stops, records and cells when confirmed), so
Finish only closes; nothing is held back in the wizard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget, QWizard

from mainstream_desktop.ui.dialogs.import_table import ImportTableDialog
from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.widgets.observation_table import ObservationTable
from mainstream_desktop.ui.widgets.problems_panel import ProblemsPanel
from mainstream_desktop.ui.wizards.profile_pages import ObservationsPage, SectionPage, section_pages

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

OBSERVATIONS_PAGE_POSITION = 1  # after the context page


class ProfileWizard(QWizard):
    def __init__(self, services: Services, tasks: TaskRunner, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileWizard")
        self._services, self._tasks, self.code = services, tasks, code
        self.setWindowTitle(self.tr("Step 1: migration profile \u2014 {code}").format(code=code))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.resize(1100, 760)
        self.table = ObservationTable(services, code, tasks=tasks)
        self.problems = ProblemsPanel(services, code)
        self.import_button = QPushButton(self.tr("Import a table\u2026"))
        self.import_button.clicked.connect(self.open_import)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("UN DESA, World Bank, UNHCR, ILOSTAT downloads or your own spreadsheet:")))
        row.addStretch(1)
        row.addWidget(self.import_button)
        self.observations_page = ObservationsPage(self.table, self.problems, bar)
        self.sections: list[SectionPage] = section_pages(services, tasks, code)
        pages = list(self.sections)
        pages.insert(OBSERVATIONS_PAGE_POSITION, self.observations_page)  # type: ignore[arg-type]
        for page in pages:
            self.addPage(page)
        self.problems.changed.connect(self.table.reload_problems)
        self.open_dialog = lambda dialog: dialog.exec()
        self.finished.connect(self._save_pending)

    def open_import(self) -> None:
        dialog = ImportTableDialog(self._services, self._tasks, self.code, self)
        dialog.imported.connect(self._after_import)
        self.open_dialog(dialog)

    def _after_import(self, _report: object) -> None:
        self.table.reload()
        self.problems.reload()

    def saved_code(self) -> str:
        return self.code

    def _save_pending(self, _result: int) -> None:
        for page in self.sections:
            if page.narrative.has_pending_changes():
                page.narrative.save()
