"""The country report's sections for steps 0 to 3: the workspace and its readiness, the migration
profile (headline figures, narrative, charts, sectors, governance, findings), the
whole-of-government mechanism and the whole-of-society consultations.

Each section opens with the step's status and what it still lacks; a step with nothing recorded
says so in one line.
"""

from __future__ import annotations

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.enums import ProfilePart
from mainstream_desktop.reports.pdf_country_context import Col, CountryReport
from mainstream_desktop.reports.pdf_data import headline_figures
from mainstream_desktop.reports.pdf_flowables import Column
from mainstream_desktop.reports.pdf_locale import MISSING
from mainstream_desktop.reports.pdf_style import READINESS_COLOURS

STEP_TITLES = {
    0: QT_TRANSLATE_NOOP("report", "Workspace and readiness"),
    1: QT_TRANSLATE_NOOP("report", "Migration profile"),
    2: QT_TRANSLATE_NOOP("report", "Whole-of-government"),
    3: QT_TRANSLATE_NOOP("report", "Whole-of-society"),
    4: QT_TRANSLATE_NOOP("report", "Policy priorities in the plan"),
    5: QT_TRANSLATE_NOOP("report", "Monitoring and evaluation"),
    6: QT_TRANSLATE_NOOP("report", "Coherent international support"),
    7: QT_TRANSLATE_NOOP("report", "Pilot testing and lessons learned"),
}
STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("report", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("report", "In progress"),
    "submitted": QT_TRANSLATE_NOOP("report", "Submitted"),
    "changes_requested": QT_TRANSLATE_NOOP("report", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("report", "Approved"),
}
READINESS_NAMES = {
    "MET": QT_TRANSLATE_NOOP("report", "Met"),
    "PARTLY": QT_TRANSLATE_NOOP("report", "Partly met"),
    "NOT_MET": QT_TRANSLATE_NOOP("report", "Not met"),
    "N_A": QT_TRANSLATE_NOOP("report", "Not applicable"),
}
PART_TITLES = {
    ProfilePart.TRENDS: QT_TRANSLATE_NOOP("report", "A. Migration trends"),
    ProfilePart.IMPACTS: QT_TRANSLATE_NOOP("report", "B. Impacts of migration"),
    ProfilePart.GOVERNANCE: QT_TRANSLATE_NOOP("report", "C. Migration governance"),
    ProfilePart.FINDINGS: QT_TRANSLATE_NOOP("report", "D. Findings and recommendations"),
}
KEY_FIGURES = (
    ("MIG_STOCK_IMM", QT_TRANSLATE_NOOP("report", "Immigrants living in the country, {year}")),
    ("MIG_STOCK_EMI", QT_TRANSLATE_NOOP("report", "Emigrants living abroad, {year}")),
    ("REM_IN_USD", QT_TRANSLATE_NOOP("report", "Remittances received, USD million, {year}")),
    ("REM_IN_GDP", QT_TRANSLATE_NOOP("report", "Remittances as a share of GDP (%), {year}")),
)


def step_title(report: CountryReport, number: int) -> str:
    return report.t(QT_TRANSLATE_NOOP("report", "Step {number}: {title}"), number=number,
                    title=report.t(STEP_TITLES[number]))


def status_name(report: CountryReport, status: str) -> str:
    return report.t(STATUS_NAMES.get(status, status))


def open_step(report: CountryReport, number: int) -> None:
    """The step's heading, its summary, its status and what it still lacks."""
    story = report.story
    story.section(step_title(report, number))
    story.note(report.locale.borrowed("core", STEPS[number].summary))
    progress = report.progress[number]
    story.para(report.t(QT_TRANSLATE_NOOP("report", "Status: {status}. Complete: {percent}."),
                        status=status_name(report, progress.status.value),
                        percent=report.locale.percent(progress.completeness / 100)))
    if progress.missing:
        story.para(report.t(QT_TRANSLATE_NOOP("report", "Still missing:")))
        story.bullets(report.locale.message(m) for m in progress.missing)


def nothing_yet(report: CountryReport) -> None:
    report.story.note(report.t(QT_TRANSLATE_NOOP("report", "Nothing has been recorded for this step yet.")))


# -- step 0 ------------------------------------------------------------------------------------
def workspace_section(report: CountryReport) -> None:
    open_step(report, 0)
    services, t = report.services, report.t
    form = services.workspaces.get_form(report.code)
    labels = {name: {c.code: c.label for c in services.reference.choices(name)}
              for name in ("PROGRAMME_PHASE", "ENTRY_MODE", "READINESS_CRITERION")}
    phase = form.programme_phase.value if form.programme_phase else ""
    entry = form.entry_mode.value if form.entry_mode else ""
    period = f"{report.locale.date(form.start_date)} \u2013 {report.locale.date(form.end_date)}" \
        if form.start_date or form.end_date else MISSING
    facts = [
        (t(QT_TRANSLATE_NOOP("report", "Country")), report.country),
        (t(QT_TRANSLATE_NOOP("report", "Workspace")), f"{form.code} \u2013 {form.title}"),
        (t(QT_TRANSLATE_NOOP("report", "Programme phase")), labels["PROGRAMME_PHASE"].get(phase, phase) or MISSING),
        (t(QT_TRANSLATE_NOOP("report", "Period")), period),
        (t(QT_TRANSLATE_NOOP("report", "Donor")), form.donor or MISSING),
        (t(QT_TRANSLATE_NOOP("report", "Lead institution")), form.lead_institution or MISSING),
    ]
    if report.include_personal:
        facts.append((t(QT_TRANSLATE_NOOP("report", "National focal point")), form.focal_point_name or MISSING))
    facts += [
        (t(QT_TRANSLATE_NOOP("report", "Entry into planning")), labels["ENTRY_MODE"].get(entry, entry) or MISSING),
        (t(QT_TRANSLATE_NOOP("report", "Currency and reference year")),
         f"{form.default_currency or MISSING} \u00b7 {form.reference_year or MISSING}"),
    ]
    report.story.facts(facts)
    if form.description:
        report.story.para(form.description)
    answers = [a for a in services.readiness.get_form(report.code).answers if a.status is not None]
    if not answers:
        report.story.note(t(QT_TRANSLATE_NOOP("report", "The readiness checklist has not been filled in yet.")))
        return
    report.story.subsection(t(QT_TRANSLATE_NOOP("report", "Readiness checklist")))
    rows, paint = [], []
    for number, answer in enumerate(answers):
        status = answer.status.value if answer.status else ""
        evidence = answer.comment or ""
        if answer.evidence_title:
            evidence = (evidence + "\n" if evidence else "") + t(
                QT_TRANSLATE_NOOP("report", "Evidence: {title}"), title=answer.evidence_title)
        rows.append([labels["READINESS_CRITERION"].get(answer.criterion.value, answer.criterion.value),
                     t(READINESS_NAMES.get(status, status)), evidence or MISSING])
        paint.append((number, 1, READINESS_COLOURS.get(status, "#ffffff")))
    report.story.table([Column(t(QT_TRANSLATE_NOOP("report", "Precondition"))),
                        Column(t(QT_TRANSLATE_NOOP("report", "Status")), "short"),
                        Column(t(QT_TRANSLATE_NOOP("report", "Comment and evidence")), "long")], rows, paint)


# -- step 1 ------------------------------------------------------------------------------------
def profile_section(report: CountryReport) -> None:
    open_step(report, 1)
    t, story, locale = report.t, report.story, report.locale
    figures = headline_figures(report.services.uow, report.code)
    by_code = {f.indicator_code: f for f in figures}
    story.tiles([(locale.number(by_code[code].value), t(label, year=by_code[code].year))
                 for code, label in KEY_FIGURES if code in by_code])
    narratives = [(part, report.services.narratives.get(report.code, part)) for part in ProfilePart]
    written = [(part, n) for part, n in narratives if n.text.strip()]
    if not figures and not written and not any(report.rows_of(k) for k in
                                               ("sector_impact", "governance_item", "profile_finding")):
        nothing_yet(report)
        return
    if figures:
        story.subsection(t(QT_TRANSLATE_NOOP("report", "Headline figures")))
        story.table([Column(t(QT_TRANSLATE_NOOP("report", "Indicator"))),
                     Column(t(QT_TRANSLATE_NOOP("report", "Year")), "short"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Value")), "number"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Unit"))),
                     Column(t(QT_TRANSLATE_NOOP("report", "Source")))],
                    [[f.indicator, str(f.year), locale.number(f.value), f.unit, f.source] for f in figures])
    for part, narrative in written:
        story.subsection(t(PART_TITLES[part]))
        for block in narrative.text.strip().split("\n\n"):
            story.para(block)
    story.subsection(t(QT_TRANSLATE_NOOP("report", "Charts of the profile")))
    for key in ("stock_by_sex", "top_destinations", "remittances"):
        report.chart(key)
    report.record_table("sector_impact", (
        Col("policy_area", QT_TRANSLATE_NOOP("report", "Policy area")),
        Col("channel", QT_TRANSLATE_NOOP("report", "Channel")),
        Col("effect", QT_TRANSLATE_NOOP("report", "Effect"), "short"),
        Col("magnitude", QT_TRANSLATE_NOOP("report", "Magnitude (1-3)"), "short"),
        Col("evidence_strength", QT_TRANSLATE_NOOP("report", "Evidence"), "short"),
        Col("narrative", QT_TRANSLATE_NOOP("report", "Explanation"), "long"),
    ), t(QT_TRANSLATE_NOOP("report", "Sectors affected")))
    report.record_table("governance_item", (
        Col("kind", QT_TRANSLATE_NOOP("report", "Kind")),
        Col("title", QT_TRANSLATE_NOOP("report", "Title"), "long"),
        Col("adoption_date", QT_TRANSLATE_NOOP("report", "Adopted"), "date"),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
        Col("partner_country", QT_TRANSLATE_NOOP("report", "Partner country")),
    ), t(QT_TRANSLATE_NOOP("report", "Laws, policies and agreements")))
    report.record_table("profile_finding", (
        Col("kind", QT_TRANSLATE_NOOP("report", "Kind"), "short"),
        Col("text", QT_TRANSLATE_NOOP("report", "Finding or recommendation"), "long"),
        Col("policy_area", QT_TRANSLATE_NOOP("report", "Policy area")),
        Col("priority", QT_TRANSLATE_NOOP("report", "Priority (1-3)"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Findings and recommendations")))


# -- step 2 ------------------------------------------------------------------------------------
def government_section(report: CountryReport) -> None:
    open_step(report, 2)
    t = report.t
    if not any(report.rows_of(k) for k in ("coordination_mechanism", "sector_responsibility", "meeting")):
        nothing_yet(report)
        return
    report.record_table("coordination_mechanism", (
        Col("name", QT_TRANSLATE_NOOP("report", "Mechanism"), "long"),
        Col("kind", QT_TRANSLATE_NOOP("report", "Kind")),
        Col("legal_basis", QT_TRANSLATE_NOOP("report", "Legal basis")),
        Col("established_date", QT_TRANSLATE_NOOP("report", "Established"), "date"),
        Col("chair_institution_id", QT_TRANSLATE_NOOP("report", "Chair")),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Coordination mechanism")))
    members = report.tables.get("mechanism_member")
    if members is not None and members.rows:
        index = members.fields.index("is_sector_focal_point")
        focal = sum(1 for row in members.rows if row[index] is True)
        report.story.para(t(QT_TRANSLATE_NOOP(
            "report", "Members of the mechanism: {members}; sector focal points among them: {focal}."),
            members=len(members.rows), focal=focal))
    report.chart("responsibility_matrix")
    report.record_table("meeting", (
        Col("meeting_date", QT_TRANSLATE_NOOP("report", "Date"), "date"),
        Col("mechanism_id", QT_TRANSLATE_NOOP("report", "Mechanism")),
        Col("meeting_type", QT_TRANSLATE_NOOP("report", "Type"), "short"),
        Col("agenda", QT_TRANSLATE_NOOP("report", "Agenda"), "long"),
    ), t(QT_TRANSLATE_NOOP("report", "Meetings")), same_everywhere=("mechanism_id",))
    report.record_table("action_item", (
        Col("description", QT_TRANSLATE_NOOP("report", "Decision or action"), "long"),
        Col("owner_institution_id", QT_TRANSLATE_NOOP("report", "Owner")),
        Col("due_date", QT_TRANSLATE_NOOP("report", "Due"), "date"),
        Col("status", QT_TRANSLATE_NOOP("report", "Status"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Decisions and action items")))


# -- step 3 ------------------------------------------------------------------------------------
def society_section(report: CountryReport) -> None:
    open_step(report, 3)
    t = report.t
    if not any(report.rows_of(k) for k in ("stakeholder", "consultation_event", "stakeholder_input")):
        nothing_yet(report)
        return
    report.record_table("stakeholder", (
        Col("name", QT_TRANSLATE_NOOP("report", "Stakeholder"), "long"),
        Col("stakeholder_group", QT_TRANSLATE_NOOP("report", "Group")),
        Col("interest", QT_TRANSLATE_NOOP("report", "Interest (1-5)"), "short"),
        Col("influence", QT_TRANSLATE_NOOP("report", "Influence (1-5)"), "short"),
        Col("engagement_level", QT_TRANSLATE_NOOP("report", "Engagement")),
    ), t(QT_TRANSLATE_NOOP("report", "Stakeholders")))
    report.chart("interest_influence")
    report.record_table("consultation_event", (
        Col("title", QT_TRANSLATE_NOOP("report", "Consultation"), "long"),
        Col("event_type", QT_TRANSLATE_NOOP("report", "Type")),
        Col("event_date", QT_TRANSLATE_NOOP("report", "Date"), "date"),
        Col("location", QT_TRANSLATE_NOOP("report", "Place")),
        Col("participants_female", QT_TRANSLATE_NOOP("report", "Women"), "short"),
        Col("participants_male", QT_TRANSLATE_NOOP("report", "Men"), "short"),
    ), t(QT_TRANSLATE_NOOP("report", "Consultations")))
    report.chart("participation")
    report.record_table("stakeholder_input", (
        Col("text", QT_TRANSLATE_NOOP("report", "Input"), "long"),
        Col("stakeholder_id", QT_TRANSLATE_NOOP("report", "From")),
        Col("disposition", QT_TRANSLATE_NOOP("report", "Disposition"), "short"),
        Col("linked_priority_id", QT_TRANSLATE_NOOP("report", "Fed the priority"), "long"),
    ), t(QT_TRANSLATE_NOOP("report", "Inputs received and what became of them")))
