"""Step 3, whole-of-society: stakeholders on the interest/influence map, consultation events
with participants by sex, and every input received with its disposition and where it landed.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import InputDisposition
from mainstream_desktop.models.base import Base, WorkspaceScoped, enum_column, optional_fk, required_fk


class Stakeholder(WorkspaceScoped, Base):
    __tablename__ = "stakeholder"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    stakeholder_group: Mapped[str] = mapped_column(String(30), nullable=False)
    institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    contact_person_id: Mapped[uuid.UUID | None] = optional_fk("person.id")
    geography: Mapped[str] = mapped_column(String(10), nullable=False, default="NATIONAL")
    diaspora_location_country: Mapped[str] = mapped_column(String(3), nullable=False, default="")
    interest: Mapped[int | None] = mapped_column(Integer, nullable=True)
    influence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    engagement_level: Mapped[str] = mapped_column(String(20), nullable=False, default="INFORM")
    consent_to_store_contact: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ConsultationEvent(WorkspaceScoped, Base):
    __tablename__ = "consultation_event"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    event_type: Mapped[str] = mapped_column(String(30), nullable=False)
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    location: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    topics: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    participants_female: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    participants_male: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    participants_other: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    report_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class EventStakeholder(WorkspaceScoped, Base):
    __tablename__ = "event_stakeholder"
    __table_args__ = (UniqueConstraint("event_id", "stakeholder_id"),)

    event_id: Mapped[uuid.UUID] = required_fk("consultation_event.id")
    stakeholder_id: Mapped[uuid.UUID] = required_fk("stakeholder.id")


class StakeholderInput(WorkspaceScoped, Base):
    __tablename__ = "stakeholder_input"

    event_id: Mapped[uuid.UUID | None] = optional_fk("consultation_event.id")
    stakeholder_id: Mapped[uuid.UUID | None] = optional_fk("stakeholder.id")
    policy_area: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    disposition: Mapped[InputDisposition] = enum_column(
        InputDisposition, default=InputDisposition.PENDING
    )
    rationale: Mapped[str] = mapped_column(Text, nullable=False, default="")
    linked_priority_id: Mapped[uuid.UUID | None] = optional_fk("policy_priority.id")
