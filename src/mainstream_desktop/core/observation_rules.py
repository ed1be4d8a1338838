"""Validation rules of the migration profile's observations (domain notes, Wizard 1).

Pure functions over ``ObservationFacts`` (no database): the checks of one row (a source on
every number, a value unless marked missing, percentages within 0-100, counts not negative,
rates within bounds, stocks measured at a point and flows over a period, a partner other than
the country itself) and the checks across rows (sex additivity, sign sanity of net migration,
jumps over 50% between points, cross-source discrepancies over 10%). Each problem names the
rows it concerns and a stable ``subject_key`` under which a warning can be acknowledged.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mainstream_desktop.core.messages import CONTEXT, Message
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.enums import ObservationStatus, PeriodType, Severity

NET_MIGRATION = frozenset({"MIG_NET", "MIG_NET_RATE"})
REMITTANCES_GDP = "REM_IN_GDP"
REMITTANCES_GDP_WARNING = 40.0
JUMP_SHARE = 0.5
DISCREPANCY_SHARE = 0.10
ADDITIVITY_SHARE = 0.005
RATE_UNITS = frozenset({"PER_1000_POP", "PER_1000"})
COUNT_UNITS = frozenset({"PERSONS", "THOUSAND_PERSONS", "PERSONS_PER_YEAR", "COUNT", "COUNT_PER_YEAR"})


@dataclass(frozen=True)
class ObservationFacts:
    """What the rules need to know of one observation."""

    id: uuid.UUID | None
    indicator_code: str
    period_start: date
    period_end: date
    period_type: PeriodType
    value: float | None
    unit_code: str
    obs_status: ObservationStatus
    source_id: uuid.UUID | None
    sex: str = "T"
    partner_country: str = "_T"
    other_dimensions: tuple[str, ...] = ()  # age, direction, type... in a fixed order

    def cell(self) -> tuple[object, ...]:
        """The statistical cell, whatever the source."""
        return (self.indicator_code, self.period_start, self.period_end, self.sex,
                self.partner_country, self.other_dimensions)

    def series(self) -> tuple[object, ...]:
        """The time series this value belongs to (one source, all dimensions but time)."""
        return (self.indicator_code, self.sex, self.partner_country, self.other_dimensions,
                self.source_id, self.period_type)


@dataclass(frozen=True)
class ProfileProblem:
    rule: str
    severity: Severity
    message: Message
    observation_ids: tuple[uuid.UUID, ...] = ()
    subject_key: str = ""
    acknowledged_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.severity is Severity.ERROR or not self.acknowledged_note


def is_stock(indicator_code: str) -> bool:
    return indicator_code.startswith(("MIG_STOCK", "FD_"))


def is_flow(unit_code: str) -> bool:
    return unit_code.endswith("_PER_YEAR")


def _problem(rule: str, severity: Severity, template: str, rows: Iterable[ObservationFacts],
             subject: Sequence[object], **params: object) -> ProfileProblem:
    ids = tuple(row.id for row in rows if row.id is not None)
    key = "|".join(str(part) for part in (rule, *subject))
    return ProfileProblem(rule, severity, Message(template, dict(params)), ids, key)


def check_row(row: ObservationFacts, workspace_country: str) -> list[ProfileProblem]:
    """Problems of one observation on its own; errors block saving it."""
    E, W = Severity.ERROR, Severity.WARNING
    label = f"{row.indicator_code} {row.period_start.isoformat()}"
    found: list[ProfileProblem] = []
    subject = (row.indicator_code, row.period_start, row.sex, row.partner_country, row.other_dimensions)
    if row.source_id is None:
        found.append(_problem("source_required", E, T(CONTEXT, "{what}: every number needs its source."),
                              [row], subject, what=label))
    if row.period_end < row.period_start:
        found.append(_problem("period_order", E, T(CONTEXT, "{what}: the period ends before it starts."),
                              [row], subject, what=label))
    if row.value is None:
        if row.obs_status is not ObservationStatus.MISSING:
            found.append(_problem("value_required", E, T(
                CONTEXT, "{what}: enter a value, or mark the observation as missing."), [row], subject, what=label))
        return found
    if row.unit_code == "PCT" and not 0 <= row.value <= 100:
        found.append(_problem("percent_range", E, T(CONTEXT, "{what}: {value} is not a percentage (0 to 100)."),
                              [row], subject, what=label, value=row.value))
    elif row.indicator_code == REMITTANCES_GDP and row.value > REMITTANCES_GDP_WARNING:
        found.append(_problem("remittances_share_high", W, T(
            CONTEXT, "{what}: remittances above {limit}% of GDP are rare; check the figure."),
            [row], subject, what=label, limit=REMITTANCES_GDP_WARNING))
    if row.unit_code in COUNT_UNITS and row.value < 0 and row.indicator_code not in NET_MIGRATION:
        found.append(_problem("negative_count", E, T(CONTEXT, "{what}: a count cannot be negative ({value})."),
                              [row], subject, what=label, value=row.value))
    if row.unit_code in RATE_UNITS and not -100 <= row.value <= 100:
        found.append(_problem("rate_range", E, T(CONTEXT, "{what}: a rate per 1,000 must lie between -100 and 100."),
                              [row], subject, what=label))
    if row.partner_country == workspace_country:
        found.append(_problem("partner_is_self", E, T(
            CONTEXT, "{what}: the partner country cannot be the country itself."), [row], subject, what=label))
    if is_stock(row.indicator_code) and row.period_type is not PeriodType.POINT:
        found.append(_problem("stock_needs_point", E, T(
            CONTEXT, "{what}: a stock is counted at a point in time, not over a period."), [row], subject, what=label))
    if is_flow(row.unit_code) and row.period_type is PeriodType.POINT:
        found.append(_problem("flow_needs_period", E, T(
            CONTEXT, "{what}: a flow is counted over a period, not at a point in time."), [row], subject, what=label))
    return found


@dataclass
class _Index:
    by_cell: dict[tuple[object, ...], list[ObservationFacts]] = field(default_factory=lambda: defaultdict(list))
    by_series: dict[tuple[object, ...], list[ObservationFacts]] = field(default_factory=lambda: defaultdict(list))


def check_set(rows: Sequence[ObservationFacts]) -> list[ProfileProblem]:
    """Problems that only show across observations (all warnings)."""
    index = _Index()
    for row in rows:
        if row.value is None:
            continue
        index.by_cell[row.cell()].append(row)
        index.by_series[row.series()].append(row)
    return [*_sex_additivity(rows), *_series_checks(index), *_discrepancies(index)]


def _sex_additivity(rows: Sequence[ObservationFacts]) -> list[ProfileProblem]:
    groups: dict[tuple[Any, ...], dict[str, ObservationFacts]] = defaultdict(dict)
    for row in rows:
        if row.value is not None and row.sex in ("T", "M", "F") and row.unit_code in COUNT_UNITS:
            key: tuple[Any, ...] = (row.indicator_code, row.period_start, row.period_end,
                                    row.partner_country, row.other_dimensions, row.source_id)
            groups[key][row.sex] = row
    found = []
    for key, by_sex in groups.items():
        if {"T", "M", "F"} <= by_sex.keys():
            total, male, female = (by_sex[s].value or 0.0 for s in ("T", "M", "F"))
            tolerance = max(1.0, ADDITIVITY_SHARE * abs(total))
            if abs(male + female - total) > tolerance:
                found.append(_problem(
                    "sex_additivity", Severity.WARNING,
                    T(CONTEXT, "{indicator} {period}: men ({male:,.0f}) and women ({female:,.0f}) do not add "
                               "up to the total ({total:,.0f})."),
                    by_sex.values(), key, indicator=key[0], period=key[1].isoformat(),
                    male=male, female=female, total=total))
    return found


def _series_checks(index: _Index) -> list[ProfileProblem]:
    found = []
    for key, series in index.by_series.items():
        series.sort(key=lambda row: row.period_start)
        indicator = str(key[0])
        for before, current, after in zip(series, series[1:], series[2:], strict=False):
            if indicator in NET_MIGRATION and _sign(current) != 0 and _sign(before) == _sign(after) == -_sign(current):
                found.append(_problem(
                    "net_sign", Severity.WARNING,
                    T(CONTEXT, "{indicator} {period}: {value} has the opposite sign of the values before and "
                               "after it; a possible sign error."),
                    [current], (*key, current.period_start), indicator=indicator,
                    period=current.period_start.isoformat(), value=current.value))
        if is_stock(indicator):
            for before, current in zip(series, series[1:], strict=False):
                base = before.value or 0.0
                if base and abs((current.value or 0.0) - base) / abs(base) > JUMP_SHARE:
                    found.append(_problem(
                        "jump", Severity.WARNING,
                        T(CONTEXT, "{indicator}: {change:+.0%} between {first} and {second}; explain the change "
                                   "(refugee influx, border change, a new source type?)."),
                        [before, current], (*key, current.period_start), indicator=indicator,
                        change=((current.value or 0.0) - base) / abs(base),
                        first=before.period_start.year, second=current.period_start.year))
    return found


def _discrepancies(index: _Index) -> list[ProfileProblem]:
    found = []
    for key, cell in index.by_cell.items():
        sources = {row.source_id: row for row in cell}
        if len(sources) < 2:
            continue
        values = [row.value or 0.0 for row in sources.values()]
        low, high = min(values), max(values)
        if high and (high - low) / abs(high) > DISCREPANCY_SHARE:
            found.append(_problem(
                "discrepancy", Severity.WARNING,
                T(CONTEXT, "{indicator} {period}: sources disagree by {gap:.0%} ({low:,.1f} against {high:,.1f}); "
                           "the focal point should reconcile them and mark the preferred one."),
                sources.values(), key, indicator=key[0], period=key[1].isoformat(),  # type: ignore[attr-defined]
                gap=(high - low) / abs(high), low=low, high=high))
    return found


def _sign(row: ObservationFacts) -> int:
    value = row.value or 0.0
    return (value > 0) - (value < 0)
