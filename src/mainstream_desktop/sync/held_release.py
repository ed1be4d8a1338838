"""Held changes merged again once what they wait for is here (bundle format, section 8.2): after an
import, every held change of the workspace whose origin's frontier now reaches the base its bundle
assumed is merged again, ordered by origin and sequence, pass after pass until a pass releases
nothing; one that still cannot apply is held again.

Owns: those passes. Each change is merged as a merger of its own context (its bundle's id, base and
claimed frontier) would merge it; consecutive held changes that share that context (one origin, one
bundle) are merged together, a group at a time, through ``bulk_apply.merge_stream`` (which gives
what merging them one by one gives). A group's rows leave the quarantine just before it is merged,
as each row did before its own merge; the other rows still there never matter to it (the
quarantine is read for a change's own ``(origin, seq)`` only, and that pair is unique).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mainstream_desktop.models.exchange import HeldChange
from mainstream_desktop.sync.bulk_apply import merge_stream
from mainstream_desktop.sync.bundle_format import parse_change
from mainstream_desktop.sync.merge import MergeContext, Merger

GROUP_SIZE = 2000  # held changes merged together (and kept in memory) at most
CHUNK = 500  # sequences per statement


class HeldKey(NamedTuple):
    """A held change without its line: what its merge context is made of."""

    origin: uuid.UUID
    seq: int
    bundle_id: str
    base_seq: int
    upto_seq: int

    def same_context(self, other: HeldKey) -> bool:
        return (self.origin, self.bundle_id, self.base_seq, self.upto_seq) == (
            other.origin, other.bundle_id, other.base_seq, other.upto_seq)


def release_held(session: Session, context: MergeContext) -> int:
    """Merge again what can be merged now; returns how many held changes left the hold."""
    released = 0
    claims: dict[uuid.UUID, int] = {}  # per origin: the frontier its released changes' bundles claimed
    progressed = True
    while progressed:
        progressed = False
        for group in groups(held_keys(session, context.workspace_id)):
            applied = release_group(session, context, group)
            if applied:
                released += applied
                progressed = True
                claims[group[0].origin] = max(claims.get(group[0].origin, 0), group[0].upto_seq)
    merger = Merger(session, context)
    for origin, upto in claims.items():
        merger.advance_frontier(str(origin), upto)
    return released


def held_keys(session: Session, workspace_id: uuid.UUID) -> list[HeldKey]:
    """The workspace's held changes (not the rejected ones), by origin and sequence."""
    rows = session.execute(select(
        HeldChange.origin_site_id, HeldChange.seq, HeldChange.bundle_id, HeldChange.base_seq,
        HeldChange.upto_seq).where(HeldChange.workspace_id == workspace_id, HeldChange.status == "HELD").order_by(
        HeldChange.origin_site_id, HeldChange.seq))
    return [HeldKey(*row) for row in rows]


def groups(keys: list[HeldKey]) -> Iterator[list[HeldKey]]:
    """Runs of consecutive keys with one context, at most ``GROUP_SIZE`` long."""
    group: list[HeldKey] = []
    for key in keys:
        if group and (len(group) >= GROUP_SIZE or not key.same_context(group[0])):
            yield group
            group = []
        group.append(key)
    if group:
        yield group


def release_group(session: Session, context: MergeContext, group: list[HeldKey]) -> int:
    """Merge one group again if its origin's frontier now reaches its base; returns how many of
    its changes left the hold (applied, duplicate or rejected)."""
    first = group[0]
    origin = str(first.origin)
    merger = Merger(session, MergeContext(context.local_site_id, context.workspace_id, context.workspace_code,
                                          first.bundle_id, {origin: first.base_seq}, context.now, context.may_write,
                                          {origin: first.upto_seq}, context.record_rules))
    if merger.frontier(first.origin) < first.base_seq:
        return 0
    lines = taken_lines(session, first.origin, [key.seq for key in group])
    merge_stream(merger, ((parse_change(line.encode("utf-8"), "a held change"), line) for line in lines))
    merger.finish()
    return len(group) - merger.outcome.counts["held"]


def taken_lines(session: Session, origin: uuid.UUID, seqs: list[int]) -> list[str]:
    """The held lines of ``origin``'s ``seqs`` in sequence order, removed from the quarantine."""
    lines: list[str] = []
    for start in range(0, len(seqs), CHUNK):
        part = seqs[start:start + CHUNK]
        where = (HeldChange.origin_site_id == origin, HeldChange.seq.in_(part))
        lines += session.execute(select(HeldChange.entry).where(*where).order_by(HeldChange.seq)).scalars()
        session.execute(delete(HeldChange).where(*where))
    return lines
