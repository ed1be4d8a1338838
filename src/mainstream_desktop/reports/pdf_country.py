"""The PDF country report of one workspace: a cover, the contents, the steps at a glance, a
section per step 0-7 with its key tables and charts, the golden thread with its broken links,
the data sources and their gaps, and the review status with the open comments.

``write_country_report`` takes the language (en, fr, es, ru, ar) and "without personal data"
(names, e-mails, phones and every field ``record_tables`` marks personal are left out), reports
progress per section, stops at the next section when cancelled, and writes the file atomically.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mainstream_desktop.core.errors import NotFound
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.reports.report_catalogue import check_language
from mainstream_desktop.reports.report_language import in_report_language

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from mainstream_desktop.core.services import Services
    from mainstream_desktop.reports.pdf_country_context import CountryReport

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    size_bytes: int
    seconds: float
    language: str
    include_personal: bool


@dataclass(frozen=True)
class _Section:
    label: str
    write: Callable[[CountryReport], None]


def _sections() -> tuple[_Section, ...]:
    from mainstream_desktop.reports import pdf_country_plan as plan
    from mainstream_desktop.reports import pdf_country_review as review
    from mainstream_desktop.reports import pdf_country_steps as steps

    return (
        _Section(QT_TRANSLATE_NOOP("report", "Cover and summary"), _summary),
        _Section(steps.STEP_TITLES[0], steps.workspace_section),
        _Section(steps.STEP_TITLES[1], steps.profile_section),
        _Section(steps.STEP_TITLES[2], steps.government_section),
        _Section(steps.STEP_TITLES[3], steps.society_section),
        _Section(steps.STEP_TITLES[4], plan.planning_section),
        _Section(steps.STEP_TITLES[5], plan.monitoring_section),
        _Section(steps.STEP_TITLES[6], plan.support_section),
        _Section(steps.STEP_TITLES[7], plan.lessons_section),
        _Section(QT_TRANSLATE_NOOP("report", "The golden thread"), review.golden_thread_section),
        _Section(QT_TRANSLATE_NOOP("report", "Data sources and gaps"), review.data_sources_section),
        _Section(QT_TRANSLATE_NOOP("report", "Review status and open comments"), review.review_section),
    )


@in_report_language
def write_country_report(services: Services, workspace_code: str, out: Path, *, language: str = "en",
                         include_personal: bool = True, progress: Progress | None = None,
                         cancelled: Cancelled | None = None, now: datetime | None = None) -> ReportResult:
    """Build the report of ``workspace_code`` and write it to ``out`` (see the module docstring)."""
    from mainstream_desktop.reports.pdf_locale import ReportLocale
    from mainstream_desktop.reports.pdf_target import (
        ReportCancelled,
        check_target,
        write_atomically,
    )

    started = time.perf_counter()
    locale = ReportLocale.of(check_language(language))
    target = check_target(out)
    if progress is not None:  # at once: the first report of a session also loads the chart libraries
        progress(0, 0, locale.t(QT_TRANSLATE_NOOP("report", "Reading the workspace")))
    from mainstream_desktop.reports.pdf_country_context import CountryReport
    from mainstream_desktop.reports.pdf_document import PageDecor, ReportDocument, lay_out
    from mainstream_desktop.reports.pdf_flowables import Contents
    from mainstream_desktop.reports.pdf_story import ReportStory

    code = workspace_code.strip().upper()
    summary = next((s for s in services.workspaces.list_workspaces() if s.code == code), None)
    if summary is None:
        raise NotFound(f"there is no workspace {workspace_code!r}; 'mainstream workspaces' lists them")
    report = CountryReport(services, code, locale, include_personal, summary,
                           services.status.workspace_progress(code), ReportStory(locale))
    sections = _sections()
    total = len(sections) + 2
    report.load_tables()
    when = now or datetime.now()
    site = services.site()
    contents = Contents(report.story.styles, locale.right_to_left)
    _cover(report, when, site.name if site else "", contents)
    for number, section in enumerate(sections, start=1):
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(number - 1, total, locale.t(section.label))
        section.write(report)
    title = locale.t(QT_TRANSLATE_NOOP("report", "Country report"))
    decor = PageDecor(locale, f"{title} \u00b7 {report.country}", locale.long_date(when.date()),
                      f"Mainstream Desktop \u00b7 {site.name}" if site else "Mainstream Desktop")
    document = ReportDocument(io.BytesIO(), decor, f"{title}: {report.country}", site.name if site else "")
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    data = lay_out(document, report.story.flowables, contents, progress, (len(sections), total))
    if progress is not None:
        progress(total - 1, total, locale.t(QT_TRANSLATE_NOOP("report", "Writing the file")))
    path = write_atomically(target, data)
    if progress is not None:
        progress(total, total, "")
    return ReportResult(path, document.page, len(data), time.perf_counter() - started, locale.language,
                        include_personal)


def _cover(report: CountryReport, when: datetime, site_name: str, contents: Flowable) -> None:
    t, locale, summary = report.t, report.locale, report.summary
    lines = [
        t(QT_TRANSLATE_NOOP("report", "Mainstreaming migration into development planning: where the work stands, "
                            "step by step, with its evidence, plan, indicators and funding.")),
        "",
        t(QT_TRANSLATE_NOOP("report", "Workspace: {code}"), code=summary.code),
        t(QT_TRANSLATE_NOOP("report", "Produced on {date}"), date=locale.long_date(when.date())),
    ]
    if site_name:
        lines.append(t(QT_TRANSLATE_NOOP("report", "Produced by the site: {site}"), site=site_name))
    lines.append(t(QT_TRANSLATE_NOOP("report", "Personal data included")) if report.include_personal
                 else t(QT_TRANSLATE_NOOP("report", "Without personal data: names, e-mails and phone numbers are "
                                          "left out.")))
    report.story.cover(t(QT_TRANSLATE_NOOP("report", "Country report")), report.country, summary.title, lines,
                       contents, t(QT_TRANSLATE_NOOP("report", "Contents")))


def _summary(report: CountryReport) -> None:
    """The steps at a glance: status, completeness and open comments of each step."""
    from mainstream_desktop.reports.pdf_country_steps import STEP_TITLES, status_name
    from mainstream_desktop.reports.pdf_flowables import Column
    from mainstream_desktop.reports.pdf_style import STATUS_COLOURS

    t, story, locale = report.t, report.story, report.locale
    story.section(t(QT_TRANSLATE_NOOP("report", "The steps at a glance")))
    story.note(t(QT_TRANSLATE_NOOP("report", "Where each step of the handbook stands for {country}, how complete its "
                                   "records are, and the review comments still open on it."), country=report.country))
    open_comments = {r.step_number: r.open_comments for r in report.services.review.step_reviews(report.code)}
    story.tiles(_glance_tiles(report, sum(open_comments.values())))
    rows, paint = [], []
    for n, step in enumerate(report.progress):
        rows.append([str(step.number), t(STEP_TITLES[step.number]), status_name(report, step.status.value),
                     locale.percent(step.completeness / 100), locale.number(open_comments.get(step.number, 0))])
        paint.append((n, 2, STATUS_COLOURS.get(step.status.value, "#ffffff")))
    story.table([Column(t(QT_TRANSLATE_NOOP("report", "Step")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Title")), "long"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Status"))),
                 Column(t(QT_TRANSLATE_NOOP("report", "Complete")), "short"),
                 Column(t(QT_TRANSLATE_NOOP("report", "Open comments")), "short")], rows, paint, bold_first_column=True)


def _glance_tiles(report: CountryReport, open_comments: int) -> list[tuple[str, str]]:
    """Eight numbers that say where the pilot stands."""
    from mainstream_desktop.reports.pdf_data import headline_figures, indicator_rows

    t, number, percent = report.t, report.locale.number, report.locale.percent
    steps = report.progress
    approved = sum(1 for s in steps if s.status.value == "approved")
    average = sum(s.completeness for s in steps) / (100 * len(steps)) if steps else 0.0
    trace = report.services.trace.trace(report.code)
    indicators = indicator_rows(report.services.uow, report.code)
    on_track = sum(1 for i in indicators if i.status in ("GREEN", "BLUE"))
    figures = {f.indicator_code: f for f in headline_figures(report.services.uow, report.code)}
    tiles = [
        (t(QT_TRANSLATE_NOOP("report", "{done} of {total}"), done=approved, total=len(steps)),
         t(QT_TRANSLATE_NOOP("report", "Steps approved"))),
        (percent(average), t(QT_TRANSLATE_NOOP("report", "Average completeness of the steps"))),
        (number(open_comments), t(QT_TRANSLATE_NOOP("report", "Open review comments"))),
        (number(len(trace.broken)), t(QT_TRANSLATE_NOOP("report", "Broken links in the golden thread"))),
        (number(len(trace.chains)), t(QT_TRANSLATE_NOOP("report", "Policy priorities"))),
        (t(QT_TRANSLATE_NOOP("report", "{done} of {total}"), done=on_track, total=len(indicators)),
         t(QT_TRANSLATE_NOOP("report", "Indicators on track or met"))),
    ]
    for code, label in (("MIG_STOCK_EMI", QT_TRANSLATE_NOOP("report", "Emigrants living abroad, {year}")),
                        ("REM_IN_GDP", QT_TRANSLATE_NOOP("report", "Remittances as a share of GDP (%), {year}"))):
        if code in figures:
            tiles.append((number(figures[code].value), t(label, year=figures[code].year)))
    return tiles
