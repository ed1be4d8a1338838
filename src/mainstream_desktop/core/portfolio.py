"""The portfolio across every workspace of the data folder (DOMAIN.md step 7; domain notes §1
Wizard 7 "Views: portfolio" and §5): where each country stands (the country x step status
matrix, with the days spent in the current status and the date of the last update), the open
review comments by severity and age, lessons learned by theme and country with the themes that
recur in three countries or more, the side-by-side indicator comparison, and the answers to the
GMG expert's questions as far as the records allow.

``PortfolioService.load`` reads it all in one pass (slow: call it off the GUI thread) and returns
a frozen ``Portfolio``. The status and completeness of each step are exactly those of
``services.status``. When a status was set is read from the change log (the latest change of the
step's ``status`` field), else from the step's submission or approval stamp; a step that reports
"in progress" only because records count toward it has no such date. The last update of a
workspace is its newest change in the change log (or the workspace row's own stamp).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mainstream_desktop.core import portfolio_indicators as indicators
from mainstream_desktop.core.completeness import StatusService
from mainstream_desktop.core.dto import StepProgress
from mainstream_desktop.core.observations import ObservationService
from mainstream_desktop.core.portfolio_dto import (
    CROSS_COUNTRY,
    CommentLoad,
    CountryStatus,
    LessonMatrix,
    Portfolio,
    SourceGap,
    StatusCell,
    WorkspaceRef,
    age_band,
)
from mainstream_desktop.core.portfolio_metrics import code_labels, measure_portfolio
from mainstream_desktop.core.portfolio_questions import answer_questions
from mainstream_desktop.core.reference_labels import ReferenceLabels
from mainstream_desktop.core.review import STILL_OPEN
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import CommentSeverity, CommentStatus, StepStatus
from mainstream_desktop.models.exchange import ChangeLogEntry
from mainstream_desktop.models.reference import Country, Indicator
from mainstream_desktop.models.review import (
    HandbookChangeProposal,
    LessonLearned,
    ProposalLesson,
    ReviewComment,
)
from mainstream_desktop.models.workspace import StepState, Workspace

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
RECURRING_COUNTRIES = 3


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def workspace_refs(session: Session) -> list[WorkspaceRef]:
    """The live workspaces by code, each with its country's name in the label language."""
    rows = session.execute(select(Workspace, Country.name_en).join(Country, Country.iso3 == Workspace.country_iso3)
                           .where(Workspace.deleted_at.is_(None)).order_by(Workspace.code))
    labels = ReferenceLabels.of()
    return [WorkspaceRef(w.id, w.code, w.country_iso3, labels.country(w.country_iso3, name), w.title,
                         str(w.entry_mode or ""), w.reference_year, w.default_currency) for w, name in rows]


def status_since(session: Session, refs: Sequence[WorkspaceRef]) -> dict[tuple[uuid.UUID, int], datetime]:
    """When each step's stored status was set: the newest change-log entry that wrote its
    ``status``; else the approval or submission stamp, or the row's creation for a step never started."""
    ids = [r.id for r in refs]
    states = {s.id: s for s in session.scalars(select(StepState).where(
        StepState.workspace_id.in_(ids), StepState.deleted_at.is_(None)))}
    since: dict[tuple[uuid.UUID, int], datetime] = {}
    entries = session.execute(
        select(ChangeLogEntry.record_id, ChangeLogEntry.payload, ChangeLogEntry.recorded_at)
        .where(ChangeLogEntry.table_name == StepState.__tablename__, ChangeLogEntry.workspace_id.in_(ids),
               ChangeLogEntry.payload.contains('"status"'))
        .order_by(ChangeLogEntry.recorded_at, ChangeLogEntry.seq))
    for record_id, payload, recorded_at in entries:
        state = states.get(record_id)
        try:
            data = json.loads(payload)
        except ValueError:
            continue
        written = data.get("values") or data.get("fields") or {}
        if state is not None and isinstance(written, dict) and "status" in written and recorded_at is not None:
            since[(state.workspace_id, state.step_number)] = _aware(recorded_at) or recorded_at
    for state in states.values():
        stamp = {StepStatus.APPROVED: state.approved_at, StepStatus.SUBMITTED: state.submitted_at,
                 StepStatus.NOT_STARTED: state.created_at}.get(StepStatus(state.status))
        key = (state.workspace_id, state.step_number)
        if key not in since and stamp is not None:
            since[key] = _aware(stamp) or stamp
    return since


def last_updates(session: Session, refs: Sequence[WorkspaceRef]) -> dict[uuid.UUID, datetime]:
    ids = [r.id for r in refs]
    newest: dict[uuid.UUID, datetime] = {}
    rows = list(session.execute(select(ChangeLogEntry.workspace_id, func.max(ChangeLogEntry.recorded_at))
                                .where(ChangeLogEntry.workspace_id.in_(ids))
                                .group_by(ChangeLogEntry.workspace_id)))
    rows += list(session.execute(select(Workspace.id, Workspace.updated_at).where(Workspace.id.in_(ids))))
    for workspace_id, when in rows:
        stamp = _aware(when)
        if workspace_id is not None and stamp is not None and (workspace_id not in newest or stamp > newest[workspace_id]):
            newest[workspace_id] = stamp
    return newest


def _top_level_comments(session: Session, refs: Sequence[WorkspaceRef]) -> list[ReviewComment]:
    return list(session.scalars(select(ReviewComment).where(
        ReviewComment.workspace_id.in_([r.id for r in refs]), ReviewComment.deleted_at.is_(None),
        ReviewComment.parent_comment_id.is_(None))))


def comment_loads(refs: Sequence[WorkspaceRef], comments: Sequence[ReviewComment], now: datetime) -> tuple[CommentLoad, ...]:
    """Open comments (open or answered) by severity and age band, and the closed ones, per country."""
    loads = []
    for ref in refs:
        counts: dict[tuple[CommentSeverity, str], int] = {}
        closed, ages = 0, []
        for comment in (c for c in comments if c.workspace_id == ref.id):
            if CommentStatus(comment.status) not in STILL_OPEN:
                closed += 1
                continue
            created = _aware(comment.created_at) or now
            days = max(0, (now - created).days)
            ages.append(days)
            key = (CommentSeverity(comment.severity), age_band(days))
            counts[key] = counts.get(key, 0) + 1
        loads.append(CommentLoad(ref.code, ref.country, counts, closed, max(ages, default=None)))
    return tuple(loads)


def lesson_matrix(session: Session, refs: Sequence[WorkspaceRef]) -> LessonMatrix:
    """Lessons by theme and country; cross-country lessons (no workspace) in their own column."""
    codes = {r.id: r.code for r in refs}
    labels = code_labels(session, "LESSON_THEME")
    lessons = [(lesson.id, lesson.theme.strip().upper(), codes.get(lesson.workspace_id) if lesson.workspace_id
                else CROSS_COUNTRY) for lesson in session.scalars(select(LessonLearned).where(
                    LessonLearned.deleted_at.is_(None)))]
    lessons = [(key, theme, code) for key, theme, code in lessons if code is not None]  # deleted workspaces
    backed = set(session.scalars(select(ProposalLesson.lesson_id).join(
        HandbookChangeProposal, HandbookChangeProposal.id == ProposalLesson.proposal_id).where(
        ProposalLesson.deleted_at.is_(None), HandbookChangeProposal.deleted_at.is_(None))))
    counts: dict[tuple[str, str], int] = {}
    for _key, theme, code in lessons:
        counts[(theme, str(code))] = counts.get((theme, str(code)), 0) + 1
    themes = tuple(labels) + tuple(sorted({theme for _k, theme, _c in lessons} - set(labels)))
    workspaces = tuple(r.code for r in refs) + ((CROSS_COUNTRY,) if any(c == CROSS_COUNTRY for *_x, c in lessons) else ())
    recurring = tuple(t for t in themes if len({c for (theme, c) in counts if theme == t and c != CROSS_COUNTRY})
                      >= RECURRING_COUNTRIES)
    with_proposals = tuple(t for t in themes if any(key in backed for key, theme, _c in lessons if theme == t))
    return LessonMatrix(themes, {t: labels.get(t, t) for t in themes}, workspaces, counts, recurring, with_proposals)


def _country_status(ref: WorkspaceRef, steps: Sequence[StepProgress], since: dict[tuple[uuid.UUID, int], datetime],
                    stored: dict[tuple[uuid.UUID, int], StepStatus], open_by_step: dict[tuple[uuid.UUID, int], int],
                    last_update: datetime | None, now: datetime) -> CountryStatus:
    cells = []
    for step in steps:
        key = (ref.id, step.number)
        # a status derived from the records (never set on the step) has no date of its own
        when = since.get(key) if stored.get(key, StepStatus.NOT_STARTED) is step.status else None
        cells.append(StatusCell(step.number, step.status, step.completeness, tuple(step.missing), when,
                                max(0, (now - when).days) if when else None, open_by_step.get(key, 0)))
    return CountryStatus(ref.code, ref.country_iso3, ref.country, ref.title, last_update, tuple(cells))


class PortfolioService:
    """Reads the portfolio of every live workspace of the data folder."""

    def __init__(self, uow_factory: UnitOfWorkFactory, status: StatusService) -> None:
        self._uow = uow_factory
        self._status = status

    def load(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> Portfolio | None:
        """The portfolio, or None when ``cancelled()`` turned true on the way."""
        def report(done: int, total: int, label: str) -> bool:
            if progress is not None:
                progress(done, total, label)
            return bool(cancelled and cancelled())

        with self._uow() as uow:
            refs = workspace_refs(uow.session)
        total = 2 * len(refs) + 2
        steps: dict[str, list[StepProgress]] = {}
        for index, ref in enumerate(refs):
            if report(index, total, ref.code):
                return None
            steps[ref.code] = self._status.workspace_progress(ref.code)
        gaps: list[SourceGap] = []
        problems = ObservationService(self._uow)
        with self._uow() as uow:
            labels = ReferenceLabels.of()
            names = {key: labels.indicator(key, value)
                     for key, value in uow.session.execute(select(Indicator.code, Indicator.name_en))}
        for index, ref in enumerate(refs):
            if report(len(refs) + index, total, ref.code):
                return None
            gaps += _source_gaps(ref, problems, names)
        if report(total - 2, total, ""):
            return None
        now = self._uow.clock()
        with self._uow() as uow:
            uow.discard_on_exit()
            session = uow.session
            since = status_since(session, refs)
            stored = {(s.workspace_id, s.step_number): StepStatus(s.status) for s in session.scalars(
                select(StepState).where(StepState.workspace_id.in_([r.id for r in refs]), StepState.deleted_at.is_(None)))}
            updated = last_updates(session, refs)
            comments = _top_level_comments(session, refs)
            open_by_step: dict[tuple[uuid.UUID, int], int] = {}
            for comment in comments:
                if CommentStatus(comment.status) in STILL_OPEN and comment.step_number is not None:
                    key = (comment.workspace_id, comment.step_number)
                    open_by_step[key] = open_by_step.get(key, 0) + 1
            countries = tuple(_country_status(ref, steps[ref.code], since, stored, open_by_step, updated.get(ref.id), now)
                              for ref in refs)
            loads = comment_loads(refs, comments, now)
            lessons = lesson_matrix(session, refs)
            comparison = indicators.compare_indicators(session, refs)
            destinations = indicators.top_destinations(session, refs)
            measures = measure_portfolio(session, refs, tuple(gaps))
        report(total - 1, total, "")
        answers = answer_questions(countries, loads, lessons, comparison, destinations, measures)
        report(total, total, "")
        return Portfolio(now, countries, loads, lessons, comparison, destinations, measures, answers)


def _source_gaps(ref: WorkspaceRef, problems: ObservationService, names: dict[str, str]) -> list[SourceGap]:
    """Q3: the profile's cross-source discrepancies (``core.observation_rules``), largest first."""
    gaps = []
    for problem in problems.problems(ref.code):
        if problem.rule != "discrepancy":
            continue
        params = problem.message.params
        code = str(params.get("indicator", ""))
        gaps.append(SourceGap(ref.code, ref.country, names.get(code, code), str(params.get("period", "")),
                              float(params.get("gap", 0.0)), float(params.get("low", 0.0)),
                              float(params.get("high", 0.0)), bool(problem.acknowledged_note)))
    return sorted(gaps, key=lambda g: -g.gap)
