"""The demo's step 7 and review layer: what the GMG hub and the pilots recorded about the pilot
(domain notes §1 Wizard 7, §4.6-4.7, and the global activities of [S10]).

- for Jamaica and Moldova: GMG expert missions, validated lessons learned, each step's review
  status, and review comments from the hub with the countries' answers (open, answered,
  resolved), dated over the last months so the portfolio shows their age;
- for the other pilots: one or two lessons each, so themes recur across countries as in §5 Q12;
- across countries: the bilateral learning missions (Mexico hosting Ecuador, Jamaica, Morocco and
  Tunisia; Moldova hosting Kyrgyzstan; the Philippines hosting Jamaica), two general lessons,
  and handbook change proposals traced to the lessons behind them.

Wording of lessons and comments is illustrative [ILL], in line with the domain notes. Missions
and workspace lessons go through ``RecordService`` (so they pass the step 7 rules); comments,
step decisions and the hub's cross-country records are written as the hub's bundles would bring
them. Reviewers are named by role and agency, never by a person's name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.errors import NotFound
from mainstream_desktop.core.records import RecordService
from mainstream_desktop.core.review_specs import LESSONS, MISSIONS
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import CommentSeverity as Sev, CommentStatus as St, StepStatus
from mainstream_desktop.models.review import (
    HandbookChangeProposal,
    LessonLearned,
    PeerExchange,
    ProposalLesson,
    ReviewComment,
)
from mainstream_desktop.models.workspace import StepState

TODAY = date(2026, 11, 29)
HUB_REVIEWER = "GMG hub reviewer"


@dataclass(frozen=True)
class DemoComment:
    step: int
    severity: Sev
    status: St
    agency: str
    days_ago: int
    text: str
    answer: str = ""


@dataclass(frozen=True)
class DemoLesson:
    theme: str
    step: int
    what: str
    why: str
    recommendation: str
    applicability: str = "COUNTRY_SPECIFIC"
    validated_by: str = "National focal point and GMG hub"


MISSIONS_BY_COUNTRY: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    # agency, mode, start, end, steps supported
    "JAM": (("IOM", "IN_COUNTRY", "2012-03-05", "2012-03-16", "1,2"),
            ("UNDP", "IN_COUNTRY", "2014-06-09", "2014-06-13", "2,4"),
            ("ILO", "REMOTE", "2015-10-01", "2015-11-30", "4"),
            ("UNDESA", "DESK_REVIEW", "2016-02-01", "2016-02-19", "1,5")),
    "MDA": (("IOM", "IN_COUNTRY", "2012-09-10", "2012-09-21", "1,2"),
            ("UNDP", "IN_COUNTRY", "2015-04-13", "2015-04-17", "3,4"),
            ("UNFPA", "DESK_REVIEW", "2016-09-05", "2016-09-23", "1,5")),
}

LESSONS_BY_COUNTRY: dict[str, tuple[DemoLesson, ...]] = {
    "JAM": (
        DemoLesson("INSTITUTIONAL_SETUP", 2,
                   "The planning agency (PIOJ) as focal point reached every sector ministry.",
                   "As the body that prepares Vision 2030 plans, PIOJ already convened the line ministries.",
                   "Place the focal point in the planning or centre-of-government body, not a line ministry.",
                   "GENERAL"),
        DemoLesson("INSTITUTIONAL_SETUP", 2,
                   "Thematic sub-committees of the NWGIMD kept line ministries engaged between plenaries.",
                   "Each ministry worked on its own area and reported to the plenary.",
                   "Set up sub-groups per thematic area from the start.", "REGIONAL"),
        DemoLesson("DATA", 1,
                   "Data-sharing MOUs between STATIN, PICA and the Bank of Jamaica took longer than the policy.",
                   "Each agency needed legal clearance to share unit records.",
                   "Start data-sharing agreements in step 1, in parallel with the profile.", "GENERAL"),
        DemoLesson("POLITICAL_COMMITMENT", 4,
                   "Cabinet approval of the national policy came six years after the first draft.",
                   "Changes of government reset the approval process twice.",
                   "Seek cross-party endorsement and anchor the policy in the national development plan."),
        DemoLesson("CONSULTATION", 3,
                   "Diaspora consultations held alongside the biennial Diaspora Conference reached far more "
                   "people than separate meetings.",
                   "The diaspora was already gathered and engaged.",
                   "Attach consultations to events the diaspora already attends.", "REGIONAL"),
    ),
    "MDA": (
        DemoLesson("DATA", 1,
                   "Making the Bureau for Migration and Asylum responsible for the Extended Migration Profile "
                   "(GD 634/2012) made the profile a regular product.",
                   "A legal mandate and an approved indicator list gave the profile a budget and an owner.",
                   "Give the profile a legal basis and a named producer.", "GENERAL"),
        DemoLesson("INSTITUTIONAL_SETUP", 2,
                   "The Diaspora Relations Bureau in the State Chancellery coordinated ministries effectively.",
                   "Its place at the centre of government gave it convening power.",
                   "House the secretariat in the centre of government.", "REGIONAL"),
        DemoLesson("INSTITUTIONAL_SETUP", 2,
                   "Turnover of ministry focal persons slowed the mechanism after the 2017 reorganisation.",
                   "Focal persons were named individually and not replaced when they moved.",
                   "Name focal points by position, with a deputy, in the mechanism's decision."),
        DemoLesson("FUNDING", 6,
                   "Mapping partner projects revealed overlaps in return and reintegration support.",
                   "Three partners funded similar services for returnees in the same districts.",
                   "Keep the project inventory current and review it in the coordination mechanism."),
    ),
    "KGZ": (DemoLesson("DATA", 1, "Emigration figures from the State Migration Service and the census disagreed "
                                  "by a factor of two.",
                       "Different definitions of residence abroad.", "Agree on definitions before publishing.",
                       "REGIONAL"),),
    "TUN": (DemoLesson("INSTITUTIONAL_SETUP", 2, "Changes of the focal ministry after 2014 interrupted the work.",
                       "Migration moved between ministries twice.", "Anchor the mechanism by decree."),),
    "ECU": (DemoLesson("INSTITUTIONAL_SETUP", 2, "Regular rotation of staff in the vice-ministry of human "
                                                  "mobility required repeated training.",
                       "Posts were filled by short contracts.", "Train teams rather than individuals."),
            DemoLesson("DATA", 1, "Return migration was invisible in the statistics until the census added a "
                                  "question.", "No administrative register of returnees existed.",
                       "Add migration questions to the next census and surveys.", "GENERAL"),),
    "SRB": (DemoLesson("CAPACITY", 4, "Local self-governments needed help to put migration into local plans.",
                       "Municipal planners had no migration data for their area.",
                       "Publish the profile's figures by municipality."),),
}

# step -> review status for the two worked pilots, consistent with their completeness (a step is
# submitted or approved only when complete; the others stay where their work left them)
STEP_STATUS: dict[str, dict[int, StepStatus]] = {
    "JAM": {0: StepStatus.APPROVED, 2: StepStatus.APPROVED, 3: StepStatus.SUBMITTED,
            4: StepStatus.CHANGES_REQUESTED, 5: StepStatus.SUBMITTED},
    "MDA": {0: StepStatus.APPROVED, 2: StepStatus.SUBMITTED, 3: StepStatus.APPROVED, 4: StepStatus.SUBMITTED,
            5: StepStatus.SUBMITTED, 6: StepStatus.APPROVED},
}

COMMENTS: dict[str, tuple[DemoComment, ...]] = {
    "JAM": (
        DemoComment(1, Sev.MINOR, St.RESOLVED, "IOM", 210, "Cite the UN DESA 2020 revision for the emigrant stock.",
                    "Done: the source now names the 2020 revision."),
        DemoComment(1, Sev.SUGGESTION, St.RESOLVED, "UNDESA", 180,
                    "Show the gap between the UN DESA diaspora estimate and the 2018 profile's figure.",
                    "Added as a finding with both sources."),
        DemoComment(2, Sev.MAJOR, St.RESOLVED, "UNDP", 160, "The mechanism's terms of reference have no legal basis.",
                    "Cabinet decision attached to the working group."),
        DemoComment(3, Sev.MINOR, St.ANSWERED, "IOM", 40,
                    "Give the share of women among the participants of each consultation.",
                    "Participants by sex are now recorded for every event."),
        DemoComment(3, Sev.SUGGESTION, St.OPEN, "UNFPA", 25, "Consider a consultation with returnees' associations."),
        DemoComment(4, Sev.MAJOR, St.OPEN, "UNDP", 60,
                    "The data-sharing protocol priority cites no evidence and has no funding."),
        DemoComment(4, Sev.BLOCKER, St.ANSWERED, "ILO", 55,
                    "Two actions of the protocol priority have no indicator: the plan cannot be monitored.",
                    "Indicators are being drafted with STATIN; see the next submission."),
        DemoComment(4, Sev.MINOR, St.OPEN, "IOM", 12, "State the currency of the remittance-cost action's budget."),
        DemoComment(5, Sev.MAJOR, St.OPEN, "UNDESA", 95, "OC3's second indicator has no target."),
        DemoComment(6, Sev.MINOR, St.OPEN, "ILO", 8, "ILO's projects are not listed yet."),
        DemoComment(6, Sev.SUGGESTION, St.WONT_FIX, "WB", 130,
                    "Add the World Bank's remittance price database as a partner activity.",
                    "It is a data source, not a project; cited in step 1 instead."),
    ),
    "MDA": (
        DemoComment(1, Sev.MINOR, St.RESOLVED, "IOM", 240, "Add the 2010-2015 edition of the Extended Migration "
                                                            "Profile as a document.", "Attached."),
        DemoComment(1, Sev.MAJOR, St.ANSWERED, "UNDESA", 70,
                    "Moldovans abroad: the NBS and MFA figures differ by more than half; explain the gap.",
                    "A finding now explains the definitions behind each figure."),
        DemoComment(2, Sev.MINOR, St.OPEN, "UNDP", 35, "List the sector focal persons by position, not by name."),
        DemoComment(2, Sev.SUGGESTION, St.OPEN, "IOM", 18, "Record the attendance of the 2018 committee meetings."),
        DemoComment(4, Sev.MAJOR, St.OPEN, "ILO", 45,
                    "The return and reintegration priority has no costed action for 2019."),
        DemoComment(4, Sev.MINOR, St.RESOLVED, "UNDP", 150, "Link Diaspora-2025 to the NDS chapter it serves.",
                    "Linked as a plan element."),
        DemoComment(5, Sev.MINOR, St.OPEN, "UNFPA", 6, "Add the sex breakdown of the PARE 1+1 beneficiaries."),
    ),
}

PEER_EXCHANGES = (
    ("MEX", "ECU,JAM,MAR,TUN", "2015-05-18", "2015-05-22",
     "Mexico's institute for Mexicans abroad and its diaspora programmes (learning mission)"),
    ("MDA", "KGZ", "2016-06-06", "2016-06-10",
     "Moldova's coordination mechanism and the Extended Migration Profile (learning mission)"),
    ("PHL", "JAM", "2016-11-14", "2016-11-18",
     "The Philippines' overseas employment and reintegration services (learning mission)"),
)

GENERAL_LESSONS = (
    DemoLesson("UN_COORDINATION", 6, "Joint UN programmes let agencies support one national plan rather than "
                                      "parallel projects.",
               "A single results framework was agreed with the government.",
               "Programme M&D support jointly under the UN cooperation framework.", "GENERAL",
               "GMG working group on mainstreaming"),
    DemoLesson("M_AND_E", 5, "Few pilots had baselines when priorities were set.",
               "Monitoring was planned after the plan was written.",
               "Set baselines and targets while priorities are chosen (steps 4 and 5 together).", "GENERAL",
               "GMG working group on mainstreaming"),
)

PROPOSALS = (
    ("Part 2 \u2013 institutional set-up",
     "Recommend a focal point in the planning or centre-of-government body, with focal points named by position "
     "and a deputy.", "ACCEPTED", (("JAM", 0), ("MDA", 1), ("MDA", 2), ("TUN", 0))),
    ("Part 1 \u2013 evidence base",
     "Add a module on data-sharing agreements between statistical and administrative bodies, started with the "
     "profile.", "PROPOSED", (("JAM", 2), ("MDA", 0), ("KGZ", 0))),
)


def load_review(records: RecordService, uow_factory: UnitOfWorkFactory, code: str) -> int:
    """Missions, lessons, step statuses and review comments of one pilot; returns records made."""
    made = 0
    if records.rows(code, LESSONS):
        return 0
    for agency, mode, start, end, steps in MISSIONS_BY_COUNTRY.get(code, ()):
        records.save(code, MISSIONS, {"agency_code": agency, "mode": mode, "start_date": date.fromisoformat(start),
                                      "end_date": date.fromisoformat(end), "steps_supported": steps,
                                      "expert_name": ""})
        made += 1
    for lesson in LESSONS_BY_COUNTRY.get(code, ()):
        records.save(code, LESSONS, _lesson_values(lesson))
        made += 1
    with uow_factory() as uow:
        workspace = workspace_by_code(uow.session, code)
        states = {s.step_number: s for s in uow.session.scalars(select(StepState).where(
            StepState.workspace_id == workspace.id))}
        for step, status in STEP_STATUS.get(code, {}).items():
            state = states.get(step)
            if state is None:
                state = StepState(workspace_id=workspace.id, step_number=step)
                uow.session.add(state)
            state.status = status
            if status in (StepStatus.SUBMITTED, StepStatus.APPROVED, StepStatus.CHANGES_REQUESTED):
                state.submitted_at, state.submitted_by = _at(120 - 10 * step), "National focal point"
            if status is StepStatus.APPROVED:
                state.approved_at, state.approved_by = _at(100 - 10 * step), HUB_REVIEWER
            if status is StepStatus.CHANGES_REQUESTED:
                state.note = "See the open major comments on this step."
        for comment in COMMENTS.get(code, ()):
            made += _add_comment(uow.session, workspace.id, comment)
    return made


def load_hub_records(uow_factory: UnitOfWorkFactory, lesson_records: RecordService) -> int:
    """Peer exchanges, general lessons and handbook proposals (once, after the pilots)."""
    with uow_factory() as uow:
        if uow.session.scalars(select(PeerExchange.id).limit(1)).first() is not None:
            return 0
        for host, visitors, start, end, topic in PEER_EXCHANGES:
            uow.session.add(PeerExchange(host_country=host, visiting_countries=visitors, topic=topic,
                                         start_date=date.fromisoformat(start), end_date=date.fromisoformat(end)))
        for lesson in GENERAL_LESSONS:
            uow.session.add(LessonLearned(workspace_id=None, step_number=lesson.step, theme=lesson.theme,
                                          what_happened=lesson.what, why=lesson.why,
                                          recommendation=lesson.recommendation, applicability=lesson.applicability,
                                          validated_by=lesson.validated_by))
        made = len(PEER_EXCHANGES) + len(GENERAL_LESSONS)
        for section, change, status, sources in PROPOSALS:
            proposal = HandbookChangeProposal(handbook_section=section, proposed_change=change, status=status)
            uow.session.add(proposal)
            uow.session.flush()
            made += 1
            for code, index in sources:
                lesson_id = _lesson_id(lesson_records, code, index)
                if lesson_id is not None:
                    uow.session.add(ProposalLesson(proposal_id=proposal.id, lesson_id=lesson_id))
                    made += 1
        return made


def _lesson_id(lesson_records: RecordService, code: str, index: int) -> uuid.UUID | None:
    wanted = LESSONS_BY_COUNTRY.get(code, ())
    if index >= len(wanted):
        return None
    try:
        rows = lesson_records.rows(code, LESSONS)
    except NotFound:  # a pilot missing from this data folder: no link
        return None
    match = next((row.id for row in rows if row.values.get("what_happened") == wanted[index].what), None)
    return uuid.UUID(match) if match else None


def _lesson_values(lesson: DemoLesson) -> dict[str, object]:
    return {"theme": lesson.theme, "step_number": lesson.step, "what_happened": lesson.what, "why": lesson.why,
            "recommendation": lesson.recommendation, "applicability": lesson.applicability,
            "validated_by": lesson.validated_by}


def _add_comment(session: Session, workspace_id: uuid.UUID, comment: DemoComment) -> int:
    created = _at(comment.days_ago)
    thread = ReviewComment(workspace_id=workspace_id, target_type="step", step_number=comment.step,
                           author=HUB_REVIEWER, agency_code=comment.agency,
                           severity=comment.severity, status=comment.status, text=comment.text, created_at=created)
    session.add(thread)
    session.flush()
    if not comment.answer:
        return 1
    session.add(ReviewComment(
        workspace_id=workspace_id, target_type="step", step_number=comment.step, parent_comment_id=thread.id,
        author="National focal point", severity=comment.severity, status=St.ANSWERED, text=comment.answer,
        created_at=created + timedelta(days=min(7, comment.days_ago // 2 or 1))))
    return 2


def _at(days_ago: int) -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, 10, 0, tzinfo=UTC) - timedelta(days=days_ago)
