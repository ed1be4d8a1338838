"""One user action = one unit of work = one transaction, opened by a core service.

``UnitOfWork`` wraps a SQLAlchemy session: entering it begins a transaction, leaving it commits
if no exception escaped and rolls back otherwise. On every flush it stamps synced records with
who changed them and when, and bumps nothing else: the revision counter is SQLAlchemy's
``version_id_col``, so a stale edit (two hub experts on one row) fails instead of overwriting.

On the hub's PostgreSQL several programs write at once (``db.engine``: one writer at a time, the
writer lock taken before a transaction's first write). What can still fail because of another
program is transient: a row this unit of work read was changed and committed by another one
before it wrote (``StaleDataError`` from the revision check), a serialization failure or a
deadlock the server broke (SQLSTATE 40001, 40P01). ``retry_transient`` runs the whole unit of
work again, a bounded number of times with jittered backoff; ``UnitOfWorkFactory.run`` and the
``retry_on_conflict`` decorator of service methods use it. A unit of work that decides what to
write from what it reads calls ``lock_for_writing`` first.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mainstream_desktop.db import change_capture  # noqa: F401 - registers the change-log listener
from mainstream_desktop.db.engine import lock_for_writing
from mainstream_desktop.models.base import SyncedRecord

Clock = Callable[[], datetime]
T = TypeVar("T")
P = ParamSpec("P")

RETRY_ATTEMPTS = 6
RETRY_BASE_DELAY_S = 0.02
RETRY_MAX_DELAY_S = 1.0
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected
_log = logging.getLogger("mainstream.db")


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

    def lock_for_writing(self) -> None:
        """Take the database's writer lock now (PostgreSQL; SQLite has one program per file): from
        here on this unit of work reads what no other program can change before it commits."""
        lock_for_writing(self.session.connection())

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

    def run(self, work: Callable[[UnitOfWork], T], *, lock: bool = False, attempts: int = RETRY_ATTEMPTS) -> T:
        """``work`` in a unit of work that commits, the whole of it run again on a transient
        failure (see the module's docstring); ``lock`` takes the writer lock before ``work``."""
        def once() -> T:
            with self() as uow:
                if lock:
                    uow.lock_for_writing()
                return work(uow)
        return retry_transient(once, attempts=attempts)


def is_transient(exc: BaseException) -> bool:
    """A failure caused by another program's concurrent work, gone when the work is done again."""
    if isinstance(exc, StaleDataError):
        return True
    if isinstance(exc, DBAPIError):
        return getattr(exc.orig, "sqlstate", None) in TRANSIENT_SQLSTATES
    return getattr(exc, "sqlstate", None) in TRANSIENT_SQLSTATES


def retry_transient(action: Callable[[], T], *, attempts: int = RETRY_ATTEMPTS,
                    sleep: Callable[[float], None] = time.sleep,
                    jitter: Callable[[], float] = random.random) -> T:
    """``action()``, called again after a transient failure, at most ``attempts`` times in all;
    between tries a random pause of up to 20 ms, 40 ms, 80 ms... (at most 1 s), so programs that
    collided do not collide again in step. The last failure is raised as it is."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except Exception as exc:
            if attempt >= attempts or not is_transient(exc):
                raise
            delay = min(RETRY_MAX_DELAY_S, RETRY_BASE_DELAY_S * 2 ** (attempt - 1)) * jitter()
            _log.info("unit of work failed transiently (%s: %s); try %d of %d in %.3f s",
                      type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "", attempt + 1, attempts, delay)
            sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")


def retry_on_conflict(method: Callable[P, T]) -> Callable[P, T]:
    """For a service method that is one unit of work (opened inside it): the whole method is run
    again on a transient failure (``retry_transient``)."""
    @functools.wraps(method)
    def retried(*args: P.args, **kwargs: P.kwargs) -> T:
        return retry_transient(lambda: method(*args, **kwargs))
    return retried


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
