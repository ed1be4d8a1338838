"""The step 4 and 5 demo for Jamaica and Moldova: what it writes, the promises it keeps (weights
that add up to 1, funding within cost, actuals only for past periods, parts within their total),
the broken links Jamaica's golden thread shows on purpose, and how complete it leaves the steps."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from mainstream_desktop.core import participation_specs as people
from mainstream_desktop.core import planning_specs as S
from mainstream_desktop.core.demo import load_demo
from mainstream_desktop.core.demo_participation import UNALIGNED, load_participation
from mainstream_desktop.core.demo_planning import load_planning
from mainstream_desktop.core.priority_scores import priority_scores
from mainstream_desktop.core.rag import indicator_statuses
from mainstream_desktop.core.services import Services
from mainstream_desktop.core.workspace_lookup import workspace_by_code

ALL_SPECS = (*S.PLANNING_SPECS, *S.MONITORING_SPECS, people.PROJECT_PRIORITIES)
EXPECTED = {  # rows per table after loading
    "JAM": {"planning_instrument": 5, "plan_element": 56, "migration_linkage": 8, "policy_priority": 5,
            "priority_evidence": 15, "scoring_weight": 5, "action": 20, "action_funding": 31, "result": 12,
            "result_indicator": 14, "target": 21, "actual": 60, "actual_disaggregation": 6, "evaluation": 2,
            "management_response": 3, "rag_threshold": 1, "project_priority": 4},
    "MDA": {"planning_instrument": 3, "plan_element": 13, "migration_linkage": 4, "policy_priority": 4,
            "priority_evidence": 11, "scoring_weight": 5, "action": 9, "action_funding": 16, "result": 4,
            "result_indicator": 4, "target": 5, "actual": 14, "actual_disaggregation": 0, "evaluation": 2,
            "management_response": 1, "rag_threshold": 1, "project_priority": 3},
}
DOCUMENTS = {"JAM": 4, "MDA": 3}  # adopted texts, progress reports, the completed evaluation's report
PROTOCOL = "Create a migration data-sharing protocol between STATIN, PICA and the Bank of Jamaica"
BROKEN_IN_JAMAICA = {  # (code, what it points at) -> how many
    ("PRIORITY_WITHOUT_EVIDENCE", PROTOCOL): 1,
    ("PRIORITY_WITHOUT_FUNDING", PROTOCOL): 1,
    ("ACTION_WITHOUT_INDICATOR", PROTOCOL): 2,
    ("INDICATOR_WITHOUT_TARGET", "Returnees in work or training 12 months after return"): 1,
}
CSV_EXCERPT = {  # domain notes §4.6: (result, indicator) -> (baseline year, baseline, target year, target)
    ("OC1", "Average cost of sending USD 200 USA\u2192JAM"): (2013, 7.9, 2020, 5.0),
    ("OC1", "Remittances via formal channels (share)"): (2013, 80, 2020, 90),
    ("OC2", "MDAs with designated M&D focal point"): (2012, 0, 2017, 20),
    ("OC3", "Forced returnees receiving reintegration services"): (2014, 15, 2018, 50),
    ("OP2.1", "NWGIMD meetings with minutes"): (2011, 2, 2015, 10),
    ("OP5.1", "Migration profile updated within 24 months"): (2010, 1, 2018, 1),
}


@pytest.fixture
def loaded(services: Services) -> tuple[Services, dict[str, int]]:
    load_demo(services.uow, services.workspaces, services.readiness)
    for code in ("JAM", "MDA"):
        load_participation(services.records, services.documents, code)
    written = {code: load_planning(services.records, services.documents, code) for code in ("JAM", "MDA")}
    return services, written


def _counts(services: Services, code: str) -> dict[str, int]:
    return {spec.key: len(services.records.rows(code, spec)) for spec in ALL_SPECS}


def _rows(services: Services, code: str, spec):
    return [row.values | {"id": row.id} for row in services.records.rows(code, spec)]


def test_jamaica_and_moldova_get_steps_4_and_5(loaded):
    services, written = loaded
    for code in ("JAM", "MDA"):
        counts = _counts(services, code)
        assert counts == EXPECTED[code]
        assert written[code] == sum(counts.values())
    assert 30 <= EXPECTED["JAM"]["plan_element"] <= 60 and 15 <= EXPECTED["JAM"]["action"] <= 25
    other = _counts(services, "BGD")
    assert load_planning(services.records, services.documents, "BGD") == 0
    assert _counts(services, "BGD") == other


def test_loading_again_writes_nothing(loaded):
    services, _written = loaded
    before = {code: _counts(services, code) for code in ("JAM", "MDA")}
    assert [load_planning(services.records, services.documents, code) for code in ("JAM", "MDA")] == [0, 0]
    assert {code: _counts(services, code) for code in ("JAM", "MDA")} == before


@pytest.mark.parametrize("code", ["JAM", "MDA"])
def test_weights_add_up_and_ranks_follow_the_weighted_scores(demo_services, code):
    weights = _rows(demo_services, code, S.SCORING_WEIGHTS)
    assert {w["criterion"] for w in weights} == {"IMPACT", "FEASIBILITY", "COST", "URGENCY", "POLITICAL_SUPPORT"}
    assert sum(w["weight"] for w in weights) == pytest.approx(1.0, abs=1e-9)
    with demo_services.uow() as uow:
        scores = priority_scores(uow.session, workspace_by_code(uow.session, code).id)
    assert [s.rank for s in scores] == list(range(1, len(scores) + 1))
    priorities = _rows(demo_services, code, S.PRIORITIES)
    assert all(p["status"] in ("ENDORSED", "IN_PLAN") and "(demo numbering)" in p["endorsement_reference"]
               for p in priorities)


@pytest.mark.parametrize("code", ["JAM", "MDA"])
def test_funding_never_exceeds_cost_and_the_gap_is_shown(demo_services, code):
    funding = _rows(demo_services, code, S.ACTION_FUNDING)
    for action in _rows(demo_services, code, S.ACTIONS):
        rows = [f for f in funding if f["action_id"] == action["id"]]
        funded = sum(f["amount"] for f in rows if f["funding_source"] != "UNFUNDED")
        assert rows and funded <= action["cost_estimate"], action["description"]
        assert sum(f["amount"] for f in rows) == pytest.approx(action["cost_estimate"]), action["description"]
        assert action["currency"] in ("USD", {"JAM": "JMD", "MDA": "MDL"}[code])
        assert action["plan_element_id"] and action["start_date"] <= action["end_date"]
        assert date(2017, 1, 1) <= action["start_date"] and action["end_date"] <= date(2022, 12, 31)
    assert {f["funding_source"] for f in funding} >= {"GOV_BUDGET", "DONOR", "UN", "UNFUNDED"}


def test_jamaica_golden_thread_breaks_only_where_the_demo_says(demo_services):
    report = demo_services.trace.trace("JAM")
    titles = {c.priority_id: c.title for c in report.chains}
    indicators = {i.id: i.name for c in report.chains for i in c.indicators}
    actions = {a.id: c.title for c in report.chains for a in c.actions}
    found = Counter((link.code, titles.get(link.subject_id) or actions.get(link.subject_id)
                     or indicators.get(link.subject_id)) for link in report.broken)
    assert dict(found) == BROKEN_IN_JAMAICA
    complete = [c.title for c in report.chains if not c.broken]
    assert len(complete) == 4 and PROTOCOL not in complete
    assert demo_services.trace.trace("MDA").broken == ()


def test_priorities_rest_on_evidence_and_inputs_feed_them(demo_services):
    for code in ("JAM", "MDA"):
        priorities = {p["id"]: p["title"] for p in _rows(demo_services, code, S.PRIORITIES)}
        evidence = Counter(priorities[e["priority_id"]] for e in _rows(demo_services, code, S.PRIORITY_EVIDENCE))
        unevidenced = [title for title in priorities.values() if not evidence[title]]
        assert unevidenced == ([PROTOCOL] if code == "JAM" else [])
        kinds = {e["evidence"].split(":")[0] for e in _rows(demo_services, code, S.PRIORITY_EVIDENCE)}
        assert {"observation", "sector_impact", "stakeholder_input", "document"} <= kinds
        fed = [i for i in _rows(demo_services, code, people.INPUTS) if i["linked_priority_id"]]
        assert len(fed) >= 5 and all(i["disposition"] in ("ACCEPTED", "PARTLY_ACCEPTED") for i in fed)
        aligned = {a["project_id"] for a in _rows(demo_services, code, people.PROJECT_PRIORITIES)}
        for project in _rows(demo_services, code, people.PROJECTS):
            assert project["unaligned_reason"].startswith(UNALIGNED) == (project["id"] not in aligned)


def test_jamaica_results_framework_keeps_the_excerpt_and_shows_every_colour(demo_services):
    indicators = _rows(demo_services, "JAM", S.RESULT_INDICATORS)
    results = {r["id"]: r["code"] for r in _rows(demo_services, "JAM", S.RESULTS)}
    targets = _rows(demo_services, "JAM", S.TARGETS)
    for (result, name), (base_year, base, target_year, target) in CSV_EXCERPT.items():
        indicator = next(i for i in indicators if results[i["result_id"]] == result and i["name"] == name)
        assert (indicator["baseline_year"], indicator["baseline_value"]) == (base_year, base)
        assert any(t["result_indicator_id"] == indicator["id"] and (t["year"], t["target_value"]) == (target_year, target)
                   for t in targets)
    manual = [i for i in indicators if i["indicator_kind"] != "QUANTITATIVE"]
    assert len(manual) == 1 and manual[0]["manual_status"] == "GREEN" and manual[0]["manual_status_justification"]
    with demo_services.uow() as uow:
        statuses = indicator_statuses(uow.session, workspace_by_code(uow.session, "JAM").id)
    colours = {(s.result_code, s.name): s.rag.status for s in statuses}
    assert set(colours.values()) == {"GREEN", "AMBER", "RED", "GREY", "BLUE"}
    assert colours[("OC1", "Average cost of sending USD 200 USA\u2192JAM")] == "AMBER"
    assert colours[("OC1", "Remittances via formal channels (share)")] == "GREEN"
    assert colours[("OC3", "Forced returnees receiving reintegration services")] == "RED"
    assert colours[("OP2.1", "NWGIMD meetings with minutes")] == "BLUE"


@pytest.mark.parametrize("code", ["JAM", "MDA"])
def test_actuals_are_past_and_their_parts_add_up(demo_services, code):
    actuals = {a["id"]: a for a in _rows(demo_services, code, S.ACTUALS)}
    assert all(a["period_end"] < date.today() and a["value"] is not None for a in actuals.values())
    parts = _rows(demo_services, code, S.ACTUAL_DISAGGREGATIONS)
    for actual_id in {p["actual_id"] for p in parts}:
        mine = [p for p in parts if p["actual_id"] == actual_id]
        assert {p["code"] for p in mine} == {"F", "M"} and all(p["dimension"] == "SEX" for p in mine)
        assert sum(p["value"] for p in mine) == pytest.approx(actuals[actual_id]["value"])
    reported = {a["result_indicator_id"] for a in actuals.values()}
    assert reported == {i["id"] for i in _rows(demo_services, code, S.RESULT_INDICATORS)}
    assert [(t["green_from"], t["amber_from"], t["maintain_tolerance"])
            for t in _rows(demo_services, code, S.RAG_THRESHOLDS)] == [(0.9, 0.6, 0.05)]


@pytest.mark.parametrize("code", ["JAM", "MDA"])
def test_documents_and_evaluations(demo_services, code):
    adopted = [i for i in _rows(demo_services, code, S.INSTRUMENTS) if i["status"] == "ADOPTED"]
    evaluations = _rows(demo_services, code, S.EVALUATIONS)
    assert {e["evaluation_type"] for e in evaluations} == {"MID_TERM", "FINAL"}
    done = [e for e in evaluations if e["completed_date"]]
    assert len(done) == 1 and done[0]["report_document_id"]
    assert all(r["evaluation_id"] == done[0]["id"] for r in _rows(demo_services, code, S.MANAGEMENT_RESPONSES))
    files = [i["document_id"] for i in adopted] + [done[0]["report_document_id"]] + [
        a["evidence_document_id"] for a in _rows(demo_services, code, S.ACTUALS) if a["evidence_document_id"]]
    assert adopted and len(set(files)) == DOCUMENTS[code]
    for document_id in set(files):
        stored = demo_services.documents.path_for(demo_services.documents.get(document_id).sha256)
        assert stored.read_bytes().startswith(b"%PDF") and b"DEMO DOCUMENT" in stored.read_bytes()


def test_steps_4_and_5_are_under_way_with_one_honest_gap(demo_services):
    jamaica = {p.number: p for p in demo_services.status.workspace_progress("JAM")}
    assert (jamaica[4].completeness, [str(m) for m in jamaica[4].missing]) == (
        80, [f"Link every priority to its evidence: {PROTOCOL}."])
    assert jamaica[5].completeness == 100, [str(m) for m in jamaica[5].missing]
    moldova = {p.number: p for p in demo_services.status.workspace_progress("MDA")}
    assert [moldova[n].completeness for n in (4, 5)] == [100, 100], [str(m) for n in (4, 5) for m in moldova[n].missing]
