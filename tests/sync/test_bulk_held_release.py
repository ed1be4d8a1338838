"""Held changes released group by group (``sync/held_release.py``) give what releasing them one at a
time gave (the former loop, kept here as the reference), and a large hold is released in one go.

Each case holds changes from several bundles of one origin (each bundle with its own base and
claimed frontier), some of them updates of records that only a later held change creates, then
raises the origin's frontier so that some bundles' bases are met and others not, and releases:
once with ``release_held``, once with the reference, each in a transaction rolled back afterwards.
The number released and every row of every table must be equal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.services import Services
from mainstream_desktop.db.change_capture import local_site_id
from mainstream_desktop.models.exchange import HeldChange, SyncFrontier
from mainstream_desktop.sync.bulk_apply import merge_stream
from mainstream_desktop.sync.bundle_format import parse_change
from mainstream_desktop.sync.held_release import release_held
from mainstream_desktop.sync.merge import MergeContext, Merger

from .test_bulk_apply import NOW, WAITING, Incoming, Line, Receiver, fingerprint, make_receiver

Release = Callable[[Session, MergeContext], int]


@pytest.fixture
def receiver(services: Services) -> Receiver:
    return make_receiver(services)


def one_at_a_time(session: Session, context: MergeContext) -> int:
    """The release as it was before groups: a merger per held change."""
    released = 0
    claims: dict[uuid.UUID, int] = {}
    while True:
        rows = list(session.scalars(select(HeldChange).where(
            HeldChange.workspace_id == context.workspace_id, HeldChange.status == "HELD").order_by(
            HeldChange.origin_site_id, HeldChange.seq)))
        progressed = False
        for row in rows:
            change = parse_change(row.entry.encode("utf-8"), "a held change")
            merger = Merger(session, MergeContext(context.local_site_id, context.workspace_id,
                                                  context.workspace_code, row.bundle_id,
                                                  {change.origin: row.base_seq}, context.now, context.may_write,
                                                  {change.origin: row.upto_seq}))
            if merger.frontier(row.origin_site_id) < row.base_seq:
                continue
            session.execute(delete(HeldChange).where(HeldChange.origin_site_id == row.origin_site_id,
                                                     HeldChange.seq == row.seq))
            category = merger.apply(change, row.entry)
            merger.finish()
            if category != "held":
                released += 1
                progressed = True
                claims[row.origin_site_id] = max(claims.get(row.origin_site_id, 0), row.upto_seq)
        if not progressed:
            break
    merger = Merger(session, context)
    for origin, upto in claims.items():
        merger.advance_frontier(str(origin), upto)
    return released


def context(session: Session, receiver: Receiver, bundle_id: str, base: int, upto: int) -> MergeContext:
    return MergeContext(local_site_id(session), uuid.UUID(receiver.workspace_id), "KEN", bundle_id,
                        {WAITING: base}, NOW, lambda site, code, table: True, {WAITING: upto})


def held_then_released(receiver: Receiver, bundles: list[tuple[int, list[Line]]], frontier: int,
                       release: Release) -> tuple[int, int, str]:
    """Hold each bundle's lines (its base), raise the origin's frontier, release: (released, the
    origin's frontier after, every table)."""
    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        session = uow.session
        session.info["applying"] = True
        for number, (base, lines) in enumerate(bundles):
            merger = Merger(session, context(session, receiver, f"bundle-{number}", base, base + len(lines) + 3))
            merge_stream(merger, lines)
            assert merger.outcome.counts["held"] == len(lines)
        session.execute(insert(SyncFrontier).values(origin_site_id=uuid.UUID(WAITING),
                                                    workspace_id=uuid.UUID(receiver.workspace_id),
                                                    applied_seq=frontier))
        released = release(session, context(session, receiver, "bundle-now", 0, 0))
        after = session.scalar(select(SyncFrontier.applied_seq).where(SyncFrontier.origin_site_id == uuid.UUID(WAITING)))
        return released, after or 0, fingerprint(session)


def bundles_from(receiver: Receiver, plan: list[tuple[int, list[int]]]) -> list[tuple[int, list[Line]]]:
    """Per bundle (base, kinds): lines of the waiting origin, numbered across bundles. Kind 0 is a
    new observation, 1 an update of the observation the next bundle's first line creates (held until
    it is here), 2 an insert with a value its column cannot hold."""
    incoming = Incoming(receiver)
    ids = [str(uuid.uuid4()) for _ in plan]
    bundles = []
    number = 0
    for index, (base, kinds) in enumerate(plan):
        lines = []
        for position, kind in enumerate(kinds):
            number += 1
            if position == 0:
                lines.append(incoming.observation(number, {"origin": WAITING}, id=ids[index]))
            elif kind == 1 and index + 1 < len(plan):
                lines.append(incoming.update("observation", ids[index + 1], {"note": ["", f"seen {number}"]},
                                             origin=WAITING))
            elif kind == 2:
                lines.append(incoming.observation(number, {"origin": WAITING}, sex="TOO LONG"))
            else:
                lines.append(incoming.observation(number, {"origin": WAITING}))
        bundles.append((base, lines))
    return bundles


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.integers(1, 12), st.lists(st.sampled_from([0, 0, 1, 2]), min_size=1, max_size=6)),
                     min_size=1, max_size=5),
       frontier=st.integers(0, 12))
def test_groups_release_what_one_at_a_time_released(receiver: Receiver, plan: list[tuple[int, list[int]]],
                                                    frontier: int) -> None:
    bundles = bundles_from(receiver, plan)
    expected = held_then_released(receiver, bundles, frontier, one_at_a_time)
    assert held_then_released(receiver, bundles, frontier, release_held) == expected


def test_a_large_hold_is_released_at_once(receiver: Receiver) -> None:
    """5,000 held changes of one bundle, more than a group: all released, the frontier moved on."""
    incoming = Incoming(receiver)
    lines = [incoming.observation(number, {"origin": WAITING}) for number in range(5000)]
    released, frontier, _tables = held_then_released(receiver, [(3, lines)], 3, release_held)
    assert (released, frontier) == (5000, 3 + 5000 + 3)
