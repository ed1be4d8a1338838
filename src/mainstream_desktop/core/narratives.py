"""The profile's narrative text blocks: one per part (A trends, B impacts, C governance,
D findings) and wizard section, each with a "done" mark for the focal point's checklist."""

from __future__ import annotations

from sqlalchemy import select

from mainstream_desktop.core.dto import Narrative
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import ProfilePart, StepNumber
from mainstream_desktop.models.profile import ProfileNarrative


class NarrativeService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def get(self, workspace_code: str, part: ProfilePart, section: str = "") -> Narrative:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            row = uow.session.scalars(select(ProfileNarrative).where(
                ProfileNarrative.workspace_id == workspace.id, ProfileNarrative.part == part,
                ProfileNarrative.section == section, ProfileNarrative.deleted_at.is_(None))).first()
            return Narrative(part, section, row.text, row.done) if row else Narrative(part, section)

    def save(self, workspace_code: str, narrative: Narrative) -> None:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            row = uow.session.scalars(select(ProfileNarrative).where(
                ProfileNarrative.workspace_id == workspace.id, ProfileNarrative.part == narrative.part,
                ProfileNarrative.section == narrative.section)).first()
            if row is None:
                row = ProfileNarrative(workspace_id=workspace.id, part=narrative.part, section=narrative.section)
                uow.session.add(row)
            if (row.text, row.done, row.deleted_at) == (narrative.text.strip(), narrative.done, None):
                return
            row.text, row.done, row.deleted_at = narrative.text.strip(), narrative.done, None
            mark_in_progress(uow.session, workspace, StepNumber.PROFILE)
