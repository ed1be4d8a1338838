"""The records of steps 4 and 5 as ``RecordSpec``s. Step 4: planning instruments, their elements,
the migration lens applied to elements, policy priorities with their evidence and scoring
weights, the costed actions and their funding. Step 5: the results chain, its indicators with
baselines, targets and actuals (with disaggregated values), evaluations with management
responses, and the workspace's RAG thresholds. The rules of the domain notes that need only the
record are pure functions here; those that need other stored records are store rules in
``planning_rules``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from mainstream_desktop.core import planning_rules as stored
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.participation_specs import dates_in_order
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind as K, FieldSpec as F, RecordSpec


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def adopted_needs_date_and_document(values: Mapping[str, Any]) -> list[Problem]:
    if values.get("status") != "ADOPTED":
        return []
    problems = []
    if values.get("adoption_date") is None:
        problems.append(error("adoption_date", "adoption_date_required", T(
            CONTEXT, "An adopted instrument needs its adoption date.")))
    if _empty(values.get("document_id")):
        problems.append(error("document_id", "document_required", T(
            CONTEXT, "An adopted instrument needs its document: attach the adopted text.")))
    return problems


def period_in_order(values: Mapping[str, Any]) -> list[Problem]:
    start, end = values.get("period_start_year"), values.get("period_end_year")
    if start is not None and end is not None and end < start:
        return [error("period_end_year", "end_before_start", T(CONTEXT, "The period ends before it starts."))]
    return []


def endorsement_needs_reference(values: Mapping[str, Any]) -> list[Problem]:
    if values.get("status") in ("ENDORSED", "IN_PLAN") and _empty(values.get("endorsement_reference")):
        return [error("endorsement_reference", "decision_required", T(
            CONTEXT, "An endorsed priority needs the mechanism's decision (e.g. \u201cNWGIMD meeting of "
                     "12.03.2015, decision 4\u201d).") )]
    return []


def action_needs_lead_dates_and_cost(values: Mapping[str, Any]) -> list[Problem]:
    problems = []
    if _empty(values.get("lead_institution_id")):
        problems.append(error("lead_institution_id", "lead_required", T(CONTEXT, "Every action needs a lead.")))
    if values.get("start_date") is None or values.get("end_date") is None:
        problems.append(error("end_date", "dates_required", T(CONTEXT, "Every action needs its start and end.")))
    if values.get("cost_estimate") is not None and _empty(values.get("currency")):
        problems.append(error("currency", "currency_required", T(CONTEXT, "Say in which currency the cost is.")))
    return problems + dates_in_order("start_date", "end_date")(values)


def manual_status_needs_justification(values: Mapping[str, Any]) -> list[Problem]:
    if values.get("indicator_kind") in ("QUALITATIVE", "MILESTONE_YN") and _empty(values.get("manual_status")):
        return [error("manual_status", "manual_status_required", T(
            CONTEXT, "A qualitative or yes/no indicator is rated by hand: choose its status."))]
    if not _empty(values.get("manual_status")) and _empty(values.get("manual_status_justification")):
        return [error("manual_status_justification", "justification_required", T(
            CONTEXT, "Say why the indicator has this status."))]
    return []


def baseline_complete(values: Mapping[str, Any]) -> list[Problem]:
    if (values.get("baseline_value") is None) != (values.get("baseline_year") is None):
        return [error("baseline_year", "baseline_incomplete", T(
            CONTEXT, "A baseline needs both its value and its year."))]
    return []


def actual_period_valid(values: Mapping[str, Any]) -> list[Problem]:
    end = values.get("period_end")
    if isinstance(end, date) and end > date.today():
        return [error("period_end", "future_period", T(
            CONTEXT, "An actual cannot be reported for a period that has not ended yet."))]
    return dates_in_order("period_start", "period_end")(values)


def thresholds_in_order(values: Mapping[str, Any]) -> list[Problem]:
    green, amber = values.get("green_from"), values.get("amber_from")
    if green is not None and amber is not None and not 0 < amber < green <= 2:
        return [error("amber_from", "thresholds_order", T(
            CONTEXT, "Amber must start below green, and both above 0 (e.g. green 0.9, amber 0.6)."))]
    return []


def weight_in_range(values: Mapping[str, Any]) -> list[Problem]:
    weight = values.get("weight")
    if weight is not None and not 0 <= weight <= 1:
        return [error("weight", "weight_range", T(CONTEXT, "A weight lies between 0 and 1."))]
    return []


INSTRUMENTS = RecordSpec("planning_instrument", T(CONTEXT, "Planning instruments"), "planning:PlanningInstrument", (
    F("title", T(CONTEXT, "Title"), required=True),
    F("instrument_type", T(CONTEXT, "Type"), K.CODE, "INSTRUMENT_TYPE", required=True),
    F("status", T(CONTEXT, "Status"), K.CODE, "INSTRUMENT_STATUS", required=True),
    F("mainstreaming_level", T(CONTEXT, "Mainstreaming level (0-4)"), K.INTEGER, minimum=0, maximum=4),
    F("period_start_year", T(CONTEXT, "From (year)"), K.INTEGER, minimum=1990, maximum=2100),
    F("period_end_year", T(CONTEXT, "To (year)"), K.INTEGER, minimum=1990, maximum=2100),
    F("sector_code", T(CONTEXT, "Sector (for sector strategies)"), K.CODE, "POLICY_AREA"),
    F("adoption_date", T(CONTEXT, "Adopted on"), K.DATE),
    F("adopting_body", T(CONTEXT, "Adopted by")),
    F("legal_reference", T(CONTEXT, "Legal reference")),
    F("owner_institution_id", T(CONTEXT, "Owner"), K.RECORD, references="institution"),
    F("document_id", T(CONTEXT, "Document"), K.DOCUMENT),
), order_by="title", label_field="title", rules=(adopted_needs_date_and_document, period_in_order), step=4)

PLAN_ELEMENTS = RecordSpec("plan_element", T(CONTEXT, "Plan elements"), "planning:PlanElement", (
    F("instrument_id", T(CONTEXT, "Instrument"), K.RECORD, required=True, references="planning_instrument"),
    F("level", T(CONTEXT, "Level"), K.CODE, "PLAN_ELEMENT_LEVEL", required=True),
    F("code", T(CONTEXT, "Number in the plan")),
    F("text", T(CONTEXT, "Text"), K.LONG_TEXT, required=True),
    F("parent_id", T(CONTEXT, "Part of"), K.RECORD, references="plan_element"),
), order_by="code", label_field="text", store_rules=(stored.element_parent_fits,), step=4)

LINKAGES = RecordSpec("migration_linkage", T(CONTEXT, "Migration lens"), "planning:MigrationLinkage", (
    F("plan_element_id", T(CONTEXT, "Plan element"), K.RECORD, required=True, references="plan_element"),
    F("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA", required=True),
    F("question_code", T(CONTEXT, "Lens question"), K.CODE, "MIGRATION_LENS_QUESTION", parent_field="policy_area"),
    F("effect_of_migration_on_goal", T(CONTEXT, "Migration's effect on the goal"), K.CODE, "EFFECT_ON_GOAL",
      required=True),
    F("effect_of_goal_on_migration", T(CONTEXT, "The goal's effect on migration"), K.CODE, "EFFECT_ON_MIGRATION",
      required=True),
    F("proposed_text_change", T(CONTEXT, "Proposed change to the text"), K.LONG_TEXT),
), order_by="policy_area", label_field="policy_area", step=4)

PRIORITIES = RecordSpec("policy_priority", T(CONTEXT, "Policy priorities"), "planning:PolicyPriority", (
    F("title", T(CONTEXT, "Title"), required=True),
    F("policy_area", T(CONTEXT, "Policy area"), K.CODE, "POLICY_AREA", required=True),
    F("status", T(CONTEXT, "Status"), K.CODE, "PRIORITY_STATUS", required=True),
    F("rank", T(CONTEXT, "Rank"), K.INTEGER, minimum=1, maximum=999),
    F("score_impact", T(CONTEXT, "Impact (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("score_feasibility", T(CONTEXT, "Feasibility (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("score_cost", T(CONTEXT, "Affordability (1-5, 5 = cheapest)"), K.INTEGER, minimum=1, maximum=5),
    F("score_urgency", T(CONTEXT, "Urgency (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("score_political_support", T(CONTEXT, "Political support (1-5)"), K.INTEGER, minimum=1, maximum=5),
    F("problem_statement", T(CONTEXT, "Problem"), K.LONG_TEXT),
    F("objective", T(CONTEXT, "Objective"), K.LONG_TEXT),
    F("target_groups", T(CONTEXT, "Target groups (codes, comma-separated)")),
    F("policy_category", T(CONTEXT, "Category"), K.CODE, "POLICY_CATEGORY"),
    F("gcm_objectives", T(CONTEXT, "GCM objectives (numbers)")),
    F("sdg_targets", T(CONTEXT, "SDG targets")),
    F("endorsement_reference", T(CONTEXT, "Endorsed by (decision)")),
), order_by="rank", label_field="title", rules=(endorsement_needs_reference,), unique=("title", "rank"),
    store_rules=(stored.target_groups_known,), step=4)

PRIORITY_EVIDENCE = RecordSpec("priority_evidence", T(CONTEXT, "Evidence behind the priorities"),
                               "planning:PriorityEvidence", (
    F("priority_id", T(CONTEXT, "Priority"), K.RECORD, required=True, references="policy_priority"),
    F("evidence", T(CONTEXT, "Evidence"), K.EVIDENCE, required=True),
    F("note", T(CONTEXT, "How it supports the priority"), K.LONG_TEXT),
), label_field="note", store_rules=(stored.evidence_not_repeated,), step=4)

SCORING_WEIGHTS = RecordSpec("scoring_weight", T(CONTEXT, "Scoring weights"), "planning:ScoringWeight", (
    F("criterion", T(CONTEXT, "Criterion"), K.CODE, "PRIORITY_CRITERION", required=True),
    F("weight", T(CONTEXT, "Weight (0-1; all add up to 1)"), K.NUMBER, required=True),
), order_by="criterion", label_field="criterion", rules=(weight_in_range,), unique=("criterion",), step=4)

ACTIONS = RecordSpec("action", T(CONTEXT, "Costed actions"), "planning:Action", (
    F("description", T(CONTEXT, "Action"), K.LONG_TEXT, required=True),
    F("priority_id", T(CONTEXT, "Priority"), K.RECORD, required=True, references="policy_priority"),
    F("lead_institution_id", T(CONTEXT, "Lead"), K.RECORD, required=True, references="institution"),
    F("start_date", T(CONTEXT, "Start"), K.DATE, required=True),
    F("end_date", T(CONTEXT, "End"), K.DATE, required=True),
    F("cost_estimate", T(CONTEXT, "Cost"), K.DECIMAL, required=True),
    F("currency", T(CONTEXT, "Currency"), K.CODE, "CURRENCY", required=True),
    F("status", T(CONTEXT, "Status"), K.CODE, "ACTION_STATUS", required=True),
    F("plan_element_id", T(CONTEXT, "Lands in plan element"), K.RECORD, references="plan_element"),
    F("capacity_needs", T(CONTEXT, "Capacity needs"), K.LONG_TEXT),
), order_by="start_date", label_field="description", rules=(action_needs_lead_dates_and_cost,),
    store_rules=(stored.cost_covers_funding,), step=4)

ACTION_FUNDING = RecordSpec("action_funding", T(CONTEXT, "Funding of the actions"), "planning:ActionFunding", (
    F("action_id", T(CONTEXT, "Action"), K.RECORD, required=True, references="action"),
    F("funding_source", T(CONTEXT, "Source"), K.CODE, "FUNDING_SOURCE", required=True),
    F("amount", T(CONTEXT, "Amount (in the action's currency)"), K.DECIMAL, required=True),
    F("partner_id", T(CONTEXT, "Partner"), K.RECORD, references="development_partner"),
), label_field="funding_source", store_rules=(stored.funding_within_cost,), step=4)

RESULTS = RecordSpec("result", T(CONTEXT, "Results chain"), "monitoring:Result", (
    F("code", T(CONTEXT, "Code"), required=True),
    F("level", T(CONTEXT, "Level"), K.CODE, "RESULT_LEVEL", required=True),
    F("statement", T(CONTEXT, "Result statement"), K.LONG_TEXT, required=True),
    F("parent_result_id", T(CONTEXT, "Contributes to"), K.RECORD, references="result"),
    F("linked_priority_id", T(CONTEXT, "Priority"), K.RECORD, references="policy_priority"),
    F("linked_plan_element_id", T(CONTEXT, "Plan element"), K.RECORD, references="plan_element"),
    F("assumptions", T(CONTEXT, "Assumptions"), K.LONG_TEXT),
    F("risks", T(CONTEXT, "Risks"), K.LONG_TEXT),
), order_by="code", label_field="code", unique=("code",), store_rules=(stored.result_parent_above,), step=5)

RESULT_INDICATORS = RecordSpec("result_indicator", T(CONTEXT, "Indicators"), "monitoring:ResultIndicator", (
    F("name", T(CONTEXT, "Indicator"), required=True),
    F("result_id", T(CONTEXT, "Result"), K.RECORD, required=True, references="result"),
    F("unit_code", T(CONTEXT, "Unit"), K.CODE, "UNIT", required=True),
    F("direction", T(CONTEXT, "Direction"), K.CODE, "INDICATOR_DIRECTION", required=True),
    F("baseline_value", T(CONTEXT, "Baseline"), K.NUMBER),
    F("baseline_year", T(CONTEXT, "Baseline year"), K.INTEGER, minimum=1950, maximum=2100),
    F("indicator_code", T(CONTEXT, "Reference indicator"), K.CODE, "INDICATOR"),
    F("indicator_kind", T(CONTEXT, "Kind"), K.CODE, "INDICATOR_KIND", required=True),
    F("definition", T(CONTEXT, "Definition (numerator / denominator)"), K.LONG_TEXT),
    F("disaggregations", T(CONTEXT, "Disaggregations (codes, comma-separated)")),
    F("frequency", T(CONTEXT, "Reporting frequency"), K.CODE, "REPORTING_FREQUENCY", required=True),
    F("means_of_verification", T(CONTEXT, "Means of verification"), K.LONG_TEXT, required=True),
    F("source_id", T(CONTEXT, "Data source"), K.RECORD, references="data_source"),
    F("responsible_institution_id", T(CONTEXT, "Responsible"), K.RECORD, references="institution"),
    F("baseline_source_note", T(CONTEXT, "Where the baseline comes from"), K.LONG_TEXT),
    F("manual_status", T(CONTEXT, "Status set by hand"), K.CODE, "RAG_STATUS"),
    F("manual_status_justification", T(CONTEXT, "Why this status"), K.LONG_TEXT),
), order_by="name", label_field="name", rules=(manual_status_needs_justification, baseline_complete),
    store_rules=(stored.disaggregations_known,), suggest=stored.baseline_from_profile,
    suggest_label=T(CONTEXT, "Baseline from the profile"), step=5)

TARGETS = RecordSpec("target", T(CONTEXT, "Targets"), "monitoring:Target", (
    F("result_indicator_id", T(CONTEXT, "Indicator"), K.RECORD, required=True, references="result_indicator"),
    F("year", T(CONTEXT, "Year"), K.INTEGER, required=True, minimum=1950, maximum=2100),
    F("target_value", T(CONTEXT, "Target"), K.NUMBER, required=True),
    F("target_type", T(CONTEXT, "Kind"), K.CODE, "TARGET_TYPE", required=True),
), order_by="year", label_field="year", store_rules=(stored.target_fits_indicator,), step=5)

ACTUALS = RecordSpec("actual", T(CONTEXT, "Actuals"), "monitoring:Actual", (
    F("result_indicator_id", T(CONTEXT, "Indicator"), K.RECORD, required=True, references="result_indicator"),
    F("period_start", T(CONTEXT, "Period from"), K.DATE, required=True),
    F("period_end", T(CONTEXT, "Period to"), K.DATE, required=True),
    F("value", T(CONTEXT, "Value"), K.NUMBER),
    F("obs_status", T(CONTEXT, "Status"), K.CODE, "OBS_STATUS"),
    F("evidence_document_id", T(CONTEXT, "Evidence"), K.DOCUMENT),
    F("reported_by", T(CONTEXT, "Reported by"), personal=True),
    F("verified_by", T(CONTEXT, "Verified by"), personal=True),
), order_by="period_start", label_field="period_end", rules=(actual_period_valid,),
    store_rules=(stored.actual_not_repeated,), step=5)

ACTUAL_DISAGGREGATIONS = RecordSpec("actual_disaggregation", T(CONTEXT, "Disaggregated actuals"),
                                    "monitoring:ActualDisaggregation", (
    F("actual_id", T(CONTEXT, "Actual"), K.RECORD, required=True, references="actual"),
    F("dimension", T(CONTEXT, "Dimension"), K.CODE, "DISAGGREGATION", required=True),
    F("code", T(CONTEXT, "Group (code, e.g. F)"), required=True),
    F("value", T(CONTEXT, "Value"), K.NUMBER, required=True),
), order_by="dimension", label_field="code", store_rules=(stored.parts_within_total,), step=5)

EVALUATIONS = RecordSpec("evaluation", T(CONTEXT, "Evaluations"), "monitoring:Evaluation", (
    F("evaluation_type", T(CONTEXT, "Type"), K.CODE, "EVALUATION_TYPE", required=True),
    F("evaluator", T(CONTEXT, "Evaluator")),
    F("planned_date", T(CONTEXT, "Planned for"), K.DATE),
    F("completed_date", T(CONTEXT, "Completed on"), K.DATE),
    F("questions", T(CONTEXT, "Evaluation questions"), K.LONG_TEXT),
    F("findings", T(CONTEXT, "Findings"), K.LONG_TEXT),
    F("report_document_id", T(CONTEXT, "Report"), K.DOCUMENT),
), order_by="planned_date", label_field="evaluation_type", step=5)

MANAGEMENT_RESPONSES = RecordSpec("management_response", T(CONTEXT, "Management responses"),
                                  "monitoring:ManagementResponse", (
    F("evaluation_id", T(CONTEXT, "Evaluation"), K.RECORD, required=True, references="evaluation"),
    F("recommendation", T(CONTEXT, "Recommendation"), K.LONG_TEXT, required=True),
    F("response", T(CONTEXT, "Response"), K.LONG_TEXT),
    F("planned_action", T(CONTEXT, "Planned action"), K.LONG_TEXT),
    F("owner_institution_id", T(CONTEXT, "Owner"), K.RECORD, references="institution"),
    F("due_date", T(CONTEXT, "Due"), K.DATE),
    F("status", T(CONTEXT, "Status"), K.CODE, "ACTION_ITEM_STATUS", required=True),
), order_by="due_date", label_field="recommendation", step=5)

RAG_THRESHOLDS = RecordSpec("rag_threshold", T(CONTEXT, "Traffic-light thresholds"), "monitoring:RagThreshold", (
    F("green_from", T(CONTEXT, "Green from (progress ratio)"), K.NUMBER, required=True),
    F("amber_from", T(CONTEXT, "Amber from (progress ratio)"), K.NUMBER, required=True),
    F("maintain_tolerance", T(CONTEXT, "Tolerance for \u201cmaintain\u201d (share)"), K.DECIMAL, required=True),
), label_field="green_from", rules=(thresholds_in_order,), store_rules=(stored.one_threshold_row,), step=5)

PLANNING_SPECS = (INSTRUMENTS, PLAN_ELEMENTS, LINKAGES, PRIORITIES, PRIORITY_EVIDENCE, SCORING_WEIGHTS, ACTIONS,
                  ACTION_FUNDING)
MONITORING_SPECS = (RESULTS, RESULT_INDICATORS, TARGETS, ACTUALS, ACTUAL_DISAGGREGATIONS, EVALUATIONS,
                    MANAGEMENT_RESPONSES, RAG_THRESHOLDS)
