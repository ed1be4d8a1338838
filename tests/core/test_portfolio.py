"""The portfolio across workspaces (core/portfolio.py) on real data folders: the status matrix
against ``services.status`` on the demo, days in status and the last update from the change
log under controlled clocks, review comments and lessons inserted through the ORM and counted
back, the indicator comparison (latest figure, year, source; missing never 0), and the answers
to the expert's questions cross-checked against the step 4 budget view and the RAG rule."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import pytest

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.observation_dto import ObservationForm
from mainstream_desktop.core.portfolio import PortfolioService
from mainstream_desktop.core.portfolio_dto import (
    CROSS_COUNTRY,
    DAYS_30_TO_90,
    OVER_90,
    UNDER_30,
    AnswerState,
    age_band,
)
from mainstream_desktop.core.rag import indicator_statuses
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.core.workspaces import WorkspaceService
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import CommentSeverity as Sev
from mainstream_desktop.enums import CommentStatus as St
from mainstream_desktop.enums import PeriodType, StepStatus
from mainstream_desktop.models.profile import DataSource
from mainstream_desktop.models.review import (
    HandbookChangeProposal,
    LessonLearned,
    ProposalLesson,
    ReviewComment,
)
from mainstream_desktop.models.workspace import StepState
from mainstream_desktop.reports.planning_data import GAP, PlanningChartData
from mainstream_desktop.reports.portfolio_charts import indicators_data

NOW = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)


def at(moment: datetime):  # type: ignore[no-untyped-def]
    return lambda: moment


def load(services, now: datetime | None = None):  # type: ignore[no-untyped-def]
    uow = UnitOfWorkFactory(services.engine, "tester", at(now)) if now else services.uow
    portfolio = PortfolioService(uow, services.status).load()
    assert portfolio is not None
    return portfolio


def make_workspaces(services, *codes: str, when: datetime = NOW - timedelta(days=60)) -> None:  # type: ignore[no-untyped-def]
    creator = WorkspaceService(UnitOfWorkFactory(services.engine, "tester", at(when)), services.reference)
    for code in codes:
        creator.create(WorkspaceForm(code=code, country_iso3=code, title=f"Pilot {code}"))


# -- the status matrix -----------------------------------------------------------------------------
def test_the_matrix_has_a_row_per_demo_workspace_with_the_status_services_figures(demo_services) -> None:  # type: ignore[no-untyped-def]
    portfolio = load(demo_services)
    codes = [w.code for w in demo_services.workspaces.list_workspaces()]
    assert [c.workspace for c in portfolio.countries] == codes and len(codes) == 8
    for country in portfolio.countries:
        expected = demo_services.status.workspace_progress(country.workspace)
        assert [(c.step_number, c.status, c.percent, c.missing) for c in country.cells] == [
            (p.number, p.status, p.completeness, p.missing) for p in expected]
        assert country.last_update is not None
    jamaica = portfolio.country("JAM")
    assert jamaica is not None and jamaica.country == "Jamaica" and jamaica.overall_percent == round(
        sum(p.completeness for p in demo_services.status.workspace_progress("JAM")) / 8)


def test_days_in_status_and_last_update_come_from_the_change_log(services) -> None:  # type: ignore[no-untyped-def]
    make_workspaces(services, "KEN", "GHA")
    submitted = NOW - timedelta(days=40)
    with UnitOfWorkFactory(services.engine, "tester", at(submitted))() as uow:
        kenya = workspace_by_code(uow.session, "KEN")
        state = next(s for s in uow.session.query(StepState).filter_by(workspace_id=kenya.id, step_number=1))
        state.status, state.submitted_at = StepStatus.SUBMITTED, submitted
    portfolio = load(services, NOW)
    kenya_row, ghana_row = portfolio.country("KEN"), portfolio.country("GHA")
    assert kenya_row is not None and ghana_row is not None
    cell = kenya_row.cells[1]
    assert cell.status is StepStatus.SUBMITTED and cell.since == submitted and cell.days_in_status == 40
    assert kenya_row.last_update == submitted
    assert ghana_row.last_update == NOW - timedelta(days=60)
    assert ghana_row.cells[2].status is StepStatus.NOT_STARTED and ghana_row.cells[2].days_in_status == 60
    # step 0 reports "in progress" from its records: the step itself says since when
    assert ghana_row.cells[0].status is StepStatus.IN_PROGRESS and ghana_row.cells[0].days_in_status == 60


def test_cancelling_stops_the_reading(demo_services) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    assert PortfolioService(demo_services.uow, demo_services.status).load(
        lambda done, total, label: seen.append(label), lambda: len(seen) >= 2) is None
    assert len(seen) == 2


# -- review comments -------------------------------------------------------------------------------
def comment(workspace_id, severity: Sev, status: St, days: int, step: int | None = 1, **more):  # type: ignore[no-untyped-def]
    return ReviewComment(workspace_id=workspace_id, target_type="step", step_number=step, author="expert",
                         severity=severity, status=status, text="check", created_at=NOW - timedelta(days=days), **more)


def test_open_comments_by_severity_and_age_band(services) -> None:  # type: ignore[no-untyped-def]
    make_workspaces(services, "KEN", "GHA")
    with services.uow() as uow:
        kenya = workspace_by_code(uow.session, "KEN").id
        ghana = workspace_by_code(uow.session, "GHA").id
        blocker = comment(kenya, Sev.BLOCKER, St.OPEN, 10, agency_code="IOM")
        uow.session.add_all([
            blocker, comment(kenya, Sev.MAJOR, St.ANSWERED, 45, step=4, agency_code="IOM"),
            comment(kenya, Sev.MINOR, St.OPEN, 120, agency_code="UNDP"),
            comment(kenya, Sev.MINOR, St.OPEN, 90),  # 90 days is still "30-90"
            comment(kenya, Sev.MAJOR, St.RESOLVED, 200, agency_code="UNDP"),
            comment(kenya, Sev.BLOCKER, St.OPEN, 5, deleted_at=NOW),  # tombstoned: gone
            comment(ghana, Sev.SUGGESTION, St.WONT_FIX, 3)])
        uow.session.flush()
        uow.session.add(comment(kenya, Sev.BLOCKER, St.OPEN, 2, parent_comment_id=blocker.id))  # a reply
    portfolio = load(services, NOW)
    ghana_load, kenya_load = portfolio.comments
    assert (ghana_load.workspace, kenya_load.workspace) == ("GHA", "KEN")
    assert kenya_load.open_total == 4 and kenya_load.closed == 1 and kenya_load.oldest_open_days == 120
    assert [kenya_load.by_severity(s) for s in Sev] == [1, 1, 2, 0]
    assert [kenya_load.by_age(b) for b in (UNDER_30, DAYS_30_TO_90, OVER_90)] == [1, 2, 1]
    assert kenya_load.open_counts == {(Sev.BLOCKER, UNDER_30): 1, (Sev.MAJOR, DAYS_30_TO_90): 1,
                                      (Sev.MINOR, OVER_90): 1, (Sev.MINOR, DAYS_30_TO_90): 1}
    assert ghana_load.open_total == 0 and ghana_load.closed == 1 and ghana_load.oldest_open_days is None
    kenya_row = portfolio.country("KEN")
    assert kenya_row is not None and [c.open_comments for c in kenya_row.cells] == [0, 3, 0, 0, 1, 0, 0, 0]
    agencies = {a.agency: (a.comments_open, a.comments_closed) for a in portfolio.measures.agencies}
    assert agencies == {"IOM": (2, 0), "UNDP": (1, 1), "": (1, 1)}


@pytest.mark.parametrize(("days", "band"), [(0, UNDER_30), (29, UNDER_30), (30, DAYS_30_TO_90), (90, DAYS_30_TO_90),
                                            (91, OVER_90)])
def test_age_bands(days: int, band: str) -> None:
    assert age_band(days) == band


# -- lessons ---------------------------------------------------------------------------------------
def test_lessons_by_theme_and_country_with_the_recurring_themes(services) -> None:  # type: ignore[no-untyped-def]
    make_workspaces(services, "KEN", "GHA", "SEN", "UGA")
    with services.uow() as uow:
        ids = {code: workspace_by_code(uow.session, code).id for code in ("KEN", "GHA", "SEN")}

        def lesson(code: str | None, theme: str, **more):  # type: ignore[no-untyped-def]
            return LessonLearned(workspace_id=ids[code] if code else None, theme=theme, what_happened="x", **more)

        data_lesson = lesson("KEN", "DATA")
        uow.session.add_all([data_lesson, lesson("GHA", "DATA"), lesson("SEN", "DATA"), lesson("SEN", "DATA"),
                             lesson("KEN", "FUNDING"), lesson("KEN", "FUNDING"), lesson("GHA", "FUNDING"),
                             lesson(None, "FUNDING"), lesson(None, "CAPACITY"),
                             lesson("GHA", "CAPACITY", deleted_at=NOW)])
        proposal = HandbookChangeProposal(handbook_section="Part 1", proposed_change="A data-sharing annex")
        uow.session.add(proposal)
        uow.session.flush()
        uow.session.add(ProposalLesson(proposal_id=proposal.id, lesson_id=data_lesson.id))
    lessons = load(services).lessons
    assert lessons.workspaces == ("GHA", "KEN", "SEN", "UGA", CROSS_COUNTRY)
    assert lessons.total == 9
    assert [lessons.count("DATA", w) for w in lessons.workspaces] == [1, 1, 2, 0, 0]
    assert [lessons.count("FUNDING", w) for w in lessons.workspaces] == [1, 2, 0, 0, 1]
    assert [lessons.count("CAPACITY", w) for w in lessons.workspaces] == [0, 0, 0, 0, 1]
    assert lessons.recurring == ("DATA",)  # FUNDING: two countries and a cross-country lesson
    assert lessons.countries_with("FUNDING") == ("GHA", "KEN")
    assert lessons.with_proposals == ("DATA",)
    assert lessons.theme_labels["DATA"] == "Data" and lessons.themes[0] == "POLITICAL_COMMITMENT"


# -- indicators ------------------------------------------------------------------------------------
def test_the_comparison_shows_latest_year_and_source_and_a_missing_figure_as_missing(demo_services) -> None:  # type: ignore[no-untyped-def]
    portfolio = load(demo_services)
    by_code = {item.code: item for item in portfolio.indicators}
    remittances = {v.workspace: v for v in by_code["REM_IN_GDP"].values}
    assert len(remittances) == 8
    assert remittances["BGD"].missing and remittances["BGD"].value is None and remittances["BGD"].year is None
    jamaica = remittances["JAM"]
    rows = [r for r in demo_services.observations.page("JAM") if r.form.indicator_code == "REM_IN_GDP"
            and r.form.partner_country == "_T"]
    latest = max(rows, key=lambda r: r.form.period_start)
    assert (jamaica.value, jamaica.year, jamaica.source) == (latest.form.value, latest.form.period_start.year,
                                                             latest.source_name)
    assert all(v.missing for v in by_code["FD_REF_ASYLUM"].values)
    stock = {v.workspace: v for v in by_code["MIG_STOCK_IMM"].values}
    assert not any(v.missing for v in stock.values()) and stock["SRB"].year == 2019
    emigrants = {v.workspace: v for v in by_code["MIG_STOCK_EMI"].values}
    assert emigrants["JAM"].value == pytest.approx(1_111_021) and emigrants["JAM"].other_sources  # IOM's 1.3 m
    frame = indicators_data(portfolio).frame
    bangladesh = frame[(frame["indicator"] == "REM_IN_GDP") & (frame["workspace"] == "BGD")].iloc[0]
    assert bool(bangladesh["missing"]) and math.isnan(bangladesh["value"])  # never 0
    assert [d.destination for d in portfolio.destinations if d.workspace == "JAM"] == ["USA", "GBR", "CAN"]


def test_immigrants_as_share_of_population_is_derived_when_the_profile_has_the_population(demo_services) -> None:  # type: ignore[no-untyped-def]
    with demo_services.uow() as uow:
        bangladesh = workspace_by_code(uow.session, "BGD")
        source = str(uow.session.query(DataSource).filter_by(workspace_id=bangladesh.id).first().id)
    demo_services.observations.save("BGD", ObservationForm(
        indicator_code="CTX_POP", period_start=date(2019, 1, 1), period_end=date(2019, 12, 31),
        period_type=PeriodType.YEAR, value=163_046_161.0, unit_code="PERSONS", source_id=source))
    share = next(v for item in load(demo_services).indicators if item.code == "MIG_STOCK_IMM_PCT"
                 for v in item.values if v.workspace == "BGD")
    assert share.year == 2019 and share.derived_from == "MIG_STOCK_IMM / CTX_POP"
    assert share.value == pytest.approx(100 * 2_185_613 / 163_046_161.0)


# -- the questions ---------------------------------------------------------------------------------
def test_the_answers_cover_the_fifteen_questions_and_agree_with_the_step_views(demo_services) -> None:  # type: ignore[no-untyped-def]
    portfolio = load(demo_services)
    assert [a.number for a in portfolio.answers] == list(range(1, 16))
    for answer in portfolio.answers:
        assert str(answer.summary) and answer.question
        assert answer.state is not AnswerState.NO_DATA or not answer.lines
    assert portfolio.answers[0].state is AnswerState.ANSWERED and len(portfolio.answers[0].lines) == 8
    planning = {p.workspace: p for p in portfolio.measures.planning}
    for code in ("JAM", "MDA"):
        budget = PlanningChartData(demo_services.uow).budget_by_source(code).frame
        assert planning[code].cost_usd == pytest.approx(budget["cost_usd"].sum())
        assert planning[code].gap_usd == pytest.approx(budget[GAP].sum())
        assert planning[code].funded_usd == pytest.approx(budget["funded_usd"].sum())
        with demo_services.uow() as uow:
            statuses = indicator_statuses(uow.session, workspace_by_code(uow.session, code).id)
        monitoring = next(m for m in portfolio.measures.monitoring if m.workspace == code)
        assert monitoring.indicators == len(statuses) and sum(monitoring.rag.values()) == len(statuses)
    assert planning["BGD"].priorities == 0 and planning["BGD"].cost_usd == 0
    consultation = {c.workspace: c for c in portfolio.measures.consultation}
    assert consultation["JAM"].events > 0 and 0 < (consultation["JAM"].women_share or 0) < 1
    assert consultation["BGD"].women_share is None  # nobody counted: no share, not 0%
    evidence = {e.workspace: e for e in portfolio.measures.evidence}
    assert evidence["BGD"].only_international and not evidence["JAM"].only_international
    gaps = [g for g in portfolio.measures.source_gaps if g.workspace == "JAM"]
    assert gaps and all(g.gap > 0.1 for g in gaps)
