"""The pages of the step 4 and 5 wizards: which record tables and which views each shows. Both
wizards end on the golden thread (``TracePage``), where the links still missing are listed."""

from __future__ import annotations

from mainstream_desktop.core import planning_specs as specs
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as N
from mainstream_desktop.ui.wizards.participation_pages import REGISTRY_PAGE
from mainstream_desktop.ui.wizards.records_wizard import RecordsPageInfo

C = "participation"

PLANNING_PAGES = (
    REGISTRY_PAGE,
    RecordsPageInfo(
        N(C, "Planning instruments"),
        N(C, "The national plan, sector strategies, local plans, the UN cooperation framework, the budget or a "
             "stand-alone migration policy: status, period and how far each mainstreams migration (0 absent \u2026 "
             "4 costed and budgeted actions). Then each plan's goals, outcomes, strategies and actions."),
        (specs.INSTRUMENTS, specs.PLAN_ELEMENTS), ("plan_coverage",)),
    RecordsPageInfo(
        N(C, "Migration lens"),
        N(C, "Apply the migration lens to plan elements: for the element's policy area, answer the questions of "
             "the bank (the list follows the area chosen), say how migration affects the goal and the goal "
             "migration, and propose a change to the text."),
        (specs.LINKAGES,)),
    RecordsPageInfo(
        N(C, "Priorities and their evidence"),
        N(C, "The migration and development priorities with problem, objective and target groups, scored 1-5 "
             "(weights below; equal when none are set). Each priority needs at least one piece of evidence from "
             "the profile, the consultations or a document; endorsement needs the mechanism's decision."),
        (specs.PRIORITIES, specs.PRIORITY_EVIDENCE, specs.SCORING_WEIGHTS), ("priority_matrix",)),
    RecordsPageInfo(
        N(C, "Costed action plan"),
        N(C, "Each priority's actions with a lead, dates, a cost and where they land in the plan; their funding "
             "by source never exceeds the cost, and the rest shows as the gap."),
        (specs.ACTIONS, specs.ACTION_FUNDING), ("action_gantt", "budget_by_source")),
)

MONITORING_PAGES = (
    RecordsPageInfo(
        N(C, "Results chain"),
        N(C, "Impact, outcomes, outputs and activities, each contributing to the level above and linked to a "
             "priority or a plan element, with assumptions and risks."),
        (specs.RESULTS,)),
    RecordsPageInfo(
        N(C, "Indicators, baselines and targets"),
        N(C, "Neutral indicators with unit, direction, disaggregation, frequency and means of verification; a "
             "baseline (offered from the profile when the indicator is one of its reference indicators) and "
             "targets by year."),
        (specs.RESULT_INDICATORS, specs.TARGETS), ("indicator_progress",)),
    RecordsPageInfo(
        N(C, "Actuals"),
        N(C, "The values reported for each period, with their evidence, and disaggregated values that add up to "
             "the total. The dashboard colours each indicator by its progress."),
        (specs.ACTUALS, specs.ACTUAL_DISAGGREGATIONS), ("rag_dashboard",)),
    RecordsPageInfo(
        N(C, "Evaluations"),
        N(C, "The evaluation plan (mid-term and final), the reports, and the management response to each "
             "recommendation; the thresholds of the traffic lights."),
        (specs.EVALUATIONS, specs.MANAGEMENT_RESPONSES, specs.RAG_THRESHOLDS)),
)
