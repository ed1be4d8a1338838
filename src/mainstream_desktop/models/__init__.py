"""SQLAlchemy 2 typed ORM classes, one module per area of the handbook, and nothing else.

Importing this package registers every table on ``Base.metadata`` (which Alembic and the tests
compare against the migrations).
"""

from mainstream_desktop.models import (  # noqa: F401 - imported to register the tables
    exchange,
    government,
    monitoring,
    planning,
    profile,
    reference,
    review,
    society,
    support,
    workspace,
)
from mainstream_desktop.models.base import Base, SyncedRecord, WorkspaceScoped, new_uuid7

__all__ = ["Base", "SyncedRecord", "WorkspaceScoped", "new_uuid7"]
