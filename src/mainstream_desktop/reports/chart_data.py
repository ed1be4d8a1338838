"""The data behind each profile chart: one query per chart, returned as a tidy pandas
DataFrame that the chart draws and the user can export as it is.

Charts must not mix sources (a UN DESA revision restates its whole series), so series charts
draw the source with the most points for the indicator, and say which in ``source``. Names
taken from reference data (a destination country's, an indicator's) are in the label language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from mainstream_desktop.core.reference_labels import ReferenceLabels, country_label
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.profile import DataSource, Observation, SectorImpact
from mainstream_desktop.models.reference import Indicator

if TYPE_CHECKING:
    import pandas as pd

TOTALS = ("_T", "_OTHER")


@dataclass(frozen=True)
class ChartData:
    key: str
    frame: pd.DataFrame
    source: str = ""


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _main_source(session: Any, workspace_id: Any, indicator: str) -> Any:
    return session.execute(
        select(Observation.source_id, DataSource.name)
        .join(DataSource, DataSource.id == Observation.source_id)
        .where(Observation.workspace_id == workspace_id, Observation.indicator_code == indicator,
               Observation.deleted_at.is_(None), Observation.value.is_not(None))
        .group_by(Observation.source_id, DataSource.name)
        .order_by(func.count().desc(), DataSource.name)
        .limit(1)
    ).first()


def _series(session: Any, workspace_id: Any, indicator: str, **where: str) -> tuple[list[Any], str]:
    main = _main_source(session, workspace_id, indicator)
    if main is None:
        return [], ""
    query = select(Observation).where(
        Observation.workspace_id == workspace_id, Observation.indicator_code == indicator,
        Observation.source_id == main.source_id, Observation.deleted_at.is_(None), Observation.value.is_not(None),
        *(getattr(Observation, name) == value for name, value in where.items()))
    return list(session.scalars(query.order_by(Observation.period_start))), main.name


class ChartDataService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def stock_by_sex(self, workspace_code: str) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            rows, source = _series(uow.session, workspace.id, "MIG_STOCK_IMM", partner_country="_T",
                                   age_group="TOTAL")
        return ChartData("stock_by_sex", _frame(
            [{"year": o.period_start.year, "sex": o.sex, "value": o.value} for o in rows if o.sex in ("T", "M", "F")],
            ["year", "sex", "value"]), source)

    def top_destinations(self, workspace_code: str, limit: int = 10) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            rows, source = _series(uow.session, workspace.id, "MIG_STOCK_EMI", sex="T")
        partners = [o for o in rows if o.partner_country != "_T"]
        if partners:
            latest = max(o.period_start for o in partners)
            partners = sorted((o for o in partners if o.period_start == latest), key=lambda o: -(o.value or 0))
        return ChartData("top_destinations", _frame(
            [{"destination": o.partner_country, "destination_name": country_label(o.partner_country),
              "year": o.period_start.year, "value": o.value} for o in partners[:limit]],
            ["destination", "destination_name", "year", "value"]), source)

    def flows(self, workspace_code: str) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            records = []
            sources = []
            for indicator in ("MIG_FLOW_IN", "MIG_FLOW_OUT", "MIG_NET", "MIG_NET_RATE"):
                rows, source = _series(uow.session, workspace.id, indicator, sex="T", partner_country="_T")
                if rows:
                    sources.append(source)
                records += [{"year": o.period_start.year, "indicator": indicator, "value": o.value,
                             "unit": o.unit_code} for o in rows]
        return ChartData("flows", _frame(records, ["year", "indicator", "value", "unit"]),
                         "; ".join(dict.fromkeys(sources)))

    def remittances(self, workspace_code: str) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            usd, usd_source = _series(uow.session, workspace.id, "REM_IN_USD", partner_country="_T")
            share, share_source = _series(uow.session, workspace.id, "REM_IN_GDP", partner_country="_T")
        by_year: dict[int, dict[str, Any]] = {}
        for o in usd:
            by_year.setdefault(o.period_start.year, {"year": o.period_start.year})["usd_mn"] = o.value
        for o in share:
            by_year.setdefault(o.period_start.year, {"year": o.period_start.year})["pct_gdp"] = o.value
        return ChartData("remittances", _frame(sorted(by_year.values(), key=lambda r: r["year"]),
                                               ["year", "usd_mn", "pct_gdp"]),
                         "; ".join(dict.fromkeys(s for s in (usd_source, share_source) if s)))

    def sector_impacts(self, workspace_code: str) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            impacts = uow.session.scalars(select(SectorImpact).where(
                SectorImpact.workspace_id == workspace.id, SectorImpact.deleted_at.is_(None)))
            records = [{"policy_area": i.policy_area, "channel": i.channel, "effect": i.effect,
                        "magnitude": i.magnitude, "evidence_strength": i.evidence_strength} for i in impacts]
        return ChartData("sector_impacts", _frame(
            records, ["policy_area", "channel", "effect", "magnitude", "evidence_strength"]))

    def data_availability(self, workspace_code: str) -> ChartData:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            rows = uow.session.execute(
                select(Observation.indicator_code, Observation.period_start, Observation.obs_status,
                       Observation.value)
                .where(Observation.workspace_id == workspace.id, Observation.deleted_at.is_(None))).all()
            labels = ReferenceLabels.of()
            names = {code: labels.indicator(code, name)
                     for code, name in uow.session.execute(select(Indicator.code, Indicator.name_en))}
        cells: dict[tuple[str, int], str] = {}
        for indicator, start, status, value in rows:
            state = "missing" if value is None else ("estimate" if status in ("E", "F", "P") else "reported")
            key = (indicator, start.year)
            if cells.get(key) != "reported":  # the best state of the year wins
                cells[key] = state if cells.get(key) in (None, "missing") or state == "reported" else cells[key]
        return ChartData("data_availability", _frame(
            [{"indicator": k[0], "indicator_name": names.get(k[0], k[0]), "year": k[1], "state": v}
             for k, v in sorted(cells.items())],
            ["indicator", "indicator_name", "year", "state"]))
