"""The golden thread of a workspace: for each live policy priority, the evidence it rests on
(step 1 figures, findings, sector impacts, consultation inputs, documents), the inputs from the
consultations that fed it (step 3), its actions and the plan elements they land in (step 4), the
indicators that measure them with their status (step 5), and the money behind them: the actions'
funding and the partner projects aligned to it (step 6). Every link that should be there and
is not is reported as a broken link with a stable code, so the window, the command line and the
report all flag the same gaps.

An action is measured when a result with at least one indicator is linked to the plan element
it lands in, or to its priority (or is below such a result in the results chain).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mainstream_desktop.core import evidence
from mainstream_desktop.core.messages import CONTEXT, Message, QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.rag import indicator_statuses
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models import monitoring as me
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models import support as sup
from mainstream_desktop.models.society import StakeholderInput

COMMITTED = ("ENDORSED", "IN_PLAN")
MIN_MEASURED_LEVEL = 3  # an instrument at mainstreaming level 3 or more promises indicators


@dataclass(frozen=True)
class BrokenLink:
    code: str          # e.g. PRIORITY_WITHOUT_EVIDENCE
    subject: str       # priority | action | indicator | instrument
    subject_id: str
    message: Message


@dataclass(frozen=True)
class IndicatorLink:
    id: str
    name: str
    result_code: str
    has_baseline: bool
    has_target: bool
    status: str


@dataclass(frozen=True)
class FundingLink:
    source: str
    amount: float
    currency: str
    partner: str = ""


@dataclass(frozen=True)
class ActionLink:
    id: str
    description: str
    plan_element: str  # "" when the action lands nowhere in a plan
    status: str
    cost: float | None
    currency: str
    indicators: tuple[str, ...]  # indicator ids that measure it
    funding: tuple[FundingLink, ...]


@dataclass(frozen=True)
class Chain:
    priority_id: str
    title: str
    status: str
    rank: int | None
    policy_area: str
    evidence: tuple[str, ...]
    inputs: tuple[str, ...]
    actions: tuple[ActionLink, ...]
    indicators: tuple[IndicatorLink, ...]
    projects: tuple[str, ...]
    broken: tuple[BrokenLink, ...] = field(default=())


@dataclass(frozen=True)
class TraceReport:
    workspace: str
    chains: tuple[Chain, ...]
    broken: tuple[BrokenLink, ...]  # every broken link, including those outside any chain


def _live(model: Any, workspace_id: uuid.UUID) -> Select[Any]:
    return select(model).where(model.workspace_id == workspace_id, model.deleted_at.is_(None))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class _Workspace:
    """The workspace's step 4-6 records, read once and indexed for the chains."""

    def __init__(self, session: Session, workspace_id: uuid.UUID) -> None:
        self.session = session
        self.priorities = sorted(session.scalars(_live(plan.PolicyPriority, workspace_id)),
                                 key=lambda p: (p.rank is None, p.rank or 0, p.title))
        self.actions = list(session.scalars(_live(plan.Action, workspace_id).order_by(plan.Action.start_date)))
        self.elements = {e.id: e for e in session.scalars(_live(plan.PlanElement, workspace_id))}
        self.instruments = list(session.scalars(_live(plan.PlanningInstrument, workspace_id)))
        self.evidence = list(session.scalars(_live(plan.PriorityEvidence, workspace_id)))
        self.funding = list(session.scalars(_live(plan.ActionFunding, workspace_id)))
        self.partners = {p.id: p.name for p in session.scalars(_live(sup.DevelopmentPartner, workspace_id))}
        self.projects = {p.id: p.title for p in session.scalars(_live(sup.PartnerProject, workspace_id))}
        self.alignments = [a for a in session.scalars(_live(sup.ProjectPriority, workspace_id))
                           if a.project_id in self.projects]
        self.inputs = list(session.scalars(_live(StakeholderInput, workspace_id)))
        self.results = {r.id: r for r in session.scalars(_live(me.Result, workspace_id))}
        self.statuses = indicator_statuses(session, workspace_id)
        self.indicators_by_result: dict[str, list[str]] = {}
        for status in self.statuses:
            self.indicators_by_result.setdefault(status.result_id, []).append(status.indicator_id)

    def result_tree(self, roots: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """The given results and every result below them."""
        found = set(roots)
        changed = True
        while changed:
            below = {r.id for r in self.results.values() if r.parent_result_id in found} - found
            found |= below
            changed = bool(below)
        return found

    def indicators_of(self, result_ids: Iterable[uuid.UUID]) -> list[str]:
        return [i for r in result_ids for i in self.indicators_by_result.get(str(r), [])]


def _indicator_link(status: Any) -> IndicatorLink:
    series = status.series
    return IndicatorLink(status.indicator_id, status.name, status.result_code, series.baseline_value is not None,
                         bool(series.targets), status.rag.status)


def _broken(link_code: str, subject: str, subject_id: Any, template: str, **params: Any) -> BrokenLink:
    return BrokenLink(link_code, subject, str(subject_id), Message(template, params))


class TraceService:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def trace(self, workspace_code: str) -> TraceReport:
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            data = _Workspace(uow.session, workspace.id)
            chains = [self._chain(data, priority) for priority in data.priorities if priority.status != "DROPPED"]
            broken = [link for chain in chains for link in chain.broken]
            broken += _indicator_gaps(data)
            broken += _unmeasured_instruments(data)
            return TraceReport(workspace.code, tuple(chains), tuple(broken))

    def _chain(self, data: _Workspace, priority: plan.PolicyPriority) -> Chain:
        links = [e for e in data.evidence if e.priority_id == priority.id]
        evidence_labels = tuple(evidence.label_of(data.session, e.evidence_type, e.evidence_id) for e in links)
        inputs = tuple(_short(i.text) for i in data.inputs if i.linked_priority_id == priority.id)
        priority_results = data.result_tree(r.id for r in data.results.values() if r.linked_priority_id == priority.id)
        actions = [self._action(data, a, priority_results) for a in data.actions if a.priority_id == priority.id]
        measured = {i for a in actions for i in a.indicators} | set(data.indicators_of(priority_results))
        indicators = tuple(_indicator_link(s) for s in data.statuses if s.indicator_id in measured)
        projects = tuple(data.projects[a.project_id] for a in data.alignments if a.priority_id == priority.id)
        broken = _chain_gaps(priority, bool(links), actions, projects)
        return Chain(str(priority.id), priority.title, priority.status, priority.rank, priority.policy_area,
                     evidence_labels, inputs, tuple(actions), indicators, projects, tuple(broken))

    @staticmethod
    def _action(data: _Workspace, action: plan.Action, priority_results: set[uuid.UUID]) -> ActionLink:
        element = data.elements.get(action.plan_element_id) if action.plan_element_id else None
        element_results = data.result_tree(
            r.id for r in data.results.values() if element is not None and r.linked_plan_element_id == element.id)
        indicators = tuple(dict.fromkeys(data.indicators_of(element_results | priority_results)))
        funding = tuple(FundingLink(f.funding_source, f.amount, action.currency, data.partners.get(f.partner_id, "")
                                    if f.partner_id else "")
                        for f in data.funding if f.action_id == action.id)
        label = f"{element.code} {_short(element.text, 60)}".strip() if element is not None else ""
        return ActionLink(str(action.id), action.description, label, action.status, action.cost_estimate,
                          action.currency, indicators, funding)


def _chain_gaps(priority: plan.PolicyPriority, has_evidence: bool, actions: list[ActionLink],
                projects: tuple[str, ...]) -> list[BrokenLink]:
    title = priority.title
    broken = []
    if not has_evidence:
        broken.append(_broken("PRIORITY_WITHOUT_EVIDENCE", "priority", priority.id, T(
            CONTEXT, "The priority \u201c{title}\u201d rests on no evidence: link a figure, finding or input."),
            title=title))
    committed = priority.status in COMMITTED
    if committed and not actions:
        broken.append(_broken("PRIORITY_WITHOUT_ACTIONS", "priority", priority.id, T(
            CONTEXT, "The endorsed priority \u201c{title}\u201d has no actions."), title=title))
    for action in actions:
        if not action.plan_element:
            broken.append(_broken("ACTION_NOT_IN_PLAN", "action", action.id, T(
                CONTEXT, "The action \u201c{action}\u201d lands in no plan element."), action=_short(action.description)))
        if not action.indicators:
            broken.append(_broken("ACTION_WITHOUT_INDICATOR", "action", action.id, T(
                CONTEXT, "No indicator measures the action \u201c{action}\u201d."), action=_short(action.description)))
    funded = any(f.source != "UNFUNDED" and f.amount > 0 for a in actions for f in a.funding)
    if committed and not funded and not projects:
        broken.append(_broken("PRIORITY_WITHOUT_FUNDING", "priority", priority.id, T(
            CONTEXT, "The endorsed priority \u201c{title}\u201d has no funding: no action is funded and no partner "
                     "project is aligned to it."), title=title))
    return broken


def _indicator_gaps(data: _Workspace) -> list[BrokenLink]:
    broken = []
    for status in data.statuses:
        series = status.series
        if series.kind != "QUANTITATIVE":
            continue
        if series.baseline_value is None:
            broken.append(_broken("INDICATOR_WITHOUT_BASELINE", "indicator", status.indicator_id, T(
                CONTEXT, "The indicator \u201c{name}\u201d ({code}) has no baseline."),
                name=status.name, code=status.result_code))
        if not series.targets:
            broken.append(_broken("INDICATOR_WITHOUT_TARGET", "indicator", status.indicator_id, T(
                CONTEXT, "The indicator \u201c{name}\u201d ({code}) has no target."),
                name=status.name, code=status.result_code))
    return broken


def _unmeasured_instruments(data: _Workspace) -> list[BrokenLink]:
    measured_elements = {r.linked_plan_element_id for r in data.results.values()
                         if r.linked_plan_element_id and data.indicators_of(data.result_tree([r.id]))}
    broken = []
    for instrument in data.instruments:
        if (instrument.mainstreaming_level or 0) < MIN_MEASURED_LEVEL:
            continue
        elements = {e.id for e in data.elements.values() if e.instrument_id == instrument.id}
        if not elements & measured_elements:
            broken.append(_broken("INSTRUMENT_WITHOUT_INDICATOR", "instrument", instrument.id, T(
                CONTEXT, "\u201c{title}\u201d is at mainstreaming level {level} but none of its elements is linked to "
                         "an indicator."), title=instrument.title, level=instrument.mainstreaming_level))
    return broken


def report_as_json(report: TraceReport) -> dict[str, Any]:
    """The report as plain JSON values (``mainstream trace --json``)."""
    names = {i.id: i.name for chain in report.chains for i in chain.indicators}
    by_code: dict[str, int] = {}
    for link in report.broken:
        by_code[link.code] = by_code.get(link.code, 0) + 1

    def broken(link: BrokenLink) -> dict[str, str]:
        return {"code": link.code, "subject": link.subject, "subject_id": link.subject_id, "message": str(link.message)}

    return {
        "workspace": report.workspace,
        "summary": {"chains": len(report.chains), "complete_chains": sum(not c.broken for c in report.chains),
                    "broken_links": len(report.broken), "by_code": by_code},
        "chains": [{
            "priority": {"id": c.priority_id, "title": c.title, "status": c.status, "rank": c.rank,
                         "policy_area": c.policy_area},
            "evidence": list(c.evidence),
            "inputs": list(c.inputs),
            "actions": [{"id": a.id, "description": a.description, "plan_element": a.plan_element, "status": a.status,
                         "cost": a.cost, "currency": a.currency, "indicators": [names.get(i, i) for i in a.indicators],
                         "funding": [{"source": f.source, "amount": f.amount, "currency": f.currency,
                                      "partner": f.partner} for f in a.funding]} for a in c.actions],
            "indicators": [{"id": i.id, "name": i.name, "result": i.result_code, "has_baseline": i.has_baseline,
                            "has_target": i.has_target, "status": i.status} for i in c.indicators],
            "projects": list(c.projects),
            "broken_links": [broken(link) for link in c.broken],
        } for c in report.chains],
        "broken_links": [broken(link) for link in report.broken],
    }
