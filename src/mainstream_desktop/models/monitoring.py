"""Step 5, monitoring and evaluation: the results chain, its indicators with baselines, targets
and actuals, evaluations with management responses, and per-workspace RAG thresholds.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import IndicatorDirection, ResultLevel
from mainstream_desktop.models.base import Base, WorkspaceScoped, enum_column, optional_fk, required_fk


class Result(WorkspaceScoped, Base):
    __tablename__ = "result"

    parent_result_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("result.id"), nullable=True
    )
    level: Mapped[ResultLevel] = enum_column(ResultLevel)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    statement: Mapped[str] = mapped_column(Text, nullable=False)
    linked_priority_id: Mapped[uuid.UUID | None] = optional_fk("policy_priority.id")
    linked_plan_element_id: Mapped[uuid.UUID | None] = optional_fk("plan_element.id")
    intervention_tag: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    assumptions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    risks: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ResultIndicator(WorkspaceScoped, Base):
    __tablename__ = "result_indicator"

    result_id: Mapped[uuid.UUID] = required_fk("result.id")
    indicator_code: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    indicator_kind: Mapped[str] = mapped_column(String(20), nullable=False, default="QUANTITATIVE")
    definition: Mapped[str] = mapped_column(Text, nullable=False, default="")
    unit_code: Mapped[str] = mapped_column(String(40), nullable=False)
    direction: Mapped[IndicatorDirection] = enum_column(IndicatorDirection)
    disaggregations: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    frequency: Mapped[str] = mapped_column(String(20), nullable=False, default="ANNUAL")
    means_of_verification: Mapped[str] = mapped_column(Text, nullable=False, default="")
    source_id: Mapped[uuid.UUID | None] = optional_fk("data_source.id")
    responsible_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    baseline_source_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    manual_status: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    manual_status_justification: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Target(WorkspaceScoped, Base):
    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("result_indicator_id", "year"),)

    result_indicator_id: Mapped[uuid.UUID] = required_fk("result_indicator.id")
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    target_value: Mapped[float] = mapped_column(Float, nullable=False)
    target_type: Mapped[str] = mapped_column(String(10), nullable=False, default="MILESTONE")


class Actual(WorkspaceScoped, Base):
    __tablename__ = "actual"

    result_indicator_id: Mapped[uuid.UUID] = required_fk("result_indicator.id")
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    obs_status: Mapped[str] = mapped_column(String(2), nullable=False, default="A")
    evidence_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    reported_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    verified_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class ActualDisaggregation(WorkspaceScoped, Base):
    __tablename__ = "actual_disaggregation"
    __table_args__ = (UniqueConstraint("actual_id", "dimension", "code"),)

    actual_id: Mapped[uuid.UUID] = required_fk("actual.id")
    dimension: Mapped[str] = mapped_column(String(30), nullable=False)
    code: Mapped[str] = mapped_column(String(30), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)


class Evaluation(WorkspaceScoped, Base):
    __tablename__ = "evaluation"

    evaluation_type: Mapped[str] = mapped_column(String(20), nullable=False)
    evaluator: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    planned_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    questions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    report_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class ManagementResponse(WorkspaceScoped, Base):
    __tablename__ = "management_response"

    evaluation_id: Mapped[uuid.UUID] = required_fk("evaluation.id")
    recommendation: Mapped[str] = mapped_column(Text, nullable=False)
    response: Mapped[str] = mapped_column(Text, nullable=False, default="")
    planned_action: Mapped[str] = mapped_column(Text, nullable=False, default="")
    owner_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="OPEN")


class RagThreshold(WorkspaceScoped, Base):
    __tablename__ = "rag_threshold"
    __table_args__ = (UniqueConstraint("workspace_id"),)

    green_from: Mapped[float] = mapped_column(Float, nullable=False, default=0.9)
    amber_from: Mapped[float] = mapped_column(Float, nullable=False, default=0.6)
    maintain_tolerance: Mapped[float] = mapped_column(Float, nullable=False, default=0.05)
