"""The observation table of the migration profile: paged reading with filters and sorting (the
window's lazy table asks for one screen at a time), every row of the current filter streamed in
chunks for an export (one read transaction, so the file is one consistent view), editing with
validation, pasting many rows
as one unit of work, deleting as tombstones, and the profile's validation problems with their
acknowledgements.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.observation_dto import (
    DIMENSIONS,
    SORTABLE,
    ObservationFilter,
    ObservationForm,
    ObservationRow,
    ObservationSort,
)
from mainstream_desktop.core.observation_rules import ObservationFacts, ProfileProblem, check_row, check_set
from mainstream_desktop.core.ownership import refuse_if_read_only
from mainstream_desktop.core.problems import Problem
from mainstream_desktop.core.step_states import mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import Direction, ObservationStatus, PeriodType, Severity, StepNumber
from mainstream_desktop.models.profile import DataSource, Observation, ValidationAcknowledgement
from mainstream_desktop.models.workspace import Workspace

FORM_FIELDS = tuple(ObservationForm.__dataclass_fields__)
ALL_ROWS = ObservationFilter()
DEFAULT_SORT = ObservationSort()
EXPORT_CHUNK = 2000
_ROW_COLUMNS = (Observation.id, *(getattr(Observation, name) for name in FORM_FIELDS),
                DataSource.name.label("source_name"))


class ObservationService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- reading ------------------------------------------------------------------------------
    def count(self, workspace_code: str, filters: ObservationFilter = ALL_ROWS) -> int:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            query = _filtered(select(func.count(Observation.id)), workspace, filters)
            return int(uow.session.scalar(query) or 0)

    def page(self, workspace_code: str, filters: ObservationFilter = ALL_ROWS,
             sort: ObservationSort = DEFAULT_SORT, offset: int = 0, limit: int = 200) -> list[ObservationRow]:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            query = _filtered(select(Observation, DataSource.name), workspace, filters)
            query = query.order_by(*_order(sort)).offset(offset).limit(limit)
            return [_row(observation, name) for observation, name in uow.session.execute(query)]

    def iter_rows(self, workspace_code: str, filters: ObservationFilter = ALL_ROWS,
                  sort: ObservationSort = DEFAULT_SORT,
                  chunk_size: int = EXPORT_CHUNK) -> Generator[ObservationRow, None, None]:
        """Every row the filter matches, in the sort's order, read ``chunk_size`` at a time inside
        one read transaction (closing the iterator ends it). Plain columns, not ORM objects: an
        export of 100,000 rows must not build 100,000 tracked instances."""
        with self._uow() as uow:
            uow.discard_on_exit()
            workspace = workspace_by_code(uow.session, workspace_code)
            query = _filtered(select(*_ROW_COLUMNS), workspace, filters).order_by(*_order(sort))
            result = uow.session.execute(query.execution_options(yield_per=chunk_size))
            for partition in result.partitions():
                for columns in partition:
                    yield _row(columns, columns.source_name)

    # -- writing ------------------------------------------------------------------------------
    def save(self, workspace_code: str, form: ObservationForm, observation_id: str | None = None) -> str:
        return self.save_many(workspace_code, [(observation_id, form)])[0]

    def save_many(self, workspace_code: str, edits: Sequence[tuple[str | None, ObservationForm]]) -> list[str]:
        """Create or update every row, all or none (a paste from Excel is one of these)."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            refuse_if_read_only(session, workspace.id, Observation.__tablename__)
            sources = _source_ids(session, workspace)
            problems: list[Problem] = []
            for number, (_id, form) in enumerate(edits, start=1):
                problems += _row_problems(form, workspace.country_iso3, sources, number if len(edits) > 1 else None)
            if problems:
                raise InvalidInput(problems)
            saved = []
            for observation_id, form in edits:
                observation = _target(session, workspace, observation_id, form)
                _apply(observation, form)
                saved.append(observation)
            session.flush()
            mark_in_progress(session, workspace, StepNumber.PROFILE)
            return [str(observation.id) for observation in saved]

    def delete(self, workspace_code: str, observation_ids: Sequence[str]) -> None:
        self._set_deleted(workspace_code, observation_ids, deleted=True)

    def restore(self, workspace_code: str, observation_ids: Sequence[str]) -> None:
        self._set_deleted(workspace_code, observation_ids, deleted=False)

    def _set_deleted(self, workspace_code: str, observation_ids: Sequence[str], deleted: bool) -> None:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            refuse_if_read_only(uow.session, workspace.id, Observation.__tablename__)
            for observation_id in observation_ids:
                observation = uow.session.get(Observation, uuid.UUID(observation_id))
                if observation is None or observation.workspace_id != workspace.id:
                    raise NotFound(f"observation {observation_id} does not exist")
                observation.deleted_at = self._uow.clock() if deleted else None

    # -- validation ---------------------------------------------------------------------------
    def problems(self, workspace_code: str) -> list[ProfileProblem]:
        """Every validation problem of the workspace's observations, with acknowledgements."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            facts = [_facts(o) for o in session.scalars(_live(workspace))]
            acks = dict(session.execute(
                select(ValidationAcknowledgement.subject_key, ValidationAcknowledgement.note).where(
                    ValidationAcknowledgement.workspace_id == workspace.id,
                    ValidationAcknowledgement.deleted_at.is_(None))).all())
        found = [problem for row in facts for problem in check_row(row, workspace.country_iso3)]
        found += check_set(facts)
        return [_acknowledged(problem, acks.get(problem.subject_key, "")) for problem in found]

    def acknowledge(self, workspace_code: str, problem: ProfileProblem, note: str) -> None:
        if problem.severity is Severity.ERROR:
            raise InvalidInput([_plain_error("severity", T(CONTEXT, "Errors must be corrected, not acknowledged."))])
        if len(note.strip()) < 5:
            raise InvalidInput([_plain_error("note", T(CONTEXT, "Explain the warning in a short note."))])
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            ack = uow.session.scalars(select(ValidationAcknowledgement).where(
                ValidationAcknowledgement.workspace_id == workspace.id,
                ValidationAcknowledgement.subject_key == problem.subject_key)).first()
            if ack is None:
                ack = ValidationAcknowledgement(workspace_id=workspace.id, rule_code=problem.rule,
                                                subject_key=problem.subject_key, note="",
                                                acknowledged_on=self._uow.clock().date())
                uow.session.add(ack)
            ack.note = note.strip()
            ack.deleted_at = None


def _plain_error(field: str, template: str) -> Problem:
    return Problem(field, "invalid", Severity.ERROR, Message(template))


def _acknowledged(problem: ProfileProblem, note: str) -> ProfileProblem:
    if not note or problem.severity is Severity.ERROR:
        return problem
    return ProfileProblem(problem.rule, problem.severity, problem.message, problem.observation_ids,
                          problem.subject_key, note)


def _live(workspace: Workspace) -> Select[Any]:
    return select(Observation).where(Observation.workspace_id == workspace.id, Observation.deleted_at.is_(None))


def _filtered(query: Any, workspace: Workspace, filters: ObservationFilter) -> Any:
    query = query.select_from(Observation).join(DataSource, DataSource.id == Observation.source_id).where(
        Observation.workspace_id == workspace.id, Observation.deleted_at.is_(None))
    conditions = []
    if filters.text.strip():
        pattern = f"%{filters.text.strip()}%"
        conditions.append(or_(Observation.indicator_code.ilike(pattern), Observation.partner_country.ilike(pattern),
                              Observation.note.ilike(pattern), DataSource.name.ilike(pattern)))
    if filters.indicator_code:
        conditions.append(Observation.indicator_code == filters.indicator_code)
    if filters.sex:
        conditions.append(Observation.sex == filters.sex)
    if filters.source_id:
        conditions.append(Observation.source_id == uuid.UUID(filters.source_id))
    if filters.year_from is not None:
        conditions.append(Observation.period_start >= date(filters.year_from, 1, 1))
    if filters.year_to is not None:
        conditions.append(Observation.period_start <= date(filters.year_to, 12, 31))
    return query.where(and_(*conditions)) if conditions else query


def _order(sort: ObservationSort) -> list[Any]:
    column = sort.column if sort.column in SORTABLE else "indicator_code"
    expression = DataSource.name if column == "source_name" else getattr(Observation, column)
    primary = expression.desc() if sort.descending else expression.asc()
    if column == "value":
        primary = primary.nulls_last()
    return [primary, Observation.indicator_code, Observation.period_start, Observation.id]


def _source_ids(session: Session, workspace: Workspace) -> set[str]:
    return {str(i) for i in session.scalars(select(DataSource.id).where(
        DataSource.workspace_id == workspace.id, DataSource.deleted_at.is_(None)))}


def _row_problems(form: ObservationForm, country: str, sources: set[str], number: int | None) -> list[Problem]:
    problems = [p for p in check_row(_facts_of_form(form), country) if p.severity is Severity.ERROR]
    if form.source_id and form.source_id not in sources:
        problems.append(ProfileProblem("unknown_source", Severity.ERROR, Message(
            T(CONTEXT, "The source is not in this workspace's data-source inventory."))))
    result = []
    for problem in problems:
        message = problem.message
        if number is not None:
            message = Message(T(CONTEXT, "Row {row}: {problem}"), {"row": number, "problem": str(message)})
        result.append(Problem(problem.rule, problem.rule, Severity.ERROR, message))
    return result


def _target(session: Session, workspace: Workspace, observation_id: str | None, form: ObservationForm) -> Observation:
    if observation_id:
        observation = session.get(Observation, uuid.UUID(observation_id))
        if observation is None or observation.workspace_id != workspace.id:
            raise NotFound(f"observation {observation_id} does not exist")
        return observation
    same_key = session.scalars(select(Observation).where(
        Observation.workspace_id == workspace.id, *_natural_key(form))).first()
    if same_key is not None and same_key.deleted_at is None:
        raise InvalidInput([Problem("indicator_code", "duplicate", Severity.ERROR, Message(T(
            CONTEXT, "{indicator} {period}: this source already has a value for the same cell."),
            {"indicator": form.indicator_code, "period": form.period_start.isoformat()}))])
    if same_key is not None:  # a deleted row with the same key comes back to life
        same_key.deleted_at = None
        return same_key
    observation = Observation(workspace_id=workspace.id)
    session.add(observation)
    return observation


def _natural_key(form: ObservationForm) -> list[Any]:
    conditions = [Observation.indicator_code == form.indicator_code, Observation.period_start == form.period_start,
                  Observation.period_end == form.period_end, Observation.sex == form.sex,
                  Observation.partner_country == form.partner_country,
                  Observation.source_id == (uuid.UUID(form.source_id) if form.source_id else None)]
    conditions += [getattr(Observation, name) == getattr(form, name) for name in DIMENSIONS]
    return conditions


def _apply(observation: Observation, form: ObservationForm) -> None:
    for name in FORM_FIELDS:
        value = getattr(form, name)
        if name == "source_id":
            value = uuid.UUID(value) if value else None
        setattr(observation, name, value)


def _facts(observation: Observation) -> ObservationFacts:
    return ObservationFacts(
        observation.id, observation.indicator_code, observation.period_start, observation.period_end,
        PeriodType(observation.period_type), observation.value, observation.unit_code,
        ObservationStatus(observation.obs_status), observation.source_id, observation.sex,
        observation.partner_country, tuple(str(getattr(observation, name)) for name in DIMENSIONS))


def _facts_of_form(form: ObservationForm) -> ObservationFacts:
    return ObservationFacts(None, form.indicator_code, form.period_start, form.period_end, form.period_type,
                            form.value, form.unit_code, form.obs_status,
                            uuid.UUID(form.source_id) if form.source_id else None, form.sex,
                            form.partner_country, form.other_dimensions())


def _row(observation: Any, source_name: str) -> ObservationRow:
    """An ``ObservationRow`` from an ``Observation``, or from a result row of its columns."""
    values = {name: getattr(observation, name) for name in FORM_FIELDS}
    values["source_id"] = str(observation.source_id)
    values["period_type"] = PeriodType(observation.period_type)
    values["direction"] = Direction(observation.direction)
    values["obs_status"] = ObservationStatus(observation.obs_status)
    return ObservationRow(str(observation.id), ObservationForm(**values), source_name)
