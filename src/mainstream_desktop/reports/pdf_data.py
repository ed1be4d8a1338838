"""The few figures the country report reads that no chart or record table already gives: the
profile's headline figures (the latest all-totals value of each indicator, with its year, unit and
source) and the monitoring indicators with baseline, final target, latest actual and traffic
light (from ``core.rag``, nothing recomputed). Indicator and unit names are in the label language
(the report's: ``reference_labels.labels_in``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.rag import indicator_statuses
from mainstream_desktop.core.reference_labels import ReferenceLabels
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.profile import DataSource, Observation
from mainstream_desktop.models.reference import Indicator, Unit

TOTAL = "_T"
TOTAL_DIMENSIONS = ("migration_type", "voluntariness", "duration_class", "skill_level", "occupation_isco",
                    "education_isced", "sector_isic")


@dataclass(frozen=True)
class HeadlineFigure:
    indicator_code: str
    indicator: str     # the indicator's name in the label language
    year: int
    value: float
    unit_code: str
    unit: str
    source: str
    is_core: bool


@dataclass(frozen=True)
class IndicatorRow:
    result_code: str
    name: str
    unit: str
    baseline: float | None
    baseline_year: int | None
    target: float | None
    target_year: int | None
    latest: float | None
    latest_date: date | None
    status: str


def _unit_labels(session: Session) -> dict[str, str]:
    labels = ReferenceLabels.of()
    return {code: labels.unit(code, label) for code, label in session.execute(select(Unit.code, Unit.label_en))}


def headline_figures(uow_factory: UnitOfWorkFactory, workspace_code: str) -> list[HeadlineFigure]:
    """Per indicator, the latest value for the whole population (both sexes, all ages, every
    partner country, no breakdown), preferring the row marked preferred, then the source with the
    longest series; core indicators first, in the order of the shipped indicator list."""
    with uow_factory() as uow:
        uow.discard_on_exit()
        session = uow.session
        workspace = workspace_by_code(session, workspace_code)
        indicators = {i.code: i for i in session.scalars(select(Indicator))}
        order = {code: n for n, code in enumerate(indicators)}
        labels = ReferenceLabels.of()
        units = _unit_labels(session)
        rows = session.execute(
            select(Observation, DataSource.name).join(DataSource, DataSource.id == Observation.source_id)
            .where(Observation.workspace_id == workspace.id, Observation.deleted_at.is_(None),
                   Observation.value.is_not(None), Observation.sex == "T", Observation.partner_country == TOTAL,
                   Observation.age_group == "TOTAL",
                   *(getattr(Observation, name) == TOTAL for name in TOTAL_DIMENSIONS))).all()
        points: dict[tuple[str, str], int] = {}
        for observation, source in rows:
            key = (observation.indicator_code, source)
            points[key] = points.get(key, 0) + 1
        best: dict[str, tuple[tuple[int, bool, int, str], Observation, str]] = {}
        for observation, source in rows:  # ties go to the source with the longest series, as in the charts
            rank = (observation.period_start.year, bool(observation.is_preferred),
                    points[(observation.indicator_code, source)], source)
            held = best.get(observation.indicator_code)
            if held is None or rank > held[0]:
                best[observation.indicator_code] = (rank, observation, source)
        figures = []
        for code, (_rank, observation, source) in best.items():
            info = indicators.get(code)
            figures.append(HeadlineFigure(
                code, labels.indicator(code, info.name_en) if info else code, observation.period_start.year,
                float(observation.value or 0.0),
                observation.unit_code, units.get(observation.unit_code, observation.unit_code), source,
                bool(info and info.is_core)))
    return sorted(figures, key=lambda f: (not f.is_core, order.get(f.indicator_code, len(order)), f.indicator_code))


def indicator_rows(uow_factory: UnitOfWorkFactory, workspace_code: str) -> list[IndicatorRow]:
    with uow_factory() as uow:
        uow.discard_on_exit()
        workspace = workspace_by_code(uow.session, workspace_code)
        units = _unit_labels(uow.session)
        statuses = indicator_statuses(uow.session, workspace.id)
    rows = []
    for status in statuses:
        series = status.series
        finals = [t for t in series.targets if t.is_final] or list(series.targets)
        final = max(finals, key=lambda t: t.year) if finals else None
        latest = status.rag.latest or (max(series.actuals, key=lambda a: a.period_end) if series.actuals else None)
        rows.append(IndicatorRow(
            status.result_code, status.name, units.get(status.unit_code, status.unit_code), series.baseline_value,
            series.baseline_year, final.value if final else None, final.year if final else None,
            latest.value if latest else None, latest.period_end if latest else None, status.rag.status))
    return rows
