"""The consolidated lessons-learned report across every workspace of the data folder (the hub's):
the counts per theme and country with the themes that recur in three or more countries
highlighted, every lesson grouped by theme with its country, step, what happened, why, the
recommendation, where it applies and who validated it, and the handbook change proposals traced
to the lessons behind them. Read through ``core.lessons``, in the report's language: its country
names are the digest's (``core.reference_labels``), spelled as in the window and the other reports.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mainstream_desktop.core.lessons import RECURRING_COUNTRIES, LessonsDigest, LessonService
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.reports.report_catalogue import check_language
from mainstream_desktop.reports.report_language import in_report_language

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from mainstream_desktop.core.services import Services
    from mainstream_desktop.reports.pdf_country import ReportResult
    from mainstream_desktop.reports.pdf_locale import ReportLocale
    from mainstream_desktop.reports.pdf_story import ReportStory

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

THEME_NAMES = {
    "POLITICAL_COMMITMENT": QT_TRANSLATE_NOOP("report", "Political commitment"),
    "INSTITUTIONAL_SETUP": QT_TRANSLATE_NOOP("report", "Institutional set-up"),
    "DATA": QT_TRANSLATE_NOOP("report", "Data"),
    "CONSULTATION": QT_TRANSLATE_NOOP("report", "Consultation"),
    "PLANNING_INTEGRATION": QT_TRANSLATE_NOOP("report", "Planning integration"),
    "FUNDING": QT_TRANSLATE_NOOP("report", "Funding"),
    "CAPACITY": QT_TRANSLATE_NOOP("report", "Capacity"),
    "M_AND_E": QT_TRANSLATE_NOOP("report", "Monitoring and evaluation"),
    "UN_COORDINATION": QT_TRANSLATE_NOOP("report", "UN coordination"),
    "OTHER": QT_TRANSLATE_NOOP("report", "Other"),
}
APPLICABILITY_NAMES = {
    "COUNTRY_SPECIFIC": QT_TRANSLATE_NOOP("report", "Country-specific"),
    "REGIONAL": QT_TRANSLATE_NOOP("report", "Regional"),
    "GENERAL": QT_TRANSLATE_NOOP("report", "General"),
}
PROPOSAL_STATUS_NAMES = {
    "PROPOSED": QT_TRANSLATE_NOOP("report", "Proposed"),
    "ACCEPTED": QT_TRANSLATE_NOOP("report", "Accepted"),
    "REJECTED": QT_TRANSLATE_NOOP("report", "Rejected"),
    "INCORPORATED": QT_TRANSLATE_NOOP("report", "Incorporated"),
}


@in_report_language
def write_lessons_report(services: Services, out: Path, *, language: str = "en", progress: Progress | None = None,
                         cancelled: Cancelled | None = None, now: datetime | None = None) -> ReportResult:
    from mainstream_desktop.reports.pdf_country import ReportResult
    from mainstream_desktop.reports.pdf_locale import ReportLocale
    from mainstream_desktop.reports.pdf_target import (
        ReportCancelled,
        check_target,
        write_atomically,
    )

    started = time.perf_counter()
    locale = ReportLocale.of(check_language(language))
    target = check_target(out)
    total = 5
    if progress is not None:
        progress(0, total, locale.t(QT_TRANSLATE_NOOP("report", "Reading the lessons")))
    from mainstream_desktop.reports.pdf_document import PageDecor, ReportDocument, lay_out
    from mainstream_desktop.reports.pdf_flowables import Contents
    from mainstream_desktop.reports.pdf_story import ReportStory
    digest = LessonService(services.uow).digest()
    story = ReportStory(locale)
    contents = Contents(story.styles, locale.right_to_left)
    when = now or datetime.now()
    site = services.site()
    site_name = site.name if site else ""
    title = locale.t(QT_TRANSLATE_NOOP("report", "Lessons learned"))
    _cover(story, locale, digest, when, site_name, contents)
    for number, write in enumerate((_overview, _by_theme, _proposals), start=1):
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(number, total, locale.t(QT_TRANSLATE_NOOP("report", "Writing the report")))
        write(story, locale, digest)
    decor = PageDecor(locale, locale.t(QT_TRANSLATE_NOOP("report", "Consolidated lessons-learned report")),
                      locale.long_date(when.date()),
                      f"Mainstream Desktop \u00b7 {site_name}" if site_name else "Mainstream Desktop")
    document = ReportDocument(io.BytesIO(), decor, title, site_name)
    data = lay_out(document, story.flowables, contents, progress, (4, total))
    path = write_atomically(target, data)
    if progress is not None:
        progress(total, total, "")
    return ReportResult(path, document.page, len(data), time.perf_counter() - started, locale.language, True)


def theme_name(locale: ReportLocale, theme: str, english: str) -> str:
    return locale.t(THEME_NAMES[theme]) if theme in THEME_NAMES else english


def _country(locale: ReportLocale, iso3: str, name: str) -> str:
    """The digest's name of the country (already in the report's language), or "Cross-country"."""
    return name if iso3 else locale.t(QT_TRANSLATE_NOOP("report", "Cross-country"))


def _cover(story: ReportStory, locale: ReportLocale, digest: LessonsDigest, when: datetime, site_name: str,
           contents: Flowable) -> None:
    t = locale.t
    lines = [
        t(QT_TRANSLATE_NOOP("report", "What the pilot countries learned while mainstreaming migration into their "
                            "development planning, and the changes to the handbook these lessons call for.")),
        "",
        t(QT_TRANSLATE_NOOP("report", "Produced on {date}"), date=locale.long_date(when.date())),
    ]
    if site_name:
        lines.append(t(QT_TRANSLATE_NOOP("report", "Produced by the site: {site}"), site=site_name))
    subtitle = t(QT_TRANSLATE_NOOP("report", "Lessons: {lessons} \u00b7 countries: {countries}"),
                 lessons=locale.number(len(digest.lessons)), countries=locale.number(len(digest.countries)))
    story.cover(t(QT_TRANSLATE_NOOP("report", "Consolidated report")), t(QT_TRANSLATE_NOOP("report", "Lessons learned")),
                subtitle, lines, contents, t(QT_TRANSLATE_NOOP("report", "Contents")))


def _overview(story: ReportStory, locale: ReportLocale, digest: LessonsDigest) -> None:
    from mainstream_desktop.reports.pdf_flowables import Column
    from mainstream_desktop.reports.pdf_style import ACCENT

    t, number = locale.t, locale.number
    story.section(t(QT_TRANSLATE_NOOP("report", "Lessons by theme and country")))
    if not digest.lessons:
        story.note(t(QT_TRANSLATE_NOOP("report", "No lesson has been recorded yet.")))
        return
    story.tiles([
        (number(len(digest.lessons)), t(QT_TRANSLATE_NOOP("report", "Lessons"))),
        (number(len(digest.countries)), t(QT_TRANSLATE_NOOP("report", "Countries"))),
        (number(len(digest.recurring_themes)), t(QT_TRANSLATE_NOOP("report", "Recurring themes"))),
        (number(len(digest.proposals)), t(QT_TRANSLATE_NOOP("report", "Handbook change proposals"))),
    ])
    story.note(t(QT_TRANSLATE_NOOP("report", "Themes with lessons from {count} or more countries recur across the "
                                   "portfolio; they are highlighted."), count=RECURRING_COUNTRIES))
    countries = digest.countries
    rows, paint = [], []
    for n, theme in enumerate(digest.themes):
        name = theme_name(locale, theme.theme, theme.theme_label)
        if theme.recurring:
            name += " \u2605"
            paint.append((n, 0, ACCENT))
        rows.append([name, *[number(digest.counts.get((theme.theme, iso3), 0)) if digest.counts.get(
            (theme.theme, iso3)) else "" for iso3, _name in countries], number(theme.lessons),
            number(len(theme.countries))])
    story.table([Column(t(QT_TRANSLATE_NOOP("report", "Theme")), "text"),
                 *[Column(iso3, "short") for iso3, _name in countries],
                 Column(t(QT_TRANSLATE_NOOP("report", "Lessons")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Countries")), "short")], rows, paint, bold_first_column=True)
    story.note(", ".join(f"{iso3}: {name}" for iso3, name in countries))


def _by_theme(story: ReportStory, locale: ReportLocale, digest: LessonsDigest) -> None:
    from mainstream_desktop.reports.pdf_flowables import Column

    t = locale.t
    if not digest.lessons:
        return
    story.section(t(QT_TRANSLATE_NOOP("report", "The lessons, theme by theme")))
    numbers = _lesson_numbers(digest)
    for theme in digest.themes:
        story.subsection(theme_name(locale, theme.theme, theme.theme_label))
        summary = t(QT_TRANSLATE_NOOP("report", "Lessons: {lessons} \u00b7 countries: {countries}"),
                    lessons=locale.number(theme.lessons), countries=locale.number(len(theme.countries)))
        if theme.recurring:
            summary += " \u00b7 " + t(QT_TRANSLATE_NOOP("report", "a recurring theme across the portfolio"))
        story.note(summary)
        rows = []
        for lesson in digest.lessons_of(theme.theme):
            step = str(lesson.step_number) if lesson.step_number is not None else "\u2014"
            applies = locale.t(APPLICABILITY_NAMES[lesson.applicability]) \
                if lesson.applicability in APPLICABILITY_NAMES else lesson.applicability_label
            rows.append([numbers[lesson.id], _country(locale, lesson.country_iso3, lesson.country_name), step,
                         lesson.what_happened, lesson.why or "\u2014", lesson.recommendation or "\u2014", applies,
                         lesson.validated_by or t(QT_TRANSLATE_NOOP("report", "not yet"))])
        story.table([Column("#", "short"), Column(t(QT_TRANSLATE_NOOP("report", "Country"))),
                     Column(t(QT_TRANSLATE_NOOP("report", "Step")), "short"),
                     Column(t(QT_TRANSLATE_NOOP("report", "What happened")), "long"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Why")), "long"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Recommendation")), "long"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Applies to")), "short"),
                     Column(t(QT_TRANSLATE_NOOP("report", "Validated by")))], rows)


def _lesson_numbers(digest: LessonsDigest) -> dict[str, str]:
    """L1, L2, ... in the order the lessons are printed, so proposals can point at them."""
    return {lesson.id: f"L{n}" for n, lesson in enumerate(digest.lessons, start=1)}


def _proposals(story: ReportStory, locale: ReportLocale, digest: LessonsDigest) -> None:
    from mainstream_desktop.reports.pdf_flowables import Column

    t = locale.t
    story.section(t(QT_TRANSLATE_NOOP("report", "Proposed changes to the handbook")))
    if not digest.proposals:
        story.note(t(QT_TRANSLATE_NOOP("report", "No change to the handbook has been proposed yet.")))
        return
    story.note(t(QT_TRANSLATE_NOOP("report", "Each proposal with the lessons it rests on (numbered as in the lessons "
                                   "above).")))
    numbers = _lesson_numbers(digest)
    by_id = {lesson.id: lesson for lesson in digest.lessons}
    rows = []
    for proposal in digest.proposals:
        sources = [by_id[i] for i in proposal.lesson_ids if i in by_id]
        lessons = "\n".join(
            f"{numbers[x.id]} \u00b7 {_country(locale, x.country_iso3, x.country_name)} \u00b7 "
            f"{theme_name(locale, x.theme, x.theme_label)}: {_short(x.what_happened)}" for x in sources)
        status = t(PROPOSAL_STATUS_NAMES[proposal.status]) if proposal.status in PROPOSAL_STATUS_NAMES \
            else proposal.status_label
        rows.append([proposal.handbook_section, proposal.proposed_change, status,
                     lessons or t(QT_TRANSLATE_NOOP("report", "no lesson linked yet"))])
    story.table([Column(t(QT_TRANSLATE_NOOP("report", "Handbook section"))),
                 Column(t(QT_TRANSLATE_NOOP("report", "Proposed change")), "long"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Status")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Lessons behind it")), "long")], rows)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
