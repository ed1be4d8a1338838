"""The planning and monitoring charts (steps 4 and 5): exact numbers in the data behind each
chart, from records saved through the real ``RecordService`` (so every validation rule applies)
into a real SQLite data folder, with deleted and cancelled rows that must not count; the RAG
colours of the domain notes' results-framework example; and a real PNG of every figure for a
populated and an empty workspace."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from mainstream_desktop.core import participation_specs as pspecs
from mainstream_desktop.core import planning_specs as specs
from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.reports.chart_catalogue import chart_titles, draw_chart
from mainstream_desktop.reports.planning_charts import (
    PLANNING_CHARTS,
    PLANNING_DRAWERS,
    RAG_LETTERS,
    build_planning_chart,
)
from mainstream_desktop.reports.planning_data import (
    GAP,
    PlanningChartData,
    natural_key,
    short_title,
)

# The results-framework excerpt of the domain notes (§4.6), with the status each row must get.
# END_OF_PROGRAMME reporting keeps the older actuals (2015-2017) inside the reporting window
# that the 2021 round sets, as in the notes' table.
FRAMEWORK = (
    # result, level, indicator, unit, direction, baseline year, baseline, target year, target,
    # actual year, actual, expected status
    ("OC1", "OUTCOME", "Average cost of sending USD 200 USA-JAM", "PCT", "DECREASE", 2013, 7.9, 2020, 5.0, 2021, 5.9,
     "AMBER"),
    ("OC1", "OUTCOME", "Remittances via formal channels (share)", "PCT", "INCREASE", 2013, 80, 2020, 90, 2020, 89,
     "GREEN"),
    ("OC2", "OUTCOME", "MDAs with designated M&D focal point", "COUNT", "INCREASE", 2012, 0, 2017, 20, 2016, 14,
     "AMBER"),
    ("OC3", "OUTCOME", "Forced returnees receiving reintegration services", "PCT", "INCREASE", 2014, 15, 2018, 50,
     2017, 22, "RED"),
    ("OP2.1", "OUTPUT", "NWGIMD meetings with minutes", "COUNT_PER_YEAR", "INCREASE", 2011, 2, 2015, 10, 2015, 11,
     "BLUE"),
    ("OP5.1", "OUTPUT", "Migration profile updated within 24 months", "YN", "MAINTAIN", 2010, 1, 2018, 1, 2018, 1,
     "GREEN"),
)


def save(services, spec, **values) -> str:
    return services.records.save("JAM", spec, values)


def seed_planning(services) -> dict[str, str]:
    mlss = save(services, pspecs.INSTITUTIONS, name="Ministry of Labour and Social Security", acronym="MLSS",
                institution_type="MINISTRY", government_level="NATIONAL")
    boj = save(services, pspecs.INSTITUTIONS, name="Bank of Jamaica", acronym="BOJ", institution_type="AGENCY",
               government_level="NATIONAL")
    save(services, pspecs.FX_RATES, currency="JMD", year=2019, rate_to_usd=0.0075)
    ndp = save(services, specs.INSTRUMENTS, title="Vision 2030 Jamaica \u2013 National Development Plan (2009\u20132030)",
               instrument_type="NDP", status="IN_IMPLEMENTATION", mainstreaming_level=2)
    policy = save(services, specs.INSTRUMENTS, title="National Policy on International Migration and Development",
                  instrument_type="MD_POLICY", status="DRAFTING", mainstreaming_level=4)
    save(services, specs.INSTRUMENTS, title="Health sector strategy", instrument_type="SECTOR_STRATEGY",
         status="DRAFTING", sector_code="HEA")
    save(services, specs.INSTRUMENTS, title="Local plan of St Ann", instrument_type="LOCAL_DEV_PLAN",
         status="PLANNED", mainstreaming_level=1)
    goal = save(services, specs.PLAN_ELEMENTS, instrument_id=ndp, level="GOAL", code="G3",
                text="A prosperous economy")
    strategy = save(services, specs.PLAN_ELEMENTS, instrument_id=policy, level="STRATEGY", code="S1",
                    text="Lower the cost of remitting")
    save(services, specs.LINKAGES, plan_element_id=goal, policy_area="FIN", effect_of_migration_on_goal="SUPPORTS",
         effect_of_goal_on_migration="NEUTRAL")
    gone = save(services, specs.LINKAGES, plan_element_id=goal, policy_area="SEC",
                effect_of_migration_on_goal="HINDERS", effect_of_goal_on_migration="UNKNOWN")
    services.records.delete("JAM", specs.LINKAGES, gone)
    remit = save(services, specs.PRIORITIES, title="Reduce remittance costs", policy_area="FIN", status="ENDORSED",
                 endorsement_reference="NWGIMD decision 4", rank=1, score_impact=5, score_feasibility=4,
                 score_cost=3, score_urgency=4, score_political_support=4)
    health = save(services, specs.PRIORITIES, title="Retain health workers", policy_area="HEA", status="PROPOSED",
                  rank=2, score_impact=4, score_feasibility=2)
    save(services, specs.PRIORITIES, title="Data-sharing protocol", policy_area="DAT", status="PROPOSED", rank=3)
    dropped = save(services, specs.PRIORITIES, title="Deleted priority", policy_area="EDU", status="PROPOSED",
                   rank=4, score_impact=1, score_feasibility=1)
    action = {"lead_institution_id": mlss, "status": "ONGOING"}
    study = save(services, specs.ACTIONS, **action, description="Remittance fee study", priority_id=remit,
                 start_date=date(2019, 1, 1), end_date=date(2019, 12, 31), cost_estimate=100_000.0, currency="USD",
                 plan_element_id=strategy)
    reform = save(services, specs.ACTIONS, **{**action, "lead_institution_id": boj},
                  description="Formal channel reform", priority_id=remit, start_date=date(2019, 4, 1),
                  end_date=date(2021, 3, 31), cost_estimate=10_000_000.0, currency="JMD")
    save(services, specs.ACTIONS, **action, description="Retention bonus", priority_id=health,
         start_date=date(2018, 1, 1), end_date=date(2020, 12, 31), cost_estimate=50_000.0, currency="EUR")
    save(services, specs.ACTIONS, **{**action, "status": "CANCELLED"}, description="Cancelled study",
         priority_id=health, start_date=date(2018, 1, 1), end_date=date(2018, 6, 30), cost_estimate=40_000.0,
         currency="USD")
    code = save(services, specs.ACTIONS, **{**action, "status": "DELAYED"}, description="Ethical recruitment code",
                priority_id=health, start_date=date(2020, 1, 1), end_date=date(2022, 6, 30), cost_estimate=60_000.0,
                currency="USD")
    save(services, specs.ACTIONS, **action, description="Action of a deleted priority", priority_id=dropped,
         start_date=date(2020, 1, 1), end_date=date(2020, 6, 30), cost_estimate=999.0, currency="USD")
    services.records.delete("JAM", specs.PRIORITIES, dropped)
    for action_id, source, amount in ((study, "GOV_BUDGET", 30_000.0), (study, "DONOR", 20_000.0),
                                      (study, "UNFUNDED", 50_000.0), (reform, "UN", 1_000_000.0),
                                      (code, "DIASPORA", 60_000.0)):
        save(services, specs.ACTION_FUNDING, action_id=action_id, funding_source=source, amount=amount)
    deleted = save(services, specs.ACTION_FUNDING, action_id=study, funding_source="PRIVATE", amount=10_000.0)
    services.records.delete("JAM", specs.ACTION_FUNDING, deleted)
    return {"remit": remit, "health": health}


def seed_results(services) -> None:
    save(services, specs.RESULTS, code="IMP1", level="IMPACT", statement="Migration contributes to development")
    results: dict[str, str] = {}
    for code, level, name, unit, direction, base_year, base, target_year, target, year, value, _rag in FRAMEWORK:
        if code not in results:
            results[code] = save(services, specs.RESULTS, code=code, level=level, statement=f"Statement of {code}")
        indicator = save(services, specs.RESULT_INDICATORS, name=name, result_id=results[code], unit_code=unit,
                         direction=direction, baseline_value=float(base), baseline_year=base_year,
                         indicator_kind="QUANTITATIVE", frequency="END_OF_PROGRAMME", means_of_verification="STATIN")
        save(services, specs.TARGETS, result_indicator_id=indicator, year=target_year, target_value=float(target),
             target_type="FINAL")
        if code == "OC3":
            save(services, specs.TARGETS, result_indicator_id=indicator, year=2016, target_value=30.0,
                 target_type="MILESTONE")
        save(services, specs.ACTUALS, result_indicator_id=indicator, period_start=date(year, 1, 1),
             period_end=date(year, 12, 31), value=float(value))
    save(services, specs.RESULT_INDICATORS, name="Returnees registered", result_id=results["OC3"], unit_code="PERSONS",
         direction="INCREASE", baseline_value=100.0, baseline_year=2014, indicator_kind="QUANTITATIVE",
         frequency="ANNUAL", means_of_verification="PICA")


@pytest.fixture
def charts(services) -> PlanningChartData:
    services.workspaces.create(WorkspaceForm(code="JAM", country_iso3="JAM", title="Jamaica", default_currency="JMD",
                                             reference_year=2020))
    services.workspaces.create(WorkspaceForm(code="TUN", country_iso3="TUN", title="Tunisia"))
    seed_planning(services)
    seed_results(services)
    return PlanningChartData(services.uow)


def test_priority_matrix_has_scores_cost_in_usd_and_names_what_was_left_out(charts):
    data = charts.priority_matrix("JAM")
    frame = data.frame.set_index("priority")
    assert list(frame.index) == ["Reduce remittance costs", "Retain health workers"]
    remit = frame.loc["Reduce remittance costs"]
    assert (remit["rank"], remit["impact"], remit["feasibility"], remit["status"]) == (1, 5, 4, "ENDORSED")
    assert remit["cost_usd"] == pytest.approx(100_000 + 75_000)  # JMD 10M at 0.0075
    assert remit["score"] == pytest.approx(4.0)  # equal weights over the five scores
    assert remit["actions"] == 2
    health = frame.loc["Retain health workers"]
    assert health["cost_usd"] == pytest.approx(60_000)  # EUR has no rate; the cancelled study does not count
    assert health["score"] == pytest.approx(3.0) and health["actions"] == 3
    assert data.source == ("no exchange rate for EUR 2018: Retention bonus; "
                           "not scored on impact and feasibility: Data-sharing protocol")
    assert charts.priority_matrix("TUN").frame.empty


def test_plan_coverage_by_lens_action_and_sector(charts):
    frame = charts.plan_coverage("JAM").frame
    cells = {(r.short_title, r.policy_area): (-1 if math.isnan(r.level) else r.level, r.reasons)
             for r in frame.itertuples()}
    assert cells == {
        ("Health sector strategy", "HEA"): (-1, "sector"),  # level not assessed
        ("Local plan of St Ann", ""): (1, ""),  # addresses nothing, still a column
        ("National Policy on International Migration and Development", "FIN"): (4, "action"),
        ("Vision 2030 Jamaica", "FIN"): (2, "lens"),  # the deleted SEC linkage does not count
    }
    assert short_title("Plan of Action: returnees") == "Plan of Action"
    assert charts.plan_coverage("TUN").frame.empty


def test_gantt_lists_dated_actions_by_priority_rank(charts):
    data = charts.action_gantt("JAM", today=date(2020, 6, 1))
    frame = data.frame
    assert list(zip(frame["rank"], frame["action"], strict=True)) == [
        (1, "Remittance fee study"), (1, "Formal channel reform"), (2, "Cancelled study"), (2, "Retention bonus"),
        (2, "Ethical recruitment code")]
    assert list(frame["lead"]) == ["MLSS", "BOJ", "MLSS", "MLSS", "MLSS"]
    assert frame.attrs["today"] == date(2020, 6, 1)
    assert data.source == ""


def test_budget_gap_is_cost_minus_funding_by_area(charts):
    data = charts.budget_by_source("JAM")
    frame = data.frame.set_index("policy_area")
    assert list(frame.index) == ["FIN", "HEA"]  # largest cost first
    fin = frame.loc["FIN"]
    assert fin["cost_usd"] == pytest.approx(175_000)
    assert (fin["GOV_BUDGET"], fin["DONOR"], fin["PRIVATE"]) == (30_000, 20_000, 0)  # the deleted row is gone
    assert fin["UN"] == pytest.approx(7_500)  # JMD 1M
    assert fin["funded_usd"] == pytest.approx(57_500)
    assert fin[GAP] == pytest.approx(fin["cost_usd"] - fin["funded_usd"])  # the recorded UNFUNDED row is not funding
    hea = frame.loc["HEA"]
    assert (hea["cost_usd"], hea["DIASPORA"], hea[GAP], hea["actions"]) == (60_000, 60_000, 0, 1)
    for _area, row in frame.iterrows():
        assert row[GAP] == pytest.approx(row["cost_usd"] - row["funded_usd"])
    assert data.source == "no exchange rate for EUR 2018: Retention bonus"
    assert charts.budget_by_source("TUN").frame.empty


def test_rag_dashboard_matches_the_domain_notes_example(charts):
    frame = charts.rag_dashboard("JAM").frame
    assert list(dict.fromkeys(frame["result_code"])) == ["IMP1", "OC1", "OC2", "OC3"]  # outputs are not rows
    imp = frame[frame["result_code"] == "IMP1"].iloc[0]
    assert imp["indicator"] == "" and imp["status"] == ""
    statuses = dict(zip(frame["indicator"], frame["status"], strict=True))
    for code, _level, name, *_rest, year, value, rag in FRAMEWORK:
        if code.startswith("OC"):
            assert statuses[name] == rag, name
            row = frame[frame["indicator"] == name].iloc[0]
            assert (row["latest_value"], row["latest_year"]) == (pytest.approx(value), year)
    assert statuses["Returnees registered"] == "GREY"  # no actual
    oc1 = frame[frame["indicator"].str.startswith("Average cost")].iloc[0]
    assert oc1["progress"] == pytest.approx(2.0 / 2.9) and oc1["unit_code"] == "PCT" and oc1["unit"] == "Percent"


def test_indicator_progress_has_baseline_targets_expected_line_and_actuals(charts):
    frame = charts.indicator_progress("JAM").frame
    assert list(dict.fromkeys(frame["result_code"])) == ["OC1", "OC2", "OC3", "OP2.1", "OP5.1"]
    statuses = dict(zip(frame["indicator"], frame["status"], strict=True))
    assert {name: statuses[name] for _c, _l, name, *_r in FRAMEWORK} == {row[2]: row[-1] for row in FRAMEWORK}
    oc3 = frame[frame["indicator"] == "Forced returnees receiving reintegration services"]
    points = {(r.part, r.x): r.value for r in oc3.itertuples()}
    assert points == {("baseline", 2014.0): 15, ("expected", 2014.0): 15, ("expected", 2016.0): 30,
                      ("expected", 2018.0): 50, ("milestone", 2016.0): 30, ("final", 2018.0): 50,
                      ("actual", 2017.0): 22}
    empty = frame[frame["indicator"] == "Returnees registered"]
    assert set(empty["part"]) == {"baseline"}  # no target: no expected line
    assert natural_key("OC10") > natural_key("OC2")


def test_the_catalogue_knows_the_planning_charts():
    keys = [chart.key for chart in PLANNING_CHARTS]
    assert keys == list(PLANNING_DRAWERS) == ["priority_matrix", "plan_coverage", "action_gantt",
                                                "budget_by_source", "rag_dashboard", "indicator_progress"]
    titles = chart_titles()
    assert all(titles[key] for key in keys) and len(titles) == len(set(titles))


def _texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in [ax.title, *ax.texts, *ax.get_yticklabels()]] + [
        t.get_text() for t in figure.texts] + ([figure._suptitle.get_text()] if figure._suptitle else [])


@pytest.mark.parametrize("key", [chart.key for chart in PLANNING_CHARTS])
def test_every_chart_renders_to_png_for_a_populated_and_an_empty_workspace(charts, services, key, tmp_path: Path):
    for code in ("JAM", "TUN"):
        data, figure = draw_chart(services.uow, code, key, lambda text: "\u00bb" + text)
        assert data.key == key
        path = tmp_path / f"{key}-{code}.png"
        figure.savefig(path)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        texts = _texts(figure)
        step = "step 5" if key in ("rag_dashboard", "indicator_progress") else "step 4"
        if code == "TUN":
            assert data.frame.empty
            assert any(text.startswith("\u00bb") and step in text for text in texts), texts
        else:
            assert not data.frame.empty and not any(step in text for text in texts)
            assert any(text.startswith("\u00bb") for text in texts)


def test_the_rag_dashboard_writes_a_letter_in_every_cell(charts):
    _data, figure = build_planning_chart(charts, "JAM", "rag_dashboard")
    letters = [t.get_text() for t in figure.axes[0].texts if t.get_text() in RAG_LETTERS.values()]
    assert sorted(letters) == sorted(["A", "G", "A", "R", "?"])
    figure.savefig(Path("/dev/null"), format="png")


def test_the_gantt_marks_today_only_inside_the_plan(charts):
    for today, marked in ((date(2020, 6, 1), True), (date(2030, 1, 1), False)):
        data = charts.action_gantt("JAM", today=today)
        figure = PLANNING_DRAWERS["action_gantt"](data, lambda text: text)
        assert ("today" in [t.get_text() for t in figure.axes[0].texts]) is marked


def test_plan_coverage_shows_a_sentence_when_no_instrument_addresses_an_area(services):
    services.workspaces.create(WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova"))
    services.records.save("MDA", specs.INSTRUMENTS, {"title": "Moldova 2020", "instrument_type": "NDP",
                                                      "status": "DRAFTING"})
    data, figure = build_planning_chart(PlanningChartData(services.uow), "MDA", "plan_coverage")
    assert len(data.frame) == 1 and data.frame["policy_area"].item() == ""
    assert any("migration lens" in text for text in _texts(figure))
    figure.savefig(Path("/dev/null"), format="png")


def test_the_jamaica_demo_fills_every_planning_chart(demo_services, tmp_path: Path):
    for key in PLANNING_DRAWERS:
        data, figure = draw_chart(demo_services.uow, "JAM", key, lambda text: text)
        assert not data.frame.empty, key
        figure.savefig(tmp_path / f"{key}.png")


def test_dollar_signs_in_user_text_stay_literal(services, tmp_path: Path):
    services.workspaces.create(WorkspaceForm(code="MDA", country_iso3="MDA", title="Moldova"))
    lead = services.records.save("MDA", pspecs.INSTITUTIONS, {
        "name": "Bureau", "institution_type": "AGENCY", "government_level": "NATIONAL"})
    priority = services.records.save("MDA", specs.PRIORITIES, {
        "title": "Cut fees from $10 to $5", "policy_area": "FIN", "status": "PROPOSED", "rank": 1,
        "score_impact": 3, "score_feasibility": 3})
    services.records.save("MDA", specs.ACTIONS, {
        "description": "Pay $5 per $100 sent", "priority_id": priority, "lead_institution_id": lead,
        "start_date": date(2019, 1, 1), "end_date": date(2019, 6, 30), "cost_estimate": 1_000.0, "currency": "USD",
        "status": "ONGOING"})
    service = PlanningChartData(services.uow)
    for key in ("priority_matrix", "action_gantt", "budget_by_source"):
        _data, figure = build_planning_chart(service, "MDA", key)
        figure.savefig(tmp_path / f"{key}.png")  # a "$...$" pair read as mathematics would fail or garble here
        texts = _texts(figure) + [t.get_text() for ax in figure.axes if ax.get_legend()
                                  for t in ax.get_legend().get_texts()]
        assert not any("$10 to $5" in text or "$5 per $100" in text for text in texts)  # always escaped
        if key != "budget_by_source":
            assert any(r"\$10 to \$5" in text or r"\$5 per \$100" in text for text in texts), texts
