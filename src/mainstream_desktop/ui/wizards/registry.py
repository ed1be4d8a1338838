"""Which handbook steps have a wizard, and how to open it: the one list to extend when a new
step's wizard arrives. Wizard modules are imported when first opened, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

WizardFactory = Callable[["Services", TaskRunner, "str | None", "QWidget | None"], QWizard]


def _readiness(services: Services, tasks: TaskRunner, code: str | None, parent: QWidget | None) -> QWizard:
    from mainstream_desktop.ui.wizards.readiness_wizard import ReadinessWizard

    return ReadinessWizard(services, tasks, code, parent)


def _profile(services: Services, tasks: TaskRunner, code: str | None, parent: QWidget | None) -> QWizard:
    from mainstream_desktop.ui.wizards.profile_wizard import ProfileWizard

    return ProfileWizard(services, tasks, code or "", parent)


def _records(step: int, title: str) -> WizardFactory:
    def factory(services: Services, tasks: TaskRunner, code: str | None, parent: QWidget | None) -> QWizard:
        from PySide6.QtCore import QCoreApplication

        from mainstream_desktop.ui.wizards import participation_pages as pages
        from mainstream_desktop.ui.wizards import planning_pages
        from mainstream_desktop.ui.wizards.records_wizard import RecordsWizard

        page_list = {2: pages.GOVERNMENT_PAGES, 3: pages.SOCIETY_PAGES, 4: planning_pages.PLANNING_PAGES,
                     5: planning_pages.MONITORING_PAGES, 6: pages.SUPPORT_PAGES, 7: pages.LESSONS_PAGES}[step]
        window_title = QCoreApplication.translate("participation", title).format(code=code or "")
        return RecordsWizard(services, tasks, code or "", window_title, page_list, parent, with_trace=step in (4, 5),
                             with_review=step == 7)

    return factory


WIZARDS: dict[int, WizardFactory] = {
    0: _readiness,
    1: _profile,
    2: _records(2, QT_TRANSLATE_NOOP("participation", "Step 2: whole-of-government \u2014 {code}")),
    3: _records(3, QT_TRANSLATE_NOOP("participation", "Step 3: whole-of-society \u2014 {code}")),
    4: _records(4, QT_TRANSLATE_NOOP("participation", "Step 4: priorities in the plan \u2014 {code}")),
    5: _records(5, QT_TRANSLATE_NOOP("participation", "Step 5: monitoring and evaluation \u2014 {code}")),
    6: _records(6, QT_TRANSLATE_NOOP("participation", "Step 6: coherent international support \u2014 {code}")),
    7: _records(7, QT_TRANSLATE_NOOP("participation", "Step 7: pilot testing, review and lessons \u2014 {code}")),
}
