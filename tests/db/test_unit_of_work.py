"""The unit of work: one transaction, stamped with who and when, with optimistic concurrency."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from mainstream_desktop.core.services import Services
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.workspace import Workspace

CREATED = datetime(2024, 3, 1, 9, 30, 0, tzinfo=UTC)


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(CREATED)


@pytest.fixture
def alice(services: Services, clock: FixedClock) -> UnitOfWorkFactory:
    return UnitOfWorkFactory(services.engine, "alice@kingston", clock)


def _naive_utc(moment: datetime) -> datetime:
    """SQLite keeps no time zone: stored UTC comes back naive."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _add_workspace(factory: UnitOfWorkFactory, code: str = "UOW") -> None:
    with factory() as uow:
        uow.session.add(Workspace(code=code, country_iso3="JAM", title="Unit of work test"))


def _get(factory: UnitOfWorkFactory, code: str = "UOW") -> Workspace | None:
    with factory() as uow:
        return uow.session.scalars(select(Workspace).where(Workspace.code == code)).first()


def _workspace_count(factory: UnitOfWorkFactory) -> int:
    with factory() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Workspace)))


def test_commit_on_success(alice: UnitOfWorkFactory, services: Services) -> None:
    _add_workspace(alice)

    other = UnitOfWorkFactory(services.engine, "bob")
    row = _get(other)
    assert row is not None
    assert row.title == "Unit of work test"
    assert row.revision == 1


def test_rollback_on_exception_writes_nothing(alice: UnitOfWorkFactory) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), alice() as uow:
        uow.session.add(Workspace(code="GONE", country_iso3="JAM", title="never saved"))
        uow.session.flush()  # reached the database inside the transaction
        assert uow.session.scalar(select(func.count()).select_from(Workspace)) == 1
        raise Boom

    assert _workspace_count(alice) == 0


def test_rollback_of_an_update_keeps_the_old_values(alice: UnitOfWorkFactory) -> None:
    _add_workspace(alice)

    with pytest.raises(RuntimeError), alice() as uow:
        row = uow.session.scalars(select(Workspace)).one()
        row.title = "changed"
        uow.session.flush()
        raise RuntimeError("user cancelled")

    row = _get(alice)
    assert (row.title, row.revision) == ("Unit of work test", 1)


def test_session_is_closed_after_the_unit_of_work(alice: UnitOfWorkFactory) -> None:
    unit = alice()
    with unit:
        assert unit.session.in_transaction()
    with pytest.raises(RuntimeError, match="not open"):
        unit.session  # noqa: B018 - the property raises


def test_created_and_updated_are_stamped_with_actor_and_clock(
    alice: UnitOfWorkFactory, clock: FixedClock, services: Services,
) -> None:
    _add_workspace(alice)
    row = _get(alice)
    assert (row.created_by, row.updated_by) == ("alice@kingston", "alice@kingston")
    assert _naive_utc(row.created_at) == _naive_utc(CREATED)
    assert _naive_utc(row.updated_at) == _naive_utc(CREATED)

    later = CREATED + timedelta(hours=5)
    bob = UnitOfWorkFactory(services.engine, "bob@hub", FixedClock(later))
    with bob() as uow:
        uow.session.scalars(select(Workspace)).one().title = "edited by bob"

    row = _get(alice)
    assert (row.created_by, row.updated_by) == ("alice@kingston", "bob@hub")
    assert _naive_utc(row.created_at) == _naive_utc(CREATED)
    assert _naive_utc(row.updated_at) == _naive_utc(later)


def test_services_stamp_with_their_actor(services: Services) -> None:
    from mainstream_desktop.core.dto import WorkspaceForm

    services.workspaces.create(WorkspaceForm(code="JAM", country_iso3="JAM", title="Jamaica"))

    row = _get(services.uow, "JAM")
    assert (row.created_by, row.updated_by) == ("tester", "tester")


def test_unchanged_row_is_not_restamped(alice: UnitOfWorkFactory, services: Services) -> None:
    _add_workspace(alice)
    bob = UnitOfWorkFactory(services.engine, "bob", FixedClock(CREATED + timedelta(days=1)))

    with bob() as uow:
        row = uow.session.scalars(select(Workspace)).one()
        row.title = row.title  # assigned but not modified

    row = _get(alice)
    assert (row.updated_by, row.revision) == ("alice@kingston", 1)


def test_revision_increments_on_each_update(alice: UnitOfWorkFactory) -> None:
    _add_workspace(alice)

    for expected, title in ((2, "second"), (3, "third")):
        with alice() as uow:
            uow.session.scalars(select(Workspace)).one().title = title
        row = _get(alice)
        assert (row.title, row.revision) == (title, expected)


def test_stale_update_raises(alice: UnitOfWorkFactory, services: Services) -> None:
    _add_workspace(alice)
    bob = UnitOfWorkFactory(services.engine, "bob")

    # SQLite refuses the stale writer already at its snapshot ("database is locked"); PostgreSQL
    # gets as far as the revision check. Either way bob's edit is never overwritten.
    with pytest.raises((StaleDataError, OperationalError)), alice() as slow:
        stale = slow.session.scalars(select(Workspace)).one()
        with bob() as fast:
            fast.session.scalars(select(Workspace)).one().title = "bob was first"
        stale.title = "alice overwrites"

    row = _get(alice)
    assert (row.title, row.revision, row.updated_by) == ("bob was first", 2, "bob")

