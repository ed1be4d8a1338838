"""The completeness engine: one rule per step turns the workspace's records into a list of
checks; the percentage is the share of checks passed, and the failed checks are the checklist
of what is still missing that the window and ``mainstream status`` show.

The status reported for a step is the stored one, except that a step never explicitly started
but with records already counting toward it reports "in progress".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import StepProgress
from mainstream_desktop.core.messages import Message
from mainstream_desktop.core.step_states import stored_statuses
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import StepStatus
from mainstream_desktop.models.workspace import Workspace


@dataclass(frozen=True)
class Check:
    """One thing a step needs; ``message`` says what is missing when ``passed`` is false."""

    passed: bool
    message: Message


StepRule = Callable[[Session, Workspace], list[Check]]


def check(passed: bool, template: str, **params: object) -> Check:
    return Check(bool(passed), Message(template, dict(params)))


def score(checks: list[Check]) -> tuple[int, tuple[Message, ...]]:
    """Share of checks passed, in whole percent: 100 only when all pass, 0 only when none do."""
    if not checks:
        return 0, ()
    passed = sum(1 for item in checks if item.passed)
    if passed == len(checks):
        percent = 100
    else:
        percent = min(99, max(1 if passed else 0, round(100 * passed / len(checks))))
    return percent, tuple(item.message for item in checks if not item.passed)


class StatusService:
    """Progress of every step of a workspace, computed fresh from its records."""

    def __init__(self, uow_factory: UnitOfWorkFactory, rules: dict[int, StepRule]) -> None:
        self._uow = uow_factory
        self._rules = rules

    def workspace_progress(self, workspace_code: str) -> list[StepProgress]:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            statuses = stored_statuses(uow.session, workspace)
            progress = []
            for info in STEPS:
                number = int(info.number)
                percent, missing = score(self._rules[number](uow.session, workspace))
                status = statuses.get(number, StepStatus.NOT_STARTED)
                if status is StepStatus.NOT_STARTED and percent > 0:
                    status = StepStatus.IN_PROGRESS
                progress.append(StepProgress(number, info.key, info.title, status, percent, missing))
            return progress
