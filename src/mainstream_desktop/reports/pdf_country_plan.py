"""The country report's sections for steps 4 to 7: priorities and the costed action plan, the
results framework with its traffic lights, the partners' support, and the expert missions and
lessons of the pilot.
"""

from __future__ import annotations

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.reports.pdf_country_context import Col, CountryReport
from mainstream_desktop.reports.pdf_country_steps import nothing_yet, open_step
from mainstream_desktop.reports.pdf_data import indicator_rows
from mainstream_desktop.reports.pdf_flowables import Column
from mainstream_desktop.reports.pdf_locale import MISSING
from mainstream_desktop.reports.pdf_style import RAG_COLOURS

RAG_NAMES = {
    "GREEN": QT_TRANSLATE_NOOP("report", "On track"),
    "AMBER": QT_TRANSLATE_NOOP("report", "Some delay"),
    "RED": QT_TRANSLATE_NOOP("report", "Off track"),
    "GREY": QT_TRANSLATE_NOOP("report", "Not reported"),
    "BLUE": QT_TRANSLATE_NOOP("report", "Target met"),
}


def planning_section(report: CountryReport) -> None:
    open_step(report, 4)
    t = report.t
    if not any(report.rows_of(k) for k in ("planning_instrument", "policy_priority", "action")):
        nothing_yet(report)
        return
    report.story.tiles(_budget_tiles(report))
    report.record_table("planning_instrument", (
        Col("title", QT_TRANSLATE_NOOP("report", "Planning instrument"), "long"),
        Col("instrument_type", QT_TRANSLATE_NOOP("report", "Type")),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
        Col("mainstreaming_level", QT_TRANSLATE_NOOP("report", "Mainstreaming level (0-4)"), "short"),
        Col("period_start_year", QT_TRANSLATE_NOOP("report", "From"), "short"),
        Col("period_end_year", QT_TRANSLATE_NOOP("report", "To"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Planning instruments")))
    report.record_table("policy_priority", (
        Col("rank", QT_TRANSLATE_NOOP("report", "Rank"), "short"),
        Col("title", QT_TRANSLATE_NOOP("report", "Priority"), "long"),
        Col("policy_area", QT_TRANSLATE_NOOP("report", "Policy area")),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
        Col("endorsement_reference", QT_TRANSLATE_NOOP("report", "Endorsed by")),
    ), t(QT_TRANSLATE_NOOP("report", "Policy priorities")))
    report.chart("priority_matrix")
    report.record_table("action", (
        Col("description", QT_TRANSLATE_NOOP("report", "Action"), "long"),
        Col("lead_institution_id", QT_TRANSLATE_NOOP("report", "Lead")),
        Col("start_date", QT_TRANSLATE_NOOP("report", "Start"), "date"),
        Col("end_date", QT_TRANSLATE_NOOP("report", "End"), "date"),
        Col("cost_estimate", QT_TRANSLATE_NOOP("report", "Cost"), "number"),
        Col("currency", QT_TRANSLATE_NOOP("report", "Currency"), "code"),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Costed action plan")))
    report.chart("budget_by_source")
    report.chart("action_gantt")


def _budget_tiles(report: CountryReport) -> list[tuple[str, str]]:
    """Cost, funding and gap of the action plan in USD (what the budget chart draws)."""
    from mainstream_desktop.reports.planning_data import PlanningChartData

    frame = PlanningChartData(report.services.uow).budget_by_source(report.code).frame
    if frame.empty:
        return []
    t, number = report.t, report.locale.number
    cost, funded, gap = (float(frame[c].sum()) for c in ("cost_usd", "funded_usd", "UNFUNDED"))
    return [(number(int(frame["actions"].sum())), t(QT_TRANSLATE_NOOP("report", "Costed actions"))),
            (number(round(cost)), t(QT_TRANSLATE_NOOP("report", "Cost of the plan (USD)"))),
            (number(round(funded)), t(QT_TRANSLATE_NOOP("report", "Funded (USD)"))),
            (number(round(gap)), t(QT_TRANSLATE_NOOP("report", "Funding gap (USD)")))]


def monitoring_section(report: CountryReport) -> None:
    open_step(report, 5)
    t, locale = report.t, report.locale
    rows = indicator_rows(report.services.uow, report.code)
    if not rows and not report.rows_of("evaluation"):
        nothing_yet(report)
        return
    if rows:
        report.story.subsection(t(QT_TRANSLATE_NOOP("report", "Indicators and their traffic lights")))

        def dated(value: float | None, year: object) -> str:
            if value is None:
                return MISSING
            return f"{locale.number(value)} ({year})" if year else locale.number(value)

        table = [[r.result_code, r.name, r.unit, dated(r.baseline, r.baseline_year), dated(r.target, r.target_year),
                  dated(r.latest, r.latest_date.year if r.latest_date else None), t(RAG_NAMES.get(r.status, r.status))]
                 for r in rows]
        paint = [(n, 6, RAG_COLOURS.get(r.status, "#ffffff")) for n, r in enumerate(rows)]
        report.story.table([Column(t(QT_TRANSLATE_NOOP("report", "Result")), "short"),
                            Column(t(QT_TRANSLATE_NOOP("report", "Indicator")), "long"),
                            Column(t(QT_TRANSLATE_NOOP("report", "Unit"))),
                            Column(t(QT_TRANSLATE_NOOP("report", "Baseline")), "number"),
                            Column(t(QT_TRANSLATE_NOOP("report", "Final target")), "number"),
                            Column(t(QT_TRANSLATE_NOOP("report", "Latest")), "number"),
                            Column(t(QT_TRANSLATE_NOOP("report", "Status")), "short")], table, paint)
        report.chart("rag_dashboard")
    report.record_table("evaluation", (
        Col("evaluation_type", QT_TRANSLATE_NOOP("report", "Evaluation")),
        Col("evaluator", QT_TRANSLATE_NOOP("report", "Evaluator")),
        Col("planned_date", QT_TRANSLATE_NOOP("report", "Planned for"), "date"),
        Col("completed_date", QT_TRANSLATE_NOOP("report", "Completed on"), "date"),
        Col("findings", QT_TRANSLATE_NOOP("report", "Findings"), "long"),
    ), t(QT_TRANSLATE_NOOP("report", "Evaluations")))
    report.record_table("management_response", (
        Col("recommendation", QT_TRANSLATE_NOOP("report", "Recommendation"), "long"),
        Col("response", QT_TRANSLATE_NOOP("report", "Response"), "long"),
        Col("due_date", QT_TRANSLATE_NOOP("report", "Due"), "date"),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Management responses")))


def support_section(report: CountryReport) -> None:
    open_step(report, 6)
    t = report.t
    if not any(report.rows_of(k) for k in ("development_partner", "partner_project")):
        nothing_yet(report)
        return
    report.record_table("development_partner", (
        Col("name", QT_TRANSLATE_NOOP("report", "Partner"), "long"),
        Col("partner_type", QT_TRANSLATE_NOOP("report", "Type")),
        Col("gmg_agency_code", QT_TRANSLATE_NOOP("report", "GMG agency")),
    ), t(QT_TRANSLATE_NOOP("report", "Development partners")))
    report.record_table("partner_project", (
        Col("title", QT_TRANSLATE_NOOP("report", "Project"), "long"),
        Col("partner_id", QT_TRANSLATE_NOOP("report", "Partner")),
        Col("start_date", QT_TRANSLATE_NOOP("report", "Start"), "date"),
        Col("end_date", QT_TRANSLATE_NOOP("report", "End"), "date"),
        Col("budget_total", QT_TRANSLATE_NOOP("report", "Budget"), "number"),
        Col("currency", QT_TRANSLATE_NOOP("report", "Currency"), "code"),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Migration-related projects")))
    report.chart("funding_by_policy_area")


def lessons_section(report: CountryReport) -> None:
    open_step(report, 7)
    t = report.t
    missions = report.record_table("expert_mission", (
        Col("agency_code", QT_TRANSLATE_NOOP("report", "Agency")),
        Col("expert_name", QT_TRANSLATE_NOOP("report", "Expert")),
        Col("mode", QT_TRANSLATE_NOOP("report", "Mode"), "short"),
        Col("start_date", QT_TRANSLATE_NOOP("report", "Start"), "date"),
        Col("end_date", QT_TRANSLATE_NOOP("report", "End"), "date"),
        Col("steps_supported", QT_TRANSLATE_NOOP("report", "Steps supported"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "GMG expert missions")))
    lessons = report.record_table("lesson_learned", (
        Col("theme", QT_TRANSLATE_NOOP("report", "Theme")),
        Col("step_number", QT_TRANSLATE_NOOP("report", "Step"), "short"),
        Col("what_happened", QT_TRANSLATE_NOOP("report", "What happened"), "long"),
        Col("recommendation", QT_TRANSLATE_NOOP("report", "Recommendation"), "long"),
        Col("applicability", QT_TRANSLATE_NOOP("report", "Applies to"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Lessons learned")))
    if not missions and not lessons:
        nothing_yet(report)
