"""Which handbook steps have a wizard, and how to open it: the one list to extend when a new
step's wizard arrives. Wizard modules are imported when first opened, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

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


WIZARDS: dict[int, WizardFactory] = {0: _readiness, 1: _profile}
