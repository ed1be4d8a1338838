"""Storing the simple record tables described by ``record_specs``: list, validate, save (one
unit of work) and delete (a tombstone that travels). Values arrive as plain Python values keyed
by field name and leave as ``RecordRow`` DTOs.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP
from mainstream_desktop.core.ownership import read_only_owner, refuse_if_read_only
from mainstream_desktop.core.ownership import read_only_problem as owner_problem
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.core.evidence import evidence_choices, resolve as resolve_evidence
from mainstream_desktop.core.record_specs import FieldKind, FieldSpec, RecordRow, RecordSpec, Suggestion
from mainstream_desktop.core.dto import Choice
from mainstream_desktop.core.record_registry import spec_by_key
from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.workspace import Document


def model_of(spec: RecordSpec) -> Any:
    module, name = spec.model.split(":")
    return getattr(importlib.import_module(f"mainstream_desktop.models.{module}"), name)


def validate_values(spec: RecordSpec, values: Mapping[str, Any], known_codes: Mapping[str, set[str]]) -> list[Problem]:
    """Required fields present, numbers within bounds, codes from their lists (pure)."""
    problems: list[Problem] = []
    for field in spec.fields:
        value = values.get(field.name)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            if field.required:
                problems.append(error(field.name, "required", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{field}\u201d is required."),
                                      field=field.label))
            continue
        problems += _check_value(field, value, known_codes)
    if not problems:
        for rule in spec.rules:
            problems += rule(values)
    return problems


def _check_value(field: FieldSpec, value: Any, known_codes: Mapping[str, set[str]]) -> list[Problem]:
    if field.kind is FieldKind.INTEGER:
        if not isinstance(value, int) or isinstance(value, bool):
            return [error(field.name, "not_integer", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{field}\u201d must be a whole number."),
                          field=field.label)]
        if (field.minimum is not None and value < field.minimum) or (field.maximum is not None and value > field.maximum):
            return [error(field.name, "out_of_range", QT_TRANSLATE_NOOP(
                CONTEXT, "\u201c{field}\u201d must lie between {minimum} and {maximum}."),
                field=field.label, minimum=field.minimum, maximum=field.maximum)]
    if field.kind in (FieldKind.CODE, FieldKind.COUNTRY):
        codes = known_codes.get(field.code_list if field.kind is FieldKind.CODE else "COUNTRY", set())
        if str(value) not in codes:
            return [error(field.name, "unknown_code", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{value}\u201d is not a valid {field}."),
                          field=field.label, value=value)]
    if field.kind is FieldKind.DECIMAL and (isinstance(value, bool) or not isinstance(value, (int, float))
                                          or value < 0 or value != value):
        return [error(field.name, "not_amount", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{field}\u201d must be an amount of 0 "
                                                                           "or more."), field=field.label)]
    if field.kind is FieldKind.NUMBER and (isinstance(value, bool) or not isinstance(value, (int, float))
                                         or value != value or value in (float("inf"), float("-inf"))):
        return [error(field.name, "not_number", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{field}\u201d must be a number."),
                      field=field.label)]
    if field.kind is FieldKind.DATE and not isinstance(value, date):
        return [error(field.name, "not_date", QT_TRANSLATE_NOOP(CONTEXT, "\u201c{field}\u201d must be a date."),
                      field=field.label)]
    return []


class RecordService:
    def __init__(self, uow_factory: UnitOfWorkFactory, reference: ReferenceData) -> None:
        self._uow = uow_factory
        self._reference = reference

    def known_codes(self, spec: RecordSpec) -> dict[str, set[str]]:
        lists = {f.code_list for f in spec.fields if f.kind is FieldKind.CODE}
        if any(f.kind is FieldKind.COUNTRY for f in spec.fields):
            lists.add("COUNTRY")
        return {name: self._reference.known_codes(name) for name in lists}

    def rows(self, workspace_code: str, spec: RecordSpec) -> list[RecordRow]:
        model = model_of(spec)
        with self._uow() as uow:
            query = select(model).where(model.deleted_at.is_(None))
            if not spec.cross_country:
                workspace = workspace_by_code(uow.session, workspace_code)
                query = query.where(model.workspace_id == workspace.id)
            if spec.order_by:
                query = query.order_by(getattr(model, spec.order_by), model.id)
            return [RecordRow(str(record.id), {f.name: _shown(f, record) for f in spec.fields})
                    for record in uow.session.scalars(query)]

    def evidence_choices(self, workspace_code: str) -> list[Choice]:
        """Everything a priority may cite as evidence, as ``TYPE:id`` choices."""
        with self._uow() as uow:
            return evidence_choices(uow.session, workspace_by_code(uow.session, workspace_code).id)

    def suggest(self, workspace_code: str, spec: RecordSpec, values: Mapping[str, Any]) -> Suggestion | None:
        """What the spec proposes for the record being edited (None when it has nothing to offer)."""
        if spec.suggest is None:
            return None
        cleaned = {f.name: _clean(f, values.get(f.name)) for f in spec.fields}
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            uow.discard_on_exit()
            try:
                _check_references(uow.session, workspace.id, spec, cleaned)
            except InvalidInput:
                return None
            return spec.suggest(uow.session, workspace.id, cleaned)

    def choices(self, workspace_code: str, spec_key: str) -> list[Choice]:
        """The records a reference field may point to, as (id, label) choices."""
        spec = spec_by_key(spec_key)
        return [Choice(row.id, str(row.values.get(spec.label_field) or "")) for row in self.rows(workspace_code, spec)]

    def read_only_problem(self, workspace_code: str, spec: RecordSpec) -> Problem | None:
        """Why this site may not change these records (None when it may)."""
        if spec.cross_country:
            return None
        with self._uow() as uow:
            uow.discard_on_exit()
            workspace = workspace_by_code(uow.session, workspace_code)
            owner = read_only_owner(uow.session, workspace.id, model_of(spec).__tablename__)
        return owner_problem(owner) if owner else None

    def save(self, workspace_code: str, spec: RecordSpec, values: Mapping[str, Any],
             record_id: str | None = None) -> str:
        cleaned = {f.name: _clean(f, values.get(f.name)) for f in spec.fields}
        problems = validate_values(spec, cleaned, self.known_codes(spec)) + self._check_parents(spec, cleaned)
        if problems:
            raise InvalidInput(problems)
        model = model_of(spec)
        with self._uow() as uow:
            workspace = None if spec.cross_country else workspace_by_code(uow.session, workspace_code)
            workspace_id = workspace.id if workspace is not None else None
            if workspace_id is not None:
                _check_owner(uow.session, workspace_id, model)
            _check_references(uow.session, workspace_id, spec, cleaned)
            _check_unique(uow.session, workspace_id, spec, model, cleaned, record_id)
            stored_problems = [p for rule in spec.store_rules for p in rule(uow.session, workspace_id, cleaned, record_id)]
            if stored_problems:
                raise InvalidInput(stored_problems)
            if record_id is None:
                record = model(workspace_id=workspace_id) if workspace_id is not None else model()
                uow.session.add(record)
            else:
                record = uow.session.get(model, uuid.UUID(record_id))
                if record is None or record.deleted_at is not None or (
                        workspace_id is not None and record.workspace_id != workspace_id):
                    raise NotFound(f"{spec.key} {record_id} does not exist")
            for name, value in cleaned.items():
                if name in model.__table__.c:
                    setattr(record, name, _stored(value, model, name))
            try:
                uow.session.flush()
            except IntegrityError as exc:
                raise InvalidInput([error("", "conflicts_with_stored", QT_TRANSLATE_NOOP(
                    CONTEXT, "This record repeats one that is stored already (perhaps one deleted earlier); edit "
                             "that one instead."))]) from exc
            if spec.step is not None and workspace is not None:
                mark_in_progress(uow.session, workspace, spec.step)
            return str(record.id)

    def _check_parents(self, spec: RecordSpec, values: Mapping[str, Any]) -> list[Problem]:
        """A code chosen under a parent (a lens question under its policy area) must belong to it."""
        problems: list[Problem] = []
        for field in spec.fields:
            value = values.get(field.name)
            if field.parent_field and value and self._reference.parent_of(field.code_list, str(value)) != \
                    str(values.get(field.parent_field) or ""):
                parent = next(f for f in spec.fields if f.name == field.parent_field)
                problems.append(error(field.name, "wrong_parent", QT_TRANSLATE_NOOP(
                    CONTEXT, "\u201c{field}\u201d does not belong to the chosen \u201c{parent}\u201d."),
                    field=field.label, parent=parent.label))
        return problems

    def delete(self, workspace_code: str, spec: RecordSpec, record_id: str) -> None:
        model = model_of(spec)
        with self._uow() as uow:
            workspace_id = None if spec.cross_country else workspace_by_code(uow.session, workspace_code).id
            if workspace_id is not None:
                _check_owner(uow.session, workspace_id, model)
            record = uow.session.get(model, uuid.UUID(record_id))
            if record is None or (workspace_id is not None and record.workspace_id != workspace_id):
                raise NotFound(f"{spec.key} {record_id} does not exist")
            record.deleted_at = self._uow.clock()


def _check_owner(session: Any, workspace_id: uuid.UUID, model: Any) -> None:
    refuse_if_read_only(session, workspace_id, model.__tablename__)


def _shown(field: FieldSpec, record: Any) -> Any:
    if field.kind is FieldKind.EVIDENCE:
        return f"{record.evidence_type}:{record.evidence_id}"
    value = getattr(record, field.name)
    return str(value) if value is not None and field.kind in (FieldKind.RECORD, FieldKind.DOCUMENT) else value


def _check_references(session: Any, workspace_id: uuid.UUID | None, spec: RecordSpec, values: dict[str, Any]) -> None:
    """References must point at live records of the same workspace (of any, for the hub's
    cross-country records); stored as UUIDs."""
    problems: list[Problem] = []
    for field in spec.fields:
        value = values.get(field.name)
        if field.kind is FieldKind.EVIDENCE and value not in (None, ""):
            resolved = resolve_evidence(session, workspace_id, str(value)) if workspace_id is not None else None
            if resolved is None:
                problems.append(error(field.name, "unknown_evidence", QT_TRANSLATE_NOOP(
                    CONTEXT, "\u201c{field}\u201d points at evidence that is not in this workspace."),
                    field=field.label))
            else:
                values["evidence_type"], values["evidence_id"] = resolved
            continue
        if field.kind not in (FieldKind.RECORD, FieldKind.DOCUMENT) or value in (None, ""):
            values[field.name] = None if field.kind in (FieldKind.RECORD, FieldKind.DOCUMENT) else value
            continue
        target = Document if field.kind is FieldKind.DOCUMENT else model_of(spec_by_key(field.references))
        try:
            record = session.get(target, uuid.UUID(str(value)))
        except ValueError:
            record = None
        if record is None or record.deleted_at is not None or (
                workspace_id is not None and record.workspace_id != workspace_id):
            problems.append(error(field.name, "unknown_reference", QT_TRANSLATE_NOOP(
                CONTEXT, "\u201c{field}\u201d points at a record that is not in this workspace."), field=field.label))
        else:
            values[field.name] = record.id
    if problems:
        raise InvalidInput(problems)


def _check_unique(session: Any, workspace_id: uuid.UUID | None, spec: RecordSpec, model: Any, values: dict[str, Any],
                  record_id: str | None) -> None:
    for name in spec.unique:
        raw = values.get(name)
        if raw is None or raw == "":
            continue
        column = getattr(model, name)
        condition = func.lower(column) == str(raw).lower() if isinstance(raw, str) else column == raw
        value = str(raw)
        query = select(model.id).where(model.deleted_at.is_(None), condition)
        if workspace_id is not None:
            query = query.where(model.workspace_id == workspace_id)
        clash = session.scalars(query).first()
        if clash is not None and str(clash) != record_id:
            label = next(f.label for f in spec.fields if f.name == name)
            raise InvalidInput([error(name, "duplicate", QT_TRANSLATE_NOOP(
                CONTEXT, "\u201c{value}\u201d is already in the list ({field})."), value=value, field=label)])


def _clean(field: FieldSpec, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if field.kind in (FieldKind.CODE, FieldKind.COUNTRY):
            value = value.upper() if field.kind is FieldKind.COUNTRY else value
    if field.kind is FieldKind.BOOLEAN:
        return bool(value)
    return value


def _stored(value: Any, model: Any, name: str) -> Any:
    """An empty optional field takes its column's default ("" for text, 0 for counts...)."""
    column = model.__table__.c[name]
    if value is None and not column.nullable:
        default = column.default.arg if column.default is not None else ""
        return default() if callable(default) else default
    return value
