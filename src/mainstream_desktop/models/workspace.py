"""Step 0 and the records every step shares: the installation (site), the country workspace,
its people and roles, step states and submitted snapshots, evidence documents, the readiness
checklist, and local wizard drafts.

``Workspace.lead_institution_id`` and ``focal_point_id`` point at rows whose own tables point
back at the workspace; to keep the DDL free of foreign-key cycles (which SQLite cannot ALTER
and Alembic batch mode handles badly) they are plain UUID columns, checked by core.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.enums import (
    EntryMode,
    ProgrammePhase,
    ReadinessCriterion,
    ReadinessStatus,
    SiteKind,
    StepStatus,
)
from mainstream_desktop.models.base import (
    Base,
    SyncedRecord,
    WorkspaceScoped,
    enum_column,
    new_uuid7,
    optional_fk,
    required_fk,
    utc_datetime,
)


class Site(Base):
    """An installation: this one (``is_local``) or one whose bundles we have seen."""

    __tablename__ = "site"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_uuid7)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[SiteKind] = enum_column(SiteKind)
    public_key: Mapped[str] = mapped_column(String(100), nullable=False)
    is_local: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)


class Workspace(SyncedRecord, Base):
    __tablename__ = "workspace"

    country_iso3: Mapped[str] = mapped_column(
        String(3), ForeignKey("ref_country.iso3"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    programme_phase: Mapped[ProgrammePhase | None] = enum_column(ProgrammePhase, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    donor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    lead_institution_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    focal_point_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    entry_mode: Mapped[EntryMode | None] = enum_column(EntryMode, nullable=True)
    target_instrument_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    default_currency: Mapped[str] = mapped_column(String(3), nullable=False, default="")
    reference_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[str] = mapped_column(String(100), nullable=False, default="en")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    nfp_confirmed_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    nfp_confirmed_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Person(WorkspaceScoped, Base):
    __tablename__ = "person"

    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="U")
    institution_id: Mapped[uuid.UUID | None] = optional_fk("institution.id")
    contact_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class Membership(WorkspaceScoped, Base):
    """A person's role in a workspace (one person may hold several)."""

    __tablename__ = "workspace_membership"
    __table_args__ = (UniqueConstraint("workspace_id", "person_id", "role"),)

    person_id: Mapped[uuid.UUID] = required_fk("person.id")
    role: Mapped[str] = mapped_column(String(40), nullable=False)
    sector_scope: Mapped[str] = mapped_column(String(20), nullable=False, default="")


class StepState(WorkspaceScoped, Base):
    __tablename__ = "step_state"
    __table_args__ = (UniqueConstraint("workspace_id", "step_number"),)

    step_number: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[StepStatus] = enum_column(StepStatus, default=StepStatus.NOT_STARTED)
    submitted_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    submitted_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    approved_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Snapshot(WorkspaceScoped, Base):
    """The frozen content of a step at submission, so reviewers comment on a fixed version."""

    __tablename__ = "snapshot"

    step_number: Mapped[int] = mapped_column(Integer, nullable=False)
    payload_json: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)


class Document(WorkspaceScoped, Base):
    """An evidence file kept in the data folder, addressed by its SHA-256."""

    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("workspace_id", "sha256"),)

    title: Mapped[str] = mapped_column(String(300), nullable=False)
    doc_type: Mapped[str] = mapped_column(String(30), nullable=False, default="OTHER")
    language: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    document_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False)
    mime_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    confidentiality: Mapped[str] = mapped_column(String(20), nullable=False, default="INTERNAL")


class EvidenceLink(WorkspaceScoped, Base):
    """Any record citing a document (polymorphic: table name + record id)."""

    __tablename__ = "evidence_link"

    document_id: Mapped[uuid.UUID] = required_fk("document.id")
    entity_type: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReadinessCheck(WorkspaceScoped, Base):
    __tablename__ = "readiness_check"
    __table_args__ = (UniqueConstraint("workspace_id", "criterion"),)

    criterion: Mapped[ReadinessCriterion] = enum_column(ReadinessCriterion)
    status: Mapped[ReadinessStatus | None] = enum_column(ReadinessStatus, nullable=True)
    evidence_document_id: Mapped[uuid.UUID | None] = optional_fk("document.id")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")


class WizardDraft(Base):
    """An unsaved wizard's fields, written as the user types so a crash loses nothing.

    Local to this installation: drafts never travel.
    """

    __tablename__ = "wizard_draft"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    payload_json: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
