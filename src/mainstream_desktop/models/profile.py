"""Step 1, the migration profile: the observation fact table and the records around it
(data-source inventory, sector impacts, governance items, MGI self-assessment, findings,
narratives for parts A-D, and acknowledged validation warnings).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import Direction, ObservationStatus, PeriodType, ProfilePart
from mainstream_desktop.models.base import (
    Base,
    WorkspaceScoped,
    enum_column,
    optional_fk,
    required_fk,
)

TOTAL = "_T"


class DataSource(WorkspaceScoped, Base):
    __tablename__ = "data_source"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    global_source_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    producer_institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    source_type: Mapped[str] = mapped_column(String(30), nullable=False, default="OTHER")
    periodicity: Mapped[str] = mapped_column(String(20), nullable=False, default="ADHOC")
    last_reference_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    coverage_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    has_country_of_birth: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_citizenship: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_previous_residence: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_sex_age: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_reason_for_migration: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    access: Mapped[str] = mapped_column(String(20), nullable=False, default="PUBLIC")
    url_or_reference: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    quality_rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gap_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Observation(WorkspaceScoped, Base):
    """One number of the profile, with its source and every dimension (``_T`` = all)."""

    __tablename__ = "observation"
    __table_args__ = (
        UniqueConstraint(
            "workspace_id", "indicator_code", "period_start", "period_end", "sex", "age_group",
            "partner_country", "direction", "migration_type", "voluntariness", "duration_class",
            "skill_level", "occupation_isco", "education_isced", "sector_isic", "source_id",
            name="uq_observation_natural_key",
        ),
        # The table's default order, and its sort by value: the lazy table pages through these.
        Index("ix_observation_table_order", "workspace_id", "indicator_code", "period_start", "id"),
        Index("ix_observation_table_value", "workspace_id", "value"),
        Index("ix_observation_partner", "workspace_id", "partner_country"),
    )

    indicator_code: Mapped[str] = mapped_column(String(60), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    period_type: Mapped[PeriodType] = enum_column(PeriodType, default=PeriodType.YEAR)
    sex: Mapped[str] = mapped_column(String(2), nullable=False, default="T")
    age_group: Mapped[str] = mapped_column(String(12), nullable=False, default="TOTAL")
    partner_country: Mapped[str] = mapped_column(String(6), nullable=False, default=TOTAL)
    direction: Mapped[Direction] = enum_column(Direction, default=Direction.NOT_APPLICABLE)
    migration_type: Mapped[str] = mapped_column(String(30), nullable=False, default=TOTAL)
    voluntariness: Mapped[str] = mapped_column(String(12), nullable=False, default=TOTAL)
    duration_class: Mapped[str] = mapped_column(String(24), nullable=False, default=TOTAL)
    skill_level: Mapped[str] = mapped_column(String(8), nullable=False, default=TOTAL)
    occupation_isco: Mapped[str] = mapped_column(String(4), nullable=False, default=TOTAL)
    education_isced: Mapped[str] = mapped_column(String(10), nullable=False, default=TOTAL)
    sector_isic: Mapped[str] = mapped_column(String(4), nullable=False, default=TOTAL)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit_code: Mapped[str] = mapped_column(String(40), nullable=False)
    obs_status: Mapped[ObservationStatus] = enum_column(
        ObservationStatus, default=ObservationStatus.NORMAL
    )
    data_type_flag: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    source_id: Mapped[uuid.UUID] = required_fk("data_source.id")
    source_table_ref: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    is_preferred: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SectorImpact(WorkspaceScoped, Base):
    """Part B matrix: one policy area x impact channel, with effect and evidence strength."""

    __tablename__ = "sector_impact"

    policy_area: Mapped[str] = mapped_column(String(10), nullable=False)
    channel: Mapped[str] = mapped_column(String(30), nullable=False)
    effect: Mapped[str] = mapped_column(String(10), nullable=False, default="UNKNOWN")
    magnitude: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence_strength: Mapped[str] = mapped_column(String(12), nullable=False, default="ANECDOTAL")
    narrative: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SectorImpactObservation(WorkspaceScoped, Base):
    __tablename__ = "sector_impact_observation"
    __table_args__ = (UniqueConstraint("sector_impact_id", "observation_id"),)

    sector_impact_id: Mapped[uuid.UUID] = required_fk("sector_impact.id")
    observation_id: Mapped[uuid.UUID] = required_fk("observation.id")


class GovernanceItem(WorkspaceScoped, Base):
    __tablename__ = "governance_item"

    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str] = mapped_column(String(400), nullable=False)
    adoption_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    legal_reference: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="DRAFT")
    partner_country: Mapped[str] = mapped_column(String(3), nullable=False, default="")
    topics: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")


class MgiAssessment(WorkspaceScoped, Base):
    __tablename__ = "mgi_assessment"
    __table_args__ = (UniqueConstraint("workspace_id", "sub_area_code"),)

    domain_code: Mapped[str] = mapped_column(String(10), nullable=False)
    sub_area_code: Mapped[str] = mapped_column(String(20), nullable=False)
    score: Mapped[float] = mapped_column(Float, nullable=False)
    evidence_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ProfileFinding(WorkspaceScoped, Base):
    __tablename__ = "profile_finding"

    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    policy_area: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    priority: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ProfileNarrative(WorkspaceScoped, Base):
    """A text block of profile part A, B, C or D (optionally for one wizard tab)."""

    __tablename__ = "profile_narrative"
    __table_args__ = (UniqueConstraint("workspace_id", "part", "section"),)

    part: Mapped[ProfilePart] = enum_column(ProfilePart)
    section: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ValidationAcknowledgement(WorkspaceScoped, Base):
    """A validation warning a person has looked at and explained."""

    __tablename__ = "validation_ack"
    __table_args__ = (UniqueConstraint("workspace_id", "rule_code", "subject_key"),)

    rule_code: Mapped[str] = mapped_column(String(60), nullable=False)
    subject_key: Mapped[str] = mapped_column(String(400), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    acknowledged_on: Mapped[date] = mapped_column(Date, nullable=False)


__all__ = [
    "DataSource", "GovernanceItem", "MgiAssessment", "Observation", "ProfileFinding",
    "ProfileNarrative", "SectorImpact", "SectorImpactObservation", "ValidationAcknowledgement",
]
