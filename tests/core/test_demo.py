"""The demo data: eight pilot workspaces with the UN DESA immigrant-stock series."""

from __future__ import annotations

from collections import defaultdict

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core.demo import load_demo
from mainstream_desktop.core.services import Services
from mainstream_desktop.enums import EntryMode, ProgrammePhase
from mainstream_desktop.enums import ReadinessStatus as S
from mainstream_desktop.models.profile import DataSource, Observation
from mainstream_desktop.models.workspace import Workspace

PILOTS = ["BGD", "ECU", "JAM", "KGZ", "MAR", "MDA", "SRB", "TUN"]
YEARS = [1990, 1995, 2000, 2005, 2010, 2015, 2019]
from mainstream_desktop.core import demo_profile  # noqa: E402

IMMIGRANT_STOCK = 8 * 7 + 2 * 2 * 7  # T for eight pilots, M and F for Jamaica and Moldova, 7 years
PROFILE_ROWS = len(demo_profile.jamaica()) + len(demo_profile.moldova())
DEMO_PROFILE_SOURCES = sum(len({key for key, _ in rows()}) for rows in (demo_profile.jamaica, demo_profile.moldova))


def _observation_count(services: Services) -> int:
    with services.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Observation)))


def _stock(services: Services, code: str) -> dict[str, dict[int, float]]:
    """sex -> year -> immigrant stock of one workspace."""
    series: dict[str, dict[int, float]] = defaultdict(dict)
    with services.uow() as uow:
        rows = uow.session.execute(
            select(Observation.sex, Observation.period_start, Observation.value)
            .join(Workspace, Workspace.id == Observation.workspace_id)
            .where(Workspace.code == code, Observation.indicator_code == "MIG_STOCK_IMM")
        ).all()
    for sex, start, value in rows:
        assert start.year not in series[sex], f"duplicate {code} {sex} {start}"
        series[sex][start.year] = value
    return dict(series)


def test_load_demo_creates_the_eight_pilots(services: Services) -> None:
    reported: list[tuple[int, int, str]] = []

    outcome = load_demo(services.uow, services.workspaces, services.readiness,
                        progress=lambda done, total, code: reported.append((done, total, code)))

    assert sorted(outcome.created) == PILOTS
    assert outcome.already_present == ()
    assert outcome.observations == IMMIGRANT_STOCK + PROFILE_ROWS
    assert _observation_count(services) == IMMIGRANT_STOCK + PROFILE_ROWS
    assert [s.code for s in services.workspaces.list_workspaces()] == PILOTS
    assert reported[-1] == (8, 8, "")
    assert sorted(code for _, _, code in reported[:-1]) == PILOTS


def test_load_demo_is_idempotent(services: Services) -> None:
    load_demo(services.uow, services.workspaces, services.readiness)
    count = _observation_count(services)
    jam_before = services.readiness.get_form("JAM")

    again = load_demo(services.uow, services.workspaces, services.readiness)

    assert again.created == ()
    assert sorted(again.already_present) == PILOTS
    assert again.observations == 0
    assert _observation_count(services) == count == IMMIGRANT_STOCK + PROFILE_ROWS
    assert len(services.workspaces.list_workspaces()) == 8
    assert services.readiness.get_form("JAM") == jam_before
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DataSource)) == 8 + DEMO_PROFILE_SOURCES


def test_load_demo_leaves_an_existing_pilot_alone(services: Services) -> None:
    from mainstream_desktop.core.dto import WorkspaceForm

    services.workspaces.create(
        WorkspaceForm(code="JAM", country_iso3="JAM", title="My own Jamaica"))

    outcome = load_demo(services.uow, services.workspaces, services.readiness)

    assert outcome.already_present == ("JAM",)
    assert "JAM" not in outcome.created and len(outcome.created) == 7
    assert services.workspaces.get_form("JAM").title == "My own Jamaica"
    assert _stock(services, "JAM") == {}


@pytest.mark.parametrize("code", ["JAM", "MDA"])
def test_male_plus_female_equals_total(demo_services: Services, code: str) -> None:
    series = _stock(demo_services, code)

    assert set(series) == {"T", "M", "F"}
    for sex in ("T", "M", "F"):
        assert sorted(series[sex]) == YEARS
    for year in YEARS:
        assert series["M"][year] + series["F"][year] == series["T"][year], (code, year)


def test_known_values(demo_services: Services) -> None:
    moldova = _stock(demo_services, "MDA")
    jamaica = _stock(demo_services, "JAM")

    assert moldova["T"][1990] == 544162
    assert (moldova["M"][1990], moldova["F"][1990]) == (238053, 306109)
    assert round(100 * moldova["F"][2019] / moldova["T"][2019], 1) == 59.1
    assert jamaica["T"][2019] == 23468
    assert _stock(demo_services, "SRB")["T"][1995] == 870980
    assert set(_stock(demo_services, "BGD")) == {"T"}


def test_observations_are_mid_year_points_with_a_source(demo_services: Services) -> None:
    with demo_services.uow() as uow:
        rows = list(uow.session.scalars(select(Observation).where(Observation.indicator_code == "MIG_STOCK_IMM")))
        sources = {s.id: s for s in uow.session.scalars(select(DataSource))}
    assert len(rows) == IMMIGRANT_STOCK
    for row in rows:
        assert (row.period_start.month, row.period_start.day) == (7, 1)
        assert row.period_end == row.period_start
        assert row.unit_code == "PERSONS"
        assert sources[row.source_id].global_source_code == "UNDESA_IMS"
        assert sources[row.source_id].workspace_id == row.workspace_id


def test_in_depth_pilots_have_readiness_and_focal_points(demo_services: Services) -> None:
    jam = demo_services.workspaces.get_form("JAM")
    assert jam.lead_institution == "Planning Institute of Jamaica"
    assert jam.entry_mode is EntryMode.STANDALONE_MD_STRATEGY
    assert jam.programme_phase is ProgrammePhase.PHASE_II_2014_2018
    assert jam.default_currency == "JMD"
    assert jam.reference_year == 2019
    assert jam.focal_point_name

    for code in ("JAM", "MDA"):
        form = demo_services.readiness.get_form(code)
        assert form.nfp_confirmed is True
        assert all(answer.status is not None for answer in form.answers)
    assert all(a.status is S.MET for a in demo_services.readiness.get_form("MDA").answers)

    bgd = demo_services.readiness.get_form("BGD")
    assert bgd.nfp_confirmed is False
    assert all(answer.status is None for answer in bgd.answers)
    assert demo_services.workspaces.get_form("BGD").focal_point_name == ""
