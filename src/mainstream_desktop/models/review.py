"""Step 7 and the hub's review layer: expert missions, peer exchanges, review comments on any
record (threaded), lessons learned, and handbook change proposals traced to their lessons.

Review comments, lessons and proposals are the records a hub may write into a country's
workspace; lessons and proposals may also be cross-country (no workspace).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import CommentSeverity, CommentStatus
from mainstream_desktop.models.base import (
    Base,
    SyncedRecord,
    WorkspaceScoped,
    enum_column,
    optional_fk,
    required_fk,
)


class ExpertMission(WorkspaceScoped, Base):
    __tablename__ = "expert_mission"

    agency_code: Mapped[str] = mapped_column(String(20), nullable=False)
    expert_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    mode: Mapped[str] = mapped_column(String(20), nullable=False, default="IN_COUNTRY")
    steps_supported: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    tor_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    report_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class PeerExchange(SyncedRecord, Base):
    """A learning mission between countries (cross-workspace)."""

    __tablename__ = "peer_exchange"

    host_country: Mapped[str] = mapped_column(String(3), nullable=False)
    visiting_countries: Mapped[str] = mapped_column(String(100), nullable=False)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    topic: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReviewComment(WorkspaceScoped, Base):
    __tablename__ = "review_comment"

    target_type: Mapped[str] = mapped_column(String(60), nullable=False)
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    target_field: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    step_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    snapshot_id: Mapped[uuid.UUID | None] = optional_fk("snapshot.id")
    parent_comment_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("review_comment.id"), nullable=True
    )
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    agency_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    severity: Mapped[CommentSeverity] = enum_column(CommentSeverity, default=CommentSeverity.MINOR)
    status: Mapped[CommentStatus] = enum_column(CommentStatus, default=CommentStatus.OPEN)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class LessonLearned(SyncedRecord, Base):
    __tablename__ = "lesson_learned"

    workspace_id: Mapped[uuid.UUID | None] = optional_fk("workspace.id")
    step_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    theme: Mapped[str] = mapped_column(String(30), nullable=False)
    what_happened: Mapped[str] = mapped_column(Text, nullable=False)
    why: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recommendation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    applicability: Mapped[str] = mapped_column(String(20), nullable=False, default="COUNTRY_SPECIFIC")
    evidence_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    validated_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class HandbookChangeProposal(SyncedRecord, Base):
    __tablename__ = "handbook_change_proposal"

    handbook_section: Mapped[str] = mapped_column(String(200), nullable=False)
    proposed_change: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="PROPOSED")


class ProposalLesson(SyncedRecord, Base):
    __tablename__ = "proposal_lesson"
    __table_args__ = (UniqueConstraint("proposal_id", "lesson_id"),)

    proposal_id: Mapped[uuid.UUID] = required_fk("handbook_change_proposal.id")
    lesson_id: Mapped[uuid.UUID] = required_fk("lesson_learned.id")
