"""The review desk (DOMAIN.md step 7): review comments on a step or a record, threaded replies,
and the review decisions that move a step's status.

Who may do what follows the site's kind:

- a **hub** (GMG experts) comments on any step or record of a country's workspace, sets a
  comment resolved or "won't fix", reopens it, and decides on a submitted step: request changes,
  or approve. Approval is refused while a blocker or major comment on that step is open;
- a **country** site submits a step for review, and answers the comments that reach it (a reply,
  which marks the comment answered). It cannot resolve comments nor approve its own steps.

Comments and step states are review-layer records: they travel in bundles both ways, the hub's
to the country and the country's answers back (``core.ownership.HUB_WRITABLE_TABLES``).

On a hub's shared PostgreSQL several experts write at once: every write here is one unit of work,
run again whole if another expert's commit made it stale (``retry_on_conflict``), and a step
decision takes the writer lock before it reads what it decides on (an approval never misses a
blocker comment committed meanwhile; two experts never both create a step's state).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.problems import error
from mainstream_desktop.core.steps import STEPS
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory, retry_on_conflict
from mainstream_desktop.enums import CommentSeverity, CommentStatus, SiteKind, StepStatus
from mainstream_desktop.models.review import ReviewComment
from mainstream_desktop.models.workspace import StepState, Workspace

CONTEXT = "review"
BLOCKING = (CommentSeverity.BLOCKER, CommentSeverity.MAJOR)
STILL_OPEN = (CommentStatus.OPEN, CommentStatus.ANSWERED)
SUBMITTABLE = (StepStatus.IN_PROGRESS, StepStatus.CHANGES_REQUESTED, StepStatus.NOT_STARTED)


@dataclass(frozen=True)
class CommentForm:
    step_number: int | None
    text: str
    severity: CommentSeverity = CommentSeverity.MINOR
    target_type: str = "step"  # "step", or a table name (e.g. "policy_priority")
    target_id: str = ""
    target_field: str = ""
    agency_code: str = ""


@dataclass(frozen=True)
class CommentView:
    id: str
    workspace: str
    step_number: int | None
    target_type: str
    target_id: str
    target_field: str
    parent_id: str
    author: str
    agency: str
    severity: CommentSeverity
    status: CommentStatus
    text: str
    created_at: datetime
    replies: tuple[CommentView, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.status in STILL_OPEN

    def age_days(self, now: datetime) -> int:
        return max(0, (now - self.created_at).days)


@dataclass(frozen=True)
class StepReview:
    step_number: int
    status: StepStatus
    submitted_at: datetime | None
    submitted_by: str
    approved_at: datetime | None
    approved_by: str
    note: str
    open_comments: int
    open_blocking: int


class ReviewService:
    def __init__(self, uow_factory: UnitOfWorkFactory, site_kind: Callable[[], SiteKind | None]) -> None:
        self._uow = uow_factory
        self._site_kind = site_kind

    # -- reading --------------------------------------------------------------------------------
    def comments(self, workspace_code: str, *, step: int | None = None, include_closed: bool = True,
                 target_id: str = "") -> list[CommentView]:
        """Threads (top-level comments with their replies), newest first."""
        with self._uow() as uow:
            uow.discard_on_exit()
            workspace = workspace_by_code(uow.session, workspace_code)
            code = workspace.code
            rows = list(uow.session.scalars(select(ReviewComment).where(
                ReviewComment.workspace_id == workspace.id, ReviewComment.deleted_at.is_(None)).order_by(
                ReviewComment.created_at, ReviewComment.id)))
            uow.session.expunge_all()
        replies: dict[uuid.UUID, list[ReviewComment]] = {}
        for row in rows:
            if row.parent_comment_id is not None:
                replies.setdefault(row.parent_comment_id, []).append(row)
        threads = [_view(code, row, replies) for row in rows if row.parent_comment_id is None]
        threads = [t for t in threads if (step is None or t.step_number == step)
                   and (include_closed or t.is_open) and (not target_id or t.target_id == target_id)]
        return sorted(threads, key=lambda t: t.created_at, reverse=True)

    def step_reviews(self, workspace_code: str) -> list[StepReview]:
        threads = self.comments(workspace_code, include_closed=False)
        with self._uow() as uow:
            uow.discard_on_exit()
            workspace = workspace_by_code(uow.session, workspace_code)
            states = {s.step_number: s for s in uow.session.scalars(select(StepState).where(
                StepState.workspace_id == workspace.id))}
            result = []
            for info in STEPS:
                number = int(info.number)
                state = states.get(number)
                on_step = [t for t in threads if t.step_number == number]
                result.append(StepReview(
                    number, StepStatus(state.status) if state else StepStatus.NOT_STARTED,
                    _aware(state.submitted_at) if state else None, state.submitted_by if state else "",
                    _aware(state.approved_at) if state else None, state.approved_by if state else "",
                    state.note if state else "", len(on_step), sum(t.severity in BLOCKING for t in on_step)))
        return result

    # -- commenting -----------------------------------------------------------------------------
    @retry_on_conflict
    def add_comment(self, workspace_code: str, form: CommentForm) -> str:
        self._require_hub(QT_TRANSLATE_NOOP(CONTEXT, "Only the GMG hub writes review comments; a country answers them."))
        text = form.text.strip()
        if not text:
            raise InvalidInput([error("text", "required", QT_TRANSLATE_NOOP(CONTEXT, "Write the comment first."))])
        if form.step_number is not None and form.step_number not in {int(s.number) for s in STEPS}:
            raise InvalidInput([error("step_number", "unknown_step", QT_TRANSLATE_NOOP(CONTEXT, "There is no such step."))])
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            comment = ReviewComment(
                workspace_id=workspace.id, target_type=form.target_type or "step",
                target_id=uuid.UUID(form.target_id) if form.target_id else None, target_field=form.target_field,
                step_number=form.step_number, author=self._uow.actor, agency_code=form.agency_code,
                severity=form.severity, status=CommentStatus.OPEN, text=text)
            uow.session.add(comment)
            uow.session.flush()
            return str(comment.id)

    @retry_on_conflict
    def reply(self, comment_id: str, text: str) -> str:
        """A reply in the comment's thread; a country's reply marks the comment answered."""
        text = text.strip()
        if not text:
            raise InvalidInput([error("text", "required", QT_TRANSLATE_NOOP(CONTEXT, "Write the answer first."))])
        with self._uow() as uow:
            parent = self._comment(uow.session, comment_id)
            if parent.parent_comment_id is not None:  # answers go to the thread's first comment
                parent = self._comment(uow.session, str(parent.parent_comment_id))
            if parent.status not in STILL_OPEN:
                raise InvalidInput([error("status", "closed", QT_TRANSLATE_NOOP(
                    CONTEXT, "This comment is closed; the hub can reopen it."))])
            answer = ReviewComment(
                workspace_id=parent.workspace_id, target_type=parent.target_type, target_id=parent.target_id,
                target_field=parent.target_field, step_number=parent.step_number, parent_comment_id=parent.id,
                author=self._uow.actor, agency_code="", severity=parent.severity, status=CommentStatus.ANSWERED, text=text)
            uow.session.add(answer)
            if self._site_kind() is not SiteKind.HUB:
                parent.status = CommentStatus.ANSWERED
            uow.session.flush()
            return str(answer.id)

    @retry_on_conflict
    def set_status(self, comment_id: str, status: CommentStatus) -> None:
        """The hub closes (resolved, won't fix) or reopens a comment; a country marks it answered."""
        with self._uow() as uow:
            comment = self._comment(uow.session, comment_id)
            if self._site_kind() is not SiteKind.HUB and status is not CommentStatus.ANSWERED:
                raise InvalidInput([error("status", "hub_only", QT_TRANSLATE_NOOP(
                    CONTEXT, "Only the GMG hub closes or reopens a review comment."))])
            comment.status = status

    # -- step decisions -------------------------------------------------------------------------
    @retry_on_conflict
    def submit_step(self, workspace_code: str, step_number: int, note: str = "") -> None:
        """The country hands a step to the hub for review."""
        if self._site_kind() is SiteKind.HUB:
            raise InvalidInput([error("step", "country_only", QT_TRANSLATE_NOOP(
                CONTEXT, "A step is submitted for review by its country."))])
        with self._uow() as uow:
            uow.lock_for_writing()
            state = self._state(uow.session, workspace_code, step_number)
            if StepStatus(state.status) not in SUBMITTABLE:
                raise InvalidInput([error("step", "not_submittable", QT_TRANSLATE_NOOP(
                    CONTEXT, "This step is already submitted or approved."))])
            state.status = StepStatus.SUBMITTED
            state.submitted_at = datetime.now(UTC)
            state.submitted_by = self._uow.actor
            state.note = note.strip()

    @retry_on_conflict
    def request_changes(self, workspace_code: str, step_number: int, note: str) -> None:
        self._require_hub(QT_TRANSLATE_NOOP(CONTEXT, "Only the GMG hub decides on a step's review."))
        if not note.strip():
            raise InvalidInput([error("note", "required", QT_TRANSLATE_NOOP(
                CONTEXT, "Say what must change before the step can be approved."))])
        with self._uow() as uow:
            uow.lock_for_writing()
            state = self._state(uow.session, workspace_code, step_number)
            state.status = StepStatus.CHANGES_REQUESTED
            state.note = note.strip()
            state.approved_at, state.approved_by = None, ""

    @retry_on_conflict
    def approve(self, workspace_code: str, step_number: int, note: str = "") -> None:
        self._require_hub(QT_TRANSLATE_NOOP(CONTEXT, "Only the GMG hub decides on a step's review."))
        with self._uow() as uow:
            uow.lock_for_writing()  # the open comments read below are the ones the approval stands on
            blocking = _open_blocking(uow.session, workspace_code, step_number)
            if blocking:
                raise InvalidInput([error("step", "blocking_comments", QT_TRANSLATE_NOOP(
                    CONTEXT, "{count} blocker or major comment(s) on this step are still open."), count=blocking)])
            state = self._state(uow.session, workspace_code, step_number)
            state.status = StepStatus.APPROVED
            state.approved_at = datetime.now(UTC)
            state.approved_by = self._uow.actor
            state.note = note.strip()

    # -- helpers --------------------------------------------------------------------------------
    def _require_hub(self, message: str) -> None:
        if self._site_kind() is not SiteKind.HUB:
            raise InvalidInput([error("site", "hub_only", message)])

    @staticmethod
    def _comment(session: Session, comment_id: str) -> ReviewComment:
        try:
            key = uuid.UUID(str(comment_id))
        except ValueError as exc:
            raise NotFound(f"{comment_id!r} is not a comment id") from exc
        comment = session.get(ReviewComment, key)
        if comment is None or comment.deleted_at is not None:
            raise NotFound(f"comment {comment_id} does not exist")
        return comment

    @staticmethod
    def _state(session: Session, workspace_code: str, step_number: int) -> StepState:
        workspace: Workspace = workspace_by_code(session, workspace_code)
        state = session.scalars(select(StepState).where(StepState.workspace_id == workspace.id,
                                                        StepState.step_number == step_number)).first()
        if state is None:
            state = StepState(workspace_id=workspace.id, step_number=step_number, status=StepStatus.NOT_STARTED)
            session.add(state)
        return state


def _open_blocking(session: Session, workspace_code: str, step_number: int) -> int:
    """Open blocker and major threads on a step (what ``comments(step=..., include_closed=False)``
    lists with those severities)."""
    workspace = workspace_by_code(session, workspace_code)
    return len(session.scalars(select(ReviewComment.id).where(
        ReviewComment.workspace_id == workspace.id, ReviewComment.deleted_at.is_(None),
        ReviewComment.parent_comment_id.is_(None), ReviewComment.step_number == step_number,
        ReviewComment.status.in_(STILL_OPEN), ReviewComment.severity.in_(BLOCKING))).all())


def _view(code: str, row: ReviewComment, replies: dict[uuid.UUID, list[ReviewComment]]) -> CommentView:
    return CommentView(
        str(row.id), code, row.step_number, row.target_type, str(row.target_id) if row.target_id else "",
        row.target_field, str(row.parent_comment_id) if row.parent_comment_id else "", row.author, row.agency_code,
        CommentSeverity(row.severity), CommentStatus(row.status), row.text,
        _aware(row.created_at) or datetime.now(UTC),
        tuple(_view(code, reply, replies) for reply in replies.get(row.id, [])))


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
