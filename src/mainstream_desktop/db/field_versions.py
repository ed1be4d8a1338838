"""Field versions: which write holds each field of a record, and which writes conflict.

Every change in the log writes some fields of one record: an insert writes all of them, an
update (or delete, or a person's resolve) the fields it names. Every change also writes the
record's existence (``deleted_at``): a delete sets it, any other change keeps the record alive, so
an edit and a delete that did not see each other meet on that field.

A change names, per field it writes, the versions of that field its author had here (``base``:
field -> clock stamps of the writes then current). From these the history of a field is a graph,
the same at every site that holds the same changes, whatever the order they arrived in:

- the field's value is the value of its write with the highest clock stamp (last writer wins,
  stamps end in the site id, so there is never a tie);
- the *heads* are the writes no other write names as its base. Two heads with different values
  were written without seeing each other: an **open conflict**, one row per losing head;
- a write naming two or more bases with different values was made by someone who saw the
  conflict (a person's resolve, or an edit made afterwards): those rows are **resolved** by it.

A change without ``base`` (an insert, or a change written by an older program) is taken to have
seen every older write of the field. Conflict rows are a function of the changes present, so every
replica computes the same rows; they are recomputed for the fields a new change writes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from mainstream_desktop.models.exchange import ChangeLogEntry, SyncConflict

EXISTENCE = "deleted_at"
CONFLICT_NAMESPACE = uuid.UUID("6f1c2a8e-5b7d-4c1e-9a3f-2d4e6b8c0a1f")
MAX_BASES = 64

IDS_PER_QUERY = 500  # record ids in one IN list (SQLite allows 32766 parameters, PostgreSQL 65535)


@dataclass(frozen=True)
class FieldWrite:
    stamp: str  # the change's hybrid logical clock stamp: unique, and ordered
    change: str  # "origin:seq"
    actor: str
    operation: str
    value: Any  # as JSON
    bases: tuple[str, ...] | None  # None: saw every older write


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    field: str
    base: Any
    winner: FieldWrite
    loser: FieldWrite
    resolved_by: FieldWrite | None


Written = dict[str, tuple[Any, tuple[str, ...] | None]]


def writes_of_change(operation: str, payload: dict[str, Any]) -> Written:
    """Field -> (new value as JSON, bases) for one change's payload."""
    written: Written
    if operation == "insert":
        values = payload.get("values") or {}
        written = {name: (value, ()) for name, value in values.items() if name != "revision"}
        written.setdefault(EXISTENCE, (None, ()))
        return written
    fields = payload.get("fields") or {}
    raw_bases = payload.get("base")
    bases: dict[str, Any] = raw_bases if isinstance(raw_bases, dict) else {}
    written = {}
    for name, pair in fields.items():
        written[name] = (pair[1] if isinstance(pair, list) and len(pair) == 2 else None, _bases(bases, name))
    written.setdefault(EXISTENCE, (None, _bases(bases, EXISTENCE)))
    return written


def _bases(bases: dict[str, Any], name: str) -> tuple[str, ...] | None:
    value = bases.get(name)
    return tuple(str(stamp) for stamp in value) if isinstance(value, list) else None


def check_bases(payload: dict[str, Any]) -> None:
    """``ValueError`` when an incoming payload's ``base`` is not field -> list of stamps."""
    bases = payload.get("base")
    if bases is None:
        return
    if not isinstance(bases, dict):
        raise ValueError("the change's base is not a mapping of fields")
    for name, stamps in bases.items():
        if not isinstance(stamps, list) or len(stamps) > MAX_BASES or not all(
                isinstance(stamp, str) and len(stamp) <= 64 for stamp in stamps):
            raise ValueError(f"the base of field {name!r} is not a short list of clock stamps")


def record_writes(connection: Connection, table_name: str, record_id: uuid.UUID) -> dict[str, list[FieldWrite]]:
    """Every write of every field of the record held in the change log, oldest first."""
    return records_writes(connection, table_name, [record_id]).get(record_id, {})


def records_writes(connection: Connection, table_name: str, record_ids: Iterable[uuid.UUID],
                   fields: Collection[str] | None = None) -> dict[uuid.UUID, dict[str, list[FieldWrite]]]:
    """``record_writes`` of each of ``record_ids`` (those with any), only of ``fields`` when given,
    read ``IDS_PER_QUERY`` records a query: a table imported again updates thousands of records in
    one action."""
    wanted = list(dict.fromkeys(record_ids))
    histories: dict[uuid.UUID, dict[str, list[FieldWrite]]] = {}
    for start in range(0, len(wanted), IDS_PER_QUERY):
        rows = connection.execute(select(
            ChangeLogEntry.record_id, ChangeLogEntry.hlc, ChangeLogEntry.origin_site_id, ChangeLogEntry.seq,
            ChangeLogEntry.actor, ChangeLogEntry.operation, ChangeLogEntry.payload).where(
            ChangeLogEntry.table_name == table_name,
            ChangeLogEntry.record_id.in_(wanted[start:start + IDS_PER_QUERY])).order_by(ChangeLogEntry.hlc))
        for record_id, stamp, origin, seq, actor, operation, payload in rows:
            history = histories.setdefault(record_id, {})
            for name, (value, bases) in writes_of_change(operation, json.loads(payload)).items():
                if fields is None or name in fields:
                    history.setdefault(name, []).append(
                        FieldWrite(stamp, f"{origin}:{seq}", actor, operation, value, bases))
    return histories


def heads(writes: list[FieldWrite]) -> list[FieldWrite]:
    """The writes no other write has seen, oldest first."""
    seen: set[str] = set()
    newest_blind = ""  # the newest write without bases saw every older one
    for write in writes:
        if write.bases is None:
            newest_blind = max(newest_blind, write.stamp)
        else:
            seen.update(write.bases)
    return [w for w in writes if w.stamp not in seen and w.stamp >= newest_blind]


def winner(writes: list[FieldWrite]) -> FieldWrite:
    return max(writes, key=lambda write: write.stamp)


def current_bases(connection: Connection, table_name: str, record_id: uuid.UUID,
                  names: Iterable[str]) -> dict[str, list[str]]:
    """For a change about to be made here: per field, the stamps of the versions it replaces."""
    return bases_of(record_writes(connection, table_name, record_id), names)


def bases_of(history: dict[str, list[FieldWrite]], names: Iterable[str]) -> dict[str, list[str]]:
    """Per field of ``names`` (and the record's existence), the stamps of its current versions in
    ``history`` (a record's ``record_writes``)."""
    return {name: [w.stamp for w in heads(history.get(name, []))] for name in sorted({*names, EXISTENCE})}


def conflict_rows(table_name: str, record_id: uuid.UUID, name: str, writes: list[FieldWrite]) -> list[ConflictRow]:
    """The conflicts of one field, from its writes alone."""
    by_stamp = {w.stamp: w for w in writes}
    rows: dict[str, ConflictRow] = {}
    for merge in sorted(writes, key=lambda w: w.stamp):  # the first write to see a conflict resolves it
        merged = [by_stamp[s] for s in merge.bases or () if s in by_stamp]
        for row in _rows_between(table_name, record_id, name, merged, by_stamp, merge):
            rows.setdefault(row.loser.stamp, row)
    for row in _rows_between(table_name, record_id, name, heads(writes), by_stamp, None):
        rows.setdefault(row.loser.stamp, row)
    return list(rows.values())


def _rows_between(table_name: str, record_id: uuid.UUID, name: str, competing: list[FieldWrite],
                  by_stamp: dict[str, FieldWrite], resolved_by: FieldWrite | None) -> list[ConflictRow]:
    if len(competing) < 2:
        return []
    kept = winner(competing)
    return [ConflictRow(uuid.uuid5(CONFLICT_NAMESPACE, f"{table_name}:{record_id}:{name}:{w.change}"), name,
                        _common_value(kept, w, by_stamp), kept, w, resolved_by)
            for w in competing if w is not kept and w.value != kept.value]


def _common_value(first: FieldWrite, second: FieldWrite, by_stamp: dict[str, FieldWrite]) -> Any:
    """The value of the newest write both had seen (None when there is none here)."""
    common = _ancestors(first, by_stamp) & _ancestors(second, by_stamp)
    return by_stamp[max(common)].value if common else None


def _ancestors(write: FieldWrite, by_stamp: dict[str, FieldWrite]) -> set[str]:
    found: set[str] = set()
    pending = [write]
    while pending:
        current = pending.pop()
        parents = [s for s in by_stamp if s < current.stamp] if current.bases is None else \
            [s for s in current.bases if s in by_stamp]
        for stamp in parents:
            if stamp not in found:
                found.add(stamp)
                pending.append(by_stamp[stamp])
    return found


def store_conflicts(connection: Connection, table_name: str, record_id: uuid.UUID, workspace_id: uuid.UUID | None,
                    names: Iterable[str], history: dict[str, list[FieldWrite]]) -> list[ConflictRow]:
    """Bring the stored conflict rows of these fields in line with their writes; returns the open ones."""
    open_rows: list[ConflictRow] = []
    for name in sorted(set(names)):
        wanted = {row.id: row for row in conflict_rows(table_name, record_id, name, history.get(name, []))}
        stored = set(connection.execute(select(SyncConflict.id).where(
            SyncConflict.table_name == table_name, SyncConflict.record_id == record_id,
            SyncConflict.field == name)).scalars())
        stale = stored - set(wanted)
        if stale:
            connection.execute(delete(SyncConflict).where(SyncConflict.id.in_(stale)))
        for conflict_id, row in wanted.items():
            values = _stored_values(row, table_name, record_id, workspace_id)
            if conflict_id in stored:
                connection.execute(update(SyncConflict).where(SyncConflict.id == conflict_id).values(**values))
            else:
                connection.execute(insert(SyncConflict).values(id=conflict_id, **values))
            if row.resolved_by is None:
                open_rows.append(row)
    return open_rows


def _stored_values(row: ConflictRow, table_name: str, record_id: uuid.UUID,
                   workspace_id: uuid.UUID | None) -> dict[str, Any]:
    resolved = row.resolved_by
    return dict(table_name=table_name, record_id=record_id, workspace_id=workspace_id, field=row.field,
                base_value=json.dumps(row.base), winner_value=json.dumps(row.winner.value),
                winner_change=row.winner.change, winner_actor=row.winner.actor[:200], winner_hlc=row.winner.stamp,
                loser_value=json.dumps(row.loser.value), loser_change=row.loser.change,
                loser_actor=row.loser.actor[:200], loser_hlc=row.loser.stamp,
                status="OPEN" if resolved is None else "RESOLVED",
                resolved_by=resolved.actor[:200] if resolved else "", resolved_change=resolved.change if resolved else "")
