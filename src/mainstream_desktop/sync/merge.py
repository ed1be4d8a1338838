"""Applying incoming changes, one at a time, inside the import's transaction (EXCHANGE.md, merge
rules). Each change ends in exactly one category, so the import can reconcile its counts:

- ``duplicate``: its ``(origin, seq)`` is already here (applied, held or rejected);
- ``held``: its sender's sequence has a gap here, or it edits a record not here yet;
- ``rejected``: untrusted origin, unknown table or field, a value its column cannot hold, a
  broken reference; quarantined with the reason, never dropped;
- ``new`` / ``updated`` / ``unchanged``: applied (or already there);
- ``conflicting``: at least one field it writes was written elsewhere by someone who had not seen
  it (or it had not seen them).

Per field the value is that of the write with the highest clock stamp (stamps end in the site
id), and the conflicts follow from the field versions each change names as its base
(``db.field_versions``): both depend only on the set of changes present, never on the order they
arrived in, so every replica keeps the same values and the same conflict queue. An edit and a
delete meet on the record's existence, which every change writes.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from mainstream_desktop.core.ownership import HUB_WRITABLE_TABLES
from mainstream_desktop.db.change_capture import (
    BOOKKEEPING,
    decode,
    dumps,
    observe_hlc,
    site_state,
    synced_models,
)
from mainstream_desktop.db.field_versions import (
    EXISTENCE,
    check_bases,
    record_writes,
    store_conflicts,
    winner,
)
from mainstream_desktop.models.exchange import ChangeLogEntry, HeldChange, SyncFrontier
from mainstream_desktop.sync.bundle_format import ChangeLine

REVIEW_TABLES = HUB_WRITABLE_TABLES  # the review layer a hub may write (core.ownership holds the list)
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

    def add_new(self, count: int) -> None:
        """``count`` changes applied as new records (which, without a reason, add no detail)."""
        self.counts["new"] += count


@dataclass(frozen=True)
class MergeContext:
    local_site_id: uuid.UUID
    workspace_id: uuid.UUID
    workspace_code: str
    bundle_id: str
    base_frontier: dict[str, int]
    now: datetime
    may_write: Any  # (site_id: str, workspace_code: str, table: str) -> bool
    claimed_frontier: dict[str, int] = field(default_factory=dict)  # the bundle's new frontier
    record_rules: Any = None  # IncomingRules: a record spec's rules for the records that have one


class Verdict(NamedTuple):
    status: str  # duplicate | REJECTED | HELD
    reason: str


DUPLICATE = Verdict("duplicate", "")


def quarantined(status: str, reason: str) -> tuple[str, str]:
    """The category (and reason) of a change quarantined with ``status``."""
    return ("held" if status == "HELD" else "rejected"), reason


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
        self._workspace_text = str(context.workspace_id)

    # -- one change at a time -----------------------------------------------------------------
    def apply(self, change: ChangeLine, raw_line: str) -> str:
        category, why = self._classify(change, raw_line)
        self.outcome.add(category, change, why)
        return category

    def _classify(self, change: ChangeLine, raw_line: str) -> tuple[str, str]:
        origin = uuid.UUID(change.origin)
        verdict = self.verdict(change, origin)
        if verdict is not None:
            return self.settle(change, raw_line, verdict)
        return self.merge_one(change, raw_line, origin)

    def verdict(self, change: ChangeLine, origin: uuid.UUID) -> Verdict | None:
        """What becomes of the change before its record is looked at (duplicate, rejected for its
        workspace or its origin's trust, held for a gap), or None when it is to be merged. Writes
        nothing: ``settle`` carries the verdict out."""
        if self._known(origin, change.seq):
            return DUPLICATE
        if change.workspace_id != self._workspace_text:
            return Verdict("REJECTED", "the change belongs to another workspace")
        return self._origin_verdict(change, origin)

    def _origin_verdict(self, change: ChangeLine, origin: uuid.UUID) -> Verdict | None:
        """The parts of ``verdict`` that are the same for every change of an origin and table: the
        origin's trust, and the sender's frontier."""
        if not self.context.may_write(change.origin, self.context.workspace_code, change.table):
            code = self.context.workspace_code
            return Verdict("REJECTED", f"site {change.origin} is not trusted here for {code} (not in the trust "
                                       "list, or trusted for other workspaces): kept aside, not applied")
        frontier = self.frontier(origin)
        base = self.context.base_frontier.get(change.origin, 0)
        if frontier < base:
            return Verdict("HELD", f"waiting for changes {frontier + 1}..{base} from site {change.origin}")
        return None

    def known_when_trusted(self, change: ChangeLine, origin: uuid.UUID) -> set[int] | None:
        """For changes of ``change``'s origin and table: the origin's sequences here (the live set,
        which ``remember`` keeps up to date) when their trust and frontier pass, else None. With the
        set, ``verdict`` of such a change into this workspace is None exactly when its sequence is
        not in the set."""
        return self._known_set(origin) if self._origin_verdict(change, origin) is None else None

    @property
    def workspace_text(self) -> str:
        return self._workspace_text

    def settle(self, change: ChangeLine, raw_line: str, verdict: Verdict) -> tuple[str, str]:
        if verdict.status == DUPLICATE.status:
            return "duplicate", ""
        return self._quarantine(change, raw_line, verdict.status, verdict.reason)

    def merge_one(self, change: ChangeLine, raw_line: str, origin: uuid.UUID) -> tuple[str, str]:
        """The merge rules for one change that passed its verdict, in its own savepoint."""
        savepoint = self.session.begin_nested()
        try:
            category = self._merge(change)
        except Held as held:
            savepoint.rollback()
            return self._quarantine(change, raw_line, "HELD", str(held))
        except (Rejected, ValueError, KeyError, TypeError, IntegrityError, DBAPIError) as exc:
            savepoint.rollback()
            return self._quarantine(change, raw_line, "REJECTED", _reason(exc))
        savepoint.commit()
        self.note_applied(origin, change)
        return category, ""

    def note_applied(self, origin: uuid.UUID, change: ChangeLine) -> None:
        self.remember(origin, change.seq)
        self.newest_hlc = max(self.newest_hlc, change.hlc)

    def remember(self, origin: uuid.UUID, seq: int) -> None:
        """``(origin, seq)`` is here from now on: it comes again as a duplicate."""
        self._known_seqs.setdefault(origin, set()).add(seq)

    def finish(self) -> None:
        """After the last change: our clock moves past every stamp received."""
        if self.newest_hlc:
            observe_hlc(self.session, self.newest_hlc)

    # -- bookkeeping ----------------------------------------------------------------------------
    def _known(self, origin: uuid.UUID, seq: int) -> bool:
        return seq in self._known_set(origin)

    def _known_set(self, origin: uuid.UUID) -> set[int]:
        """The origin's sequences here: read once per origin, then kept up to date by ``remember``."""
        if origin not in self._known_seqs:
            connection = self.session.connection()
            seqs = set(connection.execute(select(ChangeLogEntry.seq).where(
                ChangeLogEntry.origin_site_id == origin)).scalars())
            seqs |= set(connection.execute(select(HeldChange.seq).where(HeldChange.origin_site_id == origin)).scalars())
            self._known_seqs[origin] = seqs
        return self._known_seqs[origin]

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
        """After a bundle: every change of ``origin`` up to ``upto`` for this workspace is here,
        except those held here: the frontier stops before the first of them, so that this site
        never claims (nor relays as covered) a change it does not hold."""
        origin_id = uuid.UUID(origin)
        connection = self.session.connection()
        first_held = connection.execute(select(func.min(HeldChange.seq)).where(
            HeldChange.origin_site_id == origin_id, HeldChange.workspace_id == self.context.workspace_id,
            HeldChange.status == "HELD")).scalar()
        if first_held is not None:
            upto = min(upto, int(first_held) - 1)
        current = self._read_frontier(origin_id)
        self._frontiers.pop(origin_id, None)
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
        self.remember(uuid.UUID(change.origin), change.seq)
        self.session.connection().execute(insert(HeldChange).values(**self.quarantine_row(change, raw_line, status, reason)))
        return quarantined(status, reason)

    def quarantine_row(self, change: ChangeLine, raw_line: str, status: str, reason: str) -> dict[str, Any]:
        """The quarantine's row of a held (``HELD``) or rejected (``REJECTED``) change."""
        return {"origin_site_id": uuid.UUID(change.origin), "seq": change.seq, "entry": raw_line,
                "workspace_id": self.context.workspace_id,
                "base_seq": self.context.base_frontier.get(change.origin, 0),
                "upto_seq": max(change.seq, self.context.claimed_frontier.get(change.origin, 0)),
                "bundle_id": self.context.bundle_id, "status": status, "reason": reason,
                "received_at": self.context.now}

    def _log(self, change: ChangeLine) -> None:
        self.session.connection().execute(insert(ChangeLogEntry), dict(
            origin_site_id=uuid.UUID(change.origin), seq=change.seq, hlc=change.hlc, actor=change.actor,
            table_name=change.table, record_id=uuid.UUID(change.record_id),
            workspace_id=uuid.UUID(change.workspace_id) if change.workspace_id else None, operation=change.op,
            payload=change.payload_json or dumps(change.payload), recorded_at=when_recorded(change.recorded_at, self.context.now),
            bundle_id=self.context.bundle_id))

    # -- the merge rules ------------------------------------------------------------------------
    def _merge(self, change: ChangeLine) -> str:
        model = self.models.get(change.table)
        if model is None:
            raise Rejected(f"unknown table {change.table!r}")
        table = model.__table__
        record_id = uuid.UUID(change.record_id)
        exists = self.session.connection().execute(select(table.c.id).where(table.c.id == record_id)).first()
        rules = self.context.record_rules
        if change.op == "insert":
            written = _insert_values(change, table, record_id)
            if rules is not None and (problem := rules.new_record_problem(table.name, written)):
                raise Rejected(problem)
            if exists is None:
                return self._insert(change, table, record_id)
        elif exists is None:
            raise Held("waiting for the record it changes (created at another site)")
        else:
            written = _changed_values(change, table)
            if rules is not None and (problem := rules.changed_fields_problem(table.name, written)):
                raise Rejected(problem)
        return self._apply_writes(change, table, record_id, written)

    def _insert(self, change: ChangeLine, table: Any, record_id: uuid.UUID) -> str:
        row = _insert_values(change, table, record_id)
        self.session.connection().execute(insert(table), {**row, "revision": 1})  # parameters: one cached statement
        self._log(change)
        return "new"

    def _apply_writes(self, change: ChangeLine, table: Any, record_id: uuid.UUID, written: dict[str, Any]) -> str:
        """Each field the change writes takes the value of its newest write; the conflicts of those
        fields are worked out again from their writes (``field_versions``)."""
        self._log(change)
        connection = self.session.connection()
        history = record_writes(connection, table.name, record_id)
        names = {*written, EXISTENCE} - BOOKKEEPING - {"id"} if EXISTENCE in table.c else set(written) - BOOKKEEPING - {"id"}
        assignments = {}
        for name in names:
            newest = winner(history[name])
            if newest.stamp == change.hlc:
                assignments[name] = written[name] if name in written else None
        if assignments:
            meta = change.payload.get("meta")
            if isinstance(meta, dict) and isinstance(meta.get("updated_at"), str):
                assignments["updated_at"] = decode(table.c.updated_at, meta["updated_at"])
                assignments["updated_by"] = str(meta.get("updated_by", ""))[:200]
            assignments["revision"] = table.c.revision + 1
            connection.execute(update(table).where(table.c.id == record_id).values(**assignments))
        workspace_id = uuid.UUID(change.workspace_id) if change.workspace_id else None
        open_rows = store_conflicts(connection, table.name, record_id, workspace_id, names, history)
        if any(change.hlc in (row.winner.stamp, row.loser.stamp) for row in open_rows):
            return "conflicting"
        if assignments or change.op == "resolve":
            return "updated"
        return "unchanged"


def _insert_values(change: ChangeLine, table: Any, record_id: uuid.UUID) -> dict[str, Any]:
    values = change.payload.get("values")
    if not isinstance(values, dict):
        raise Rejected("an insert without values")
    row = {name: decode(_column(table, name), value) for name, value in values.items() if name != "revision"}
    if row.get("id") != record_id:
        raise Rejected("the record's id does not match the change")
    return row


def _changed_values(change: ChangeLine, table: Any) -> dict[str, Any]:
    fields = change.payload.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise Rejected("a change without fields")
    check_bases(change.payload)
    written = {}
    for name, pair in fields.items():
        if name in BOOKKEEPING or name == "id":
            raise Rejected(f"the field {name!r} cannot be changed")
        column = _column(table, name)
        if not (isinstance(pair, list) and len(pair) == 2):
            raise Rejected(f"the field {name!r} has no old and new value")
        decode(column, pair[0])
        written[name] = decode(column, pair[1])
    return written


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


def when_recorded(text: str, default: datetime) -> datetime:
    """A change's ``recorded_at``; one that does not parse is replaced by ``default`` (the import time)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return default
