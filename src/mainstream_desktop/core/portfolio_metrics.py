"""Per-country measures behind the GMG expert's questions (domain notes §5) that need no money:
how strong the evidence base is (Q2), whether the institutional set-up is alive (Q5), whom the
consultations reached (Q6), where migration landed in planning (Q7), whether the M&E framework
is usable (Q9), which agencies supported which steps (Q11) and what peer exchanges were followed
by (Q13). Each function reads live records of one workspace (or of all) in the caller's session
and returns a frozen DTO of ``core.portfolio_dto``; nothing is guessed where a record is absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.portfolio_dto import (
    AgencySupport,
    ConsultationReach,
    EvidenceBase,
    InstitutionalSetup,
    InstrumentLevel,
    MonitoringUsability,
    PeerExchangeEffect,
    PlanLanding,
    PortfolioMeasures,
    SourceGap,
    WorkspaceRef,
)
from mainstream_desktop.core.portfolio_indicators import PROGRAMME_RESULTS, compare_indicators
from mainstream_desktop.core.portfolio_money import planning_evidence, support_coherence
from mainstream_desktop.core.rag import indicator_statuses
from mainstream_desktop.core.reference_labels import ReferenceLabels
from mainstream_desktop.core.review import STILL_OPEN
from mainstream_desktop.core.step_rules import CORE_SECTORS
from mainstream_desktop.enums import InputDisposition, ObservationStatus
from mainstream_desktop.models import government as gov
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models import review as rev
from mainstream_desktop.models import society as soc
from mainstream_desktop.models.monitoring import Actual, ResultIndicator
from mainstream_desktop.models.profile import DataSource, Observation
from mainstream_desktop.models.reference import CodeValue, Indicator

INTERNATIONAL_TYPES = frozenset({"INTERNATIONAL_DB"})
NEITHER_TYPES = frozenset({"STUDY", "OTHER"})  # compilations: neither national statistics nor international
ACCEPTED = (InputDisposition.ACCEPTED, InputDisposition.PARTLY_ACCEPTED)


def _live(model: Any, ref: WorkspaceRef) -> Select[Any]:
    return select(model).where(model.workspace_id == ref.id, model.deleted_at.is_(None))


def code_labels(session: Session, list_name: str) -> dict[str, str]:
    """The list's codes in its sort order, each with its label in the label language."""
    labels = ReferenceLabels.of()
    return {code: labels.code(list_name, code, label) for code, label in session.execute(
        select(CodeValue.code, CodeValue.label_en).where(CodeValue.list_name == list_name).order_by(CodeValue.sort_order))}


def core_indicator_codes(session: Session) -> tuple[str, ...]:
    return tuple(session.scalars(select(Indicator.code).where(Indicator.is_core).order_by(Indicator.code)))


def evidence_base(session: Session, ref: WorkspaceRef, core: Sequence[str], type_labels: dict[str, str]) -> EvidenceBase:
    """Q2: the core indicators with a figure, the latest year of each, and the kinds of source used."""
    latest = {code: start for code, start in session.execute(
        select(Observation.indicator_code, func.max(Observation.period_start)).where(
            Observation.workspace_id == ref.id, Observation.deleted_at.is_(None),
            Observation.indicator_code.in_(tuple(core)), Observation.value.is_not(None),
            Observation.obs_status != ObservationStatus.MISSING).group_by(Observation.indicator_code))}
    years = [start.year for start in latest.values() if start is not None]
    types = tuple(sorted(set(session.scalars(
        select(DataSource.source_type).distinct().join(Observation, Observation.source_id == DataSource.id).where(
            Observation.workspace_id == ref.id, Observation.deleted_at.is_(None), DataSource.deleted_at.is_(None))))))
    national = any(t not in INTERNATIONAL_TYPES | NEITHER_TYPES for t in types)
    only_international = bool(types) and all(t in INTERNATIONAL_TYPES for t in types)
    return EvidenceBase(ref.code, ref.country, len(core), len(latest), max(years, default=None),
                        min(years, default=None), tuple(type_labels.get(t, t) for t in types), national,
                        only_international)


def institutional_setup(session: Session, ref: WorkspaceRef, legal_bases: dict[str, str],
                        institution_types: dict[str, str]) -> InstitutionalSetup:
    """Q5: active mechanisms, their legal basis and chair, how often they meet, who leads the core sectors."""
    mechanisms = list(session.scalars(_live(gov.CoordinationMechanism, ref)))
    active = [m for m in mechanisms if m.status == "ACTIVE"]
    institutions = {i.id: i for i in session.scalars(_live(gov.Institution, ref))}
    chair = next((institutions[m.chair_institution_id] for m in active if m.chair_institution_id in institutions), None)
    live_ids = {m.id for m in mechanisms}
    meetings = sorted((m for m in session.scalars(_live(gov.Meeting, ref)) if m.mechanism_id in live_ids),
                      key=lambda m: m.meeting_date)
    per_year = None
    if meetings:
        per_year = len(meetings) / (meetings[-1].meeting_date.year - meetings[0].meeting_date.year + 1)
    led = set(session.scalars(select(gov.SectorResponsibility.policy_area).where(
        gov.SectorResponsibility.workspace_id == ref.id, gov.SectorResponsibility.deleted_at.is_(None),
        gov.SectorResponsibility.role == "LEAD")))
    focal_points = sum(1 for m in session.scalars(_live(gov.MechanismMember, ref))
                       if m.is_sector_focal_point and m.mechanism_id in live_ids)
    return InstitutionalSetup(
        ref.code, ref.country, len(active),
        tuple(dict.fromkeys(legal_bases.get(m.legal_basis, m.legal_basis) for m in active)),
        (chair.acronym or chair.name) if chair else "",
        institution_types.get(chair.institution_type, chair.institution_type) if chair else "",
        len(meetings), sum(1 for m in meetings if m.minutes_document_id), per_year,
        meetings[-1].meeting_date if meetings else None,
        len(led & set(CORE_SECTORS)), len(CORE_SECTORS), focal_points)


def consultation_reach(session: Session, ref: WorkspaceRef, group_labels: dict[str, str]) -> ConsultationReach:
    """Q6: participants by sex, the stakeholder groups at the events, and what became of the inputs."""
    events = list(session.scalars(_live(soc.ConsultationEvent, ref)))
    live_events = {e.id for e in events}
    groups = sorted(set(session.scalars(
        select(soc.Stakeholder.stakeholder_group)
        .join(soc.EventStakeholder, soc.EventStakeholder.stakeholder_id == soc.Stakeholder.id)
        .where(soc.EventStakeholder.workspace_id == ref.id, soc.EventStakeholder.deleted_at.is_(None),
               soc.Stakeholder.deleted_at.is_(None), soc.EventStakeholder.event_id.in_(live_events)))))
    inputs = list(session.scalars(_live(soc.StakeholderInput, ref)))
    priorities = set(session.scalars(select(plan.PolicyPriority.id).where(
        plan.PolicyPriority.workspace_id == ref.id, plan.PolicyPriority.deleted_at.is_(None))))
    return ConsultationReach(
        ref.code, ref.country, len(events), sum(e.participants_female for e in events),
        sum(e.participants_male for e in events), sum(e.participants_other for e in events),
        tuple(group_labels.get(g, g) for g in groups),
        len(inputs), sum(1 for i in inputs if i.disposition in ACCEPTED),
        sum(1 for i in inputs if i.linked_priority_id in priorities))


def plan_landing(session: Session, ref: WorkspaceRef, instrument_types: dict[str, str],
                 entry_modes: dict[str, str]) -> PlanLanding:
    """Q7: each planning instrument with its type and mainstreaming level (0-4, None when not assessed)."""
    instruments = sorted(session.scalars(_live(plan.PlanningInstrument, ref)),
                         key=lambda i: (-(i.mainstreaming_level if i.mainstreaming_level is not None else -1), i.title))
    return PlanLanding(ref.code, ref.country, entry_modes.get(ref.entry_mode, ref.entry_mode), tuple(
        InstrumentLevel(i.title, instrument_types.get(i.instrument_type, i.instrument_type), i.status,
                        i.mainstreaming_level) for i in instruments))


def monitoring_usability(session: Session, ref: WorkspaceRef, sdg_codes: set[str]) -> MonitoringUsability:
    """Q9: indicators with a baseline and a target, the traffic lights, the SDG-aligned indicators."""
    statuses = indicator_statuses(session, ref.id)
    rag: dict[str, int] = {}
    for status in statuses:
        rag[status.rag.status] = rag.get(status.rag.status, 0) + 1
    codes = {str(key): code for key, code in session.execute(select(ResultIndicator.id, ResultIndicator.indicator_code)
                                                             .where(ResultIndicator.workspace_id == ref.id))}
    latest = session.scalar(select(func.max(Actual.period_end)).where(
        Actual.workspace_id == ref.id, Actual.deleted_at.is_(None), Actual.value.is_not(None)))
    return MonitoringUsability(
        ref.code, ref.country, len(statuses),
        sum(1 for s in statuses if s.series.baseline_value is not None and s.series.targets), rag,
        sum(1 for s in statuses if codes.get(s.indicator_id, "") in sdg_codes), latest)


def sdg_indicator_codes(session: Session) -> set[str]:
    return set(session.scalars(select(Indicator.code).where(Indicator.sdg_code != "")))


def agency_support(session: Session, refs: Sequence[WorkspaceRef], agency_names: dict[str, str]) -> tuple[AgencySupport, ...]:
    """Q11: missions per GMG agency (with the countries and steps they supported) and the review
    comments written under each agency, open and closed."""
    codes = {r.id: r.code for r in refs}
    missions: dict[str, list[rev.ExpertMission]] = {}
    for mission in session.scalars(select(rev.ExpertMission).where(
            rev.ExpertMission.deleted_at.is_(None), rev.ExpertMission.workspace_id.in_(codes))):
        missions.setdefault(mission.agency_code.strip().upper(), []).append(mission)
    comments: dict[str, list[int]] = {}
    for agency, status in session.execute(select(rev.ReviewComment.agency_code, rev.ReviewComment.status).where(
            rev.ReviewComment.deleted_at.is_(None), rev.ReviewComment.parent_comment_id.is_(None),
            rev.ReviewComment.workspace_id.in_(codes))):
        tally = comments.setdefault(agency.strip().upper(), [0, 0])
        tally[0 if status in STILL_OPEN else 1] += 1
    result = []
    for agency in sorted(set(missions) | set(comments), key=lambda a: (a == "", a)):
        own = missions.get(agency, [])
        steps = sorted({int(part) for m in own for part in re.split(r"[,; ]+", m.steps_supported) if part.isdigit()})
        tally = comments.get(agency, [0, 0])
        result.append(AgencySupport(agency, agency_names.get(agency, agency), len(own),
                                    tuple(sorted({codes[m.workspace_id] for m in own})), tuple(steps),
                                    tally[0], tally[1]))
    return tuple(result)


def exchange_effects(session: Session, refs: Sequence[WorkspaceRef]) -> tuple[PeerExchangeEffect, ...]:
    """Q13: each peer exchange, and the lessons and priorities the visiting countries recorded after it."""
    by_country: dict[str, list[WorkspaceRef]] = {}
    for ref in refs:
        by_country.setdefault(ref.country_iso3, []).append(ref)
    result = []
    for exchange in session.scalars(select(rev.PeerExchange).where(rev.PeerExchange.deleted_at.is_(None))
                                    .order_by(rev.PeerExchange.start_date)):
        visitors = tuple(c for c in re.split(r"[,; ]+", exchange.visiting_countries.upper()) if c)
        ids = [r.id for code in visitors for r in by_country.get(code, [])]
        end = exchange.end_date or exchange.start_date
        lessons = priorities = 0
        if ids and end is not None:
            lessons = _created_after(session, rev.LessonLearned, ids, end)
            priorities = _created_after(session, plan.PolicyPriority, ids, end)
        result.append(PeerExchangeEffect(exchange.host_country, visitors, end, exchange.topic, lessons, priorities))
    return tuple(result)


def _created_after(session: Session, model: Any, workspace_ids: list[Any], day: date) -> int:
    rows = session.scalars(select(model.created_at).where(
        model.workspace_id.in_(workspace_ids), model.deleted_at.is_(None)))
    return sum(1 for created in rows if created is not None and created.date() > day)


def measure_portfolio(session: Session, refs: Sequence[WorkspaceRef],
                      source_gaps: tuple[SourceGap, ...] = ()) -> PortfolioMeasures:
    """Every measure above for every workspace, in the portfolio's order."""
    core = core_indicator_codes(session)
    legal, kinds = code_labels(session, "LEGAL_BASIS"), code_labels(session, "INSTITUTION_TYPE")
    instruments, sdg = code_labels(session, "INSTRUMENT_TYPE"), sdg_indicator_codes(session)
    groups = code_labels(session, "STAKEHOLDER_GROUP")
    return PortfolioMeasures(
        evidence=tuple(evidence_base(session, ref, core, code_labels(session, "DATA_SOURCE_TYPE")) for ref in refs),
        source_gaps=source_gaps,
        institutions=tuple(institutional_setup(session, ref, legal, kinds) for ref in refs),
        consultation=tuple(consultation_reach(session, ref, groups) for ref in refs),
        landing=tuple(plan_landing(session, ref, instruments, code_labels(session, "ENTRY_MODE")) for ref in refs),
        planning=tuple(planning_evidence(session, ref) for ref in refs),
        monitoring=tuple(monitoring_usability(session, ref, sdg) for ref in refs),
        support=tuple(support_coherence(session, ref) for ref in refs),
        agencies=agency_support(session, refs, code_labels(session, "GMG_AGENCY")),
        exchanges=exchange_effects(session, refs),
        programme_results=compare_indicators(session, refs, PROGRAMME_RESULTS))
