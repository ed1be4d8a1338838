"""The change log, written in the same transaction as every change to a synced table.

Capture is generic: an ``after_flush`` listener looks at every synced record the flush inserted
or changed and appends one ``change_log`` entry per record, so a new table syncs without new
sync code. Bulk paths that bypass the ORM (the table import) hand their rows to
``record_bulk_changes``. Changes applied from a bundle are logged by the merge itself (with their
own origin), so the listener steps aside while ``session.info["applying"]`` is set.

An entry carries ``(origin_site_id, seq)`` (a per-site counter, the unit of idempotency), a hybrid
logical clock stamp, the user, table, record id, workspace, operation and payload:
``{"values": {...}}`` for an insert, ``{"fields": {name: [old, new]}, "base": {name: [stamps]},
"meta": {...}}`` for an update (``delete`` is the update that sets the tombstone; ``base`` names the
field versions the change replaces, see ``field_versions``). Values are JSON: UUIDs, dates and
datetimes as ISO strings, enums as their value.
"""

from __future__ import annotations

import enum
import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from mainstream_desktop.db.field_versions import (
    EXISTENCE,
    IDS_PER_QUERY,
    bases_of,
    record_writes,
    records_writes,
    store_conflicts,
)
from mainstream_desktop.models.base import Base, SyncedRecord
from mainstream_desktop.models.exchange import ChangeLogEntry, SiteState, SyncConflict
from mainstream_desktop.models.workspace import Site, Workspace

MAX_HLC_COUNTER = 999_999
BOOKKEEPING = frozenset({"revision", "updated_at", "updated_by"})  # carried as meta, never merged


@dataclass(frozen=True)
class PendingChange:
    table_name: str
    record_id: uuid.UUID
    workspace_id: uuid.UUID | None
    operation: str
    payload: dict[str, Any]


def synced_models() -> dict[str, Any]:
    """Table name -> ORM class of every table whose records travel."""
    return {getattr(mapper.class_, "__tablename__"): mapper.class_ for mapper in Base.registry.mappers
            if issubclass(mapper.class_, SyncedRecord)}


def encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def decode(column: Column[Any], value: Any) -> Any:
    """A JSON value back to what the column stores; ``ValueError`` when it cannot be."""
    if value is None:
        return None
    python_type = decoded_type(column)
    if python_type is uuid.UUID:
        return uuid.UUID(str(value))
    if python_type is datetime:
        return datetime.fromisoformat(str(value))
    if python_type is date:
        return date.fromisoformat(str(value))
    if python_type is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{column.name}: expected true or false")
        return value
    if python_type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name}: expected a whole number")
        return value
    if python_type is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{column.name}: expected a number")
        return float(value)
    if not isinstance(value, str):
        raise ValueError(f"{column.name}: expected text")
    length = getattr(column.type, "length", None)
    if length is not None and len(value) > length:
        raise ValueError(f"{column.name}: longer than {length} characters")
    return value


Decoder = Callable[[Any], Any]


def column_decoder(column: Column[Any]) -> Decoder:
    """``decode`` for one column with the column's rule worked out once (its python type, its
    length): the same values and the same ``ValueError`` messages, without finding the rule again
    for every value. The bulk import decodes whole batches through these."""
    name = column.name
    python_type = decoded_type(column)
    if python_type is uuid.UUID:
        return _decode_uuid
    if python_type is datetime:
        return _decode_datetime
    if python_type is date:
        return _decode_date
    if python_type is bool:
        return _boolean_decoder(name)
    if python_type is int:
        return _integer_decoder(name)
    if python_type is float:
        return _float_decoder(name)
    return _text_decoder(name, getattr(column.type, "length", None))


def _decode_uuid(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _decode_datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value))


def _decode_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _boolean_decoder(name: str) -> Decoder:
    def decode_boolean(value: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        raise ValueError(f"{name}: expected true or false")
    return decode_boolean


def _integer_decoder(name: str) -> Decoder:
    def decode_integer(value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name}: expected a whole number")  # noqa: TRY004 - decode's error
        return value
    return decode_integer


def _float_decoder(name: str) -> Decoder:
    def decode_float(value: Any) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{name}: expected a number")  # noqa: TRY004 - decode's error
        return float(value)
    return decode_float


def _text_decoder(name: str, length: int | None) -> Decoder:
    def decode_text(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"{name}: expected text")  # noqa: TRY004 - decode's error
        if length is not None and len(value) > length:
            raise ValueError(f"{name}: longer than {length} characters")
        return value
    return decode_text


def decoded_type(column: Column[Any]) -> type:
    """The type of the values ``decode`` gives for ``column`` (text for enumerations and for types
    without a Python type)."""
    try:
        python_type: type = column.type.python_type
    except NotImplementedError:
        return str
    return str if issubclass(python_type, enum.Enum) else python_type


def workspace_of(record: Any) -> uuid.UUID | None:
    if isinstance(record, Workspace):
        return record.id
    return getattr(record, "workspace_id", None)


def row_values(record: Any) -> dict[str, Any]:
    return {column.key: encode(getattr(record, column.key)) for column in inspect(record).mapper.column_attrs
            if column.key != "revision"}


def _insert_change(record: Any) -> PendingChange:
    return PendingChange(record.__tablename__, record.id, workspace_of(record), "insert",
                         {"values": row_values(record)})


def _update_change(record: Any) -> PendingChange | None:
    state = inspect(record)
    fields: dict[str, list[Any]] = {}
    for attribute in state.mapper.column_attrs:
        if attribute.key in BOOKKEEPING:
            continue
        history = state.attrs[attribute.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            fields[attribute.key] = [encode(old), encode(new)]
    if not fields:
        return None
    if "deleted_at" not in fields and getattr(record, "deleted_at", None) is not None:  # an edit of a deleted record keeps it deleted
        fields["deleted_at"] = [encode(record.deleted_at)] * 2
    deleting = "deleted_at" in fields and fields["deleted_at"][0] is None and fields["deleted_at"][1] is not None
    meta = {"updated_at": encode(record.updated_at), "updated_by": record.updated_by}
    return PendingChange(record.__tablename__, record.id, workspace_of(record), "delete" if deleting else "update",
                         {"fields": fields, "meta": meta})


@event.listens_for(Session, "after_flush")
def _capture(session: Session, _context: Any) -> None:
    if session.info.get("applying") or session.info.get("capture_off"):
        return
    changes = [_insert_change(r) for r in session.new if isinstance(r, SyncedRecord)]
    changes += [c for c in (_update_change(r) for r in session.dirty if isinstance(r, SyncedRecord)) if c]
    if session.info.get("resolving"):  # a person's answer to a conflict: every replica takes it
        changes = [PendingChange(c.table_name, c.record_id, c.workspace_id, "resolve", c.payload)
                   if c.operation == "update" else c for c in changes]
    if changes:
        _log_with_bases(session, changes)


def _log_with_bases(session: Session, changes: list[PendingChange]) -> None:
    """Log ``changes``, each change of existing records naming the versions of its fields it
    replaces (its ``base``: what makes two edits that did not see each other a conflict), and close
    the conflicts they answer. The histories are read a table and a few hundred records at a time."""
    connection = session.connection()
    edits = [change for change in changes if change.operation != "insert"]
    for table_name, of_table in _by_table(edits).items():
        fields = {EXISTENCE}.union(*(change.payload["fields"] for change in of_table))
        histories = records_writes(connection, table_name, [change.record_id for change in of_table], fields)
        for change in of_table:
            change.payload["base"] = bases_of(histories.get(change.record_id, {}), change.payload["fields"])
    record_changes(session, changes)
    settle_conflicts(session, edits)


def _by_table(changes: list[PendingChange]) -> dict[str, list[PendingChange]]:
    tables: dict[str, list[PendingChange]] = {}
    for change in changes:
        tables.setdefault(change.table_name, []).append(change)
    return tables


def settle_conflicts(session: Session, changes: list[PendingChange]) -> None:
    """A local change made after a conflict was seen closes it (the same on every replica)."""
    connection = session.connection()
    for table_name, of_table in _by_table(changes).items():
        records = list(dict.fromkeys(change.record_id for change in of_table))
        disputed: set[uuid.UUID] = set()
        for start in range(0, len(records), IDS_PER_QUERY):
            disputed.update(connection.execute(select(SyncConflict.record_id).distinct().where(
                SyncConflict.table_name == table_name,
                SyncConflict.record_id.in_(records[start:start + IDS_PER_QUERY]))).scalars())
        for change in of_table:
            if change.record_id in disputed:
                history = record_writes(connection, table_name, change.record_id)
                store_conflicts(connection, table_name, change.record_id, change.workspace_id,
                                {*change.payload["fields"], EXISTENCE}, history)


def record_bulk_changes(session: Session, changes: Iterable[PendingChange]) -> None:
    """For bulk statements that bypass the ORM: log their changes like the listener would, with the
    bases of their updates (a table imported again at two sites edits the same values: a conflict)."""
    pending = list(changes)
    if pending and not session.info.get("capture_off"):
        _log_with_bases(session, pending)


def local_site_id(session: Session) -> uuid.UUID:
    site_id = session.connection().execute(select(Site.id).where(Site.is_local)).scalar()
    if site_id is None:
        raise RuntimeError("this data folder has no site identity yet: it is made when the data folder is opened")
    return site_id


def hlc_stamp(millis: int, counter: int, site_id: uuid.UUID) -> str:
    """Fixed-width, so comparing the strings compares (time, counter, site)."""
    return f"{millis:015d}-{counter:06d}-{site_id.hex}"


def parse_hlc(stamp: str) -> tuple[int, int]:
    millis, counter, _site = stamp.split("-")
    return int(millis), int(counter)


def next_hlc(last: str, site_id: uuid.UUID, now_millis: int | None = None) -> str:
    physical = now_millis if now_millis is not None else time.time_ns() // 1_000_000
    if last:
        last_millis, last_counter = parse_hlc(last)
        if last_millis >= physical:  # the counter carries into the milliseconds: the stamp keeps its width
            return hlc_stamp(last_millis + 1, 0, site_id) if last_counter >= MAX_HLC_COUNTER else \
                hlc_stamp(last_millis, last_counter + 1, site_id)
    return hlc_stamp(physical, 0, site_id)


def site_state(session: Session, site_id: uuid.UUID) -> SiteState:
    connection = session.connection()
    row = connection.execute(select(SiteState).where(SiteState.site_id == site_id).with_for_update()).first()
    if row is None:
        connection.execute(insert(SiteState).values(site_id=site_id, next_seq=1, last_hlc=""))
        return SiteState(site_id=site_id, next_seq=1, last_hlc="")
    return SiteState(site_id=row.site_id, next_seq=row.next_seq, last_hlc=row.last_hlc)


def observe_hlc(session: Session, stamp: str) -> None:
    """An incoming clock stamp moves ours forward, so later local edits sort after it."""
    site_id = local_site_id(session)
    state = site_state(session, site_id)
    if stamp > state.last_hlc:
        millis, counter = parse_hlc(stamp)
        session.connection().execute(update(SiteState).where(SiteState.site_id == site_id).values(
            last_hlc=hlc_stamp(millis, counter, site_id)))


def record_changes(session: Session, changes: list[PendingChange]) -> None:
    site_id = local_site_id(session)
    state = site_state(session, site_id)
    actor = session.info.get("actor", "")
    now = session.info["clock"]() if "clock" in session.info else datetime.now().astimezone()
    stamp, seq, rows = state.last_hlc, state.next_seq, []
    for change in changes:
        stamp = next_hlc(stamp, site_id)
        rows.append({"origin_site_id": site_id, "seq": seq, "hlc": stamp, "actor": actor,
                     "table_name": change.table_name, "record_id": change.record_id,
                     "workspace_id": change.workspace_id, "operation": change.operation,
                     "payload": dumps(change.payload), "recorded_at": now, "bundle_id": ""})
        seq += 1
    connection = session.connection()
    connection.execute(insert(ChangeLogEntry), rows)
    connection.execute(update(SiteState).where(SiteState.site_id == site_id).values(
        next_seq=seq, last_hlc=stamp))


def dumps(value: Mapping[str, Any] | list[Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
