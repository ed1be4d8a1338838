"""The portfolio's measures that involve money, in USD (domain notes §5, Q8, Q10 and Q14): whether
priorities rest on evidence and actions are costed with a lead, the funding gap of the action
plan and the government's share of its funding, and how much partner money is aligned to the
national priorities.

Amounts are converted with the workspace's own exchange rates (``FxRate``: USD per unit of the
currency in that year), the same way the step 4 and 6 charts do: an action's currency defaults
to the workspace's and its rate year is its start year (else the workspace's reference year); a
project's rate year is its budget year. What cannot be converted is counted, never guessed. The
funding gap is the budget view's: per costed, not cancelled action, cost minus funding (never
below zero), the recorded "unfunded" rows left aside.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.portfolio_dto import PlanningEvidence, SupportCoherence, WorkspaceRef
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models import support as sup

FUNDING_SOURCES = ("GOV_BUDGET", "DONOR", "UN", "PRIVATE", "DIASPORA")
GOVERNMENT = "GOV_BUDGET"
COMMITTED = ("ENDORSED", "IN_PLAN")


def _live(model: Any, ref: WorkspaceRef) -> Select[Any]:
    return select(model).where(model.workspace_id == ref.id, model.deleted_at.is_(None))


class UsdRates:
    """A workspace's exchange rates; ``factor`` is USD per unit, None when no rate is recorded."""

    def __init__(self, session: Session, ref: WorkspaceRef) -> None:
        self._rates = {(r.currency.strip().upper(), r.year): r.rate_to_usd for r in session.scalars(_live(sup.FxRate, ref))}

    def factor(self, currency: str, year: int | None) -> float | None:
        code = currency.strip().upper() or "USD"
        if code == "USD":
            return 1.0
        return self._rates.get((code, year)) if year is not None else None


def planning_evidence(session: Session, ref: WorkspaceRef) -> PlanningEvidence:
    """Q8: priorities with evidence, actions with a cost and a lead, and the action plan in USD."""
    priorities = {p.id: p for p in session.scalars(_live(plan.PolicyPriority, ref))}
    kept = [p for p in priorities.values() if p.status != "DROPPED"]
    evidenced = set(session.scalars(select(plan.PriorityEvidence.priority_id).where(
        plan.PriorityEvidence.workspace_id == ref.id, plan.PriorityEvidence.deleted_at.is_(None))))
    actions = [a for a in session.scalars(_live(plan.Action, ref))
               if a.priority_id in priorities and a.status != "CANCELLED"]
    funding: dict[Any, list[plan.ActionFunding]] = {}
    for row in session.scalars(_live(plan.ActionFunding, ref)):
        funding.setdefault(row.action_id, []).append(row)
    rates = UsdRates(session, ref)
    cost = funded = gap = government = 0.0
    unconverted = 0
    for action in actions:
        if action.cost_estimate is None:
            continue
        year = action.start_date.year if action.start_date else ref.reference_year
        factor = rates.factor(action.currency.strip() or ref.default_currency or "USD", year)
        if factor is None:
            unconverted += 1
            continue
        rows = [f for f in funding.get(action.id, []) if f.funding_source in FUNDING_SOURCES]
        action_funded = sum(f.amount for f in rows) * factor
        cost += action.cost_estimate * factor
        funded += action_funded
        gap += max(action.cost_estimate * factor - action_funded, 0.0)
        government += sum(f.amount for f in rows if f.funding_source == GOVERNMENT) * factor
    return PlanningEvidence(
        ref.code, ref.country, len(kept), sum(1 for p in kept if p.id in evidenced), len(actions),
        sum(1 for a in actions if a.cost_estimate is not None and a.lead_institution_id is not None),
        cost, funded, gap, government, unconverted)


def support_coherence(session: Session, ref: WorkspaceRef) -> SupportCoherence:
    """Q10: partner projects in USD, the part aligned to a live national priority, the endorsed
    priorities no project supports, and the projects tied to a UN cooperation framework outcome."""
    partners = {p.id for p in session.scalars(_live(sup.DevelopmentPartner, ref))}
    projects = [p for p in session.scalars(_live(sup.PartnerProject, ref)) if p.partner_id in partners]
    priorities = {p.id: p for p in session.scalars(_live(plan.PolicyPriority, ref))}
    links = [link for link in session.scalars(_live(sup.ProjectPriority, ref)) if link.priority_id in priorities]
    aligned_projects = {link.project_id for link in links}
    supported = {link.priority_id for link in links if link.project_id in {p.id for p in projects}}
    rates = UsdRates(session, ref)
    budget = aligned = 0.0
    unconverted = 0
    for project in projects:
        if project.budget_total is None:
            continue
        factor = rates.factor(project.currency, project.budget_year)
        if factor is None:
            unconverted += 1
            continue
        budget += project.budget_total * factor
        if project.id in aligned_projects:
            aligned += project.budget_total * factor
    endorsed = [p for p in priorities.values() if p.status in COMMITTED]
    return SupportCoherence(
        ref.code, ref.country, len(projects), budget, aligned, len(endorsed),
        tuple(sorted(p.title for p in endorsed if p.id not in supported)),
        sum(1 for p in projects if p.undaf_outcome_code.strip()), unconverted)
