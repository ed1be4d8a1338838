"""Workspace use cases: list, read, create and edit country workspaces (step 0, page 1).

Creating a workspace also records its lead institution and national focal point (as the
institution and person records later steps build on), the seven readiness criteria, and a state
row for each step, all in one unit of work.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import WorkspaceForm, WorkspaceSummary
from mainstream_desktop.core.errors import AlreadyExists, InvalidInput
from mainstream_desktop.core.problems import Problem, has_errors
from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.core.step_states import create_step_states, mark_in_progress
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.core.workspace_rules import validate_workspace_form
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import ReadinessCriterion, StepNumber
from mainstream_desktop.models.government import Institution
from mainstream_desktop.models.reference import Country
from mainstream_desktop.models.workspace import Membership, Person, ReadinessCheck, Workspace

FOCAL_POINT_ROLE = "NATIONAL_FOCAL_POINT"


class WorkspaceService:
    def __init__(self, uow_factory: UnitOfWorkFactory, reference: ReferenceData) -> None:
        self._uow = uow_factory
        self._reference = reference

    def list_workspaces(self) -> list[WorkspaceSummary]:
        with self._uow() as uow:
            rows = uow.session.execute(
                select(Workspace, Country.name_en)
                .join(Country, Country.iso3 == Workspace.country_iso3)
                .where(Workspace.deleted_at.is_(None))
                .order_by(Workspace.code)
            ).all()
            labels = self._reference.labels
            return [
                WorkspaceSummary(ws.code, ws.country_iso3, labels.country(ws.country_iso3, country), ws.title,
                                 ws.programme_phase)
                for ws, country in rows
            ]

    def get_form(self, code: str) -> WorkspaceForm:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, code)
            session = uow.session
            lead = session.get(Institution, workspace.lead_institution_id) if workspace.lead_institution_id else None
            focal = session.get(Person, workspace.focal_point_id) if workspace.focal_point_id else None
            return WorkspaceForm(
                code=workspace.code, country_iso3=workspace.country_iso3, title=workspace.title,
                programme_phase=workspace.programme_phase, start_date=workspace.start_date,
                end_date=workspace.end_date, donor=workspace.donor,
                lead_institution=lead.name if lead else "",
                focal_point_name=focal.full_name if focal else "",
                focal_point_email=focal.email if focal else "",
                entry_mode=workspace.entry_mode, default_currency=workspace.default_currency,
                reference_year=workspace.reference_year, languages=workspace.languages,
                description=workspace.description,
            )

    def validate(self, form: WorkspaceForm) -> list[Problem]:
        return validate_workspace_form(
            normalise(form),
            countries={choice.code for choice in self._reference.countries()},
            currencies={choice.code for choice in self._reference.currencies()},
        )

    def create(self, form: WorkspaceForm) -> str:
        form = normalise(form)
        self._raise_on_errors(form)
        with self._uow() as uow:
            session = uow.session
            if session.scalars(select(Workspace.id).where(Workspace.code == form.code)).first():
                raise AlreadyExists(f"a workspace with the code {form.code} already exists")
            workspace = Workspace(code=form.code, country_iso3=form.country_iso3, title=form.title)
            session.add(workspace)
            session.flush()
            _apply_form(session, workspace, form)
            create_step_states(session, workspace)
            for criterion in ReadinessCriterion:
                session.add(ReadinessCheck(workspace_id=workspace.id, criterion=criterion))
            mark_in_progress(session, workspace, StepNumber.READINESS)
            return workspace.code

    def update(self, code: str, form: WorkspaceForm) -> None:
        form = normalise(replace(form, code=code))
        self._raise_on_errors(form)
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, code)
            _apply_form(uow.session, workspace, form)
            mark_in_progress(uow.session, workspace, StepNumber.READINESS)

    def _raise_on_errors(self, form: WorkspaceForm) -> None:
        problems = self.validate(form)
        if has_errors(problems):
            raise InvalidInput([problem for problem in problems if problem.is_error])


def normalise(form: WorkspaceForm) -> WorkspaceForm:
    return replace(
        form,
        code=form.code.strip().upper(),
        country_iso3=form.country_iso3.strip().upper(),
        title=form.title.strip(),
        donor=form.donor.strip(),
        lead_institution=form.lead_institution.strip(),
        focal_point_name=form.focal_point_name.strip(),
        focal_point_email=form.focal_point_email.strip(),
        default_currency=form.default_currency.strip().upper(),
        languages=",".join(part.strip().lower() for part in form.languages.split(",") if part.strip()),
        description=form.description.strip(),
    )


def _apply_form(session: Session, workspace: Workspace, form: WorkspaceForm) -> None:
    workspace.country_iso3 = form.country_iso3
    workspace.title = form.title
    workspace.programme_phase = form.programme_phase
    workspace.start_date = form.start_date
    workspace.end_date = form.end_date
    workspace.donor = form.donor
    workspace.entry_mode = form.entry_mode
    workspace.default_currency = form.default_currency
    workspace.reference_year = form.reference_year
    workspace.languages = form.languages or "en"
    workspace.description = form.description
    workspace.lead_institution_id = _lead_institution(session, workspace, form.lead_institution)
    workspace.focal_point_id = _focal_point(session, workspace, form)


def _lead_institution(session: Session, workspace: Workspace, name: str) -> uuid.UUID | None:
    if not name:
        return None
    institution = session.scalars(
        select(Institution).where(Institution.workspace_id == workspace.id, Institution.name == name)
    ).first()
    if institution is None:
        institution = Institution(workspace_id=workspace.id, name=name, institution_type="MINISTRY")
        session.add(institution)
        session.flush()
    return institution.id


def _focal_point(session: Session, workspace: Workspace, form: WorkspaceForm) -> uuid.UUID | None:
    if not form.focal_point_name:
        return None
    person = session.get(Person, workspace.focal_point_id) if workspace.focal_point_id else None
    if person is None or person.full_name != form.focal_point_name:
        person = session.scalars(
            select(Person).where(Person.workspace_id == workspace.id,
                                 Person.full_name == form.focal_point_name)
        ).first()
    if person is None:
        person = Person(workspace_id=workspace.id, full_name=form.focal_point_name)
        session.add(person)
        session.flush()
    person.email = form.focal_point_email
    person.institution_id = workspace.lead_institution_id
    _make_sole_focal_point(session, workspace, person)
    return person.id


def _make_sole_focal_point(session: Session, workspace: Workspace, person: Person) -> None:
    """The workspace has one national focal point: the previous one's role is tombstoned."""
    memberships = session.scalars(
        select(Membership).where(Membership.workspace_id == workspace.id, Membership.role == FOCAL_POINT_ROLE)
    ).all()
    current = None
    for membership in memberships:
        if membership.person_id == person.id:
            current = membership
            membership.deleted_at = None
        elif membership.deleted_at is None:
            membership.deleted_at = session.info["clock"]()
    if current is None:
        session.add(Membership(workspace_id=workspace.id, person_id=person.id, role=FOCAL_POINT_ROLE))
