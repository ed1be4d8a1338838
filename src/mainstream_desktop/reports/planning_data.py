"""The data behind the planning and monitoring charts (steps 4 and 5): the priority matrix
(impact x feasibility, cost of the actions in USD), which planning instrument addresses which
policy area and how far it mainstreams migration, the action plan over time, the budget by
policy area and funding source with its gap, the RAG dashboard of the results framework and
each indicator's path from baseline to target.

Same conventions as ``participation_data``: one unit of work per chart, live rows only, each
returned as a tidy DataFrame in a ``ChartData``; money in USD with the workspace's exchange
rates (an action's currency defaults to the workspace's and its rate year is its start year,
else the workspace's reference year), and what had to be left out named in ``ChartData.source``.
Cancelled actions are no part of the cost of the plan. Statuses come from ``core.rag`` and
weighted scores from ``core.priority_scores``; nothing is recomputed here.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.priority_scores import priority_scores
from mainstream_desktop.core.rag import (
    IndicatorStatus,
    expected_at,
    indicator_statuses,
    year_fraction,
)
from mainstream_desktop.core.reference_labels import ReferenceLabels
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.government import Institution
from mainstream_desktop.models.monitoring import Result
from mainstream_desktop.models.planning import (
    Action,
    ActionFunding,
    MigrationLinkage,
    PlanElement,
    PlanningInstrument,
    PolicyPriority,
)
from mainstream_desktop.models.reference import Unit
from mainstream_desktop.models.workspace import Workspace
from mainstream_desktop.reports.chart_data import ChartData
from mainstream_desktop.reports.participation_data import (
    _frame,
    _live,
    _missing_rate,
    _rates,
    _to_usd,
)

if TYPE_CHECKING:
    import pandas as pd

PRIORITY_STATUSES = ("PROPOSED", "ENDORSED", "IN_PLAN", "DROPPED")
ACTION_STATUSES = ("NOT_STARTED", "ONGOING", "COMPLETED", "DELAYED", "CANCELLED")
FUNDING_SOURCES = ("GOV_BUDGET", "DONOR", "UN", "PRIVATE", "DIASPORA")
GAP = "UNFUNDED"
MAINSTREAMING_LEVELS = (0, 1, 2, 3, 4)
DASHBOARD_LEVELS = ("IMPACT", "OUTCOME")
RESULT_LEVELS = ("IMPACT", "OUTCOME", "OUTPUT", "ACTIVITY")
SERIES_PARTS = ("baseline", "milestone", "final", "expected", "actual")


@dataclass(frozen=True)
class _Costed:
    """A live, not cancelled action of a live priority, its cost and funding in USD."""

    action: Action
    priority: PolicyPriority
    cost_usd: float
    funding_usd: dict[str, float]


def natural_key(text: str) -> tuple[Any, ...]:
    """``OC2`` before ``OC10``: digits compare as numbers."""
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text))


def _rank_key(priority: PolicyPriority) -> tuple[Any, ...]:
    return (priority.rank is None, priority.rank or 0, priority.title.lower())


def _action_rows(session: Session, workspace_id: uuid.UUID) -> list[tuple[Action, PolicyPriority]]:
    """Live actions of live priorities, by priority rank then start date."""
    rows = session.execute(
        select(Action, PolicyPriority).join(PolicyPriority, PolicyPriority.id == Action.priority_id)
        .where(Action.workspace_id == workspace_id, Action.deleted_at.is_(None), PolicyPriority.deleted_at.is_(None))
        .order_by(Action.start_date.asc().nulls_last(), Action.description)).all()
    pairs = [(action, priority) for action, priority in rows]
    return sorted(pairs, key=lambda pair: _rank_key(pair[1]))


def _costed_actions(session: Session, workspace: Workspace) -> tuple[list[_Costed], list[str]]:
    """Costed actions in USD with their funding by source (the recorded ``UNFUNDED`` rows are
    left aside: the gap is computed); and the actions left out for want of a rate. The currency
    and rate year follow ``participation_data._action_costs``."""
    rates = _rates(session, workspace.id)
    funding: dict[uuid.UUID, list[ActionFunding]] = {}
    for row in session.scalars(_live(ActionFunding, workspace.id)):
        funding.setdefault(row.action_id, []).append(row)
    costed: list[_Costed] = []
    notes: list[str] = []
    for action, priority in _action_rows(session, workspace.id):
        if action.cost_estimate is None or action.status == "CANCELLED":
            continue
        currency = action.currency.strip() or workspace.default_currency or "USD"
        year = action.start_date.year if action.start_date else workspace.reference_year
        factor = _to_usd(1.0, currency, year, rates)
        if factor is None:
            notes.append(_missing_rate(currency, year, action.description))
            continue
        by_source: dict[str, float] = {}
        for row in funding.get(action.id, []):
            if row.funding_source in FUNDING_SOURCES:
                by_source[row.funding_source] = by_source.get(row.funding_source, 0.0) + row.amount * factor
        costed.append(_Costed(action, priority, action.cost_estimate * factor, by_source))
    return costed, notes


def short_title(title: str) -> str:
    """The name of an instrument without its subtitle: "Vision 2030 Jamaica – National
    Development Plan (2009–2030)" becomes "Vision 2030 Jamaica"."""
    text = " ".join(title.split())
    for separator in (" \u2013 ", " \u2014 ", " - ", ": ", " ("):
        head = text.split(separator, 1)[0]
        if len(head) >= 8:
            text = head
    return text


def _unit_labels(session: Session) -> dict[str, str]:
    """Unit names in the label language (the window's, or the report's)."""
    labels = ReferenceLabels.of()
    return {code: labels.unit(code, label) for code, label in session.execute(select(Unit.code, Unit.label_en))}


class PlanningChartData:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def priority_matrix(self, workspace_code: str) -> ChartData:
        """Priorities scored on both impact and feasibility (1-5), with their weighted score, the
        cost of their actions in USD (NaN when none is costed) and their number of actions."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            priorities = session.scalars(_live(PolicyPriority, workspace.id)).all()
            scores = {s.priority_id: s.score for s in priority_scores(session, workspace.id)}
            costed, notes = _costed_actions(session, workspace)
            counts: dict[uuid.UUID, int] = {}
            for _action, priority in _action_rows(session, workspace.id):
                counts[priority.id] = counts.get(priority.id, 0) + 1
        costs: dict[uuid.UUID, float] = {}
        for item in costed:
            costs[item.priority.id] = costs.get(item.priority.id, 0.0) + item.cost_usd
        records = []
        for priority in sorted(priorities, key=_rank_key):
            if priority.score_impact is None or priority.score_feasibility is None:
                notes.append(f"not scored on impact and feasibility: {priority.title}")
                continue
            records.append({
                "priority": priority.title, "rank": priority.rank, "policy_area": priority.policy_area.strip().upper(),
                "status": priority.status, "impact": priority.score_impact,
                "feasibility": priority.score_feasibility, "score": scores.get(str(priority.id)),
                "cost_usd": costs.get(priority.id, float("nan")), "actions": counts.get(priority.id, 0)})
        return ChartData("priority_matrix", _frame(records, [
            "priority", "rank", "policy_area", "status", "impact", "feasibility", "score", "cost_usd", "actions"]),
            "; ".join(notes))

    def plan_coverage(self, workspace_code: str) -> ChartData:
        """One row per policy area an instrument addresses, with the instrument's mainstreaming
        level (0-4, NaN when not assessed) and why it counts: ``lens`` (a plan element has a
        migration-lens linkage in the area), ``action`` (an action of a priority of the area lands
        in one of its elements), ``sector`` (a sector strategy for the area). An instrument that
        addresses no area has one row with ``policy_area`` "" so that it still shows."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            instruments = session.scalars(_live(PlanningInstrument, workspace.id)
                                          .order_by(PlanningInstrument.title)).all()
            elements = {e.id: e.instrument_id for e in session.scalars(_live(PlanElement, workspace.id))}
            linkages = session.scalars(_live(MigrationLinkage, workspace.id)).all()
            landed = [(action.plan_element_id, priority.policy_area)
                      for action, priority in _action_rows(session, workspace.id)]
        reasons: dict[tuple[uuid.UUID, str], list[str]] = {}

        def mark(instrument_id: uuid.UUID | None, area: str, reason: str) -> None:
            area = area.strip().upper()
            if instrument_id is not None and area:
                found = reasons.setdefault((instrument_id, area), [])
                if reason not in found:
                    found.append(reason)

        for instrument in instruments:
            if instrument.instrument_type == "SECTOR_STRATEGY":
                mark(instrument.id, instrument.sector_code, "sector")
        for linkage in linkages:
            mark(elements.get(linkage.plan_element_id), linkage.policy_area, "lens")
        for element_id, area in landed:
            if element_id is not None:
                mark(elements.get(element_id), area, "action")
        records = []
        for instrument in instruments:
            base = {"instrument": instrument.title, "short_title": short_title(instrument.title),
                    "instrument_type": instrument.instrument_type, "status": instrument.status,
                    "level": instrument.mainstreaming_level}
            areas = sorted(area for (instrument_id, area) in reasons if instrument_id == instrument.id)
            records += [{**base, "policy_area": area, "reasons": ",".join(sorted(reasons[(instrument.id, area)]))}
                        for area in areas] or [{**base, "policy_area": "", "reasons": ""}]
        return ChartData("plan_coverage", _frame(records, [
            "instrument", "short_title", "instrument_type", "status", "level", "policy_area", "reasons"]))

    def action_gantt(self, workspace_code: str, today: date | None = None) -> ChartData:
        """Dated actions of live priorities, grouped by priority (by rank) and by start date;
        ``frame.attrs["today"]`` is the day the chart marks. Undated actions are named in
        ``source``."""
        today = today or self._uow.clock().date()
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            labels = {i.id: i.acronym.strip() or i.name for i in session.scalars(_live(Institution, workspace.id))}
            rows = _action_rows(session, workspace.id)
        notes: list[str] = []
        records = []
        for action, priority in rows:
            if action.start_date is None or action.end_date is None:
                notes.append(f"no dates: {action.description}")
                continue
            records.append({
                "priority": priority.title, "rank": priority.rank, "policy_area": priority.policy_area.strip().upper(),
                "action": action.description, "lead": labels.get(action.lead_institution_id, "")
                if action.lead_institution_id else "", "start_date": action.start_date,
                "end_date": action.end_date, "status": action.status})
        frame = _frame(records, ["priority", "rank", "policy_area", "action", "lead", "start_date", "end_date",
                                 "status"])
        frame.attrs["today"] = today
        return ChartData("action_gantt", frame, "; ".join(notes))

    def budget_by_source(self, workspace_code: str) -> ChartData:
        """Per policy area of the actions' priorities: the cost of the costed, not cancelled
        actions in USD, the funding by source (one column per source) and the gap in the column
        ``UNFUNDED`` (cost minus funding, never below zero for an action), largest cost first."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            costed, notes = _costed_actions(uow.session, workspace)
        areas: dict[str, dict[str, Any]] = {}
        for item in costed:
            area = item.priority.policy_area.strip().upper()
            row = areas.setdefault(area, {"policy_area": area, "cost_usd": 0.0, "funded_usd": 0.0, "actions": 0,
                                          **{source: 0.0 for source in (*FUNDING_SOURCES, GAP)}})
            funded = sum(item.funding_usd.values())
            row["cost_usd"] += item.cost_usd
            row["funded_usd"] += funded
            row["actions"] += 1
            row[GAP] += max(item.cost_usd - funded, 0.0)
            for source, amount in item.funding_usd.items():
                row[source] += amount
        records = sorted(areas.values(), key=lambda r: (-r["cost_usd"], r["policy_area"]))
        return ChartData("budget_by_source", _frame(records, [
            "policy_area", *FUNDING_SOURCES, GAP, "funded_usd", "cost_usd", "actions"]), "; ".join(notes))

    def rag_dashboard(self, workspace_code: str) -> ChartData:
        """One row per indicator of an impact or outcome result, with its RAG status and latest
        actual; a result with no indicator has one row with ``indicator`` "" and no status."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            results = [r for r in session.scalars(_live(Result, workspace.id)) if str(r.level) in DASHBOARD_LEVELS]
            statuses = indicator_statuses(session, workspace.id)
            units = _unit_labels(session)
        by_result: dict[str, list[IndicatorStatus]] = {}
        for status in statuses:
            by_result.setdefault(status.result_id, []).append(status)
        records: list[dict[str, Any]] = []
        for result in sorted(results, key=lambda r: (DASHBOARD_LEVELS.index(str(r.level)), natural_key(r.code))):
            base = {"result_code": result.code, "result_level": str(result.level), "statement": result.statement}
            indicators = by_result.get(str(result.id), [])
            if not indicators:
                records.append({**base, "indicator": "", "unit_code": "", "unit": "", "status": "",
                                "latest_value": None, "latest_year": None, "progress": None})
            for status in indicators:
                latest = status.rag.latest
                records.append({
                    **base, "indicator": status.name, "unit_code": status.unit_code,
                    "unit": units.get(status.unit_code, status.unit_code), "status": status.rag.status,
                    "latest_value": latest.value if latest else None,
                    "latest_year": latest.period_end.year if latest else None, "progress": status.rag.progress})
        return ChartData("rag_dashboard", _frame(records, [
            "result_code", "result_level", "statement", "indicator", "unit_code", "unit", "status", "latest_value",
            "latest_year", "progress"]))

    def indicator_progress(self, workspace_code: str) -> ChartData:
        """Long form, one row per point of each indicator's path, ``part`` one of baseline,
        milestone, final (targets), expected (the straight line of ``core.rag`` through the
        baseline and the targets) and actual. ``x`` is the year; an actual sits at the end of its
        period (a period ending 31 December 2021 at 2021.0, like a target for 2021). Impact and
        outcome indicators come first."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            statuses = indicator_statuses(session, workspace.id)
            units = _unit_labels(session)
        statuses.sort(key=lambda s: (RESULT_LEVELS.index(s.result_level) if s.result_level in RESULT_LEVELS
                                     else len(RESULT_LEVELS), natural_key(s.result_code), s.name))
        records: list[dict[str, Any]] = []
        for status in statuses:
            series = status.series
            base = {"indicator_id": status.indicator_id, "indicator": status.name, "result_code": status.result_code,
                    "result_level": status.result_level, "unit_code": status.unit_code,
                    "unit": units.get(status.unit_code, status.unit_code), "direction": series.direction,
                    "status": status.rag.status}
            points: list[tuple[str, float, float]] = []
            if series.baseline_year is not None and series.baseline_value is not None:
                points.append(("baseline", float(series.baseline_year), series.baseline_value))
                for year in [series.baseline_year] + [t.year for t in series.targets]:
                    expected = expected_at(series, year + 1.0)  # core.rag puts a year's value at its end
                    if expected is not None:
                        points.append(("expected", float(year), expected))
            points += [("final" if t.is_final else "milestone", float(t.year), t.value) for t in series.targets]
            points += [("actual", year_fraction(a.period_end) - 1.0, a.value) for a in series.actuals]
            if not points:
                points.append(("", float("nan"), float("nan")))  # still listed: an indicator with nothing to draw
            records += [{**base, "part": part, "x": x, "value": value} for part, x, value in points]
        return ChartData("indicator_progress", _frame(records, [
            "indicator_id", "indicator", "result_code", "result_level", "unit_code", "unit", "direction", "status",
            "part", "x", "value"]))


def frame_today(frame: pd.DataFrame) -> date | None:
    """The day a Gantt frame was made for (see ``PlanningChartData.action_gantt``)."""
    today = frame.attrs.get("today")
    return today if isinstance(today, date) else None
