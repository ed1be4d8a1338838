"""Step 4, evidence-based policy making: planning instruments and their elements, the migration
lens applied to plan elements, scored policy priorities with their evidence trail, and the
costed action plan with its funding.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.models.base import Base, WorkspaceScoped, optional_fk, required_fk


class PlanningInstrument(WorkspaceScoped, Base):
    __tablename__ = "planning_instrument"

    title: Mapped[str] = mapped_column(String(400), nullable=False)
    instrument_type: Mapped[str] = mapped_column(String(30), nullable=False)
    sector_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    period_start_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    period_end_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="PLANNED")
    adoption_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    adopting_body: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    legal_reference: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    owner_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    mainstreaming_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class PlanElement(WorkspaceScoped, Base):
    __tablename__ = "plan_element"

    instrument_id: Mapped[uuid.UUID] = required_fk("planning_instrument.id")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("plan_element.id"), nullable=True
    )
    level: Mapped[str] = mapped_column(String(20), nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False)


class MigrationLinkage(WorkspaceScoped, Base):
    """The migration lens applied to one plan element."""

    __tablename__ = "migration_linkage"

    plan_element_id: Mapped[uuid.UUID] = required_fk("plan_element.id")
    policy_area: Mapped[str] = mapped_column(String(10), nullable=False)
    question_code: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    effect_of_migration_on_goal: Mapped[str] = mapped_column(String(10), nullable=False)
    effect_of_goal_on_migration: Mapped[str] = mapped_column(String(10), nullable=False)
    proposed_text_change: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PolicyPriority(WorkspaceScoped, Base):
    __tablename__ = "policy_priority"

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    problem_statement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    objective: Mapped[str] = mapped_column(Text, nullable=False, default="")
    policy_area: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    target_groups: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    policy_category: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    score_impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_feasibility: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_cost: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_urgency: Mapped[int | None] = mapped_column(Integer, nullable=True)
    score_political_support: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gcm_objectives: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sdg_targets: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="PROPOSED")
    endorsement_reference: Mapped[str] = mapped_column(String(300), nullable=False, default="")


class PriorityEvidence(WorkspaceScoped, Base):
    """A priority's link to its evidence: an observation, a sector impact, a document or an
    input from the consultations (``evidence_type`` names the table)."""

    __tablename__ = "priority_evidence"
    __table_args__ = (UniqueConstraint("priority_id", "evidence_type", "evidence_id"),)

    priority_id: Mapped[uuid.UUID] = required_fk("policy_priority.id")
    evidence_type: Mapped[str] = mapped_column(String(40), nullable=False)
    evidence_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ScoringWeight(WorkspaceScoped, Base):
    __tablename__ = "scoring_weight"
    __table_args__ = (UniqueConstraint("workspace_id", "criterion"),)

    criterion: Mapped[str] = mapped_column(String(30), nullable=False)
    weight: Mapped[float] = mapped_column(Float, nullable=False)


class Action(WorkspaceScoped, Base):
    __tablename__ = "action"

    priority_id: Mapped[uuid.UUID] = required_fk("policy_priority.id")
    plan_element_id: Mapped[uuid.UUID | None] = optional_fk("plan_element.id")
    description: Mapped[str] = mapped_column(Text, nullable=False)
    lead_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    cost_estimate: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="")
    capacity_needs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="NOT_STARTED")


class ActionFunding(WorkspaceScoped, Base):
    __tablename__ = "action_funding"

    action_id: Mapped[uuid.UUID] = required_fk("action.id")
    funding_source: Mapped[str] = mapped_column(String(20), nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    partner_id: Mapped[uuid.UUID | None] = optional_fk("development_partner.id")
