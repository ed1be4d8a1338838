"""Steps 4 and 5 records: the rules of the domain notes, those that need other stored records,
evidence links into the earlier steps, the lens questions under their policy area, the baseline
offered from the profile, and the golden thread with its broken links. Works in Ecuador, a demo
workspace with a profile (immigrant stock) and nothing yet in steps 4 and 5."""

from __future__ import annotations

from datetime import date

import pytest

from mainstream_desktop.core import participation_specs as people
from mainstream_desktop.core import planning_specs as S
from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.priority_scores import weighted_score
from mainstream_desktop.core.trace import report_as_json

CODE = "ECU"


def save(services, spec, values, record_id=None):
    return services.records.save(CODE, spec, values, record_id)


def refused(services, spec, values, record_id=None) -> str:
    with pytest.raises(InvalidInput) as error:
        save(services, spec, values, record_id)
    return str(error.value)


@pytest.fixture
def lead(demo_services):
    return save(demo_services, people.INSTITUTIONS, {"name": "Ministry of Tests", "institution_type": "MINISTRY",
                                                     "government_level": "NATIONAL"})


def priority(services, title="Lower remittance costs", status="PROPOSED", **extra):
    values = {"title": title, "policy_area": "FIN", "status": status, **extra}
    return save(services, S.PRIORITIES, values)


def action(services, priority_id, lead_id, cost=1000.0, **extra):
    return save(services, S.ACTIONS, {"description": "Publish a remittance price comparison", "priority_id": priority_id,
                                      "lead_institution_id": lead_id, "start_date": date(2018, 1, 1),
                                      "end_date": date(2019, 12, 31), "cost_estimate": cost, "currency": "USD",
                                      "status": "ONGOING", **extra})


def test_an_adopted_instrument_needs_its_date_and_document(demo_services):
    message = refused(demo_services, S.INSTRUMENTS, {"title": "National policy", "instrument_type": "MD_POLICY",
                                                    "status": "ADOPTED"})
    assert "adoption date" in message and "document" in message
    assert "ends before" in refused(demo_services, S.INSTRUMENTS, {
        "title": "Plan", "instrument_type": "NDP", "status": "DRAFTING", "period_start_year": 2030,
        "period_end_year": 2020})


def test_plan_elements_nest_inside_one_instrument_from_goal_down(demo_services):
    plan = save(demo_services, S.INSTRUMENTS, {"title": "NDP", "instrument_type": "NDP", "status": "DRAFTING"})
    other = save(demo_services, S.INSTRUMENTS, {"title": "Sector plan", "instrument_type": "SECTOR_STRATEGY",
                                                "status": "DRAFTING"})
    goal = save(demo_services, S.PLAN_ELEMENTS, {"instrument_id": plan, "level": "GOAL", "code": "1", "text": "Goal"})
    save(demo_services, S.PLAN_ELEMENTS, {"instrument_id": plan, "level": "OUTCOME", "code": "1.1", "text": "Outcome",
                                          "parent_id": goal})
    assert "higher level" in refused(demo_services, S.PLAN_ELEMENTS, {
        "instrument_id": plan, "level": "GOAL", "text": "Another goal", "parent_id": goal})
    assert "another instrument" in refused(demo_services, S.PLAN_ELEMENTS, {
        "instrument_id": other, "level": "STRATEGY", "text": "Strategy", "parent_id": goal})


def test_a_lens_question_must_belong_to_the_chosen_policy_area(demo_services):
    plan = save(demo_services, S.INSTRUMENTS, {"title": "NDP", "instrument_type": "NDP", "status": "DRAFTING"})
    element = save(demo_services, S.PLAN_ELEMENTS, {"instrument_id": plan, "level": "GOAL", "text": "Decent work"})
    values = {"plan_element_id": element, "policy_area": "HEA", "question_code": "Q_EMP_01",
              "effect_of_migration_on_goal": "MIXED", "effect_of_goal_on_migration": "UNKNOWN"}
    assert "does not belong" in refused(demo_services, S.LINKAGES, values)
    save(demo_services, S.LINKAGES, {**values, "policy_area": "EMP"})
    assert {c.code for c in demo_services.reference.children("MIGRATION_LENS_QUESTION", "EMP")} >= {"Q_EMP_01"}


def test_endorsement_needs_the_decision_and_ranks_are_unique(demo_services):
    assert "decision" in refused(demo_services, S.PRIORITIES, {"title": "P", "policy_area": "FIN", "status": "ENDORSED"})
    priority(demo_services, rank=1)
    assert "already in the list" in refused(demo_services, S.PRIORITIES, {
        "title": "Another", "policy_area": "HEA", "status": "PROPOSED", "rank": 1})
    assert "Unknown codes: MARTIANS" in refused(demo_services, S.PRIORITIES, {
        "title": "Third", "policy_area": "HEA", "status": "PROPOSED", "target_groups": "YOUTH, martians"})


def test_evidence_points_into_the_profile_and_is_not_linked_twice(demo_services):
    target = priority(demo_services)
    choices = demo_services.records.evidence_choices(CODE)
    figure = next(c for c in choices if c.code.startswith("observation:"))
    assert "Figure:" in figure.label
    save(demo_services, S.PRIORITY_EVIDENCE, {"priority_id": target, "evidence": figure.code})
    assert "already linked" in refused(demo_services, S.PRIORITY_EVIDENCE, {"priority_id": target,
                                                                           "evidence": figure.code})
    assert "evidence that is not in this workspace" in refused(demo_services, S.PRIORITY_EVIDENCE, {
        "priority_id": target, "evidence": "observation:0190c3c4-0000-7000-8000-000000000000"})
    row = demo_services.records.rows(CODE, S.PRIORITY_EVIDENCE)[0]
    assert row.values["evidence"] == figure.code


def test_actions_need_lead_and_dates_and_funding_never_exceeds_cost(demo_services, lead):
    target = priority(demo_services)
    message = refused(demo_services, S.ACTIONS, {"description": "A", "priority_id": target, "cost_estimate": 10.0,
                                                "currency": "USD", "status": "ONGOING"})
    assert "required" in message
    assert "end date is before" in refused(demo_services, S.ACTIONS, {
        "description": "A", "priority_id": target, "lead_institution_id": lead, "start_date": date(2020, 1, 1),
        "end_date": date(2019, 1, 1), "cost_estimate": 10.0, "currency": "USD", "status": "ONGOING"})
    work = action(demo_services, target, lead, cost=1000.0)
    save(demo_services, S.ACTION_FUNDING, {"action_id": work, "funding_source": "GOV_BUDGET", "amount": 600.0})
    assert "exceeds the action's cost" in refused(demo_services, S.ACTION_FUNDING, {
        "action_id": work, "funding_source": "DONOR", "amount": 500.0})
    save(demo_services, S.ACTION_FUNDING, {"action_id": work, "funding_source": "DONOR", "amount": 400.0})
    row = next(r for r in demo_services.records.rows(CODE, S.ACTIONS) if r.id == work)
    assert "more than this cost" in refused(demo_services, S.ACTIONS, {**row.values, "cost_estimate": 900.0}, work)


def test_weighted_scores_rescale_over_the_criteria_scored():
    weights = {"IMPACT": 0.4, "FEASIBILITY": 0.3, "COST": 0.1, "URGENCY": 0.1, "POLITICAL_SUPPORT": 0.1}
    assert weighted_score({"IMPACT": 5, "FEASIBILITY": 3}, weights) == pytest.approx((5 * 0.4 + 3 * 0.3) / 0.7)
    assert weighted_score({}, weights) is None


def result(services, code, level, **extra):
    return save(services, S.RESULTS, {"code": code, "level": level, "statement": f"{code} statement", **extra})


def indicator(services, result_id, **extra):
    values = {"name": "Average cost of sending USD 200", "result_id": result_id, "unit_code": "PCT",
              "direction": "DECREASE", "indicator_kind": "QUANTITATIVE", "frequency": "ANNUAL",
              "means_of_verification": "World Bank Remittance Prices Worldwide", **extra}
    return save(services, S.RESULT_INDICATORS, values)


def test_results_chain_and_indicator_rules(demo_services):
    impact = result(demo_services, "IM1", "IMPACT")
    outcome = result(demo_services, "OC1", "OUTCOME", parent_result_id=impact)
    assert "higher level" in refused(demo_services, S.RESULTS, {"code": "IM2", "level": "IMPACT", "statement": "s",
                                                               "parent_result_id": outcome})
    assert "both its value and its year" in refused(demo_services, S.RESULT_INDICATORS, {
        "name": "x", "result_id": outcome, "unit_code": "PCT", "direction": "INCREASE",
        "indicator_kind": "QUANTITATIVE", "frequency": "ANNUAL", "means_of_verification": "m", "baseline_value": 3.0})
    assert "rated by hand" in refused(demo_services, S.RESULT_INDICATORS, {
        "name": "y", "result_id": outcome, "unit_code": "PCT", "direction": "MAINTAIN",
        "indicator_kind": "MILESTONE_YN", "frequency": "ANNUAL", "means_of_verification": "m"})
    cost = indicator(demo_services, outcome, baseline_value=7.9, baseline_year=2013)
    assert "equals the baseline" in refused(demo_services, S.TARGETS, {
        "result_indicator_id": cost, "year": 2020, "target_value": 7.9, "target_type": "FINAL"})
    assert "before the baseline year" in refused(demo_services, S.TARGETS, {
        "result_indicator_id": cost, "year": 2010, "target_value": 5.0, "target_type": "FINAL"})
    save(demo_services, S.TARGETS, {"result_indicator_id": cost, "year": 2020, "target_value": 5.0,
                                    "target_type": "FINAL"})
    assert "already has a target for 2020" in refused(demo_services, S.TARGETS, {
        "result_indicator_id": cost, "year": 2020, "target_value": 4.0, "target_type": "FINAL"})
    assert "not ended yet" in refused(demo_services, S.ACTUALS, {
        "result_indicator_id": cost, "period_start": date(2099, 1, 1), "period_end": date(2099, 12, 31),
        "value": 5.0})
    actual = save(demo_services, S.ACTUALS, {"result_indicator_id": cost, "period_start": date(2021, 1, 1),
                                             "period_end": date(2021, 12, 31), "value": 5.9})
    for code, value in (("F", 6.1), ("M", 5.7)):  # shares by sex need not add up to the overall share
        save(demo_services, S.ACTUAL_DISAGGREGATIONS, {"actual_id": actual, "dimension": "SEX", "code": code,
                                                       "value": value})
    served = indicator(demo_services, outcome, name="Returnees served", unit_code="PERSONS", direction="INCREASE")
    counted = save(demo_services, S.ACTUALS, {"result_indicator_id": served, "period_start": date(2021, 1, 1),
                                              "period_end": date(2021, 12, 31), "value": 100.0})
    save(demo_services, S.ACTUAL_DISAGGREGATIONS, {"actual_id": counted, "dimension": "SEX", "code": "F", "value": 60.0})
    assert "more than the actual's total" in refused(demo_services, S.ACTUAL_DISAGGREGATIONS, {
        "actual_id": counted, "dimension": "SEX", "code": "M", "value": 45.0})
    assert "already has a value" in refused(demo_services, S.ACTUAL_DISAGGREGATIONS, {
        "actual_id": counted, "dimension": "SEX", "code": "f", "value": 1.0})


def test_a_deleted_target_year_cannot_be_added_again_without_a_clear_message(demo_services):
    outcome = result(demo_services, "OC1", "OUTCOME")
    cost = indicator(demo_services, outcome, baseline_value=7.9, baseline_year=2013)
    first = save(demo_services, S.TARGETS, {"result_indicator_id": cost, "year": 2020, "target_value": 5.0,
                                            "target_type": "FINAL"})
    demo_services.records.delete(CODE, S.TARGETS, first)
    message = refused(demo_services, S.TARGETS, {"result_indicator_id": cost, "year": 2020, "target_value": 4.0,
                                                 "target_type": "FINAL"})
    assert "repeats one that is stored already" in message


def test_the_profile_offers_the_baseline_of_the_same_indicator(demo_services):
    outcome = result(demo_services, "OC1", "OUTCOME")
    values = {"name": "Immigrant stock", "result_id": outcome, "indicator_code": "MIG_STOCK_IMM"}
    suggestion = demo_services.records.suggest(CODE, S.RESULT_INDICATORS, values)
    assert suggestion is not None
    assert suggestion.values["baseline_year"] == 2019 and suggestion.values["baseline_value"] > 100_000
    assert demo_services.records.suggest(CODE, S.RESULT_INDICATORS, {"name": "x", "result_id": outcome}) is None


def test_one_person_holds_one_role_in_a_mechanism_at_a_time(demo_services, lead):
    mechanism = save(demo_services, people.MECHANISMS, {"name": "Task force", "kind": "TASK_FORCE",
                                                        "legal_basis": "INFORMAL", "status": "ACTIVE"})
    person = save(demo_services, people.PEOPLE, {"full_name": "Focal point"})
    member = {"mechanism_id": mechanism, "institution_id": lead, "person_id": person, "member_role": "MEMBER",
              "valid_from": date(2015, 1, 1), "valid_to": date(2016, 12, 31)}
    save(demo_services, people.MEMBERS, member)
    assert "already holds a role" in refused(demo_services, people.MEMBERS, {**member, "member_role": "CHAIR",
                                                                            "valid_from": date(2016, 6, 1),
                                                                            "valid_to": None})
    save(demo_services, people.MEMBERS, {**member, "member_role": "CHAIR", "valid_from": date(2017, 1, 1),
                                         "valid_to": None})


def test_the_golden_thread_follows_priority_to_funding_and_flags_each_gap(demo_services, lead):
    plan = save(demo_services, S.INSTRUMENTS, {"title": "Policy", "instrument_type": "ACTION_PLAN",
                                               "status": "DRAFTING", "mainstreaming_level": 3})
    element = save(demo_services, S.PLAN_ELEMENTS, {"instrument_id": plan, "level": "STRATEGY", "code": "2.1",
                                                    "text": "Cheaper remittances"})
    evidenced = priority(demo_services, "Lower remittance costs", "ENDORSED", endorsement_reference="Decision 4")
    figure = next(c for c in demo_services.records.evidence_choices(CODE) if c.code.startswith("observation:"))
    save(demo_services, S.PRIORITY_EVIDENCE, {"priority_id": evidenced, "evidence": figure.code})
    measured = action(demo_services, evidenced, lead, plan_element_id=element)
    save(demo_services, S.ACTION_FUNDING, {"action_id": measured, "funding_source": "DONOR", "amount": 500.0})
    outcome = result(demo_services, "OC1", "OUTCOME", linked_plan_element_id=element)
    cost = indicator(demo_services, outcome, baseline_value=7.9, baseline_year=2013)
    save(demo_services, S.TARGETS, {"result_indicator_id": cost, "year": 2020, "target_value": 5.0,
                                    "target_type": "FINAL"})
    bare = priority(demo_services, "Data-sharing protocol", "ENDORSED", endorsement_reference="Decision 5")
    action(demo_services, bare, lead)
    orphan_outcome = result(demo_services, "OC2", "OUTCOME")
    indicator(demo_services, orphan_outcome, name="Returnees served")

    report = demo_services.trace.trace(CODE)
    chains = {c.title: c for c in report.chains}
    good = chains["Lower remittance costs"]
    assert good.broken == () and good.evidence and good.actions[0].indicators == (cost,)
    assert good.actions[0].plan_element.startswith("2.1")
    codes = {(link.code, link.subject_id) for link in report.broken}
    assert ("PRIORITY_WITHOUT_EVIDENCE", bare) in codes and ("PRIORITY_WITHOUT_FUNDING", bare) in codes
    assert {"ACTION_NOT_IN_PLAN", "ACTION_WITHOUT_INDICATOR", "INDICATOR_WITHOUT_BASELINE",
            "INDICATOR_WITHOUT_TARGET"} <= {code for code, _ in codes}
    assert not any(code == "INSTRUMENT_WITHOUT_INDICATOR" for code, _ in codes)
    as_json = report_as_json(report)
    assert as_json["summary"]["chains"] == 2 and as_json["summary"]["complete_chains"] == 1
    chain = next(c for c in as_json["chains"] if c["priority"]["title"] == "Lower remittance costs")
    assert chain["actions"][0]["indicators"] == ["Average cost of sending USD 200"]


def test_step_two_asks_for_a_lead_in_each_area_of_the_endorsed_priorities(demo_services, lead):
    def missing() -> str:
        return " ".join(str(m) for m in demo_services.status.workspace_progress(CODE)[2].missing)

    assert "Name a lead institution" not in missing()
    priority(demo_services, "Protect migrant health workers", "ENDORSED", endorsement_reference="Decision 1",
             policy_area="HEA")
    assert "policy areas of the priorities: HEA" in missing()
    save(demo_services, people.RESPONSIBILITIES, {"policy_area": "HEA", "institution_id": lead, "role": "LEAD"})
    assert "Name a lead institution" not in missing()
