"""Finding a live workspace row by its code inside an open session (shared by the services)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.errors import NotFound
from mainstream_desktop.models.workspace import Workspace


def workspace_by_code(session: Session, code: str) -> Workspace:
    workspace = session.scalars(
        select(Workspace).where(Workspace.code == code.strip().upper(), Workspace.deleted_at.is_(None))
    ).first()
    if workspace is None:
        raise NotFound(f"there is no workspace {code!r}; 'mainstream workspaces' lists them")
    return workspace
