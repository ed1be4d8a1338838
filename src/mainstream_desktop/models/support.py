"""Step 6, coherent international support: development partners, the migration-and-development
project inventory with its alignment to national priorities, coordination events, FX rates.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.models.base import Base, WorkspaceScoped, optional_fk, required_fk


class DevelopmentPartner(WorkspaceScoped, Base):
    __tablename__ = "development_partner"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    partner_type: Mapped[str] = mapped_column(String(20), nullable=False)
    gmg_member: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    gmg_agency_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    confirmed_no_projects: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class PartnerProject(WorkspaceScoped, Base):
    __tablename__ = "partner_project"

    title: Mapped[str] = mapped_column(String(400), nullable=False)
    partner_id: Mapped[uuid.UUID] = required_fk("development_partner.id")
    implementing_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    budget_total: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    budget_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disbursed_to_date: Mapped[float | None] = mapped_column(Float, nullable=True)
    policy_areas: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    geographic_scope: Mapped[str] = mapped_column(String(200), nullable=False, default="NATIONAL")
    undaf_outcome_code: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    unaligned_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="PIPELINE")
    iati_identifier: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class ProjectPriority(WorkspaceScoped, Base):
    __tablename__ = "project_priority"
    __table_args__ = (UniqueConstraint("project_id", "priority_id"),)

    project_id: Mapped[uuid.UUID] = required_fk("partner_project.id")
    priority_id: Mapped[uuid.UUID] = required_fk("policy_priority.id")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)


class PartnerCoordinationEvent(WorkspaceScoped, Base):
    __tablename__ = "partner_coordination_event"

    event_type: Mapped[str] = mapped_column(String(30), nullable=False)
    event_date: Mapped[date] = mapped_column(Date, nullable=False)
    decisions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class FxRate(WorkspaceScoped, Base):
    __tablename__ = "fx_rate"
    __table_args__ = (UniqueConstraint("workspace_id", "currency", "year"),)

    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    rate_to_usd: Mapped[float] = mapped_column(Float, nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
