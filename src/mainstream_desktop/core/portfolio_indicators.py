"""The side-by-side indicator comparison of the portfolio (domain notes §5, Q4): for each compared
indicator, every country's latest headline figure (all dimensions at their totals) with its year
and source, or "missing" when the profile does not hold it; and each country's emigrants by
top destination.

Which figure is a country's latest: the most recent year; within that year a figure marked
preferred, then one from an international database (across countries the same international
series compares like with like), then the source's name. The other sources of that year are
kept so a view can show that they disagree. Two figures are derived when the profile does not
hold them directly, and say so: immigrants as % of population (stock / population of the same
year) and women's share of the immigrant stock (women / total of the same source and year).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.portfolio_dto import (
    Destination,
    IndicatorComparison,
    IndicatorValue,
    WorkspaceRef,
)
from mainstream_desktop.core.reference_labels import ReferenceLabels
from mainstream_desktop.enums import ObservationStatus
from mainstream_desktop.models.profile import TOTAL, DataSource, Observation
from mainstream_desktop.models.reference import Country, Indicator, Unit

IMMIGRANT_SHARE = "MIG_STOCK_IMM_PCT"
IMMIGRANTS, POPULATION, EMIGRANTS = "MIG_STOCK_IMM", "CTX_POP", "MIG_STOCK_EMI"
WOMEN_SHARE = "MIG_STOCK_IMM_F_PCT"  # derived; not in the shipped list
COMPARED = (IMMIGRANT_SHARE, IMMIGRANTS, WOMEN_SHARE, EMIGRANTS, "REM_IN_GDP", "REM_IN_USD",
            "FD_REF_ASYLUM", "MIG_NET_RATE")
PROGRAMME_RESULTS = ("PROC_LAWS_MM", "PROC_NEW_MD_POLICIES")
DERIVED_NAMES = {WOMEN_SHARE: "Women among immigrants, %"}
"""English names of the derived figures; translated as indicator labels in the shipped label files
(``tools/update_translations.py`` adds them to ``code_labels_<lang>.csv``)."""
INTERNATIONAL = "INTERNATIONAL_DB"
NOT_A_DESTINATION = (TOTAL, "_OTHER")
TOP_DESTINATIONS = 5


@dataclass(frozen=True)
class _Figure:
    workspace_id: uuid.UUID
    code: str
    sex: str
    partner: str
    year: int
    start: date
    value: float
    source_id: uuid.UUID
    source: str
    international: bool
    preferred: bool


def _figures(session: Session, workspace_ids: Sequence[uuid.UUID], codes: Iterable[str],
             partners: bool = False) -> list[_Figure]:
    """Live figures with every dimension but sex (and partner, when asked) at its total."""
    query = (select(Observation, DataSource.name, DataSource.source_type)
             .join(DataSource, DataSource.id == Observation.source_id)
             .where(Observation.workspace_id.in_(workspace_ids), Observation.indicator_code.in_(tuple(codes)),
                    Observation.deleted_at.is_(None), Observation.value.is_not(None),
                    Observation.obs_status != ObservationStatus.MISSING, Observation.sex.in_(("T", "F")),
                    Observation.age_group == "TOTAL", Observation.migration_type == TOTAL,
                    Observation.voluntariness == TOTAL, Observation.duration_class == TOTAL,
                    Observation.skill_level == TOTAL, Observation.occupation_isco == TOTAL,
                    Observation.education_isced == TOTAL, Observation.sector_isic == TOTAL))
    if not partners:
        query = query.where(Observation.partner_country == TOTAL)
    return [_Figure(o.workspace_id, o.indicator_code, o.sex, o.partner_country, o.period_start.year, o.period_start,
                    float(o.value or 0.0), o.source_id, name, source_type == INTERNATIONAL, bool(o.is_preferred))
            for o, name, source_type in session.execute(query)]


def _rank(figure: _Figure) -> tuple[Any, ...]:
    return (not figure.preferred, not figure.international, figure.source, figure.start)


def latest_value(ref: WorkspaceRef, figures: Sequence[_Figure]) -> IndicatorValue:
    """The country's latest figure among ``figures`` (one indicator, totals), or a missing value."""
    if not figures:
        return IndicatorValue(ref.code, ref.country)
    year = max(f.year for f in figures)
    same_year = sorted((f for f in figures if f.year == year), key=_rank)
    chosen = same_year[0]
    others = tuple((f.source, f.value) for f in same_year[1:] if f.source_id != chosen.source_id)
    return IndicatorValue(ref.code, ref.country, chosen.value, year, chosen.source, "", others)


def _immigrant_share(ref: WorkspaceRef, stock: list[_Figure], population: list[_Figure]) -> IndicatorValue:
    """Stock / population x 100 for the latest year both are known."""
    years = {f.year for f in stock} & {f.year for f in population}
    if not years:
        return IndicatorValue(ref.code, ref.country)
    year = max(years)
    top = min((f for f in stock if f.year == year), key=_rank)
    people = min((f for f in population if f.year == year), key=_rank)
    if not people.value:
        return IndicatorValue(ref.code, ref.country)
    return IndicatorValue(ref.code, ref.country, 100 * top.value / people.value, year,
                          f"{top.source}; {people.source}", f"{IMMIGRANTS} / {POPULATION}")


def _women_share(ref: WorkspaceRef, stock: list[_Figure]) -> IndicatorValue:
    """Women / total of the immigrant stock, same source and period, latest first."""
    totals = {(f.source_id, f.start): f for f in stock if f.sex == "T"}
    pairs = [(f, totals[(f.source_id, f.start)]) for f in stock if f.sex == "F" and (f.source_id, f.start) in totals]
    pairs = [(women, total) for women, total in pairs if total.value]
    if not pairs:
        return IndicatorValue(ref.code, ref.country)
    women, total = max(pairs, key=lambda pair: (pair[1].year, not pair[1].international, pair[1].start))
    return IndicatorValue(ref.code, ref.country, 100 * women.value / total.value, total.year, total.source,
                          f"{IMMIGRANTS} (F / T)")


def compare_indicators(session: Session, refs: Sequence[WorkspaceRef],
                       codes: Sequence[str] = COMPARED) -> tuple[IndicatorComparison, ...]:
    """One comparison per code, each with a value (or a missing value) for every workspace."""
    stored = [c for c in codes if c != WOMEN_SHARE]
    wanted = set(stored) | ({IMMIGRANTS, POPULATION} if IMMIGRANT_SHARE in codes or WOMEN_SHARE in codes else set())
    figures = _figures(session, [r.id for r in refs], wanted)
    by_key: dict[tuple[uuid.UUID, str], list[_Figure]] = {}
    women: dict[uuid.UUID, list[_Figure]] = {}
    for figure in figures:
        if figure.code == IMMIGRANTS:
            women.setdefault(figure.workspace_id, []).append(figure)
        if figure.sex == "T":
            by_key.setdefault((figure.workspace_id, figure.code), []).append(figure)
    labels = ReferenceLabels.of()
    names = {key: value for key, value in session.execute(select(Indicator.code, Indicator.name_en))}
    names.update(DERIVED_NAMES)
    units = {key: value for key, value in session.execute(select(Indicator.code, Indicator.unit_code))}
    unit_labels = {key: labels.unit(key, value) for key, value in session.execute(select(Unit.code, Unit.label_en))}
    comparisons = []
    for code in codes:
        values = []
        for ref in refs:
            if code == WOMEN_SHARE:
                value = _women_share(ref, women.get(ref.id, []))
            else:
                value = latest_value(ref, by_key.get((ref.id, code), []))
                if value.missing and code == IMMIGRANT_SHARE:
                    value = _immigrant_share(ref, by_key.get((ref.id, IMMIGRANTS), []),
                                             by_key.get((ref.id, POPULATION), []))
            values.append(value)
        unit_code = "PCT" if code == WOMEN_SHARE else units.get(code, "")
        comparisons.append(IndicatorComparison(code, labels.indicator(code, names.get(code, code)), unit_code,
                                               unit_labels.get(unit_code, unit_code), tuple(values)))
    return tuple(comparisons)


def top_destinations(session: Session, refs: Sequence[WorkspaceRef],
                     limit: int = TOP_DESTINATIONS) -> tuple[Destination, ...]:
    """Each country's largest emigrant communities abroad in its latest year, from one source (the
    one with most destinations that year), with their share of that source's total when it has one."""
    figures = [f for f in _figures(session, [r.id for r in refs], [EMIGRANTS], partners=True) if f.sex == "T"]
    labels = ReferenceLabels.of()
    names = {key: labels.country(key, value) for key, value in session.execute(select(Country.iso3, Country.name_en))}
    result: list[Destination] = []
    for ref in refs:
        own = [f for f in figures if f.workspace_id == ref.id]
        abroad = [f for f in own if f.partner not in NOT_A_DESTINATION]
        if not abroad:
            continue
        year = max(f.year for f in abroad)
        counts: dict[tuple[uuid.UUID, str, bool], int] = {}
        for f in abroad:
            if f.year == year:
                counts[(f.source_id, f.source, f.international)] = counts.get((f.source_id, f.source, f.international), 0) + 1
        source_id, source, _international = min(counts, key=lambda key: (-counts[key], not key[2], key[1]))
        chosen = sorted((f for f in abroad if f.year == year and f.source_id == source_id), key=lambda f: -f.value)
        total = next((f.value for f in own if f.partner == TOTAL and f.year == year and f.source_id == source_id), None)
        result += [Destination(ref.code, ref.country, f.partner, names.get(f.partner, f.partner), f.value, year, source,
                               f.value / total if total else None) for f in chosen[:limit]]
    return tuple(result)
