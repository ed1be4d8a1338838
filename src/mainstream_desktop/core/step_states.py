"""Stored step states: one row per workspace and step, created with the workspace, moved to
"in progress" by the first save in that step. Review transitions (submit, approve...) arrive
with the review desk; their rules will live here too.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.enums import StepStatus
from mainstream_desktop.models.workspace import StepState, Workspace


def create_step_states(session: Session, workspace: Workspace) -> None:
    for info in STEPS:
        session.add(StepState(workspace_id=workspace.id, step_number=int(info.number),
                              status=StepStatus.NOT_STARTED))


def stored_statuses(session: Session, workspace: Workspace) -> dict[int, StepStatus]:
    rows = session.execute(
        select(StepState.step_number, StepState.status).where(StepState.workspace_id == workspace.id)
    ).all()
    return {number: StepStatus(status) for number, status in rows}


def mark_in_progress(session: Session, workspace: Workspace, step_number: int) -> None:
    state = session.scalars(
        select(StepState).where(StepState.workspace_id == workspace.id,
                                StepState.step_number == step_number)
    ).first()
    if state is None:
        session.add(StepState(workspace_id=workspace.id, step_number=step_number,
                              status=StepStatus.IN_PROGRESS))
    elif state.status in (StepStatus.NOT_STARTED, StepStatus.CHANGES_REQUESTED):
        state.status = StepStatus.IN_PROGRESS
