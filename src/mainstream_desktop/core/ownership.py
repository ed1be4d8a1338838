"""Who may change what in a workspace: a country's data belongs to the country site that created
the workspace. A GMG hub holding a copy reviews it and writes only the review layer (comments,
step decisions, expert missions, peer exchanges, lessons and handbook proposals); the country's
own records are read-only there, since the country would refuse such changes anyway
(``sync.merge`` rejects changes from a site not trusted for the workspace).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.models.exchange import ChangeLogEntry, TrustedSite
from mainstream_desktop.models.workspace import Site

HUB_WRITABLE_TABLES = frozenset({"review_comment", "expert_mission", "peer_exchange", "lesson_learned",
                                 "handbook_change_proposal", "proposal_lesson", "step_state"})


def owner_site_id(session: Session, workspace_id: uuid.UUID) -> uuid.UUID | None:
    """The site whose change created the workspace (None when its creation is not in the log)."""
    return session.scalars(select(ChangeLogEntry.origin_site_id).where(
        ChangeLogEntry.table_name == "workspace", ChangeLogEntry.record_id == workspace_id,
        ChangeLogEntry.operation == "insert").limit(1)).first()


def read_only_owner(session: Session, workspace_id: uuid.UUID, table_name: str) -> str | None:
    """The name of the country site that owns this table's records of the workspace when this
    site is a hub that may not change them; None when this site may change them."""
    if table_name in HUB_WRITABLE_TABLES:
        return None
    local = session.scalars(select(Site).where(Site.is_local)).first()
    if local is None or local.kind is not SiteKind.HUB:
        return None
    owner = owner_site_id(session, workspace_id)
    if owner is None or owner == local.id:
        return None
    site = session.get(Site, owner)
    trusted = session.get(TrustedSite, owner) if site is None else None
    return site.name if site is not None else trusted.name if trusted is not None else str(owner)


def read_only_problem(owner: str) -> Problem:
    return error("", "read_only", QT_TRANSLATE_NOOP(
        CONTEXT, "This workspace belongs to {owner}: the hub reviews it but does not change it. Write a review "
                 "comment instead."), owner=owner)


def refuse_if_read_only(session: Session, workspace_id: uuid.UUID, table_name: str) -> None:
    """``InvalidInput`` when this site is a hub and the table's records of the workspace belong to
    the country that owns it (every writing service checks before it writes)."""
    owner = read_only_owner(session, workspace_id, table_name)
    if owner:
        raise InvalidInput([read_only_problem(owner)])
