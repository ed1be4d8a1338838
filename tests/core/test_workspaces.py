"""WorkspaceService: creating, reading, validating and editing country workspaces (step 0,
page 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.errors import AlreadyExists, InvalidInput, NotFound
from mainstream_desktop.core.services import Services
from mainstream_desktop.core.workspaces import FOCAL_POINT_ROLE
from mainstream_desktop.enums import EntryMode, ProgrammePhase, Severity
from mainstream_desktop.models.government import Institution
from mainstream_desktop.models.workspace import (
    Membership,
    Person,
    ReadinessCheck,
    StepState,
    Workspace,
)

FULL_FORM = WorkspaceForm(
    code="JAM",
    country_iso3="JAM",
    title="Mainstreaming Migration – Jamaica (Phase II)",
    programme_phase=ProgrammePhase.PHASE_II_2014_2018,
    start_date=date(2014, 2, 1),
    end_date=date(2018, 1, 31),
    donor="SDC",
    lead_institution="Planning Institute of Jamaica",
    focal_point_name="Ms Focal Point",
    focal_point_email="focal.point@pioj.gov.jm",
    entry_mode=EntryMode.STANDALONE_MD_STRATEGY,
    default_currency="JMD",
    reference_year=2019,
    languages="en",
    description="Phase II of the joint programme.",
)


def _count(services: Services, model, *where) -> int:  # type: ignore[no-untyped-def]
    with services.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)))


def _focal_memberships(services: Services) -> list[tuple[str, str]]:
    with services.uow() as uow:
        rows = uow.session.execute(
            select(Person.full_name, Membership.role)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.role == FOCAL_POINT_ROLE, Membership.deleted_at.is_(None))
        ).all()
        return [(name, role) for name, role in rows]


def test_create_then_get_form_round_trips_every_field(services: Services) -> None:
    code = services.workspaces.create(FULL_FORM)

    assert code == "JAM"
    assert services.workspaces.get_form("JAM") == FULL_FORM


def test_create_records_institution_person_criteria_and_step_states(services: Services) -> None:
    services.workspaces.create(FULL_FORM)

    with services.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "JAM")).one()
        lead = uow.session.get(Institution, workspace.lead_institution_id)
        focal = uow.session.get(Person, workspace.focal_point_id)
        assert lead.name == "Planning Institute of Jamaica"
        assert lead.workspace_id == workspace.id
        assert focal.full_name == "Ms Focal Point"
        assert focal.email == "focal.point@pioj.gov.jm"
        assert focal.institution_id == lead.id
    assert _count(services, ReadinessCheck) == 7
    assert _count(services, StepState) == 8
    assert _focal_memberships(services) == [("Ms Focal Point", FOCAL_POINT_ROLE)]


def test_minimal_form_round_trips_with_empty_optional_fields(services: Services) -> None:
    services.workspaces.create(WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova"))

    form = services.workspaces.get_form("MDA")

    assert form == WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova", languages="en")
    assert form.lead_institution == ""
    assert form.focal_point_name == ""
    assert form.programme_phase is None
    assert form.reference_year is None


def test_code_and_text_are_normalised(services: Services) -> None:
    code = services.workspaces.create(replace(
        FULL_FORM, code=" jam ", country_iso3=" jam", title="  Jamaica  ",
        default_currency=" jmd ", languages=" EN , Fr ,, "))

    assert code == "JAM"
    form = services.workspaces.get_form("jam")
    assert form.code == "JAM"
    assert form.country_iso3 == "JAM"
    assert form.title == "Jamaica"
    assert form.default_currency == "JMD"
    assert form.languages == "en,fr"
    assert [s.code for s in services.workspaces.list_workspaces()] == ["JAM"]


def test_duplicate_code_is_refused(services: Services) -> None:
    services.workspaces.create(FULL_FORM)

    with pytest.raises(AlreadyExists) as raised:
        services.workspaces.create(replace(FULL_FORM, code=" jam", title="Another Jamaica"))

    assert "JAM" in raised.value.message
    assert _count(services, Workspace) == 1
    assert services.workspaces.get_form("JAM").title == FULL_FORM.title


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"code": "J"}, "code", "code_format"),
        ({"code": "JAM 2"}, "code", "code_format"),
        ({"code": "-JAM"}, "code", "code_format"),
        ({"code": "A" * 21}, "code", "code_format"),
        ({"country_iso3": "XXY"}, "country_iso3", "unknown_country"),
        ({"country_iso3": ""}, "country_iso3", "unknown_country"),
        ({"title": "   "}, "title", "required"),
        ({"start_date": date(2018, 1, 1), "end_date": date(2017, 12, 31)},
         "end_date", "end_before_start"),
        ({"reference_year": 1949}, "reference_year", "year_range"),
        ({"reference_year": 2101}, "reference_year", "year_range"),
        ({"default_currency": "ZZZ"}, "default_currency", "unknown_currency"),
        ({"focal_point_email": "not-an-email"}, "focal_point_email", "email_format"),
        ({"focal_point_email": "a@b"}, "focal_point_email", "email_format"),
        ({"focal_point_email": "two words@pioj.gov.jm"}, "focal_point_email", "email_format"),
    ],
)
def test_validation_problem_has_field_code_and_error_severity(
    services: Services, change: dict[str, object], field: str, code: str
) -> None:
    form = replace(FULL_FORM, **change)

    problems = services.workspaces.validate(form)

    assert [(p.field, p.code, p.severity) for p in problems] == [(field, code, Severity.ERROR)]
    assert problems[0].is_error
    assert str(problems[0].message)  # an English sentence for the CLI
    with pytest.raises(InvalidInput) as raised:
        services.workspaces.create(form)
    assert [(p.field, p.code) for p in raised.value.problems] == [(field, code)]
    assert _count(services, Workspace) == 0
    assert _count(services, Person) == 0
    assert _count(services, Institution) == 0
    assert _count(services, StepState) == 0


def test_boundary_values_are_accepted(services: Services) -> None:
    for year in (1950, 2100):
        assert services.workspaces.validate(replace(FULL_FORM, reference_year=year)) == []
    same_day = replace(FULL_FORM, start_date=date(2015, 5, 5), end_date=date(2015, 5, 5))
    assert services.workspaces.validate(same_day) == []
    assert services.workspaces.validate(replace(FULL_FORM, code="JAM-2")) == []
    optional_empty = replace(FULL_FORM, default_currency="", focal_point_email="")
    assert services.workspaces.validate(optional_empty) == []


def test_end_before_start_message_names_both_dates(services: Services) -> None:
    problems = services.workspaces.validate(
        replace(FULL_FORM, start_date=date(2018, 1, 1), end_date=date(2017, 12, 31)))

    assert problems[0].message.params == {"end": "2017-12-31", "start": "2018-01-01"}
    assert "2017-12-31" in str(problems[0].message)


def test_several_problems_are_reported_together(services: Services) -> None:
    form = WorkspaceForm(code="x", country_iso3="QQQ", title="", reference_year=3000,
                         default_currency="QQQ", focal_point_email="nope")

    problems = services.workspaces.validate(form)

    assert {p.field for p in problems} == {
        "code", "country_iso3", "title", "reference_year", "default_currency", "focal_point_email"}
    assert all(p.severity is Severity.ERROR for p in problems)


def test_update_changes_fields_and_keeps_one_focal_point_membership(services: Services) -> None:
    services.workspaces.create(FULL_FORM)
    changed = replace(
        FULL_FORM, code="ignored", title="Jamaica, phase II", donor="Swiss Agency (SDC)",
        programme_phase=ProgrammePhase.OTHER, entry_mode=EntryMode.INTEGRATED_IN_NDP,
        end_date=date(2019, 6, 30), reference_year=2020, default_currency="USD",
        focal_point_email="new.address@pioj.gov.jm", lead_institution="PIOJ")

    services.workspaces.update("jam", changed)

    form = services.workspaces.get_form("JAM")
    assert form == replace(changed, code="JAM")
    assert _focal_memberships(services) == [("Ms Focal Point", FOCAL_POINT_ROLE)]
    assert _count(services, Person) == 1
    assert _count(services, Workspace) == 1


def test_update_twice_with_same_form_adds_no_rows(services: Services) -> None:
    services.workspaces.create(FULL_FORM)
    services.workspaces.update("JAM", FULL_FORM)
    services.workspaces.update("JAM", FULL_FORM)

    assert _count(services, Person) == 1
    assert _count(services, Institution) == 1
    assert _count(services, Membership) == 1


def test_replacing_the_focal_point_leaves_one_focal_point_membership(services: Services) -> None:
    services.workspaces.create(FULL_FORM)

    services.workspaces.update("JAM", replace(FULL_FORM, focal_point_name="Mr New Focal Point"))

    assert services.workspaces.get_form("JAM").focal_point_name == "Mr New Focal Point"
    assert _focal_memberships(services) == [("Mr New Focal Point", FOCAL_POINT_ROLE)]


def test_update_with_invalid_form_raises_and_changes_nothing(services: Services) -> None:
    services.workspaces.create(FULL_FORM)

    with pytest.raises(InvalidInput) as raised:
        services.workspaces.update("JAM", replace(FULL_FORM, title="", donor="Other donor"))

    assert [p.code for p in raised.value.problems] == ["required"]
    assert services.workspaces.get_form("JAM") == FULL_FORM


def test_unknown_workspace_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.workspaces.get_form("NOPE")
    with pytest.raises(NotFound):
        services.workspaces.update("NOPE", replace(FULL_FORM, code="NOPE"))


def test_list_workspaces_is_ordered_by_code_with_country_names(services: Services) -> None:
    for code, country in (("SRB", "SRB"), ("JAM-2", "JAM"), ("BGD", "BGD"), ("JAM", "JAM")):
        services.workspaces.create(WorkspaceForm(
            code=code, country_iso3=country, title=f"Pilot {code}",
            programme_phase=ProgrammePhase.PHASE_I_2011_2013 if code == "BGD" else None))

    summaries = services.workspaces.list_workspaces()

    assert [s.code for s in summaries] == ["BGD", "JAM", "JAM-2", "SRB"]
    assert [s.country_iso3 for s in summaries] == ["BGD", "JAM", "JAM", "SRB"]
    assert summaries[0].country_name == "Bangladesh"
    assert summaries[1].country_name == "Jamaica"
    assert summaries[0].programme_phase is ProgrammePhase.PHASE_I_2011_2013
    assert summaries[3].programme_phase is None
    assert summaries[2].title == "Pilot JAM-2"


def test_list_workspaces_empty(services: Services) -> None:
    assert services.workspaces.list_workspaces() == []
