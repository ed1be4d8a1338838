"""The data behind the participation and support charts (steps 2, 3 and 6): who leads each
policy area, how meetings are attended, which action items are overdue, the stakeholder map,
whom the consultations reached, what became of the inputs, and partner money in USD by partner
and policy area, its alignment to national priorities and its match with the cost of the plan.

One unit of work per chart, live rows only (``deleted_at IS NULL``), each returned as a tidy
DataFrame in a ``ChartData``. Money is converted with the workspace's own exchange rates
(``FxRate.rate_to_usd``: USD per unit of the currency in that year); a project or action with no
rate is left out of the totals and named in ``ChartData.source`` instead of being guessed.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.step_rules import CORE_SECTORS
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import InputDisposition, ResponsibilityRole
from mainstream_desktop.models.government import (
    ActionItem,
    CoordinationMechanism,
    Institution,
    Meeting,
    MeetingAttendance,
    SectorResponsibility,
)
from mainstream_desktop.models.planning import Action, PolicyPriority
from mainstream_desktop.models.society import (
    ConsultationEvent,
    EventStakeholder,
    Stakeholder,
    StakeholderInput,
)
from mainstream_desktop.models.support import (
    DevelopmentPartner,
    FxRate,
    PartnerProject,
    ProjectPriority,
)
from mainstream_desktop.models.workspace import Document, Person, Workspace
from mainstream_desktop.reports.chart_data import ChartData

if TYPE_CHECKING:
    import pandas as pd

CLOSED_ACTION_STATUSES = ("DONE", "DROPPED")
ACCEPTED_DISPOSITIONS = (InputDisposition.ACCEPTED, InputDisposition.PARTLY_ACCEPTED)
FUNNEL_STAGES = ("received", "accepted", "reflected", "pending")
ENGAGEMENT_LEVELS = ("INFORM", "CONSULT", "INVOLVE", "COLLABORATE", "EMPOWER")
ROLE_ORDER = tuple(role.value for role in ResponsibilityRole)
SEXES = ("female", "male", "other")


@dataclass(frozen=True)
class _Budget:
    """One project's budget in USD, ready to be spread over its policy areas."""

    project_id: uuid.UUID
    partner: str
    areas: tuple[str, ...]
    usd: float


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _live(model: Any, workspace_id: uuid.UUID) -> Select[Any]:
    return select(model).where(model.workspace_id == workspace_id, model.deleted_at.is_(None))


def _live_ids(session: Session, model: Any, workspace_id: uuid.UUID) -> set[uuid.UUID]:
    return set(session.scalars(select(model.id).where(model.workspace_id == workspace_id,
                                                      model.deleted_at.is_(None))))


def _institution_labels(session: Session, workspace_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return {i.id: i.acronym.strip() or i.name for i in session.scalars(_live(Institution, workspace_id))}


def policy_area_codes(text: str) -> tuple[str, ...]:
    """The codes of a comma-separated list, upper-cased, each once; ``("",)`` when there are none."""
    codes = tuple(dict.fromkeys(code.strip().upper() for code in re.split(r"[,;]", text) if code.strip()))
    return codes or ("",)


def _rates(session: Session, workspace_id: uuid.UUID) -> dict[tuple[str, int], float]:
    return {(rate.currency.strip().upper(), rate.year): rate.rate_to_usd
            for rate in session.scalars(_live(FxRate, workspace_id))}


def _to_usd(amount: float, currency: str, year: int | None,
            rates: dict[tuple[str, int], float]) -> float | None:
    code = currency.strip().upper() or "USD"
    if code == "USD":
        return amount
    rate = rates.get((code, year)) if year is not None else None
    return None if rate is None else amount * rate


def _missing_rate(currency: str, year: int | None, what: str) -> str:
    return f"no exchange rate for {currency.strip().upper()} {year if year is not None else '?'}: {what}"


def _project_budgets(session: Session, workspace_id: uuid.UUID) -> tuple[list[_Budget], list[str]]:
    """Live projects of live partners with a budget, in USD; and the ones left out for want of a rate."""
    partners = {p.id: p.name for p in session.scalars(_live(DevelopmentPartner, workspace_id))}
    rates = _rates(session, workspace_id)
    budgets: list[_Budget] = []
    notes: list[str] = []
    for project in session.scalars(_live(PartnerProject, workspace_id).order_by(PartnerProject.title)):
        if project.partner_id not in partners or project.budget_total is None:
            continue
        usd = _to_usd(project.budget_total, project.currency, project.budget_year, rates)
        if usd is None:
            notes.append(_missing_rate(project.currency, project.budget_year, project.title))
            continue
        budgets.append(_Budget(project.id, partners[project.partner_id], policy_area_codes(project.policy_areas), usd))
    return budgets, notes


def _funding_by_area(budgets: Iterable[_Budget]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for budget in budgets:
        for area in budget.areas:
            totals[area] = totals.get(area, 0.0) + budget.usd / len(budget.areas)
    return totals


def _action_costs(session: Session, workspace: Workspace) -> tuple[dict[str, float], set[str], list[str]]:
    """Costed actions in USD per policy area of their priority; the areas that have any action;
    and the actions left out for want of an exchange rate. An action's currency defaults to the
    workspace's, and its rate year is its start year (else the workspace's reference year)."""
    rows = session.execute(
        select(Action, PolicyPriority.policy_area).join(PolicyPriority, PolicyPriority.id == Action.priority_id)
        .where(Action.workspace_id == workspace.id, Action.deleted_at.is_(None), PolicyPriority.deleted_at.is_(None))
        .order_by(Action.description)).all()
    rates = _rates(session, workspace.id)
    costs: dict[str, float] = {}
    notes: list[str] = []
    for action, area in rows:
        if action.cost_estimate is None or action.status == "CANCELLED":  # dropped work needs no money
            continue
        currency = action.currency.strip() or workspace.default_currency or "USD"
        year = action.start_date.year if action.start_date else workspace.reference_year
        usd = _to_usd(action.cost_estimate, currency, year, rates)
        if usd is None:
            notes.append(_missing_rate(currency, year, action.description))
            continue
        costs[area.strip().upper()] = costs.get(area.strip().upper(), 0.0) + usd
    return costs, {area.strip().upper() for _action, area in rows}, notes


class ParticipationChartData:
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def responsibility_matrix(self, workspace_code: str) -> ChartData:
        """Policy area x institution roles, plus one ``uncovered`` row per core sector with no lead.
        Empty until the first responsibility is mapped: a gap means something only against a map."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            labels = _institution_labels(uow.session, workspace.id)
            mapped = uow.session.scalars(_live(SectorResponsibility, workspace.id)).all()
        records: list[dict[str, Any]] = [
            {"policy_area": r.policy_area.strip().upper(), "institution": labels[r.institution_id],
             "role": ResponsibilityRole(r.role).value, "uncovered": False}
            for r in mapped if r.institution_id in labels]
        columns = ["policy_area", "institution", "role", "uncovered"]
        if not records:
            return ChartData("responsibility_matrix", _frame([], columns))
        led = {r["policy_area"] for r in records if r["role"] == ResponsibilityRole.LEAD.value}
        records += [{"policy_area": sector, "institution": "", "role": "", "uncovered": True}
                    for sector in CORE_SECTORS if sector not in led]
        records.sort(key=lambda r: (r["policy_area"], r["institution"], ROLE_ORDER.index(r["role"])
                                    if r["role"] in ROLE_ORDER else -1))
        return ChartData("responsibility_matrix", _frame(records, columns))

    def meeting_attendance(self, workspace_code: str) -> ChartData:
        """One row per meeting and institution: persons present of those on the attendance list.
        A meeting with no list has one row with no institution and ``recorded`` 0; persons with
        no institution count under the institution ``""``."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            mechanisms = {m.id: m.name for m in session.scalars(_live(CoordinationMechanism, workspace.id))}
            meetings = [m for m in session.scalars(_live(Meeting, workspace.id).order_by(Meeting.meeting_date))
                        if m.mechanism_id in mechanisms]
            documents = _live_ids(session, Document, workspace.id)
            labels = _institution_labels(session, workspace.id)
            people = {p.id: labels.get(p.institution_id, "") if p.institution_id else ""
                      for p in session.scalars(_live(Person, workspace.id))}
            marks = session.execute(select(MeetingAttendance.meeting_id, MeetingAttendance.person_id,
                                           MeetingAttendance.present)
                                    .where(MeetingAttendance.workspace_id == workspace.id,
                                           MeetingAttendance.deleted_at.is_(None))).all()
        counts: dict[uuid.UUID, dict[str | None, list[int]]] = {}
        for meeting_id, person_id, present in marks:
            if person_id in people:
                tally = counts.setdefault(meeting_id, {}).setdefault(people[person_id], [0, 0])
                tally[0] += int(bool(present))
                tally[1] += 1
        records = []
        for meeting in meetings:
            base = {"meeting_date": meeting.meeting_date, "mechanism": mechanisms[meeting.mechanism_id],
                    "has_minutes": meeting.minutes_document_id in documents}
            tallies = counts.get(meeting.id) or {None: [0, 0]}
            records += [{**base, "institution": name, "present": present, "recorded": recorded,
                         "rate": present / recorded if recorded else math.nan}
                        for name, (present, recorded) in sorted(tallies.items(), key=lambda kv: kv[0] or "")]
        return ChartData("meeting_attendance", _frame(records, [
            "meeting_date", "mechanism", "has_minutes", "institution", "present", "recorded", "rate"]))

    def action_items(self, workspace_code: str, today: date | None = None) -> ChartData:
        """Open action items (not DONE or DROPPED) of live meetings, the overdue ones flagged."""
        today = today or self._uow.clock().date()
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            labels = _institution_labels(uow.session, workspace.id)
            items = uow.session.execute(
                select(ActionItem, Meeting.meeting_date).join(Meeting, Meeting.id == ActionItem.meeting_id)
                .where(ActionItem.workspace_id == workspace.id, ActionItem.deleted_at.is_(None),
                       Meeting.deleted_at.is_(None), ActionItem.status.not_in(CLOSED_ACTION_STATUSES))
                .order_by(ActionItem.due_date.asc().nulls_last(), Meeting.meeting_date)).all()
        records = []
        for item, meeting_date in items:
            overdue = item.due_date is not None and item.due_date < today
            records.append({
                "description": item.description, "owner": labels.get(item.owner_institution_id, "")
                if item.owner_institution_id else "", "due_date": item.due_date, "status": item.status,
                "meeting_date": meeting_date, "overdue": overdue,
                "days_overdue": (today - item.due_date).days if overdue and item.due_date else 0})
        return ChartData("action_items", _frame(records, [
            "description", "owner", "due_date", "status", "meeting_date", "overdue", "days_overdue"]))

    def interest_influence(self, workspace_code: str) -> ChartData:
        """Stakeholders scored on both interest and influence (1-5)."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            stakeholders = uow.session.scalars(_live(Stakeholder, workspace.id).where(
                Stakeholder.interest.is_not(None), Stakeholder.influence.is_not(None)).order_by(Stakeholder.name))
            records = [{"name": s.name, "group": s.stakeholder_group, "interest": s.interest,
                        "influence": s.influence, "engagement_level": s.engagement_level} for s in stakeholders]
        return ChartData("interest_influence", _frame(
            records, ["name", "group", "interest", "influence", "engagement_level"]))

    def participation(self, workspace_code: str) -> ChartData:
        """Long form: per event (``part`` "event") the participants by sex (``measure`` female,
        male, other); per stakeholder group (``part`` "group") the live events it took part in."""
        with self._uow() as uow:
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            events = session.scalars(_live(ConsultationEvent, workspace.id).order_by(
                ConsultationEvent.event_date, ConsultationEvent.title)).all()
            groups = {s.id: s.stakeholder_group for s in session.scalars(_live(Stakeholder, workspace.id))}
            links = session.execute(select(EventStakeholder.event_id, EventStakeholder.stakeholder_id).where(
                EventStakeholder.workspace_id == workspace.id, EventStakeholder.deleted_at.is_(None))).all()
        live_events = {event.id for event in events}
        reached: dict[str, set[uuid.UUID]] = {group: set() for group in groups.values()}
        for event_id, stakeholder_id in links:
            if event_id in live_events and stakeholder_id in groups:
                reached[groups[stakeholder_id]].add(event_id)
        records: list[dict[str, Any]] = [
            {"part": "event", "label": event.title, "event_date": event.event_date, "measure": sex,
             "value": getattr(event, f"participants_{sex}")} for event in events for sex in SEXES]
        records += [{"part": "group", "label": group, "event_date": None, "measure": "events",
                     "value": len(reached[group])} for group in sorted(reached)]
        return ChartData("participation", _frame(records, ["part", "label", "event_date", "measure", "value"]))

    def input_funnel(self, workspace_code: str) -> ChartData:
        """Inputs received, accepted (fully or partly), reflected in the plan (linked to a live
        priority) and still pending; empty when nothing was received."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            inputs = uow.session.scalars(_live(StakeholderInput, workspace.id)).all()
            priorities = _live_ids(uow.session, PolicyPriority, workspace.id)
        if not inputs:
            return ChartData("input_funnel", _frame([], ["stage", "count", "share"]))
        counts = {
            "received": len(inputs),
            "accepted": sum(i.disposition in ACCEPTED_DISPOSITIONS for i in inputs),
            "reflected": sum(i.linked_priority_id in priorities for i in inputs),
            "pending": sum(i.disposition == InputDisposition.PENDING for i in inputs),
        }
        return ChartData("input_funnel", _frame(
            [{"stage": stage, "count": counts[stage], "share": counts[stage] / len(inputs)}
             for stage in FUNNEL_STAGES], ["stage", "count", "share"]))

    def partner_policy_heatmap(self, workspace_code: str) -> ChartData:
        """USD per partner and policy area, each budget split equally among the project's areas."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            budgets, notes = _project_budgets(uow.session, workspace.id)
        cells: dict[tuple[str, str], float] = {}
        for budget in budgets:
            for area in budget.areas:
                cells[(budget.partner, area)] = cells.get((budget.partner, area), 0.0) + budget.usd / len(budget.areas)
        return ChartData("partner_policy_heatmap", _frame(
            [{"partner": partner, "policy_area": area, "usd": usd} for (partner, area), usd in sorted(cells.items())],
            ["partner", "policy_area", "usd"]), "; ".join(notes))

    def alignment(self, workspace_code: str) -> ChartData:
        """One row: the project budget in USD, the part aligned to a live national priority, and
        the ratio (NaN when the budgets add up to zero)."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            budgets, notes = _project_budgets(uow.session, workspace.id)
            aligned_ids = set(uow.session.scalars(
                select(ProjectPriority.project_id)
                .join(PolicyPriority, PolicyPriority.id == ProjectPriority.priority_id)
                .where(ProjectPriority.workspace_id == workspace.id, ProjectPriority.deleted_at.is_(None),
                       PolicyPriority.deleted_at.is_(None))))
        columns = ["total_usd", "aligned_usd", "unaligned_usd", "ratio", "projects", "aligned_projects"]
        if not budgets:
            return ChartData("alignment", _frame([], columns), "; ".join(notes))
        total = sum(b.usd for b in budgets)
        aligned = [b for b in budgets if b.project_id in aligned_ids]
        aligned_usd = sum(b.usd for b in aligned)
        return ChartData("alignment", _frame([{
            "total_usd": total, "aligned_usd": aligned_usd, "unaligned_usd": total - aligned_usd,
            "ratio": aligned_usd / total if total else math.nan, "projects": len(budgets),
            "aligned_projects": len(aligned)}], columns), "; ".join(notes))

    def funding_by_policy_area(self, workspace_code: str) -> ChartData:
        """Per policy area, partner funding in USD against the cost of the plan's actions and the
        gap (cost - funding). Costs are NaN for every area while no action carries a cost, and
        for an area whose actions are all uncosted."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            budgets, notes = _project_budgets(uow.session, workspace.id)
            costs, action_areas, action_notes = _action_costs(uow.session, workspace)
        funding = _funding_by_area(budgets)
        records = []
        for area in sorted(set(funding) | action_areas):
            cost = costs.get(area, math.nan if not costs or area in action_areas else 0.0)
            records.append({"policy_area": area, "funding_usd": funding.get(area, 0.0), "cost_usd": cost,
                            "gap_usd": cost - funding.get(area, 0.0)})
        return ChartData("funding_by_policy_area", _frame(
            records, ["policy_area", "funding_usd", "cost_usd", "gap_usd"]), "; ".join(notes + action_notes))
