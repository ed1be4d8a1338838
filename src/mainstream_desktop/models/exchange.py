"""The tables of exchange bundles. They describe sync itself and never travel as records:

- ``change_log``: every committed change to a synced table, in the same transaction as the
  change (local ones captured by ``db/change_capture.py``, incoming ones copied from bundles so a
  hub can pass them on); keyed by ``(origin_site_id, seq)``, the unit of idempotency. It is also
  the audit trail.
- ``sync_site_state``: this site's next sequence number and last hybrid logical clock stamp.
- ``sync_frontier``: per origin site and workspace, the sequence up to which every change of
  that workspace is here (a bundle covers one workspace and a range of its origins' sequences).
- ``sync_held_change``: incoming changes waiting for a gap in their sender's sequence, and
  rejected ones (quarantined with their reason, never dropped).
- ``sync_import_ledger``: every bundle imported, by id and content hash.
- ``sync_conflict``: concurrent edits of one field; the deterministic winner holds the field,
  the other value waits here for a person.
- ``sync_trusted_site``: which sites' signatures we accept, and for which workspaces.
- ``sync_partner``: what was last sent to and received from each partner site.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.models.base import Base, utc_datetime


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "table_name", "record_id"),
        Index("ix_change_log_workspace", "workspace_id", "origin_site_id", "seq"),
    )

    origin_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    workspace_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    operation: Mapped[str] = mapped_column(String(10), nullable=False)  # insert | update | delete | resolve
    payload: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: values, or field -> [old, new]
    recorded_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")  # "" = made here


class SiteState(Base):
    __tablename__ = "sync_site_state"

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    last_hlc: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class SyncFrontier(Base):
    __tablename__ = "sync_frontier"

    origin_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workspace_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    applied_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class HeldChange(Base):
    __tablename__ = "sync_held_change"

    origin_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry: Mapped[str] = mapped_column(Text, nullable=False)  # the change as it came (one JSON line)
    workspace_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    base_seq: Mapped[int] = mapped_column(Integer, nullable=False)  # the bundle covered (base_seq, upto_seq]
    upto_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False)  # HELD | REJECTED
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    received_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)


class ImportLedgerEntry(Base):
    __tablename__ = "sync_import_ledger"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    sender_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    imported_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
    imported_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    counts: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_record", "table_name", "record_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # uuid5 of the two changes: same everywhere
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    workspace_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    base_value: Mapped[str] = mapped_column(Text, nullable=False, default="null")  # JSON
    winner_value: Mapped[str] = mapped_column(Text, nullable=False)
    winner_change: Mapped[str] = mapped_column(String(80), nullable=False)  # "origin:seq"
    winner_actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    winner_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    loser_value: Mapped[str] = mapped_column(Text, nullable=False)
    loser_change: Mapped[str] = mapped_column(String(80), nullable=False)
    loser_actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    loser_hlc: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="OPEN")  # OPEN | RESOLVED
    resolved_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    resolved_change: Mapped[str] = mapped_column(String(80), nullable=False, default="")


class TrustedSite(Base):
    __tablename__ = "sync_trusted_site"

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    signing_key: Mapped[str] = mapped_column(String(100), nullable=False)  # Ed25519 public key, base64
    age_recipient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    workspaces: Mapped[str] = mapped_column(Text, nullable=False, default="")  # comma-separated codes
    is_hub: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    added_at: Mapped[datetime] = mapped_column(utc_datetime(), nullable=False)
    added_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class PartnerState(Base):
    __tablename__ = "sync_partner"

    partner_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sent_frontier: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON origin -> seq
    last_sent_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    last_sent_file: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    last_received_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    last_received_bundle: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class PartnerWorkspaceState(Base):
    """Per partner and workspace: the last bundle sent to it and the last received from it."""

    __tablename__ = "sync_partner_workspace"

    partner_site_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workspace_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    last_sent_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    last_sent_file: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    last_received_at: Mapped[datetime | None] = mapped_column(utc_datetime(), nullable=True)
    last_received_bundle: Mapped[str] = mapped_column(String(64), nullable=False, default="")
