"""The GMG expert's fifteen questions about the portfolio (domain notes §5), answered from the
portfolio's measures as far as the records allow: a one-line summary, one line per country or
item, and what the data cannot tell. A question nothing recorded yet can answer says so
(``AnswerState.NO_DATA``); one the program records only part of says which part is missing
(``AnswerState.PARTLY``). Texts are English templates marked for translation; figures are
formatted here, in the plain style of the charts, with the symbols of the language reference
labels are shown in (``core/number_format.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.number_format import NumberStyle, format_number, format_percent_points
from mainstream_desktop.core.portfolio_dto import (
    AnswerState,
    CommentLoad,
    CountryStatus,
    Destination,
    IndicatorComparison,
    LessonMatrix,
    PortfolioMeasures,
    QuestionAnswer,
    share,
)
from mainstream_desktop.enums import StepStatus

A, P, N = AnswerState.ANSWERED, AnswerState.PARTLY, AnswerState.NO_DATA
QUESTIONS = {
    1: T(CONTEXT, "Where is each country in the process?"),
    2: T(CONTEXT, "How strong is the evidence base?"),
    3: T(CONTEXT, "Do national and international numbers agree?"),
    4: T(CONTEXT, "How do the migration profiles compare?"),
    5: T(CONTEXT, "Is the institutional set-up real and alive?"),
    6: T(CONTEXT, "Was society genuinely consulted?"),
    7: T(CONTEXT, "Where did migration land in planning?"),
    8: T(CONTEXT, "Are priorities evidence-based and costed?"),
    9: T(CONTEXT, "Is the M&E framework usable?"),
    10: T(CONTEXT, "Is international support coherent?"),
    11: T(CONTEXT, "Which GMG agencies supported which steps?"),
    12: T(CONTEXT, "What lessons recur across countries?"),
    13: T(CONTEXT, "What did peer exchanges change?"),
    14: T(CONTEXT, "Is it sustainable?"),
    15: T(CONTEXT, "Results against programme targets"),
}
PROGRAMME_TARGETS = {"PROC_LAWS_MM": 12, "PROC_NEW_MD_POLICIES": 56}  # programme-reported results [S9]


def M(template: str, **params: object) -> Message:  # noqa: N802 - reads like the marker it wraps
    return Message(template, dict(params))


def number(value: float, unit_code: str = "") -> str:
    """A figure as the charts label it, in the language reference labels are shown in: 12.5%,
    1,110,000, USD 2,405 mn (French 12,5 %, 1 110 000, USD 2 405 mn)."""
    style = NumberStyle.of()
    if unit_code == "PCT":
        return format_percent_points(value, ".1f", style)
    if unit_code.startswith("USD_MN"):
        return f"USD {format_number(value, ',.0f', style)} mn"
    if unit_code.startswith("PER_"):
        return format_number(value, ".1f", style)
    return format_number(value, ",.0f" if abs(value) >= 100 or float(value).is_integer() else ",.2f", style)


def usd(value: float) -> str:
    size, style = abs(value), NumberStyle.of()
    for limit, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            return f"USD {format_number(value / limit, '.1f', style)}{suffix}"
    return f"USD {format_number(value, ',.0f', style)}"


def percent(part: float, whole: float) -> str:
    ratio = share(part, whole)
    return "\u2013" if ratio is None else format_number(ratio, ".0%")


def _day(value: datetime | None) -> str:
    return value.date().isoformat() if value else "\u2013"


def _date(value: date | None) -> str:
    return value.isoformat() if value else "\u2013"


def q1_status(countries: Sequence[CountryStatus]) -> QuestionAnswer:
    if not countries:
        return QuestionAnswer(1, QUESTIONS[1], N, M(T(CONTEXT, "There is no workspace in this data folder yet.")))
    cells = [c for country in countries for c in country.cells]
    best = max(countries, key=lambda c: (c.overall_percent, c.workspace))
    lines = []
    for country in countries:
        dated = [c for c in country.cells if c.days_in_status and c.status is not StepStatus.NOT_STARTED]
        longest = max(dated, key=lambda c: c.days_in_status or 0, default=None)
        stay = M(T(CONTEXT, "; longest in its status: step {step}, {days} days"), step=longest.step_number,
                 days=longest.days_in_status) if longest else ""
        lines.append(M(T(CONTEXT, "{country} ({code}): {percent}% overall; {approved} approved, {submitted} submitted, "
                                  "{working} in progress, {waiting} not started; last update {updated}{stay}"),
                       country=country.country, code=country.workspace, percent=country.overall_percent,
                       approved=country.count(StepStatus.APPROVED), submitted=country.count(StepStatus.SUBMITTED),
                       working=country.count(StepStatus.IN_PROGRESS) + country.count(StepStatus.CHANGES_REQUESTED),
                       waiting=country.count(StepStatus.NOT_STARTED), updated=_day(country.last_update), stay=stay))
    return QuestionAnswer(1, QUESTIONS[1], A, M(
        T(CONTEXT, "{count} countries, {steps} steps: {approved} approved, {submitted} submitted, {working} in progress; "
                   "furthest along: {best} ({percent}% overall)."),
        count=len(countries), steps=len(cells), approved=sum(c.status is StepStatus.APPROVED for c in cells),
        submitted=sum(c.status is StepStatus.SUBMITTED for c in cells),
        working=sum(c.status in (StepStatus.IN_PROGRESS, StepStatus.CHANGES_REQUESTED) for c in cells),
        best=best.country, percent=best.overall_percent), tuple(lines))


def q2_evidence(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = measures.evidence
    if not rows:
        return QuestionAnswer(2, QUESTIONS[2], N, M(T(CONTEXT, "No profile holds any figure yet.")))
    lines = []
    for row in rows:
        years = M(T(CONTEXT, ", newest {newest}, oldest latest figure {oldest}"), newest=row.newest_year,
                  oldest=row.oldest_latest_year) if row.newest_year else ""
        alone = M(T(CONTEXT, "; international estimates only")) if row.only_international else ""
        lines.append(M(T(CONTEXT, "{country}: {filled} of {total} core indicators have a figure{years}; sources: "
                                  "{types}{alone}"), country=row.country, filled=row.core_filled, total=row.core_total,
                       years=years, types=", ".join(row.source_types) or "\u2013", alone=alone))
    international = [r.country for r in rows if r.only_international]
    return QuestionAnswer(2, QUESTIONS[2], A, M(
        T(CONTEXT, "{national} of {count} countries use national data sources; {alone} rely on international "
                   "estimates only{names}."), national=sum(r.national_sources for r in rows), count=len(rows),
        alone=len(international), names=(": " + ", ".join(international)) if international else ""), tuple(lines))


def q3_agreement(measures: PortfolioMeasures) -> QuestionAnswer:
    gaps = measures.source_gaps
    limits = (M(T(CONTEXT, "Who must reconcile a gap is not recorded: the country's focal point marks the preferred "
                           "figure.")),)
    if not gaps:
        return QuestionAnswer(3, QUESTIONS[3], A, M(T(
            CONTEXT, "No figure is given by two sources that disagree by more than 10%.")), (), limits)
    lines = tuple(M(T(CONTEXT, "{country}: {indicator} {period}: {low} against {high} ({gap:.0%} apart){done}"),
                    country=g.country, indicator=g.indicator, period=g.period[:4], low=number(g.low), high=number(g.high),
                    gap=g.gap, done=M(T(CONTEXT, ", explained")) if g.explained else "") for g in gaps)
    return QuestionAnswer(3, QUESTIONS[3], A, M(
        T(CONTEXT, "{count} disagreement(s) between sources in {countries} countries, the largest first; "
                   "{open} not yet explained."), count=len(gaps), countries=len({g.workspace for g in gaps}),
        open=sum(not g.explained for g in gaps)), lines, limits)


def q4_profiles(comparison: Sequence[IndicatorComparison], destinations: Sequence[Destination]) -> QuestionAnswer:
    lines = []
    for item in comparison:
        present = sorted(item.present, key=lambda v: -(v.value or 0.0))
        missing = [v.workspace for v in item.values if v.missing]
        figures = ", ".join(f"{v.workspace} {number(v.value or 0.0, item.unit_code)} ({v.year})" for v in present)
        lines.append(M(T(CONTEXT, "{indicator}: {figures}; missing for {missing}"), indicator=item.name,
                       figures=figures or "\u2013", missing=", ".join(missing) or "\u2013"))
    for code in dict.fromkeys(d.workspace for d in destinations):
        own = [d for d in destinations if d.workspace == code]
        lines.append(M(T(CONTEXT, "{country}: emigrants by destination ({year}): {list}"), country=own[0].country,
                       year=own[0].year, list=", ".join(f"{d.destination_name} {number(d.value)}" for d in own)))
    state = A if any(item.present for item in comparison) else N
    compared = sum(1 for item in comparison for _v in item.present)
    return QuestionAnswer(4, QUESTIONS[4], state, M(
        T(CONTEXT, "{count} figures side by side across {indicators} indicators; a country without the figure is "
                   "shown as missing."), count=compared, indicators=len(comparison)), tuple(lines),
        (M(T(CONTEXT, "Skill mix is not compared: the profiles hold no common skill breakdown.")),))


def q5_institutions(measures: PortfolioMeasures) -> QuestionAnswer:
    lines = []
    for row in measures.institutions:
        if not row.active_mechanisms and not row.meetings:
            lines.append(M(T(CONTEXT, "{country}: no active coordination mechanism recorded"), country=row.country))
            continue
        rate = format_number(row.meetings_per_year, ".1f") if row.meetings_per_year is not None else "\u2013"
        lines.append(M(T(CONTEXT, "{country}: {active} active mechanism(s) ({legal}), chair {chair} ({kind}); "
                                  "{meetings} meetings, {rate} a year, {minutes} with minutes, last {last}; core sectors "
                                  "with a lead {led} of {sectors}; {focal} sector focal points"),
                       country=row.country, active=row.active_mechanisms, legal=", ".join(row.legal_bases) or "\u2013",
                       chair=row.chair or "\u2013", kind=row.chair_type or "\u2013", meetings=row.meetings, rate=rate,
                       minutes=row.meetings_with_minutes,
                       last=row.last_meeting.isoformat() if row.last_meeting else "\u2013", led=row.core_sectors_led,
                       sectors=row.core_sectors, focal=row.focal_points))
    alive = [r for r in measures.institutions if r.active_mechanisms]
    return QuestionAnswer(5, QUESTIONS[5], A if alive else N, M(
        T(CONTEXT, "{alive} of {count} countries record an active coordination mechanism."), alive=len(alive),
        count=len(measures.institutions)), tuple(lines),
        (M(T(CONTEXT, "Whether the chair's seat goes with faster progress is not computed: too few mechanisms are "
                      "recorded to compare.")),))


def q6_consultation(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = [r for r in measures.consultation if r.events or r.inputs]
    lines = tuple(M(T(CONTEXT, "{country}: {events} consultation(s), {people} participants ({women} women); groups "
                               "reached: {groups}; {reflected} of {inputs} inputs reflected in a priority, "
                               "{accepted} accepted"),
                    country=r.country, events=r.events, people=r.participants, women=percent(r.female, r.participants),
                    groups=", ".join(r.groups_reached) or "\u2013", reflected=r.inputs_reflected, inputs=r.inputs,
                    accepted=r.inputs_accepted) for r in rows)
    female = sum(r.female for r in rows)
    people = sum(r.participants for r in rows)
    return QuestionAnswer(6, QUESTIONS[6], A if rows else N, M(
        T(CONTEXT, "{count} countries record consultations: {people} participants, {women} of them women."),
        count=len(rows), people=people, women=percent(female, people)), lines)


def q7_landing(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = [r for r in measures.landing if r.instruments]
    lines = tuple(M(T(CONTEXT, "{country} ({route}): {instruments}"), country=r.country, route=r.entry_mode or "\u2013",
                    instruments="; ".join(f"{i.title} \u2013 {i.instrument_type}, level "
                                          f"{i.level if i.level is not None else '?'}" for i in r.instruments))
                  for r in rows)
    routes: dict[str, list[str]] = {}
    for row in rows:
        routes.setdefault(row.entry_mode or "\u2013", []).append(
            f"{row.workspace} {row.highest_level if row.highest_level is not None else '?'}")
    return QuestionAnswer(7, QUESTIONS[7], P if rows else N, M(
        T(CONTEXT, "Highest mainstreaming level (0\u20134) by route: {routes}."),
        routes="; ".join(f"{route}: {', '.join(levels)}" for route, levels in routes.items()) or "\u2013"), lines,
        (M(T(CONTEXT, "Which route went faster is not known: the dates of level changes are not recorded.")),))


def q8_costed(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = [r for r in measures.planning if r.priorities or r.actions]
    lines = []
    for r in rows:
        left = M(T(CONTEXT, "; {count} action(s) without an exchange rate left out"), count=r.unconverted) \
            if r.unconverted else ""
        lines.append(M(T(CONTEXT, "{country}: {evidenced} of {priorities} priorities rest on evidence; {costed} of "
                                  "{actions} actions have a cost and a lead; plan {cost}, funded {funded}, gap {gap}{left}"),
                       country=r.country, evidenced=r.with_evidence, priorities=r.priorities, costed=r.with_cost_and_lead,
                       actions=r.actions, cost=usd(r.cost_usd), funded=usd(r.funded_usd), gap=usd(r.gap_usd),
                       left=left))
    return QuestionAnswer(8, QUESTIONS[8], A if rows else N, M(
        T(CONTEXT, "{count} countries have priorities; funding gap across them: {gap} of {cost}."), count=len(rows),
        gap=usd(sum(r.gap_usd for r in rows)), cost=usd(sum(r.cost_usd for r in rows))), tuple(lines))


def q9_monitoring(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = [r for r in measures.monitoring if r.indicators]
    lines = tuple(M(T(CONTEXT, "{country}: {ready} of {total} indicators have a baseline and a target; traffic lights: "
                               "{rag}; {sdg} aligned to an SDG indicator; latest actual {latest}"),
                    country=r.country, ready=r.with_baseline_and_target, total=r.indicators,
                    rag=", ".join(f"{status.lower()} {count}" for status, count in sorted(r.rag.items())),
                    sdg=r.sdg_aligned, latest=r.latest_actual.isoformat() if r.latest_actual else "\u2013")
                  for r in rows)
    return QuestionAnswer(9, QUESTIONS[9], P if rows else N, M(
        T(CONTEXT, "{count} countries have a results framework; {ready} of {total} indicators have a baseline and a "
                   "target."), count=len(rows), ready=sum(r.with_baseline_and_target for r in rows),
        total=sum(r.indicators for r in rows)), lines,
        (M(T(CONTEXT, "Reporting timeliness needs a reporting calendar, which is not recorded; the latest actual is "
                      "shown instead.")),))


def q10_support(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = [r for r in measures.support if r.projects]
    lines = tuple(M(T(CONTEXT, "{country}: {projects} partner project(s), {aligned} of {budget} ({share}) aligned to "
                               "national priorities; {undaf} tied to a UN cooperation framework outcome; endorsed "
                               "priorities without partner support: {unsupported}"),
                    country=r.country, projects=r.projects, aligned=usd(r.aligned_usd), budget=usd(r.budget_usd),
                    share=percent(r.aligned_usd, r.budget_usd), undaf=r.with_un_outcome,
                    unsupported="; ".join(r.unsupported_priorities) or "\u2013") for r in rows)
    aligned, budget = sum(r.aligned_usd for r in rows), sum(r.budget_usd for r in rows)
    return QuestionAnswer(10, QUESTIONS[10], P if rows else N, M(
        T(CONTEXT, "{count} countries record partner projects; {share} of their budgets ({budget}) are aligned to "
                   "national priorities."), count=len(rows), share=percent(aligned, budget), budget=usd(budget)), lines,
        (M(T(CONTEXT, "Duplicated projects are not detected.")),))


def q11_agencies(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = measures.agencies
    limits = (M(T(CONTEXT, "Resolution time per agency is not known: a comment's closing date is not recorded.")),)
    if not rows:
        return QuestionAnswer(11, QUESTIONS[11], N, M(T(CONTEXT, "No expert mission or review comment is recorded.")),
                              (), limits)
    lines = tuple(M(T(CONTEXT, "{agency}: {missions} mission(s) ({countries}; steps {steps}); review comments "
                               "{open} open, {closed} closed"),
                    agency=r.agency_name or r.agency or "\u2013", missions=r.missions,
                    countries=", ".join(r.workspaces) or "\u2013", steps=", ".join(map(str, r.steps)) or "\u2013",
                    open=r.comments_open, closed=r.comments_closed) for r in rows)
    return QuestionAnswer(11, QUESTIONS[11], P, M(
        T(CONTEXT, "{agencies} agencies: {missions} expert mission(s) and {comments} review comment(s)."),
        agencies=len(rows), missions=sum(r.missions for r in rows),
        comments=sum(r.comments_open + r.comments_closed for r in rows)), lines, limits)


def q12_lessons(lessons: LessonMatrix) -> QuestionAnswer:
    if not lessons.total:
        return QuestionAnswer(12, QUESTIONS[12], N, M(T(CONTEXT, "No lesson learned is recorded yet.")))
    lines = []
    for theme in lessons.themes:
        count = sum(lessons.count(theme, w) for w in lessons.workspaces)
        if count:
            lines.append(M(T(CONTEXT, "{theme}: {count} lesson(s) from {countries}{recurring}{proposal}"),
                           theme=lessons.theme_labels[theme], count=count,
                           countries=", ".join(lessons.countries_with(theme)) or "\u2013",
                           recurring=M(T(CONTEXT, "; recurs")) if theme in lessons.recurring else "",
                           proposal=M(T(CONTEXT, "; behind a handbook change proposal"))
                           if theme in lessons.with_proposals else ""))
    recurring = ", ".join(lessons.theme_labels[t] for t in lessons.recurring)
    summary = M(T(CONTEXT, "Themes recurring in 3 or more countries: {themes}."), themes=recurring) if recurring else \
        M(T(CONTEXT, "No theme recurs in 3 or more countries yet ({count} lessons)."), count=lessons.total)
    return QuestionAnswer(12, QUESTIONS[12], A, summary, tuple(lines))


def q13_exchanges(measures: PortfolioMeasures) -> QuestionAnswer:
    rows = measures.exchanges
    if not rows:
        return QuestionAnswer(13, QUESTIONS[13], N, M(T(CONTEXT, "No peer exchange is recorded.")))
    lines = tuple(M(T(CONTEXT, "{host} hosting {visitors} ({end}, {topic}): afterwards the visitors recorded {lessons} "
                               "lesson(s) and {priorities} priority(ies)"),
                    host=r.host, visitors=", ".join(r.visitors), end=r.end.isoformat() if r.end else "\u2013",
                    topic=r.topic or "\u2013", lessons=r.lessons_after, priorities=r.priorities_after) for r in rows)
    return QuestionAnswer(13, QUESTIONS[13], P, M(T(CONTEXT, "{count} peer exchange(s) recorded."), count=len(rows)),
                          lines, (M(T(CONTEXT, "Records dated after an exchange are not necessarily caused by it.")),))


def q14_sustainability(measures: PortfolioMeasures) -> QuestionAnswer:
    meetings = {r.workspace: r.last_meeting for r in measures.institutions}
    rows = [r for r in measures.planning if r.funded_usd or meetings.get(r.workspace)]
    lines = tuple(M(T(CONTEXT, "{country}: the government budget carries {share} of the plan's funding; the "
                               "mechanism last met {last}"), country=r.country, share=percent(r.government_usd, r.funded_usd),
                    last=_date(meetings.get(r.workspace))) for r in rows)
    return QuestionAnswer(14, QUESTIONS[14], P if rows else N, M(
        T(CONTEXT, "Government budget share of the funded actions: {share} across {count} countries."),
        share=percent(sum(r.government_usd for r in rows), sum(r.funded_usd for r in rows)), count=len(rows)), lines,
        (M(T(CONTEXT, "Whether the profile is produced by a national body on a legal basis is not recorded.")),))


def q15_results(measures: PortfolioMeasures) -> QuestionAnswer:
    items = {item.code: item for item in measures.programme_results}
    lines = [M(T(CONTEXT, "{country}: {indicator} {value} ({year})"), country=v.country, indicator=item.name,
               value=number(v.value or 0.0), year=v.year) for item in items.values() for v in item.present]
    if not lines:
        return QuestionAnswer(15, QUESTIONS[15], N, M(T(
            CONTEXT, "No country reports laws amended or new M&D policies (indicators PROC_LAWS_MM, "
                     "PROC_NEW_MD_POLICIES) in its profile.")))

    def total(code: str) -> str:
        return number(sum(v.value or 0.0 for v in items[code].present)) if code in items else "\u2013"

    return QuestionAnswer(15, QUESTIONS[15], A, M(T(
        CONTEXT, "Laws and policies amended: {laws} (the programme reported {laws_target}); new M&D policies and "
                 "programmes: {policies} (the programme reported {policies_target})."),
        laws=total("PROC_LAWS_MM"), laws_target=PROGRAMME_TARGETS["PROC_LAWS_MM"],
        policies=total("PROC_NEW_MD_POLICIES"), policies_target=PROGRAMME_TARGETS["PROC_NEW_MD_POLICIES"]),
        tuple(lines))


def answer_questions(countries: Sequence[CountryStatus], comments: Sequence[CommentLoad], lessons: LessonMatrix,
                     comparison: Sequence[IndicatorComparison], destinations: Sequence[Destination],
                     measures: PortfolioMeasures) -> tuple[QuestionAnswer, ...]:
    del comments  # the comment load has its own view; Q11 counts comments per agency from the measures
    return (q1_status(countries), q2_evidence(measures), q3_agreement(measures), q4_profiles(comparison, destinations),
            q5_institutions(measures), q6_consultation(measures), q7_landing(measures), q8_costed(measures),
            q9_monitoring(measures), q10_support(measures), q11_agencies(measures), q12_lessons(lessons),
            q13_exchanges(measures), q14_sustainability(measures), q15_results(measures))
