"""The country report's cross-cutting sections: the golden thread from evidence to funding with
its broken links (``core.trace``), the data sources and their gaps (step 1's inventory), and the
review status of each step with the open review comments (``core.review``).

"Without personal data", the names of commenters, submitters and approvers are left out.
"""

from __future__ import annotations

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.trace import Chain
from mainstream_desktop.reports.pdf_country_context import Col, CountryReport
from mainstream_desktop.reports.pdf_country_steps import STATUS_NAMES, STEP_TITLES
from mainstream_desktop.reports.pdf_flowables import Column
from mainstream_desktop.reports.pdf_locale import MISSING
from mainstream_desktop.reports.pdf_style import SEVERITY_COLOURS, STATUS_COLOURS

BROKEN_LINK_NAMES = {
    "PRIORITY_WITHOUT_EVIDENCE": QT_TRANSLATE_NOOP("report", "Priority without evidence"),
    "PRIORITY_WITHOUT_ACTIONS": QT_TRANSLATE_NOOP("report", "Endorsed priority without actions"),
    "PRIORITY_WITHOUT_FUNDING": QT_TRANSLATE_NOOP("report", "Endorsed priority without funding"),
    "ACTION_NOT_IN_PLAN": QT_TRANSLATE_NOOP("report", "Action outside the plan"),
    "ACTION_WITHOUT_INDICATOR": QT_TRANSLATE_NOOP("report", "Action nothing measures"),
    "INDICATOR_WITHOUT_BASELINE": QT_TRANSLATE_NOOP("report", "Indicator without baseline"),
    "INDICATOR_WITHOUT_TARGET": QT_TRANSLATE_NOOP("report", "Indicator without target"),
    "INSTRUMENT_WITHOUT_INDICATOR": QT_TRANSLATE_NOOP("report", "Plan nothing measures"),
}
SEVERITY_NAMES = {
    "BLOCKER": QT_TRANSLATE_NOOP("report", "Blocker"),
    "MAJOR": QT_TRANSLATE_NOOP("report", "Major"),
    "MINOR": QT_TRANSLATE_NOOP("report", "Minor"),
    "SUGGESTION": QT_TRANSLATE_NOOP("report", "Suggestion"),
}
COMMENT_STATUS_NAMES = {
    "OPEN": QT_TRANSLATE_NOOP("report", "Open"),
    "ANSWERED": QT_TRANSLATE_NOOP("report", "Answered"),
}


def golden_thread_section(report: CountryReport) -> None:
    t, story, locale = report.t, report.story, report.locale
    story.section(t(QT_TRANSLATE_NOOP("report", "The golden thread")))
    story.note(t(QT_TRANSLATE_NOOP("report", "From the evidence to each priority, its actions and where they land "
                                   "in the plan, the indicators that measure them and the money behind them.")))
    trace = report.services.trace.trace(report.code)
    if not trace.chains:
        story.note(t(QT_TRANSLATE_NOOP("report", "No policy priority has been recorded yet, so there is no thread "
                                       "to follow.")))
    else:
        complete = sum(1 for chain in trace.chains if not chain.broken)
        story.tiles([(locale.number(len(trace.chains)), t(QT_TRANSLATE_NOOP("report", "Priorities traced"))),
                     (locale.number(complete), t(QT_TRANSLATE_NOOP("report", "Complete threads"))),
                     (locale.number(len(trace.broken)), t(QT_TRANSLATE_NOOP("report", "Broken links")))])
        for chain in trace.chains:
            _chain(report, chain)
    if trace.broken:
        story.subsection(t(QT_TRANSLATE_NOOP("report", "Broken links")))
        story.table([Column(t(QT_TRANSLATE_NOOP("report", "Gap"))),
                     Column(t(QT_TRANSLATE_NOOP("report", "What is missing")), "long")],
                    [[t(BROKEN_LINK_NAMES.get(link.code, link.code)),
                      locale.message(link.message)] for link in trace.broken])


def _chain(report: CountryReport, chain: Chain) -> None:
    t, locale = report.t, report.locale
    rank = f"{chain.rank}. " if chain.rank else ""
    report.story.subsection(f"{rank}{chain.title}")

    def lines(items: list[str]) -> str:
        if len(items) > 1:
            return "\n".join(f"\u2022 {item}" for item in items)
        return items[0] if items else MISSING

    actions = []
    for action in chain.actions:
        funded = sum(f.amount for f in action.funding if f.source != "UNFUNDED")
        cost = locale.money(action.cost, action.currency) if action.cost is not None else \
            t(QT_TRANSLATE_NOOP("report", "not costed"))
        text = t(QT_TRANSLATE_NOOP("report", "{action} (cost {cost}, funded {funded})"), action=action.description,
                 cost=cost, funded=locale.money(funded, action.currency))
        if action.plan_element:
            text += " \u2192 " + action.plan_element
        actions.append(text)
    from mainstream_desktop.reports.pdf_country_plan import RAG_NAMES

    indicators = [f"{i.result_code} {i.name} ({t(RAG_NAMES.get(i.status, i.status))})" for i in chain.indicators]
    facts = [(t(QT_TRANSLATE_NOOP("report", "Evidence")), lines(list(chain.evidence))),
             (t(QT_TRANSLATE_NOOP("report", "Consultation inputs")), lines(list(chain.inputs))),
             (t(QT_TRANSLATE_NOOP("report", "Actions")), lines(actions)),
             (t(QT_TRANSLATE_NOOP("report", "Indicators")), lines(indicators)),
             (t(QT_TRANSLATE_NOOP("report", "Partner projects")), lines(list(chain.projects)))]
    if chain.broken:
        facts.append((t(QT_TRANSLATE_NOOP("report", "Broken links")),
                      lines([t(BROKEN_LINK_NAMES.get(b.code, b.code)) for b in chain.broken])))
    report.story.facts(facts, label_share=0.2)


def data_sources_section(report: CountryReport) -> None:
    t, story = report.t, report.story
    story.section(t(QT_TRANSLATE_NOOP("report", "Data sources and gaps")))
    story.note(t(QT_TRANSLATE_NOOP("report", "The sources the migration profile draws on, what they cover and what "
                                   "is missing.")))
    shown = report.record_table("data_source", (
        Col("name", QT_TRANSLATE_NOOP("report", "Source"), "long"),
        Col("source_type", QT_TRANSLATE_NOOP("report", "Type")),
        Col("last_reference_year", QT_TRANSLATE_NOOP("report", "Latest year"), "short"),
        Col("access", QT_TRANSLATE_NOOP("report", "Access"), "short"),
        Col("quality_rating", QT_TRANSLATE_NOOP("report", "Quality (1-5)"), "short"),
        Col("gap_notes", QT_TRANSLATE_NOOP("report", "Gaps"), "long"),
    ))
    if not shown:
        story.note(t(QT_TRANSLATE_NOOP("report", "No data source has been recorded yet.")))
        return
    report.chart("data_availability")


def review_section(report: CountryReport) -> None:
    t, story, locale = report.t, report.story, report.locale
    story.section(t(QT_TRANSLATE_NOOP("report", "Review status and open comments")))
    reviews = report.services.review.step_reviews(report.code)
    rows, paint = [], []
    for n, review in enumerate(reviews):
        submitted = locale.date(review.submitted_at) if review.submitted_at else MISSING
        approved = locale.date(review.approved_at) if review.approved_at else MISSING
        if report.include_personal:
            submitted += f" ({review.submitted_by})" if review.submitted_by and review.submitted_at else ""
            approved += f" ({review.approved_by})" if review.approved_by and review.approved_at else ""
        rows.append([str(review.step_number), t(STEP_TITLES[review.step_number]),
                     t(STATUS_NAMES.get(review.status.value, review.status.value)), submitted, approved,
                     locale.number(review.open_comments), locale.number(review.open_blocking)])
        paint.append((n, 2, STATUS_COLOURS.get(review.status.value, "#ffffff")))
    story.table([Column(t(QT_TRANSLATE_NOOP("report", "Step")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Title"))),
                 Column(t(QT_TRANSLATE_NOOP("report", "Review status"))),
                 Column(t(QT_TRANSLATE_NOOP("report", "Submitted")), "date"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Approved")), "date"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Open comments")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Blocking")), "short")], rows, paint)
    comments = report.services.review.comments(report.code, include_closed=False)
    story.subsection(t(QT_TRANSLATE_NOOP("report", "Open review comments")))
    if not comments:
        story.note(t(QT_TRANSLATE_NOOP("report", "No review comment is open.")))
        return
    rows, paint = [], []
    for n, comment in enumerate(comments):
        who = comment.agency or ""
        if report.include_personal and comment.author:
            who = f"{comment.author} ({who})" if who else comment.author
        step = str(comment.step_number) if comment.step_number is not None else MISSING
        rows.append([step, t(SEVERITY_NAMES.get(comment.severity.value, comment.severity.value)),
                     t(COMMENT_STATUS_NAMES.get(comment.status.value, comment.status.value)), comment.text,
                     who or MISSING, locale.date(comment.created_at), locale.number(len(comment.replies))])
        paint.append((n, 1, SEVERITY_COLOURS.get(comment.severity.value, "#ffffff")))
    story.table([Column(t(QT_TRANSLATE_NOOP("report", "Step")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Severity")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Status")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Comment")), "long"),
                 Column(t(QT_TRANSLATE_NOOP("report", "From"))),
                 Column(t(QT_TRANSLATE_NOOP("report", "Date")), "date"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Replies")), "short")], rows, paint)

