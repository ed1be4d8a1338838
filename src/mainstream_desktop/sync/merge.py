"""Applying incoming changes, one at a time, inside the import's transaction (EXCHANGE.md, merge
rules). Each change ends in exactly one category, so the import can reconcile its counts:

- ``duplicate``: its ``(origin, seq)`` is already here (applied, held or rejected);
- ``held``: its sender's sequence has a gap here, or it edits a record not here yet;
- ``rejected``: untrusted origin, unknown table or field, a value its column cannot hold, a
  broken reference; quarantined with the reason, never dropped;
- ``new`` / ``updated`` / ``unchanged``: applied (or already there);
- ``conflicting``: at least one field was edited concurrently. Per field the winner is the
  higher clock stamp (which ends in the site id), so every replica keeps the same value whatever
  the order of import; the other value waits in the conflict queue with both authors and times.

A delete carries the newest change of the record its author had seen; an edit made elsewhere
after that is an edit-versus-delete conflict, decided by the same rule.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from mainstream_desktop.db.change_capture import (
    BOOKKEEPING,
    decode,
    dumps,
    encode,
    observe_hlc,
    site_state,
    synced_models,
)
from mainstream_desktop.models.exchange import (
    ChangeLogEntry,
    HeldChange,
    SyncConflict,
    SyncFrontier,
)
from mainstream_desktop.sync.bundle_format import ChangeLine

CONFLICT_NAMESPACE = uuid.UUID("6f1c2a8e-5b7d-4c1e-9a3f-2d4e6b8c0a1f")
REVIEW_TABLES = frozenset({"review_comment", "expert_mission", "peer_exchange", "lesson_learned",
                           "handbook_change_proposal", "proposal_lesson", "step_state"})
MAX_DETAILS = 2000
CATEGORIES = ("new", "updated", "unchanged", "duplicate", "conflicting", "held", "rejected")


@dataclass
class MergeOutcome:
    counts: Counter[str] = field(default_factory=Counter)
    details: list[tuple[str, str, str, str]] = field(default_factory=list)  # category, table, record, why

    def add(self, category: str, change: ChangeLine, why: str = "") -> None:
        self.counts[category] += 1
        if len(self.details) < MAX_DETAILS and (category not in ("new", "unchanged") or why):
            self.details.append((category, change.table, change.record_id, why))


@dataclass(frozen=True)
class MergeContext:
    local_site_id: uuid.UUID
    workspace_id: uuid.UUID
    workspace_code: str
    bundle_id: str
    base_frontier: dict[str, int]
    now: datetime
    may_write: Any  # (site_id: str, workspace_code: str, table: str) -> bool


class Rejected(Exception):
    """The change cannot be applied; the message says why."""


class Merger:
    def __init__(self, session: Session, context: MergeContext) -> None:
        self.session, self.context = session, context
        self.models = synced_models()
        self.outcome = MergeOutcome()
        self._known_seqs: dict[uuid.UUID, set[int]] = {}  # per origin: sequences already here
        self._frontiers: dict[uuid.UUID, int] = {}
        self.newest_hlc = ""

    # -- the one entry point -------------------------------------------------------------------
    def apply(self, change: ChangeLine, raw_line: str) -> str:
        category, why = self._classify(change, raw_line)
        self.outcome.add(category, change, why)
        return category

    def _classify(self, change: ChangeLine, raw_line: str) -> tuple[str, str]:
        origin = uuid.UUID(change.origin)
        if self._known(origin, change.seq):
            return "duplicate", ""
        if change.workspace_id != str(self.context.workspace_id):
            return self._quarantine(change, raw_line, "REJECTED", "the change belongs to another workspace")
        if not self.context.may_write(change.origin, self.context.workspace_code, change.table):
            return self._quarantine(change, raw_line, "REJECTED",
                                    f"site {change.origin} is not trusted for {self.context.workspace_code}")
        frontier = self.frontier(origin)
        base = self.context.base_frontier.get(change.origin, 0)
        if frontier < base:
            return self._quarantine(change, raw_line, "HELD",
                                    f"waiting for changes {frontier + 1}..{base} from site {change.origin}")
        savepoint = self.session.begin_nested()
        try:
            category = self._merge(change)
        except Held as held:
            savepoint.rollback()
            return self._quarantine(change, raw_line, "HELD", str(held))
        except (Rejected, ValueError, KeyError, TypeError, IntegrityError, DBAPIError) as exc:
            savepoint.rollback()
            return self._quarantine(change, raw_line, "REJECTED", _reason(exc))
        self._log(change)
        savepoint.commit()
        self._known_seqs.setdefault(origin, set()).add(change.seq)
        self.newest_hlc = max(self.newest_hlc, change.hlc)
        return category, ""

    def finish(self) -> None:
        """After the last change: our clock moves past every stamp received."""
        if self.newest_hlc:
            observe_hlc(self.session, self.newest_hlc)

    # -- bookkeeping ----------------------------------------------------------------------------
    def _known(self, origin: uuid.UUID, seq: int) -> bool:
        """Read once per origin, then kept up to date here."""
        if origin not in self._known_seqs:
            connection = self.session.connection()
            seqs = set(connection.execute(select(ChangeLogEntry.seq).where(
                ChangeLogEntry.origin_site_id == origin)).scalars())
            seqs |= set(connection.execute(select(HeldChange.seq).where(HeldChange.origin_site_id == origin)).scalars())
            self._known_seqs[origin] = seqs
        return seq in self._known_seqs[origin]

    def frontier(self, origin: uuid.UUID) -> int:
        if origin not in self._frontiers:
            self._frontiers[origin] = self._read_frontier(origin)
        return self._frontiers[origin]

    def _read_frontier(self, origin: uuid.UUID) -> int:
        if origin == self.context.local_site_id:  # this site has every change it made
            return site_state(self.session, origin).next_seq - 1
        value = self.session.connection().execute(select(SyncFrontier.applied_seq).where(
            SyncFrontier.origin_site_id == origin, SyncFrontier.workspace_id == self.context.workspace_id)).scalar()
        return int(value or 0)

    def advance_frontier(self, origin: str, upto: int) -> None:
        """After a bundle: every change of ``origin`` up to ``upto`` for this workspace is here."""
        origin_id = uuid.UUID(origin)
        current = self._read_frontier(origin_id)
        self._frontiers.pop(origin_id, None)
        connection = self.session.connection()
        if current == 0 and connection.execute(select(SyncFrontier.applied_seq).where(
                SyncFrontier.origin_site_id == origin_id,
                SyncFrontier.workspace_id == self.context.workspace_id)).first() is None:
            connection.execute(insert(SyncFrontier).values(origin_site_id=origin_id,
                                                           workspace_id=self.context.workspace_id,
                                                           applied_seq=upto))
        elif upto > current:
            connection.execute(update(SyncFrontier).where(
                SyncFrontier.origin_site_id == origin_id,
                SyncFrontier.workspace_id == self.context.workspace_id).values(applied_seq=upto))

    def _quarantine(self, change: ChangeLine, raw_line: str, status: str, reason: str) -> tuple[str, str]:
        self._known_seqs.setdefault(uuid.UUID(change.origin), set()).add(change.seq)
        self.session.connection().execute(insert(HeldChange).values(
            origin_site_id=uuid.UUID(change.origin), seq=change.seq, entry=raw_line,
            workspace_id=self.context.workspace_id, base_seq=self.context.base_frontier.get(change.origin, 0),
            upto_seq=change.seq, bundle_id=self.context.bundle_id, status=status, reason=reason,
            received_at=self.context.now))
        return ("held" if status == "HELD" else "rejected"), reason

    def _log(self, change: ChangeLine) -> None:
        self.session.connection().execute(insert(ChangeLogEntry), dict(
            origin_site_id=uuid.UUID(change.origin), seq=change.seq, hlc=change.hlc, actor=change.actor,
            table_name=change.table, record_id=uuid.UUID(change.record_id),
            workspace_id=uuid.UUID(change.workspace_id) if change.workspace_id else None, operation=change.op,
            payload=dumps(change.payload), recorded_at=_when(change.recorded_at, self.context.now),
            bundle_id=self.context.bundle_id))

    # -- the merge rules ------------------------------------------------------------------------
    def _merge(self, change: ChangeLine) -> str:
        model = self.models.get(change.table)
        if model is None:
            raise Rejected(f"unknown table {change.table!r}")
        table = model.__table__
        record_id = uuid.UUID(change.record_id)
        current = self.session.connection().execute(select(table).where(table.c.id == record_id)).mappings().first()
        if change.op == "insert":
            return self._insert(change, table, record_id, current)
        if current is None:
            raise Held("waiting for the record it changes (created at another site)")
        return self._update(change, table, record_id, dict(current))

    def _insert(self, change: ChangeLine, table: Any, record_id: uuid.UUID, current: Any) -> str:
        values = change.payload.get("values")
        if not isinstance(values, dict):
            raise Rejected("an insert without values")
        row = {name: decode(_column(table, name), value) for name, value in values.items() if name != "revision"}
        if row.get("id") != record_id:
            raise Rejected("the record's id does not match the change")
        if current is None:
            self.session.connection().execute(insert(table), {**row, "revision": 1})  # parameters: one cached statement
            return "new"
        differing = [name for name, value in row.items() if name not in BOOKKEEPING and current[name] != value]
        if not differing:
            return "unchanged"
        fields = {name: [None, encode(row[name])] for name in differing}
        return self._update(ChangeLine(change.origin, change.seq, change.hlc, change.actor, change.table,
                                       change.record_id, change.workspace_id, "update", {"fields": fields}, ""),
                            table, record_id, dict(current), original=change)

    def _update(self, change: ChangeLine, table: Any, record_id: uuid.UUID, current: dict[str, Any],
                original: ChangeLine | None = None) -> str:
        fields = change.payload.get("fields")
        if not isinstance(fields, dict) or not fields:
            raise Rejected("a change without fields")
        raw_meta = change.payload.get("meta")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        assignments: dict[str, Any] = {}
        conflicts = 0
        if change.op == "update" and current.get("deleted_at") is not None and "deleted_at" not in fields:
            conflicts += 1  # an edit of a record deleted here: edit against delete, never silent
            local = self._newest(table.name, record_id, operation="delete")
            if self._conflict(change, table.name, record_id, "deleted_at", current["deleted_at"], None, None, local):
                assignments["deleted_at"] = None
        for name, pair in fields.items():
            if name in BOOKKEEPING or name == "id":
                raise Rejected(f"the field {name!r} cannot be changed")
            column = _column(table, name)
            if not (isinstance(pair, list) and len(pair) == 2):
                raise Rejected(f"the field {name!r} has no old and new value")
            old, new = decode(column, pair[0]), decode(column, pair[1])
            local = current[name]
            if change.op == "resolve":  # a person's answer: taken everywhere, and the queue closes
                if local != new:
                    assignments[name] = new
                self._close_conflicts(table.name, record_id, name, change)
                continue
            if local == new:
                continue
            if local == old and not self._edited_after_delete(change, table, record_id, name, meta):
                assignments[name] = new
                continue
            conflicts += 1
            if self._conflict(change, table.name, record_id, name, local, new, old):
                assignments[name] = new
        if assignments:
            if isinstance(meta.get("updated_at"), str):
                assignments["updated_at"] = decode(table.c.updated_at, meta["updated_at"])
                assignments["updated_by"] = str(meta.get("updated_by", ""))[:200]
            assignments["revision"] = table.c.revision + 1
            self.session.connection().execute(update(table).where(table.c.id == record_id).values(**assignments))
        if conflicts:
            return "conflicting"
        return "updated" if assignments or change.op == "resolve" else "unchanged"

    def _edited_after_delete(self, change: ChangeLine, table: Any, record_id: uuid.UUID, name: str,
                             meta: dict[str, Any]) -> bool:
        """A delete whose author had not seen a later edit made elsewhere: a conflict, not a delete."""
        if change.op != "delete" or name != "deleted_at":
            return False
        seen = str(meta.get("seen_hlc", ""))
        later = self.session.connection().execute(select(ChangeLogEntry.hlc).where(
            ChangeLogEntry.table_name == table.name, ChangeLogEntry.record_id == record_id,
            ChangeLogEntry.hlc > seen, ChangeLogEntry.origin_site_id != uuid.UUID(change.origin))).first()
        return later is not None

    def _last_change(self, table_name: str, record_id: uuid.UUID, name: str) -> tuple[str, str, str]:
        """(hlc, "origin:seq", actor) of the newest change here that set this field."""
        rows = self.session.connection().execute(select(
            ChangeLogEntry.hlc, ChangeLogEntry.origin_site_id, ChangeLogEntry.seq, ChangeLogEntry.actor,
            ChangeLogEntry.operation, ChangeLogEntry.payload).where(
            ChangeLogEntry.table_name == table_name, ChangeLogEntry.record_id == record_id).order_by(
            ChangeLogEntry.hlc.desc()))
        for hlc, origin, seq, actor, operation, payload in rows:
            data = json.loads(payload)
            if operation == "insert" or name in data.get("fields", {}):
                return hlc, f"{origin}:{seq}", actor
        return "", "", ""

    def _conflict(self, change: ChangeLine, table_name: str, record_id: uuid.UUID, name: str, local: Any,
                  incoming: Any, base: Any, local_source: tuple[str, str, str] | None = None) -> bool:
        """Record the conflict; True when the incoming value wins the field. ``local_source`` is
        the (hlc, "origin:seq", actor) of the change behind the local value when it is not the
        last change of the field (edit against delete)."""
        if local_source is None and change.op == "delete":  # the edit the deleter had not seen
            local_source = self._newest(table_name, record_id, exclude_origin=change.origin)
        local_hlc, local_change, local_actor = local_source or self._last_change(table_name, record_id, name)
        incoming_change = f"{change.origin}:{change.seq}"
        incoming_wins = change.hlc > local_hlc
        pair = sorted([incoming_change, local_change])
        conflict_id = uuid.uuid5(CONFLICT_NAMESPACE, f"{table_name}:{record_id}:{name}:{pair[0]}:{pair[1]}")
        winner = (encode(incoming), incoming_change, change.actor, change.hlc)
        loser = (encode(local), local_change, local_actor, local_hlc)
        if not incoming_wins:
            winner, loser = loser, winner
        connection = self.session.connection()
        if connection.execute(select(SyncConflict.id).where(SyncConflict.id == conflict_id)).first() is None:
            connection.execute(insert(SyncConflict).values(
                id=conflict_id, table_name=table_name, record_id=record_id,
                workspace_id=self.context.workspace_id, field=name, base_value=json.dumps(encode(base)),
                winner_value=json.dumps(winner[0]), winner_change=winner[1], winner_actor=winner[2],
                winner_hlc=winner[3], loser_value=json.dumps(loser[0]), loser_change=loser[1],
                loser_actor=loser[2], loser_hlc=loser[3], status="OPEN"))
        return incoming_wins

    def _newest(self, table_name: str, record_id: uuid.UUID, *, operation: str = "",
                exclude_origin: str = "") -> tuple[str, str, str]:
        """(hlc, "origin:seq", actor) of the record's newest change here, of one operation or not
        made by one site."""
        query = select(ChangeLogEntry.hlc, ChangeLogEntry.origin_site_id, ChangeLogEntry.seq,
                       ChangeLogEntry.actor).where(ChangeLogEntry.table_name == table_name,
                                                   ChangeLogEntry.record_id == record_id)
        if operation:
            query = query.where(ChangeLogEntry.operation == operation)
        if exclude_origin:
            query = query.where(ChangeLogEntry.origin_site_id != uuid.UUID(exclude_origin))
        row = self.session.connection().execute(query.order_by(ChangeLogEntry.hlc.desc())).first()
        return (row.hlc, f"{row.origin_site_id}:{row.seq}", row.actor) if row else ("", "", "")

    def _close_conflicts(self, table_name: str, record_id: uuid.UUID, name: str, change: ChangeLine) -> None:
        self.session.connection().execute(update(SyncConflict).where(
            SyncConflict.table_name == table_name, SyncConflict.record_id == record_id, SyncConflict.field == name,
            SyncConflict.status == "OPEN").values(status="RESOLVED", resolved_by=change.actor[:200],
                                                  resolved_change=f"{change.origin}:{change.seq}"))


class Held(Exception):
    """The change must wait (for a gap, or for the record it edits)."""


def _column(table: Any, name: str) -> Any:
    if not isinstance(name, str) or name not in table.c:
        raise Rejected(f"unknown field {name!r} of {table.name}")
    return table.c[name]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, IntegrityError):
        return "it breaks a rule of the table (a missing referenced record, a duplicate or an empty required value)"
    if isinstance(exc, DBAPIError):
        return "the database refused a value"
    return str(exc) or type(exc).__name__


def _when(text: str, default: datetime) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return default
