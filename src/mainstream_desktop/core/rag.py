"""Red, amber, green (and grey, blue) status of step 5's result indicators, as the domain notes
define it: the expected value at the time of the latest actual is the straight line from the
baseline (or the last target already passed) to the next target; progress is how far the actual
has come along that line; the workspace's thresholds colour it. Qualitative and yes/no indicators
carry a status set by hand. ``indicator_statuses`` reads a workspace; ``rag_status`` is the pure
rule, tested on its own.

The reporting window: the notes say grey means "no actual in the current reporting window". The
current round is taken as the latest period any indicator of the workspace reported for, not
today's date, so a framework whose last round was 2021 still shows what that round said; an
indicator is grey when it has no actual, or when its latest actual is older than that round by
more than its reporting interval (plus a grace of half an interval).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mainstream_desktop.models import monitoring as me

GREEN, AMBER, RED, GREY, BLUE = "GREEN", "AMBER", "RED", "GREY", "BLUE"
INTERVAL_YEARS = {"ANNUAL": 1.0, "BIANNUAL": 0.5, "QUARTERLY": 0.25, "END_OF_PROGRAMME": 100.0}
MANUAL_KINDS = ("QUALITATIVE", "MILESTONE_YN")


@dataclass(frozen=True)
class Thresholds:
    green_from: float = 0.9
    amber_from: float = 0.6
    maintain_tolerance: float = 0.05


@dataclass(frozen=True)
class TargetPoint:
    year: int
    value: float
    is_final: bool


@dataclass(frozen=True)
class ActualPoint:
    period_end: date
    value: float


@dataclass(frozen=True)
class IndicatorSeries:
    direction: str
    kind: str
    frequency: str
    baseline_year: int | None
    baseline_value: float | None
    targets: tuple[TargetPoint, ...]
    actuals: tuple[ActualPoint, ...]  # with values, any order
    manual_status: str = ""


@dataclass(frozen=True)
class RagResult:
    status: str
    progress: float | None = None  # the ratio p of the domain notes
    expected: float | None = None
    latest: ActualPoint | None = None


@dataclass(frozen=True)
class IndicatorStatus:
    """One indicator's status for views and reports."""

    indicator_id: str
    name: str
    result_id: str
    result_code: str
    result_level: str
    unit_code: str
    series: IndicatorSeries
    rag: RagResult


def year_fraction(day: date) -> float:
    """A date as a year with fraction, so that the last day of year Y is Y + 1.0."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + ((day - start).days + 1) / length


def expected_at(series: IndicatorSeries, when: float) -> float | None:
    """The straight line from the baseline through the targets (each at the end of its year)."""
    if series.baseline_value is None or series.baseline_year is None or not series.targets:
        return None
    points = [(series.baseline_year + 1.0, series.baseline_value)] + sorted(
        (t.year + 1.0, t.value) for t in series.targets)
    if when >= points[-1][0]:
        return points[-1][1]
    previous = points[0]
    for point in points[1:]:
        if when <= point[0]:
            span = point[0] - previous[0]
            share = 0.0 if span <= 0 else max(0.0, (when - previous[0]) / span)
            return previous[1] + share * (point[1] - previous[1])
        previous = point
    return points[-1][1]


def _final_target(series: IndicatorSeries) -> TargetPoint | None:
    finals = [t for t in series.targets if t.is_final] or list(series.targets)
    return max(finals, key=lambda t: t.year) if finals else None


def _met(direction: str, actual: float, target: float) -> bool:
    return actual <= target if direction == "DECREASE" else actual >= target


def rag_status(series: IndicatorSeries, round_end: date | None, thresholds: Thresholds = Thresholds()) -> RagResult:
    if series.kind in MANUAL_KINDS and series.manual_status:
        latest = max(series.actuals, key=lambda a: a.period_end) if series.actuals else None
        return RagResult(series.manual_status, latest=latest)
    if not series.actuals:
        return RagResult(GREY)
    latest = max(series.actuals, key=lambda a: a.period_end)
    interval = INTERVAL_YEARS.get(series.frequency, 1.0)
    if round_end is not None and year_fraction(round_end) - year_fraction(latest.period_end) > 1.5 * interval:
        return RagResult(GREY, latest=latest)
    final = _final_target(series)
    if series.direction not in ("MAINTAIN", "RANGE") and final is not None and _met(series.direction, latest.value,
                                                                                      final.value):
        return RagResult(BLUE, 1.0, final.value, latest)
    expected = expected_at(series, year_fraction(latest.period_end))
    if expected is None or series.baseline_value is None:
        return RagResult(GREY, latest=latest)
    if series.direction in ("MAINTAIN", "RANGE"):
        reference = final.value if final is not None else series.baseline_value
        gap = abs(latest.value - reference) / (abs(reference) or 1.0)
        status = GREEN if gap <= thresholds.maintain_tolerance else (
            AMBER if gap <= 2 * thresholds.maintain_tolerance else RED)
        return RagResult(status, None, reference, latest)
    planned = expected - series.baseline_value
    progress = 1.0 if planned == 0 else (latest.value - series.baseline_value) / planned
    status = GREEN if progress >= thresholds.green_from else AMBER if progress >= thresholds.amber_from else RED
    return RagResult(status, progress, expected, latest)


def workspace_thresholds(session: Session, workspace_id: uuid.UUID) -> Thresholds:
    row = session.scalars(select(me.RagThreshold).where(
        me.RagThreshold.workspace_id == workspace_id, me.RagThreshold.deleted_at.is_(None))).first()
    return Thresholds(row.green_from, row.amber_from, row.maintain_tolerance) if row else Thresholds()


def _live(model: Any, workspace_id: uuid.UUID) -> Select[Any]:
    return select(model).where(model.workspace_id == workspace_id, model.deleted_at.is_(None))


def indicator_statuses(session: Session, workspace_id: uuid.UUID) -> list[IndicatorStatus]:
    """Every live result indicator of the workspace with its series and status, ordered by result
    code and indicator name."""
    results = {r.id: r for r in session.scalars(_live(me.Result, workspace_id))}
    targets: dict[uuid.UUID, list[TargetPoint]] = {}
    for t in session.scalars(_live(me.Target, workspace_id)):
        targets.setdefault(t.result_indicator_id, []).append(TargetPoint(t.year, t.target_value,
                                                                         t.target_type == "FINAL"))
    actuals: dict[uuid.UUID, list[ActualPoint]] = {}
    for a in session.scalars(_live(me.Actual, workspace_id)):
        if a.value is not None:
            actuals.setdefault(a.result_indicator_id, []).append(ActualPoint(a.period_end, a.value))
    round_end = max((a.period_end for points in actuals.values() for a in points), default=None)
    thresholds = workspace_thresholds(session, workspace_id)
    statuses = []
    for indicator in session.scalars(_live(me.ResultIndicator, workspace_id)):
        result = results.get(indicator.result_id)
        if result is None:
            continue
        series = IndicatorSeries(str(indicator.direction), indicator.indicator_kind, indicator.frequency,
                                 indicator.baseline_year, indicator.baseline_value,
                                 tuple(sorted(targets.get(indicator.id, []), key=lambda t: t.year)),
                                 tuple(sorted(actuals.get(indicator.id, []), key=lambda a: a.period_end)),
                                 indicator.manual_status)
        statuses.append(IndicatorStatus(str(indicator.id), indicator.name, str(result.id), result.code,
                                        str(result.level), indicator.unit_code, series,
                                        rag_status(series, round_end, thresholds)))
    return sorted(statuses, key=lambda s: (s.result_code, s.name))
