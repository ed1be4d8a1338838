"""Step 2, whole-of-government: institutions, the coordination mechanism and its members,
meetings with attendance and action items, and the sector x institution responsibility map.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import ResponsibilityRole
from mainstream_desktop.models.base import Base, WorkspaceScoped, enum_column, optional_fk, required_fk


class Institution(WorkspaceScoped, Base):
    __tablename__ = "institution"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    acronym: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    institution_type: Mapped[str] = mapped_column(String(30), nullable=False, default="MINISTRY")
    government_level: Mapped[str] = mapped_column(String(20), nullable=False, default="NATIONAL")
    sector_codes: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    parent_institution_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("institution.id"), nullable=True
    )


class CoordinationMechanism(WorkspaceScoped, Base):
    __tablename__ = "coordination_mechanism"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    parent_mechanism_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("coordination_mechanism.id"), nullable=True
    )
    legal_basis: Mapped[str] = mapped_column(String(30), nullable=False, default="INFORMAL")
    legal_reference: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    established_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    chair_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    secretariat_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    meeting_frequency: Mapped[str] = mapped_column(String(20), nullable=False, default="ADHOC")
    tor_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="PLANNED")


class MechanismMember(WorkspaceScoped, Base):
    __tablename__ = "mechanism_member"

    mechanism_id: Mapped[uuid.UUID] = required_fk("coordination_mechanism.id")
    institution_id: Mapped[uuid.UUID] = required_fk("institution.id")
    person_id: Mapped[uuid.UUID | None] = optional_fk("person.id")
    member_role: Mapped[str] = mapped_column(String(20), nullable=False, default="MEMBER")
    is_sector_focal_point: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    appointment_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)


class Meeting(WorkspaceScoped, Base):
    __tablename__ = "meeting"

    mechanism_id: Mapped[uuid.UUID] = required_fk("coordination_mechanism.id")
    meeting_date: Mapped[date] = mapped_column(Date, nullable=False)
    meeting_type: Mapped[str] = mapped_column(String(20), nullable=False, default="REGULAR")
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class MeetingAttendance(WorkspaceScoped, Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    meeting_id: Mapped[uuid.UUID] = required_fk("meeting.id")
    person_id: Mapped[uuid.UUID] = required_fk("person.id")
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ActionItem(WorkspaceScoped, Base):
    """A decision or follow-up agreed in a meeting."""

    __tablename__ = "action_item"

    meeting_id: Mapped[uuid.UUID] = required_fk("meeting.id")
    description: Mapped[str] = mapped_column(Text, nullable=False)
    owner_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="OPEN")


class SectorResponsibility(WorkspaceScoped, Base):
    __tablename__ = "sector_responsibility"
    __table_args__ = (UniqueConstraint("workspace_id", "policy_area", "institution_id", "role"),)

    policy_area: Mapped[str] = mapped_column(String(10), nullable=False)
    institution_id: Mapped[uuid.UUID] = required_fk("institution.id")
    role: Mapped[ResponsibilityRole] = enum_column(ResponsibilityRole)
