"""The hub's PostgreSQL rules for concurrent programs (``db.engine``, ``db.unit_of_work``), on a real
server: one writer at a time (the writer lock before the first write, readers never waiting), a
stale row version refused and the unit of work run again, real serialization failures and
deadlocks recognised and retried, and nothing retried that is not transient."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.services import Services
from mainstream_desktop.db.engine import WRITER_LOCK_KEY, holds_writer_lock, is_write, make_engine
from mainstream_desktop.db.unit_of_work import UnitOfWork, is_transient, retry_transient
from mainstream_desktop.models.workspace import Workspace


def test_which_statements_need_the_writer_lock() -> None:
    assert is_write("INSERT INTO workspace (id) VALUES (%(id)s)")
    assert is_write("UPDATE workspace SET title=%(t)s WHERE workspace.id = %(id)s AND workspace.revision = %(r)s")
    assert is_write("DELETE FROM sync_conflict WHERE id = 1")
    assert is_write("SAVEPOINT sa_savepoint_1")
    assert is_write("CREATE TABLE x (y int)")
    assert is_write("SELECT sync_site_state.site_id FROM sync_site_state WHERE site_id = %(s)s FOR UPDATE")
    assert is_write("select * from t for no key update")
    assert not is_write("SELECT workspace.id FROM workspace")
    assert not is_write("  with x as (select 1) select * from x")
    assert not is_write("RELEASE SAVEPOINT sa_savepoint_1")
    assert not is_write("ROLLBACK TO SAVEPOINT sa_savepoint_1")


def _workspace(services: Services, code: str = "KEN") -> None:
    services.workspaces.create(WorkspaceForm(code=code, country_iso3=code, title=f"{code} pilot"))


def _lock_holders(engine: Any) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND ((classid::bigint << 32) | objid::bigint) = :key"), {"key": WRITER_LOCK_KEY & 0xFFFFFFFFFFFFFFFF}).scalar())


def test_a_second_writer_waits_for_the_first_and_readers_never_wait(pg_services: Services) -> None:
    _workspace(pg_services)
    engine = pg_services.engine
    first_wrote, release, order = threading.Event(), threading.Event(), []

    def first() -> None:
        with pg_services.uow() as uow:
            workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one()
            workspace.title = "first"
            uow.session.flush()
            assert holds_writer_lock(uow.session.connection())
            first_wrote.set()
            release.wait(10)
            order.append("first commits")

    def second() -> None:
        first_wrote.wait(10)
        try:
            with pg_services.uow() as uow:
                workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one()
                order.append("second read")  # a read does not wait
                workspace.title = "second"
                uow.session.flush()  # waits for the writer lock, then finds the row changed: refused
                order.append("second wrote")
        except StaleDataError:
            order.append("stale")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_wrote.wait(10)
    time.sleep(0.5)
    assert order == ["second read"]  # the second is waiting to write
    release.set()
    for thread in threads:
        thread.join(20)
    assert order == ["second read", "first commits", "stale"]
    with engine.connect() as connection:
        assert connection.execute(select(Workspace.title).where(Workspace.code == "KEN")).scalar() == "first"
    assert _lock_holders(engine) == 0  # released by commit and rollback


def test_a_stale_unit_of_work_is_run_again_whole_and_loses_nothing(pg_services: Services) -> None:
    _workspace(pg_services)
    factory = pg_services.uow
    with factory() as uow:
        before = uow.session.scalars(select(Workspace.revision).where(Workspace.code == "KEN")).one()
    attempts: list[str] = []
    loaded = threading.Event()
    other_committed = threading.Event()

    def rename(uow: UnitOfWork) -> None:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one()
        attempts.append(workspace.title)
        if len(attempts) == 1:
            loaded.set()
            other_committed.wait(10)  # another program commits its change to the row meanwhile
        workspace.donor = "EU"

    def other() -> None:
        loaded.wait(10)
        with factory() as uow:
            uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one().title = "Kenya (renamed)"
        other_committed.set()

    thread = threading.Thread(target=other)
    thread.start()
    factory.run(rename)
    thread.join(10)
    assert attempts == ["KEN pilot", "Kenya (renamed)"]  # the second try read the other's commit
    with factory() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one()
        assert (workspace.title, workspace.donor, workspace.revision) == (
            "Kenya (renamed)", "EU", before + 2)  # both changes kept, each one revision


def test_a_real_serialization_failure_is_retried(pg_services: Services) -> None:
    """Under REPEATABLE READ (not what the program uses: it shows the retry on the server's own
    40001) a transaction that updates a row changed since its snapshot fails; run again, it passes."""
    _workspace(pg_services)
    strict = create_engine(pg_services.engine.url, isolation_level="REPEATABLE READ")
    tries: list[int] = []
    snapshot_taken, changed = threading.Event(), threading.Event()

    def strict_update() -> None:
        with strict.begin() as connection:
            tries.append(1)
            connection.execute(select(Workspace.title)).all()  # the snapshot
            if len(tries) == 1:
                snapshot_taken.set()
                changed.wait(10)
            connection.execute(update(Workspace).values(title=Workspace.title + " +1"))

    def concurrent() -> None:
        snapshot_taken.wait(10)
        with pg_services.engine.begin() as connection:
            connection.execute(update(Workspace).values(title="changed"))
        changed.set()

    thread = threading.Thread(target=concurrent)
    thread.start()
    try:
        retry_transient(strict_update, sleep=lambda _s: None)
    finally:
        thread.join(10)
        strict.dispose()
    assert len(tries) == 2
    with pg_services.engine.connect() as connection:
        assert connection.execute(select(Workspace.title)).scalar() == "changed +1"


def test_a_real_deadlock_is_recognised_and_retried(pg_services: Services) -> None:
    """Two plain connections (without the writer lock) lock two rows in opposite orders: the server
    breaks the deadlock (40P01); the victim's whole transaction runs again and passes."""
    _workspace(pg_services, "KEN")
    _workspace(pg_services, "UGA")
    plain = create_engine(pg_services.engine.url)
    barrier = threading.Barrier(2, timeout=10)
    tries = {"a": 0, "b": 0}

    def locker(name: str, codes: tuple[str, str]) -> None:
        with plain.begin() as connection:
            tries[name] += 1
            connection.execute(update(Workspace).where(Workspace.code == codes[0]).values(title=Workspace.title + name))
            if tries[name] == 1:
                barrier.wait()
            connection.execute(update(Workspace).where(Workspace.code == codes[1]).values(title=Workspace.title + name))

    errors: list[BaseException] = []

    def run(name: str, codes: tuple[str, str]) -> None:
        try:
            retry_transient(lambda: locker(name, codes), sleep=lambda _s: None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=("a", ("KEN", "UGA"))),
               threading.Thread(target=run, args=("b", ("UGA", "KEN")))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    plain.dispose()
    assert errors == []
    assert sorted(tries.values()) == [1, 2]  # one victim, run again once
    with pg_services.engine.connect() as connection:
        titles = dict(connection.execute(select(Workspace.code, Workspace.title)).all())
    assert titles["KEN"].removeprefix("KEN pilot") in ("ab", "ba")  # each transaction's change once
    assert titles["UGA"].removeprefix("UGA pilot") in ("ab", "ba")


def test_only_transient_failures_are_retried(pg_services: Services) -> None:
    calls: list[int] = []

    def duplicate() -> None:
        calls.append(1)
        _workspace(pg_services, "KEN")

    _workspace(pg_services, "KEN")
    with pytest.raises(Exception) as refused:
        retry_transient(duplicate, sleep=lambda _s: None)
    assert calls == [1]
    assert not is_transient(refused.value)
    with pytest.raises(IntegrityError) as integrity:
        with pg_services.engine.begin() as connection:
            connection.execute(text("INSERT INTO workspace (id) VALUES (NULL)"))
    assert not is_transient(integrity.value)


def test_retries_are_bounded_and_the_last_failure_is_raised() -> None:
    class Serialization(Exception):
        sqlstate = "40001"

    calls, pauses = [], []

    def always() -> None:
        calls.append(1)
        raise Serialization("could not serialize access")

    with pytest.raises(Serialization):
        retry_transient(always, attempts=4, sleep=pauses.append, jitter=lambda: 1.0)
    assert len(calls) == 4
    assert pauses == [0.02, 0.04, 0.08]  # doubling, jittered by a factor in [0, 1)


def test_the_writer_lock_survives_a_rolled_back_savepoint(pg_services: Services) -> None:
    """A savepoint counts as a write: the lock is taken before it, in the transaction itself, so
    rolling the savepoint back (a rejected change of an import) does not release it."""
    with pg_services.uow() as uow:
        savepoint = uow.session.begin_nested()
        assert holds_writer_lock(uow.session.connection())
        savepoint.rollback()
        assert _lock_holders(pg_services.engine) == 1
    assert _lock_holders(pg_services.engine) == 0


def test_the_engine_refuses_urls_it_does_not_use() -> None:
    from mainstream_desktop.db.engine import UnsupportedDatabase, normalized_url

    assert normalized_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalized_url("postgres://u:secret@h:5433/db") == "postgresql+psycopg://u:secret@h:5433/db"
    with pytest.raises(UnsupportedDatabase) as refused:
        make_engine("mysql://u:secret@h/db")
    assert "secret" not in str(refused.value)
    assert isinstance(refused.value, ValueError) and not isinstance(refused.value, DBAPIError)
