"""Autosaved wizard drafts: a wizard's unsaved fields as JSON, written as the user types and
offered back after a crash. One draft per wizard and workspace (``step0:new`` for a workspace
being created). Drafts are local and never travel in bundles.
"""

from __future__ import annotations

import json
from typing import Any

from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.workspace import WizardDraft


class DraftService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def save(self, key: str, payload: dict[str, Any]) -> None:
        text = json.dumps(payload, sort_keys=True, default=str)
        with self._uow() as uow:
            draft = uow.session.get(WizardDraft, key)
            if draft is None:
                uow.session.add(WizardDraft(key=key, payload_json=text, updated_at=self._uow.clock()))
            elif draft.payload_json != text:
                draft.payload_json = text
                draft.updated_at = self._uow.clock()

    def load(self, key: str) -> dict[str, Any] | None:
        with self._uow() as uow:
            draft = uow.session.get(WizardDraft, key)
            if draft is None:
                return None
            try:
                payload = json.loads(draft.payload_json)
            except json.JSONDecodeError:
                return None
            return payload if isinstance(payload, dict) else None

    def discard(self, key: str) -> None:
        with self._uow() as uow:
            draft = uow.session.get(WizardDraft, key)
            if draft is not None:
                uow.session.delete(draft)
