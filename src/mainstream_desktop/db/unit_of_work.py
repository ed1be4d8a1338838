"""One user action = one unit of work = one transaction, opened by a core service.

``UnitOfWork`` wraps a SQLAlchemy session: entering it begins a transaction, leaving it commits
if no exception escaped and rolls back otherwise. On every flush it stamps synced records with
who changed them and when, and bumps nothing else: the revision counter is SQLAlchemy's
``version_id_col``, so a stale edit (two hub experts on one row) fails instead of overwriting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from mainstream_desktop.db import change_capture  # noqa: F401 - registers the change-log listener
from mainstream_desktop.models.base import SyncedRecord

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class UnitOfWork:
    """A transaction scope; use as ``with uow_factory() as uow: uow.session.add(...)``."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str, clock: Clock) -> None:
        self._session_factory = session_factory
        self._actor = actor
        self._clock = clock
        self._session: Session | None = None
        self._discard = False

    def discard_on_exit(self) -> None:
        """Roll back instead of committing when the block ends (a dry run on the real path)."""
        self._discard = True

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        self._session.info["actor"] = self._actor
        self._session.info["clock"] = self._clock
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is None and not self._discard:
                session.commit()
            else:
                session.rollback()
        finally:
            session.close()
            self._session = None


class UnitOfWorkFactory:
    """Makes units of work on one engine for one acting user (``name@site``)."""

    def __init__(self, engine: Engine, actor: str, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.actor = actor
        self.clock = clock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, autobegin=False)

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self.actor, self.clock)


@event.listens_for(Session, "before_flush")
def _stamp_synced_records(session: Session, _context: Any, _instances: Any) -> None:
    actor: str = session.info.get("actor", "")
    clock: Clock = session.info.get("clock", utc_now)
    now = clock()
    for record in session.new:
        if isinstance(record, SyncedRecord):
            record.created_at = record.created_at or now
            record.created_by = record.created_by or actor
            record.updated_at = now
            record.updated_by = actor
    for record in session.dirty:
        if isinstance(record, SyncedRecord) and session.is_modified(record):
            record.updated_at = now
            record.updated_by = actor
