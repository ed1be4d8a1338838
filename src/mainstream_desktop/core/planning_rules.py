"""The checks of steps 4 and 5 that need other stored records (store rules of
``planning_specs``): plan and result hierarchies that fit, funding within cost, one target per
indicator and year, parts within their total, no repeated evidence or actuals; and the baseline a
result indicator is offered from the step 1 profile.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from mainstream_desktop.core.evidence import headline_observations
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.problems import Problem, error
from mainstream_desktop.core.record_specs import CONTEXT, Suggestion
from mainstream_desktop.models import monitoring as me
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models.profile import DataSource
from mainstream_desktop.models.reference import CodeValue, Unit

ELEMENT_LEVELS = ("GOAL", "OUTCOME", "STRATEGY", "ACTION")
RESULT_LEVELS = ("IMPACT", "OUTCOME", "OUTPUT", "ACTIVITY")
PARTS_TOLERANCE = 0.01  # disaggregated parts may exceed their total by rounding (1%)
ADDITIVE_UNIT_KINDS = ("COUNT", "CURRENCY")


def _other(record_id: str | None) -> Any:
    return uuid.UUID(record_id) if record_id else None


def _not_this(column: Any, record_id: str | None) -> ColumnElement[bool]:
    """Every row but the one being edited (all rows for a new record)."""
    return column != uuid.UUID(record_id) if record_id else true()


def _level_index(levels: tuple[str, ...], level: Any) -> int:
    return levels.index(str(level)) if str(level) in levels else len(levels)


def element_parent_fits(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    parent_id = values.get("parent_id")
    if parent_id is None:
        return []
    parent = session.get(plan.PlanElement, parent_id)
    if parent is None or str(parent.id) == record_id:
        return [error("parent_id", "parent_self", T(CONTEXT, "An element cannot be part of itself."))]
    if parent.instrument_id != values.get("instrument_id"):
        return [error("parent_id", "parent_other_instrument", T(
            CONTEXT, "The element it is part of belongs to another instrument."))]
    if _level_index(ELEMENT_LEVELS, parent.level) >= _level_index(ELEMENT_LEVELS, values.get("level")):
        return [error("parent_id", "parent_level", T(
            CONTEXT, "An element is part of one at a higher level (goal, outcome, strategy, action)."))]
    return []


def _codes_known(session: Session, list_name: str, text: Any, field: str) -> list[Problem]:
    codes = [code.strip().upper() for code in str(text or "").split(",") if code.strip()]
    known = set(session.scalars(select(CodeValue.code).where(CodeValue.list_name == list_name)))
    unknown = [code for code in codes if code not in known]
    if unknown:
        return [error(field, "unknown_codes", T(CONTEXT, "Unknown codes: {codes} (choose from {choices})."),
                      codes=", ".join(unknown), choices=", ".join(sorted(known)))]
    return []


def target_groups_known(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    return _codes_known(session, "TARGET_GROUP", values.get("target_groups"), "target_groups")


def disaggregations_known(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                          record_id: str | None) -> list[Problem]:
    return _codes_known(session, "DISAGGREGATION", values.get("disaggregations"), "disaggregations")


def evidence_not_repeated(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                          record_id: str | None) -> list[Problem]:
    clash = session.scalar(select(plan.PriorityEvidence.id).where(
        plan.PriorityEvidence.workspace_id == workspace_id, plan.PriorityEvidence.deleted_at.is_(None),
        plan.PriorityEvidence.priority_id == values.get("priority_id"),
        plan.PriorityEvidence.evidence_type == values.get("evidence_type"),
        plan.PriorityEvidence.evidence_id == values.get("evidence_id"),
        _not_this(plan.PriorityEvidence.id, record_id)))
    if clash is not None:
        return [error("evidence", "evidence_repeated", T(CONTEXT, "This evidence is already linked to the priority."))]
    return []


def _funded(session: Session, action_id: Any, except_id: Any = None) -> float:
    query = select(func.coalesce(func.sum(plan.ActionFunding.amount), 0.0)).where(
        plan.ActionFunding.action_id == action_id, plan.ActionFunding.deleted_at.is_(None),
        plan.ActionFunding.funding_source != "UNFUNDED")
    if except_id is not None:
        query = query.where(plan.ActionFunding.id != except_id)
    return float(session.scalar(query) or 0.0)


def cost_covers_funding(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    if record_id is None or values.get("cost_estimate") is None:
        return []
    funded = _funded(session, uuid.UUID(record_id))
    if funded > float(values["cost_estimate"]) + 1e-6:
        return [error("cost_estimate", "cost_below_funding", T(
            CONTEXT, "The funding already recorded ({funded:,.0f}) is more than this cost."), funded=funded)]
    return []


def funding_within_cost(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    action = session.get(plan.Action, values.get("action_id"))
    if action is None or action.cost_estimate is None or values.get("funding_source") == "UNFUNDED":
        return []
    funded = _funded(session, action.id, _other(record_id)) + float(values.get("amount") or 0)
    if funded > action.cost_estimate + 1e-6:
        return [error("amount", "funding_over_cost", T(
            CONTEXT, "With this amount the funding ({funded:,.0f}) exceeds the action's cost ({cost:,.0f})."),
            funded=funded, cost=action.cost_estimate)]
    return []


def result_parent_above(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    parent_id = values.get("parent_result_id")
    if parent_id is None:
        return []
    parent = session.get(me.Result, parent_id)
    if parent is None or str(parent.id) == record_id:
        return [error("parent_result_id", "parent_self", T(CONTEXT, "A result cannot contribute to itself."))]
    if _level_index(RESULT_LEVELS, parent.level) >= _level_index(RESULT_LEVELS, values.get("level")):
        return [error("parent_result_id", "parent_level", T(
            CONTEXT, "A result contributes to one at a higher level (activity \u2192 output \u2192 outcome \u2192 "
                     "impact)."))]
    return []


def baseline_from_profile(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any]) -> Suggestion | None:
    """The latest step 1 figure of the indicator's reference code, offered as its baseline."""
    code = values.get("indicator_code")
    if not code:
        return None
    match = next((o for o in headline_observations(session, workspace_id) if o.indicator_code == code), None)
    if match is None or match.value is None:
        return None
    source = session.get(DataSource, match.source_id)
    source_name = source.name if source else ""
    year = match.period_start.year
    note = f"Step 1 profile: {source_name}, {year}".strip()
    return Suggestion({"baseline_value": match.value, "baseline_year": year, "baseline_source_note": note,
                       "unit_code": match.unit_code},
                      T(CONTEXT, "The profile has {value:,.6g} for {year} ({source})."),
                      {"value": match.value, "year": year, "source": source_name})


def target_fits_indicator(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                          record_id: str | None) -> list[Problem]:
    indicator = session.get(me.ResultIndicator, values.get("result_indicator_id"))
    if indicator is None:
        return []
    problems: list[Problem] = []
    clash = session.scalar(select(me.Target.id).where(
        me.Target.result_indicator_id == indicator.id, me.Target.deleted_at.is_(None),
        me.Target.year == values.get("year"), _not_this(me.Target.id, record_id)))
    if clash is not None:
        problems.append(error("year", "target_year_taken", T(CONTEXT, "The indicator already has a target for {year}."),
                              year=values.get("year")))
    if indicator.baseline_year is not None and values.get("year") is not None and \
            values["year"] < indicator.baseline_year:
        problems.append(error("year", "target_before_baseline", T(
            CONTEXT, "A target year cannot come before the baseline year ({year})."), year=indicator.baseline_year))
    if str(indicator.direction) != "MAINTAIN" and indicator.baseline_value is not None and \
            values.get("target_value") == indicator.baseline_value:
        problems.append(error("target_value", "target_equals_baseline", T(
            CONTEXT, "The target equals the baseline; only a \u201cmaintain\u201d indicator may keep its baseline.")))
    return problems


def actual_not_repeated(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                        record_id: str | None) -> list[Problem]:
    clash = session.scalar(select(me.Actual.id).where(
        me.Actual.result_indicator_id == values.get("result_indicator_id"), me.Actual.deleted_at.is_(None),
        me.Actual.period_start == values.get("period_start"), me.Actual.period_end == values.get("period_end"),
        _not_this(me.Actual.id, record_id)))
    if clash is not None:
        return [error("period_start", "actual_repeated", T(
            CONTEXT, "An actual for this indicator and period is already recorded; edit it instead."))]
    return []


def parts_within_total(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                       record_id: str | None) -> list[Problem]:
    actual = session.get(me.Actual, values.get("actual_id"))
    if actual is None:
        return []
    siblings = list(session.scalars(select(me.ActualDisaggregation).where(
        me.ActualDisaggregation.actual_id == actual.id, me.ActualDisaggregation.deleted_at.is_(None),
        me.ActualDisaggregation.dimension == values.get("dimension"))))
    siblings = [s for s in siblings if str(s.id) != record_id]
    code = str(values.get("code") or "").strip().upper()
    if any(s.code.upper() == code for s in siblings):
        return [error("code", "part_repeated", T(CONTEXT, "This group already has a value for this actual."))]
    total = actual.value
    parts = sum(s.value for s in siblings) + float(values.get("value") or 0)
    if total is not None and _adds_up(session, actual) and parts > abs(total) * (1 + PARTS_TOLERANCE) + 1e-9:
        return [error("value", "parts_exceed_total", T(
            CONTEXT, "The groups add up to {parts:,.6g}, more than the actual's total ({total:,.6g})."),
            parts=parts, total=total)]
    return []


def _adds_up(session: Session, actual: me.Actual) -> bool:
    """Only counts and amounts add up to their total; rates and shares by sex do not."""
    indicator = session.get(me.ResultIndicator, actual.result_indicator_id)
    unit = session.get(Unit, indicator.unit_code) if indicator is not None else None
    return unit is not None and unit.kind in ADDITIVE_UNIT_KINDS


def one_threshold_row(session: Session, workspace_id: uuid.UUID, values: Mapping[str, Any],
                      record_id: str | None) -> list[Problem]:
    existing = session.scalar(select(me.RagThreshold.id).where(
        me.RagThreshold.workspace_id == workspace_id, me.RagThreshold.deleted_at.is_(None)))
    if existing is not None and str(existing) != record_id:
        return [error("green_from", "thresholds_exist", T(
            CONTEXT, "The workspace has its thresholds already; edit them instead."))]
    return []
