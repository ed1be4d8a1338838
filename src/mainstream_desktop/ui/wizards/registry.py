"""Which handbook steps have a wizard, and how to open it: the one list to extend when a new
step's wizard arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizard

from mainstream_desktop.ui.tasks import TaskRunner
from mainstream_desktop.ui.wizards.profile_wizard import ProfileWizard
from mainstream_desktop.ui.wizards.readiness_wizard import ReadinessWizard

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

WizardFactory = Callable[["Services", TaskRunner, "str | None", "QWidget | None"], QWizard]

WIZARDS: dict[int, WizardFactory] = {
    0: lambda services, tasks, code, parent: ReadinessWizard(services, tasks, code, parent),
    1: lambda services, tasks, code, parent: ProfileWizard(services, tasks, code or "", parent),
}
