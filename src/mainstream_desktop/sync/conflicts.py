"""The conflict queue and the audit trail, read from the sync tables.

A conflict is resolved by a person choosing the kept value, the other one, or a value of their
own; the answer is written as a ``resolve`` change, which travels like any other and closes the
same conflict on every replica. A record's history is its change-log entries, newest first; the
workspace's audit trail exports as CSV (UTF-8 with BOM), written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mainstream_desktop.core.atomic_files import atomic_output
from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.problems import error
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.change_capture import (
    PendingChange,
    decode,
    encode,
    record_changes,
    settle_conflicts,
    synced_models,
)
from mainstream_desktop.db.field_versions import current_bases
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.exchange import ChangeLogEntry, SyncConflict


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    record_id: str
    field: str
    kept_value: Any
    kept_by: str
    kept_at: str
    other_value: Any
    other_by: str
    other_at: str
    base_value: Any
    status: str


@dataclass(frozen=True)
class HistoryEntry:
    change: str  # "origin:seq"
    when: str
    actor: str
    operation: str
    fields: dict[str, Any]
    bundle_id: str


def _clock_time(hlc: str) -> str:
    from datetime import UTC, datetime

    try:
        return datetime.fromtimestamp(int(hlc.split("-")[0]) / 1000, UTC).isoformat(timespec="seconds")
    except (ValueError, IndexError):
        return ""


def _view(row: SyncConflict) -> ConflictView:
    return ConflictView(str(row.id), row.table_name, str(row.record_id), row.field, json.loads(row.winner_value),
                        row.winner_actor, _clock_time(row.winner_hlc), json.loads(row.loser_value), row.loser_actor,
                        _clock_time(row.loser_hlc), json.loads(row.base_value), row.status)


class ConflictService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def conflicts(self, workspace_code: str, include_resolved: bool = False) -> list[ConflictView]:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            query = select(SyncConflict).where(SyncConflict.workspace_id == workspace.id)
            if not include_resolved:
                query = query.where(SyncConflict.status == "OPEN")
            return [_view(r) for r in uow.session.scalars(query.order_by(SyncConflict.table_name,
                                                                          SyncConflict.record_id))]

    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> None:
        """``choice``: "kept" (the value held now), "other" (the losing one) or "value" (``value``)."""
        if choice not in ("kept", "other", "value"):
            raise InvalidInput([error("choice", "bad_choice", "Choose the kept value, the other one, or a value.")])
        with self._uow() as uow:
            session = uow.session
            row = session.get(SyncConflict, _uuid(conflict_id))
            if row is None:
                raise NotFound(f"conflict {conflict_id} does not exist")
            if row.status != "OPEN":
                raise InvalidInput([error("conflict", "already_resolved", "This conflict is already resolved.")])
            model = synced_models()[row.table_name]
            record = session.get(model, row.record_id)
            if record is None:
                raise NotFound("the record of this conflict no longer exists")
            column = model.__table__.c[row.field]
            raw = json.loads(row.winner_value if choice == "kept" else row.loser_value) if choice != "value" else value
            try:
                chosen = decode(column, raw)
            except ValueError as exc:
                raise InvalidInput([error(row.field, "bad_value", str(exc))]) from exc
            current = getattr(record, row.field)
            self._check_rules(row.table_name, record, row.field, chosen)
            session.info["capture_off"] = True  # the resolve entry below is the one record of it
            setattr(record, row.field, chosen)
            try:
                session.flush()
            except IntegrityError as exc:
                raise InvalidInput([error(row.field, "breaks_rule", "This value breaks a rule of the table (empty, "
                                                                    "repeated or pointing nowhere).")]) from exc
            fields = {row.field: [encode(current), encode(chosen)]}
            if row.field != "deleted_at" and getattr(record, "deleted_at", None) is not None:
                fields["deleted_at"] = [encode(record.deleted_at)] * 2  # the answer keeps the record deleted
            change = PendingChange(row.table_name, row.record_id, row.workspace_id, "resolve", {
                "fields": fields,
                "base": current_bases(session.connection(), row.table_name, row.record_id, fields),
                "meta": {"updated_at": encode(record.updated_at), "updated_by": record.updated_by,
                         "conflict": str(row.id)}})
            record_changes(session, [change])
            settle_conflicts(session, [change])  # the answer saw every open value: the rows close

    def _check_rules(self, table_name: str, record: Any, field_name: str, chosen: Any) -> None:
        """The record with the chosen value must pass its table's rules, as an edit would."""
        from mainstream_desktop.core.record_registry import ALL_SPECS
        from mainstream_desktop.core.records import model_of, validate_values
        from mainstream_desktop.core.reference_data import ReferenceData

        spec = next((s for s in ALL_SPECS.values() if model_of(s).__tablename__ == table_name), None)
        if spec is None or field_name not in {f.name for f in spec.fields}:
            return
        values = {f.name: getattr(record, f.name) for f in spec.fields if hasattr(record, f.name)}
        values[field_name] = chosen
        reference = ReferenceData(self._uow)
        codes = {f.code_list: reference.known_codes(f.code_list) for f in spec.fields if f.code_list}
        codes["COUNTRY"] = reference.known_codes("COUNTRY")
        problems = [p for p in validate_values(spec, values, codes) if p.field == field_name]
        if problems:
            raise InvalidInput(problems)

    def history(self, record_id: str, table: str = "") -> list[HistoryEntry]:
        """The record's changes, newest first. The change log is searched by table and record (its
        index), in ``table`` or, when the caller does not know it, in each table whose records
        travel: the record id alone would read the whole log."""
        tables = [table] if table else sorted(synced_models())
        with self._uow() as uow:
            rows = uow.session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.table_name.in_(tables),
                                                                    ChangeLogEntry.record_id == _uuid(record_id))
                                       .order_by(ChangeLogEntry.hlc.desc()))
            return [HistoryEntry(f"{r.origin_site_id}:{r.seq}", _clock_time(r.hlc), r.actor, r.operation,
                                 json.loads(r.payload).get("fields") or json.loads(r.payload).get("values", {}),
                                 r.bundle_id) for r in rows]

    def export_audit(self, workspace_code: str, path: Path) -> int:
        """Every change of the workspace as CSV (UTF-8 with a byte-order mark, so spreadsheet
        programs read it right), oldest first; returns the number of changes. The rows stream into a
        partial file that becomes ``path`` whole, or not at all (``atomic_output``)."""
        count = 0
        with self._uow() as uow, atomic_output(path) as handle:
            workspace = workspace_by_code(uow.session, workspace_code)
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            try:
                writer = csv.writer(text)
                writer.writerow(["when", "user", "site", "sequence", "table", "record", "operation", "changes",
                                 "bundle"])
                for r in uow.session.scalars(select(ChangeLogEntry).where(
                        ChangeLogEntry.workspace_id == workspace.id).order_by(ChangeLogEntry.hlc)):
                    writer.writerow([_clock_time(r.hlc), r.actor, str(r.origin_site_id), r.seq, r.table_name,
                                     str(r.record_id), r.operation, r.payload, r.bundle_id])
                    count += 1
                text.flush()
            finally:
                text.detach()  # the binary file stays open: atomic_output syncs and renames it
        return count


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(text))
    except ValueError as exc:
        raise NotFound(f"{text!r} is not an id") from exc
