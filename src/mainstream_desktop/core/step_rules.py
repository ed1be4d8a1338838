"""The completeness rule of each handbook step (domain notes, "Complete when" of each wizard).

Each rule reads the workspace's records and returns checks; the messages are the user's
checklist. Rules only count what the records can prove: sign-offs and reviews that are recorded
as step states are judged by the review desk, not here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.completeness import Check, StepRule, check
from mainstream_desktop.core.priority_scores import weights_add_up, workspace_weights
from mainstream_desktop.core.messages import CONTEXT, QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.readiness_rules import CRITERION_TITLES, MIN_COMMENT_FOR_MET, REQUIRED_MET
from mainstream_desktop.core.reference_labels import Separators, indicator_label
from mainstream_desktop.enums import (
    CommentSeverity,
    CommentStatus,
    InputDisposition,
    ObservationStatus,
    ProfilePart,
    ReadinessStatus,
    ResultLevel,
    StepStatus,
)
from mainstream_desktop.models import government as gov
from mainstream_desktop.models import monitoring as me
from mainstream_desktop.models import planning as plan
from mainstream_desktop.models import profile as prof
from mainstream_desktop.models import review as rev
from mainstream_desktop.models import society as soc
from mainstream_desktop.models import support as sup
from mainstream_desktop.models.reference import Indicator
from mainstream_desktop.models.workspace import ReadinessCheck, StepState, Workspace

CORE_SECTORS = ("EMP", "HEA", "EDU", "DAT", "FIN", "SEC", "FOR", "GOV")
REQUIRED_GROUPS = {
    "academia": ("ACADEMIA_RESEARCH",),
    "local government": ("LOCAL_GOVERNMENT",),
    "private sector": ("PRIVATE_SECTOR_EMPLOYER",),
    "NGOs and civil society": ("NGO_CSO",),
    "diaspora or migrant organisations": ("DIASPORA_ORGANISATION", "MIGRANT_ASSOCIATION"),
}
CORE_COVERAGE_SHARE = 0.8
YEARS_BACK = 3
MAX_PENDING_INPUT_SHARE = 0.1
MIN_MEETINGS = 2
MIN_LESSONS = 3


def _count(session: Session, statement: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(statement.subquery())) or 0)


def _live(model: Any, workspace: Workspace) -> Select[Any]:
    return select(model).where(model.workspace_id == workspace.id, model.deleted_at.is_(None))


def readiness_rule(session: Session, workspace: Workspace) -> list[Check]:
    fields = (
        (workspace.title, T(CONTEXT, "Give the workspace a title.")),
        (workspace.programme_phase, T(CONTEXT, "Choose the programme phase.")),
        (workspace.start_date and workspace.end_date, T(CONTEXT, "Enter the start and end dates.")),
        (workspace.donor, T(CONTEXT, "Name the donor.")),
        (workspace.lead_institution_id, T(CONTEXT, "Name the lead institution.")),
        (workspace.focal_point_id, T(CONTEXT, "Name the national focal point.")),
        (workspace.entry_mode, T(CONTEXT, "Choose the entry mode into planning.")),
        (workspace.default_currency, T(CONTEXT, "Choose the default currency.")),
        (workspace.reference_year, T(CONTEXT, "Enter the reference year of the profile.")),
    )
    checks = [check(bool(value), message) for value, message in fields]
    answers = {c.criterion: c for c in session.scalars(_live(ReadinessCheck, workspace))}
    for criterion, title in CRITERION_TITLES.items():
        answer = answers.get(criterion)
        checks.append(check(answer is not None and answer.status is not None,
                            T(CONTEXT, "Assess the readiness criterion \u201c{criterion}\u201d."),
                            criterion=title))
    for criterion in REQUIRED_MET:
        answer = answers.get(criterion)
        checks.append(check(answer is not None and answer.status is ReadinessStatus.MET,
                            T(CONTEXT, "\u201c{criterion}\u201d must be met before the process starts."),
                            criterion=CRITERION_TITLES[criterion]))
    unsupported = [
        CRITERION_TITLES[a.criterion] for a in answers.values()
        if a.status is ReadinessStatus.MET and not a.evidence_document_id
        and len(a.comment.strip()) < MIN_COMMENT_FOR_MET
    ]
    checks.append(check(not unsupported, T(CONTEXT, "Attach evidence for the criteria marked met: {criteria}."),
                        criteria=", ".join(unsupported)))
    checks.append(check(workspace.nfp_confirmed_at is not None,
                        T(CONTEXT, "The national focal point has not confirmed the readiness assessment.")))
    return checks


def profile_rule(session: Session, workspace: Workspace) -> list[Check]:
    last = workspace.reference_year
    checks: list[Check] = []
    core = [code for code in session.scalars(select(Indicator.code).where(Indicator.is_core))]
    if last is None:
        checks.append(check(False, T(CONTEXT, "Enter the reference year of the profile in step 0; "
                                              "core indicators are counted from it.")))
    elif core:
        first = last - YEARS_BACK
        covered = set(session.scalars(
            select(prof.Observation.indicator_code).distinct().where(
                prof.Observation.workspace_id == workspace.id, prof.Observation.deleted_at.is_(None),
                prof.Observation.indicator_code.in_(core), prof.Observation.value.is_not(None),
                prof.Observation.obs_status != ObservationStatus.MISSING,
                func.extract("year", prof.Observation.period_start).between(first, last))))
        missing = sorted(set(core) - covered)
        checks.append(check(len(covered) >= CORE_COVERAGE_SHARE * len(core),
                            T(CONTEXT, "Core indicators with a value for {first}\u2013{last}: {have} of {total} "
                                       "(80% needed). Missing: {codes}."),
                            first=first, last=last, have=len(covered), total=len(core),
                            codes=Separators.of().listed(*map(indicator_label, missing))))  # in the label language
    narratives = {n.part: n for n in session.scalars(_live(prof.ProfileNarrative, workspace))
                  if n.text.strip()}
    for part in ProfilePart:
        checks.append(check(part in narratives,
                            T(CONTEXT, "Write the narrative of profile part {part}."), part=part.value))
    sources = list(session.scalars(_live(prof.DataSource, workspace)))
    checks.append(check(bool(sources), T(CONTEXT, "Inventory the data sources used.")))
    undocumented = sorted({s.source_type for s in sources} - {s.source_type for s in sources if s.gap_notes.strip()})
    checks.append(check(bool(sources) and not undocumented,
                        T(CONTEXT, "Document the data gaps of each source type used{types}."),
                        types=(": " + ", ".join(undocumented)) if undocumented else ""))
    return checks


def government_rule(session: Session, workspace: Workspace) -> list[Check]:
    mechanisms = list(session.scalars(_live(gov.CoordinationMechanism, workspace)))
    active = [m for m in mechanisms if m.status == "ACTIVE"]
    checks = [
        check(bool(active), T(CONTEXT, "Record an active inter-ministerial coordination mechanism.")),
        check(any(m.tor_document_id for m in active), T(CONTEXT, "Attach the mechanism's terms of reference.")),
    ]
    members = list(session.scalars(_live(gov.MechanismMember, workspace)))
    member_institutions = {m.institution_id for m in members}
    sectors: set[str] = set()
    for institution in session.scalars(_live(gov.Institution, workspace)):
        if institution.id in member_institutions:
            sectors.update(code for code in institution.sector_codes.split(",") if code)
    sectors.update(session.scalars(
        select(gov.SectorResponsibility.policy_area).where(
            gov.SectorResponsibility.workspace_id == workspace.id,
            gov.SectorResponsibility.deleted_at.is_(None))))
    absent = [code for code in CORE_SECTORS if code not in sectors]
    checks.append(check(not absent, T(CONTEXT, "Core sectors not yet represented on the mechanism: {sectors}."),
                        sectors=", ".join(absent)))
    checks.append(check(workspace.lead_institution_id in member_institutions,
                        T(CONTEXT, "The lead institution should sit on the mechanism.")))
    checks.append(check(any(m.is_sector_focal_point for m in members),
                        T(CONTEXT, "Name the sector focal points.")))
    chairs = [m for m in members if m.member_role == "CHAIR" and m.deleted_at is None]
    co_chairs = [m for m in members if m.member_role == "CO_CHAIR" and m.deleted_at is None]
    unchaired = [m.name for m in active
                 if not (sum(1 for c in chairs if c.mechanism_id == m.id) == 1
                         or 1 <= sum(1 for c in co_chairs if c.mechanism_id == m.id) <= 2)]
    checks.append(check(bool(active) and not unchaired,
                        T(CONTEXT, "Each active mechanism needs exactly one chair (or one or two co-chairs){names}."),
                        names=(": " + ", ".join(unchaired)) if unchaired else ""))
    leads = set(session.scalars(select(gov.SectorResponsibility.policy_area).where(
        gov.SectorResponsibility.workspace_id == workspace.id, gov.SectorResponsibility.deleted_at.is_(None),
        gov.SectorResponsibility.role == "LEAD")))
    priority_areas = set(session.scalars(select(plan.PolicyPriority.policy_area).where(
        plan.PolicyPriority.workspace_id == workspace.id, plan.PolicyPriority.deleted_at.is_(None),
        plan.PolicyPriority.status.in_(("ENDORSED", "IN_PLAN")))))
    leaderless = sorted(area for area in priority_areas if area and area not in leads)
    if leaderless:  # only once step 4 has priorities
        checks.append(check(False, T(CONTEXT, "Name a lead institution for the policy areas of the priorities: "
                                              "{areas}."), areas=", ".join(leaderless)))
    established = {m.id: m.established_date for m in mechanisms}
    meetings = list(session.scalars(_live(gov.Meeting, workspace)))
    early = [meeting.meeting_date.isoformat() for meeting in meetings
             if established.get(meeting.mechanism_id) and meeting.meeting_date < established[meeting.mechanism_id]]
    if early:  # only a problem when it happens
        checks.append(check(False, T(CONTEXT, "Meetings dated before their mechanism was established: {dates}."),
                            dates=", ".join(early)))
    meetings_with_minutes = sum(1 for meeting in meetings if meeting.minutes_document_id)
    checks.append(check(meetings_with_minutes >= MIN_MEETINGS,
                        T(CONTEXT, "Hold at least {minimum} meetings with minutes ({count} so far)."),
                        minimum=MIN_MEETINGS, count=meetings_with_minutes))
    return checks


def society_rule(session: Session, workspace: Workspace) -> list[Check]:
    reached = set(session.scalars(
        select(soc.Stakeholder.stakeholder_group)
        .join(soc.EventStakeholder, soc.EventStakeholder.stakeholder_id == soc.Stakeholder.id)
        .where(soc.Stakeholder.workspace_id == workspace.id, soc.EventStakeholder.deleted_at.is_(None))))
    checks = [
        check(any(code in reached for code in codes),
              T(CONTEXT, "No consultation has reached {group} yet."), group=group)
        for group, codes in REQUIRED_GROUPS.items()
    ]
    events = list(session.scalars(_live(soc.ConsultationEvent, workspace)))
    attended = set(session.scalars(select(soc.EventStakeholder.event_id).where(
        soc.EventStakeholder.workspace_id == workspace.id, soc.EventStakeholder.deleted_at.is_(None))))
    thin = [e.title for e in events if not e.topics.strip() or e.id not in attended]
    checks.append(check(bool(events) and not thin,
                        T(CONTEXT, "Give every consultation at least one topic and one stakeholder present{titles}."),
                        titles=(": " + "; ".join(thin)) if thin else ""))
    checks.append(check(any(e.event_type == "VALIDATION_MEETING" for e in events),
                        T(CONTEXT, "Hold a validation workshop on the profile and the priorities.")))
    checks.append(check(any(e.participants_female + e.participants_male > 0 for e in events),
                        T(CONTEXT, "Report the participants of consultations by sex.")))
    inputs = list(session.scalars(_live(soc.StakeholderInput, workspace)))
    pending = sum(1 for i in inputs if i.disposition is InputDisposition.PENDING)
    checks.append(check(bool(inputs) and pending <= MAX_PENDING_INPUT_SHARE * len(inputs),
                        T(CONTEXT, "Decide what happens to the inputs received ({pending} of {total} pending; "
                                   "at most 10% may be)."), pending=pending, total=len(inputs)))
    return checks


def planning_rule(session: Session, workspace: Workspace) -> list[Check]:
    instruments = list(session.scalars(_live(plan.PlanningInstrument, workspace)))
    checks = [check(any(i.status == "ADOPTED" and ((i.mainstreaming_level or 0) >= 2 or i.instrument_type == "MD_POLICY")
                        for i in instruments),
                    T(CONTEXT, "Adopt a planning instrument that mainstreams migration (level 2 or more) "
                               "or a stand-alone migration and development policy."))]
    priorities = list(session.scalars(_live(plan.PolicyPriority, workspace)))
    checks.append(check(bool(priorities), T(CONTEXT, "Set the migration and development priorities.")))
    evidenced = set(session.scalars(select(plan.PriorityEvidence.priority_id).where(
        plan.PriorityEvidence.workspace_id == workspace.id, plan.PriorityEvidence.deleted_at.is_(None))))
    unevidenced = [p.title for p in priorities if p.id not in evidenced]
    checks.append(check(bool(priorities) and not unevidenced,
                        T(CONTEXT, "Link every priority to its evidence{titles}."),
                        titles=(": " + "; ".join(unevidenced)) if unevidenced else ""))
    endorsed = [p for p in priorities if p.status in ("ENDORSED", "IN_PLAN")]
    waiting = [p.title for p in priorities if p.status == "PROPOSED"]
    checks.append(check(bool(endorsed) and not waiting,
                        T(CONTEXT, "Have the mechanism endorse the priority list{titles}."),
                        titles=(": " + "; ".join(waiting) + " still proposed") if waiting and endorsed else ""))
    weights = workspace_weights(session, workspace.id)
    if not weights_add_up(weights):
        checks.append(check(False, T(CONTEXT, "Make the scoring weights add up to 1 (they add up to {total:.2f})."),
                            total=sum(weights.values())))
    actions = list(session.scalars(_live(plan.Action, workspace)))
    costed = {a.priority_id for a in actions if a.cost_estimate is not None and a.lead_institution_id}
    uncosted = [p.title for p in endorsed if p.id not in costed]
    checks.append(check(bool(endorsed) and not uncosted,
                        T(CONTEXT, "Cost the actions of every endorsed priority, each with a lead{titles}."),
                        titles=(": " + "; ".join(uncosted)) if uncosted else ""))
    return checks


def monitoring_rule(session: Session, workspace: Workspace) -> list[Check]:
    outcomes = list(session.scalars(_live(me.Result, workspace).where(me.Result.level == ResultLevel.OUTCOME)))
    indicators = list(session.scalars(_live(me.ResultIndicator, workspace)))
    targeted = set(session.scalars(select(me.Target.result_indicator_id).where(
        me.Target.workspace_id == workspace.id, me.Target.deleted_at.is_(None))))
    ready = {i.result_id for i in indicators if i.baseline_value is not None and i.id in targeted}
    bare = [o.code for o in outcomes if o.id not in ready]
    reported = set(session.scalars(select(me.Actual.result_indicator_id).where(
        me.Actual.workspace_id == workspace.id, me.Actual.deleted_at.is_(None), me.Actual.value.is_not(None))))
    evaluation_rows = list(session.scalars(_live(me.Evaluation, workspace)))
    evaluations = {e.evaluation_type for e in evaluation_rows}
    indicated = {i.result_id for i in indicators}
    impacts = [r.code for r in session.scalars(_live(me.Result, workspace).where(me.Result.level == ResultLevel.IMPACT))
               if r.id not in indicated]
    closing = [e for e in evaluation_rows if e.evaluation_type == "FINAL" and e.completed_date is not None]
    responded = set(session.scalars(select(me.ManagementResponse.evaluation_id).where(
        me.ManagementResponse.workspace_id == workspace.id, me.ManagementResponse.deleted_at.is_(None))))
    extra = []
    if impacts:
        extra.append(check(False, T(CONTEXT, "Give every impact an indicator (ideally an SDG or national plan one): "
                                             "{codes}."), codes=", ".join(impacts)))
    if closing and not all(e.report_document_id and e.id in responded for e in closing):
        extra.append(check(False, T(CONTEXT, "Attach the final evaluation's report and record the management "
                                             "response.")))
    return extra + [
        check(bool(outcomes), T(CONTEXT, "Set up the results framework with its outcomes.")),
        check(bool(outcomes) and not bare,
              T(CONTEXT, "Give every outcome an indicator with a baseline and a target{codes}."),
              codes=(": " + ", ".join(bare)) if bare else ""),
        check(bool(indicators) and len(reported & {i.id for i in indicators}) >= 0.8 * len(indicators),
              T(CONTEXT, "Report actuals for at least 80% of the indicators ({have} of {total}).")
              , have=len(reported & {i.id for i in indicators}), total=len(indicators)),
        check({"MID_TERM", "FINAL"} <= evaluations,
              T(CONTEXT, "Plan the mid-term and final evaluations.")),
    ]


def support_rule(session: Session, workspace: Workspace) -> list[Check]:
    partners = list(session.scalars(_live(sup.DevelopmentPartner, workspace)))
    projects = list(session.scalars(_live(sup.PartnerProject, workspace)))
    aligned = set(session.scalars(select(sup.ProjectPriority.project_id).where(
        sup.ProjectPriority.workspace_id == workspace.id, sup.ProjectPriority.deleted_at.is_(None))))
    unexplained = [p.title for p in projects if p.id not in aligned and not p.unaligned_reason.strip()]
    with_projects = {p.partner_id for p in projects}
    silent = [p.name for p in partners if p.id not in with_projects and not p.confirmed_no_projects]
    events = _count(session, _live(sup.PartnerCoordinationEvent, workspace))
    return [
        check(bool(partners), T(CONTEXT, "List the development partners present in the country.")),
        check(bool(partners) and not silent,
              T(CONTEXT, "Each partner lists its projects or confirms it has none{names}."),
              names=(": " + ", ".join(silent)) if silent else ""),
        check(bool(projects) and not unexplained,
              T(CONTEXT, "Align each project to a national priority or say why not{titles}."),
              titles=(": " + "; ".join(unexplained)) if unexplained else ""),
        check(events > 0, T(CONTEXT, "Record at least one partner coordination event.")),
    ]


def lessons_rule(session: Session, workspace: Workspace) -> list[Check]:
    approved = set(session.scalars(select(StepState.step_number).where(
        StepState.workspace_id == workspace.id, StepState.status == StepStatus.APPROVED)))
    waiting = [str(n) for n in range(1, 7) if n not in approved]
    lessons = _count(session, select(rev.LessonLearned).where(
        rev.LessonLearned.workspace_id == workspace.id, rev.LessonLearned.deleted_at.is_(None),
        rev.LessonLearned.validated_by != ""))
    open_serious = _count(session, _live(rev.ReviewComment, workspace).where(
        rev.ReviewComment.status.in_([CommentStatus.OPEN, CommentStatus.ANSWERED]),
        or_(rev.ReviewComment.severity == CommentSeverity.BLOCKER,
            rev.ReviewComment.severity == CommentSeverity.MAJOR)))
    checks = [
        check(not waiting, T(CONTEXT, "Steps not yet approved: {steps}."), steps=", ".join(waiting)),
        check(lessons >= MIN_LESSONS, T(CONTEXT, "Record at least {minimum} validated lessons ({count} so far)."),
              minimum=MIN_LESSONS, count=lessons),
    ]
    if open_serious:  # only a step with review comments has comments to resolve
        checks.append(check(False, T(CONTEXT, "Resolve the open blocker and major review comments ({count})."),
                            count=open_serious))
    return checks


STEP_RULES: dict[int, StepRule] = {
    0: readiness_rule,
    1: profile_rule,
    2: government_rule,
    3: society_rule,
    4: planning_rule,
    5: monitoring_rule,
    6: support_rule,
    7: lessons_rule,
}
