"""Previewing and applying a parsed table to one workspace, through one code path.

The plan compares each row of the workspace's country with what the workspace already holds
from the same source (matched on the observation's natural key) and sorts it into added,
updated, unchanged or rejected (with the reason: the reader's, or a validation error). Rows of
other countries are counted apart. ``preview`` computes the plan and writes nothing;
``apply`` computes it inside one unit of work and writes it with bulk statements, so importing
the same file twice changes nothing the second time.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow
from mainstream_desktop.core.observation_dto import DIMENSIONS
from mainstream_desktop.core.observation_rules import ObservationFacts, check_row
from mainstream_desktop.core.ownership import refuse_if_read_only
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.change_capture import PendingChange, encode, record_bulk_changes
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import ObservationStatus, PeriodType, Severity, StepNumber
from mainstream_desktop.models.base import new_uuid7
from mainstream_desktop.models.profile import DataSource, Observation
from mainstream_desktop.models.workspace import Workspace

Progress = Callable[[int, int, str], None]
KEY_FIELDS = ("indicator_code", "period_start", "period_end", "sex", "partner_country", *DIMENSIONS)
COMPARED_FIELDS = ("value", "unit_code", "obs_status", "period_type", "data_type_flag", "source_table_ref", "note")
SAMPLE_SIZE = 50
OBSERVATIONS: Table = Observation.__table__  # type: ignore[assignment]  # Core statements for bulk speed


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    other_countries: int = 0


@dataclass(frozen=True)
class ImportReport:
    """What an import would do (preview) or did (apply)."""

    workspace: str
    format: str
    source_name: str
    counts: ImportCounts
    rejected: tuple[RejectedRow, ...]
    added_sample: tuple[dict[str, Any], ...] = ()
    updated_sample: tuple[dict[str, Any], ...] = ()
    applied: bool = False


@dataclass
class _Plan:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    other_countries: int = 0


class TableImportService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def preview(self, workspace_code: str, parsed: ParsedTable) -> ImportReport:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            refuse_if_read_only(uow.session, workspace.id, OBSERVATIONS.name)
            source = _find_source(uow.session, workspace, parsed)
            plan = _plan(uow.session, workspace, source, parsed)
            uow.discard_on_exit()
        return _report(workspace_code, parsed, plan, applied=False)

    def apply(self, workspace_code: str, parsed: ParsedTable, progress: Progress | None = None) -> ImportReport:
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            refuse_if_read_only(session, workspace.id, OBSERVATIONS.name)
            source = _find_source(session, workspace, parsed) or _new_source(session, workspace, parsed)
            plan = _plan(session, workspace, source, parsed)
            now, actor = self._uow.clock(), self._uow.actor
            total = len(plan.inserts) + len(plan.updates)
            done = 0
            for batch in _batches(plan.inserts, 5000):
                rows = [{**row, "id": new_uuid7(), "revision": 1, "created_at": now, "created_by": actor,
                         "updated_at": now, "updated_by": actor, "workspace_id": workspace.id,
                         "source_id": source.id, "is_preferred": True, "deleted_at": None} for row in batch]
                session.execute(insert(OBSERVATIONS), rows)
                record_bulk_changes(session, (_inserted(row) for row in rows))
                done += len(batch)
                if progress:
                    progress(done, total, "")
            if plan.updates:
                table = OBSERVATIONS
                statement = update(table).where(table.c.id == bindparam("b_id")).values(
                    {**{name: bindparam(f"b_{name}") for name in COMPARED_FIELDS},
                     "revision": table.c.revision + 1, "updated_at": now, "updated_by": actor, "deleted_at": None})
                for batch in _batches(plan.updates, 5000):
                    session.connection().execute(statement, [_without_old(row) for row in batch])
                    record_bulk_changes(session, (_updated(row, workspace.id, now, actor) for row in batch))
                    done += len(batch)
                    if progress:
                        progress(done, total, "")
            if plan.inserts or plan.updates:
                mark_in_progress(session, workspace, StepNumber.PROFILE)
        return _report(workspace_code, parsed, plan, applied=True)


def _inserted(row: dict[str, Any]) -> PendingChange:
    values = {name: encode(value) for name, value in row.items() if name != "revision"}
    return PendingChange("observation", row["id"], row["workspace_id"], "insert", {"values": values})


def _without_old(row: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in row.items() if name != "_old"}


def _updated(row: dict[str, Any], workspace_id: uuid.UUID, now: Any, actor: str) -> PendingChange:
    old = row["_old"]
    fields = {name: [encode(old[name]), encode(row[f"b_{name}"])] for name in COMPARED_FIELDS
              if not _same(old[name], row[f"b_{name}"])}
    if old["deleted_at"] is not None:
        fields["deleted_at"] = [encode(old["deleted_at"]), None]
    return PendingChange("observation", row["b_id"], workspace_id, "update",
                         {"fields": fields, "meta": {"updated_at": encode(now), "updated_by": actor}})


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _find_source(session: Session, workspace: Workspace, parsed: ParsedTable) -> DataSource | None:
    return session.scalars(select(DataSource).where(
        DataSource.workspace_id == workspace.id, DataSource.name == parsed.source_name,
        DataSource.deleted_at.is_(None))).first()


def _new_source(session: Session, workspace: Workspace, parsed: ParsedTable) -> DataSource:
    source = DataSource(workspace_id=workspace.id, name=parsed.source_name,
                        global_source_code=parsed.source_code,
                        source_type="INTERNATIONAL_DB" if parsed.source_code else "OTHER",
                        periodicity="ANNUAL", access="PUBLIC")
    session.add(source)
    session.flush()
    return source


def _plan(session: Session, workspace: Workspace, source: DataSource | None, parsed: ParsedTable) -> _Plan:
    plan = _Plan(rejected=[r for r in parsed.rejected if r.country_iso3 in ("", workspace.country_iso3)])
    existing = _existing(session, source) if source is not None else {}
    seen: dict[tuple[Any, ...], str] = {}
    source_id = source.id if source is not None else uuid.uuid4()
    for row in parsed.frame.itertuples(index=False):
        values = row._asdict()
        if values["country_iso3"] != workspace.country_iso3:
            plan.other_countries += 1
            continue
        values["value"] = _clean_value(values["value"])
        origin = str(values.pop("origin", ""))
        errors = [p for p in check_row(_facts(values, source_id), workspace.country_iso3) if p.severity is Severity.ERROR]
        if errors:
            plan.rejected.append(RejectedRow(origin, "; ".join(str(p.message) for p in errors)))
            continue
        key = tuple(values[name] for name in KEY_FIELDS)
        if key in seen:
            plan.rejected.append(RejectedRow(origin, f"the same cell already came from {seen[key]}"))
            continue
        seen[key] = origin
        record = {name: values[name] for name in (*KEY_FIELDS, *COMPARED_FIELDS)}
        current = existing.get(key)
        if current is None:
            plan.inserts.append(record)
        elif any(not _same(current[name], record[name]) for name in COMPARED_FIELDS) or current["deleted_at"]:
            plan.updates.append({**{f"b_{name}": record[name] for name in COMPARED_FIELDS}, "b_id": current["id"],
                                 "_old": {name: current[name] for name in (*COMPARED_FIELDS, "deleted_at")}})
        else:
            plan.unchanged += 1
    return plan


def _existing(session: Session, source: DataSource) -> dict[tuple[Any, ...], dict[str, Any]]:
    table = OBSERVATIONS
    columns = [table.c[name] for name in (*KEY_FIELDS, *COMPARED_FIELDS, "id", "deleted_at")]
    rows = session.execute(select(*columns).where(table.c.source_id == source.id)).mappings()
    return {tuple(row[name] for name in KEY_FIELDS): dict(row) for row in rows}


def _clean_value(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _same(stored: Any, incoming: Any) -> bool:
    if isinstance(stored, float) and isinstance(incoming, float):
        return math.isclose(stored, incoming, rel_tol=1e-12, abs_tol=1e-12)
    return bool(stored == incoming) or (str(stored) == str(incoming) and stored is not None)


def _facts(values: dict[str, Any], source_id: uuid.UUID) -> ObservationFacts:
    return ObservationFacts(
        None, values["indicator_code"], _as_date(values["period_start"]), _as_date(values["period_end"]),
        PeriodType(values["period_type"]), values["value"], values["unit_code"],
        ObservationStatus(values["obs_status"]), source_id, values["sex"], values["partner_country"],
        tuple(str(values[name]) for name in DIMENSIONS))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _report(workspace_code: str, parsed: ParsedTable, plan: _Plan, applied: bool) -> ImportReport:
    counts = ImportCounts(len(plan.inserts), len(plan.updates), plan.unchanged, len(plan.rejected),
                          plan.other_countries)
    return ImportReport(
        workspace_code.upper(), parsed.format, parsed.source_name, counts, tuple(plan.rejected),
        tuple(plan.inserts[:SAMPLE_SIZE]), tuple(plan.updates[:SAMPLE_SIZE]), applied)
