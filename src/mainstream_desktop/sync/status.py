"""Read-only answers the exchange windows need, as frozen values: the exchange status of one
workspace (for every partner, what was last sent to it and received from it, and how far each
side's changes have travelled; the changes waiting for earlier ones or rejected, with their
reasons), what this site holds of a workspace (the sequence a bundle would cover, for proposing
its file name), and readable names for the records a conflict or a history is about.

``sync_partner`` keeps one "last sent" and one "last received" per partner, whatever the
workspace; the per-workspace part is the sent frontier (per workspace code) and the sync
frontier (per origin and workspace), so both are reported.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind, RecordSpec
from mainstream_desktop.core.records import model_of
from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.exchange import (
    HeldChange,
    ImportLedgerEntry,
    PartnerState,
    PartnerWorkspaceState,
    SiteState,
    SyncConflict,
    SyncFrontier,
    TrustedSite,
)
from mainstream_desktop.models.workspace import Site


@dataclass(frozen=True)
class PartnerStatus:
    """One partner site, as seen from this site, for one workspace."""

    site_id: str
    name: str                       # "" when the site is no longer in the trust list
    kind: str                       # "COUNTRY" | "HUB" | ""
    trusted_for_workspace: bool     # its changes to this workspace are accepted here
    is_hub: bool
    last_sent_at: datetime | None   # any workspace (sync_partner keeps one)
    last_sent_file: str
    sent_upto: int                  # highest sequence of this workspace's bundles sent to it (0: none)
    last_received_at: datetime | None  # any workspace
    last_received_bundle: str
    last_received_file: str
    received_upto: int              # its changes to this workspace are all here up to this sequence


@dataclass(frozen=True)
class WaitingChange:
    """An incoming change held for a gap in its sender's sequence, or rejected with a reason."""

    origin_site_id: str
    origin_name: str
    seq: int
    status: str  # "HELD" | "REJECTED"
    reason: str
    table: str
    record_id: str
    bundle_id: str
    received_at: datetime


@dataclass(frozen=True)
class ExchangeStatus:
    workspace: str
    local_site_id: str
    local_name: str
    partners: tuple[PartnerStatus, ...]
    held: int
    rejected: int
    waiting: tuple[WaitingChange, ...]  # the first ``limit`` of them, rejected first
    open_conflicts: int


@dataclass(frozen=True)
class RecordName:
    """How to name a record in a window: its table's title (an English template the window
    translates in the "records" context), the record's own label, and its fields' labels."""

    table: str
    record_id: str
    title: str
    label: str
    field_labels: dict[str, str]
    code_lists: dict[str, str] = field(default_factory=dict)  # a code field's name -> its code list


def exchange_status(uow_factory: UnitOfWorkFactory, workspace_code: str, limit: int = 500) -> ExchangeStatus:
    with uow_factory() as uow:
        uow.discard_on_exit()
        session = uow.session
        workspace = workspace_by_code(session, workspace_code)
        local = session.scalars(select(Site).where(Site.is_local)).first()
        names = {str(row.site_id): row.name for row in session.scalars(select(TrustedSite))}
        if local is not None:
            names[str(local.id)] = local.name
        partners = _partners(session, workspace.code, workspace.id)
        counts: dict[str, int] = {str(status): int(number) for status, number in session.execute(
            select(HeldChange.status, func.count()).where(HeldChange.workspace_id == workspace.id).group_by(
                HeldChange.status))}
        rows = session.scalars(select(HeldChange).where(HeldChange.workspace_id == workspace.id).order_by(
            HeldChange.status.desc(), HeldChange.origin_site_id, HeldChange.seq).limit(limit))
        waiting = tuple(_waiting(row, names) for row in rows)
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.workspace_id == workspace.id, SyncConflict.status == "OPEN")) or 0
        return ExchangeStatus(workspace.code, str(local.id) if local else "", local.name if local else "", partners,
                              int(counts.get("HELD", 0)), int(counts.get("REJECTED", 0)), waiting, int(conflicts))


def _partners(session: Session, code: str, workspace_id: uuid.UUID) -> tuple[PartnerStatus, ...]:
    trusted = {row.site_id: row for row in session.scalars(select(TrustedSite))}
    states = {row.partner_site_id: row for row in session.scalars(select(PartnerState))}
    here = {row.partner_site_id: row for row in session.scalars(select(PartnerWorkspaceState).where(
        PartnerWorkspaceState.workspace_id == workspace_id))}
    frontier = {row.origin_site_id: row.applied_seq for row in session.scalars(
        select(SyncFrontier).where(SyncFrontier.workspace_id == workspace_id))}
    result = []
    for site_id in sorted(set(trusted) | set(states), key=lambda s: ((trusted[s].name.casefold(), str(s))
                                                                      if s in trusted else ("\uffff", str(s)))):
        site, state, mine = trusted.get(site_id), states.get(site_id), here.get(site_id)
        ledger = session.get(ImportLedgerEntry, mine.last_received_bundle) if mine and \
            mine.last_received_bundle else None
        result.append(PartnerStatus(
            site_id=str(site_id), name=site.name if site else "", kind=site.kind if site else "",
            trusted_for_workspace=bool(site and code in site.workspaces.split(",")),
            is_hub=bool(site and site.is_hub),
            last_sent_at=_aware(mine.last_sent_at) if mine else None,
            last_sent_file=mine.last_sent_file if mine else "",
            sent_upto=_sent_upto(state.sent_frontier if state else "{}", code),
            last_received_at=_aware(mine.last_received_at) if mine else None,
            last_received_bundle=mine.last_received_bundle if mine else "",
            last_received_file=ledger.file_name if ledger else "",
            received_upto=int(frontier.get(site_id, 0))))
    return tuple(result)


def _sent_upto(sent_frontier: str, code: str) -> int:
    try:
        sent = json.loads(sent_frontier or "{}").get(code, {})
        return max((int(seq) for seq in sent.values()), default=0) if isinstance(sent, dict) else 0
    except (ValueError, TypeError, AttributeError):
        return 0


def _waiting(row: HeldChange, names: dict[str, str]) -> WaitingChange:
    try:
        entry: Any = json.loads(row.entry)
    except ValueError:
        entry = {}
    entry = entry if isinstance(entry, dict) else {}
    origin = str(row.origin_site_id)
    return WaitingChange(origin, names.get(origin, ""), row.seq, row.status, row.reason,
                         str(entry.get("table", "")), str(entry.get("record_id", "")), row.bundle_id,
                         _aware(row.received_at) or datetime.now(UTC))


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back; they were stored in UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def workspace_coverage(uow_factory: UnitOfWorkFactory, workspace_code: str) -> dict[str, int]:
    """Per origin site, the sequence up to which this site holds the workspace's changes: what a
    bundle written now would cover (its file name shows the highest)."""
    with uow_factory() as uow:
        uow.discard_on_exit()
        session = uow.session
        workspace = workspace_by_code(session, workspace_code)
        coverage = {str(row.origin_site_id): row.applied_seq for row in session.scalars(
            select(SyncFrontier).where(SyncFrontier.workspace_id == workspace.id))}
        local = session.scalars(select(Site).where(Site.is_local)).first()
        if local is not None:
            next_seq = session.scalar(select(SiteState.next_seq).where(SiteState.site_id == local.id))
            coverage[str(local.id)] = int(next_seq or 1) - 1
        return coverage


def _spec_by_table() -> dict[str, RecordSpec]:
    specs: dict[str, RecordSpec] = {}
    for spec in ALL_SPECS.values():
        specs.setdefault(model_of(spec).__tablename__, spec)
    return specs


# Synced tables that no record spec edits, named for the exchange windows (drill-down, history,
# conflicts) instead of by their table name; "records" context, like the specs' titles.
OTHER_TABLE_TITLES = {
    "workspace": T(CONTEXT, "Workspace settings"),
    "workspace_membership": T(CONTEXT, "Workspace members"),
    "step_state": T(CONTEXT, "Step progress"),
    "observation": T(CONTEXT, "Migration profile figures"),
    "profile_narrative": T(CONTEXT, "Migration profile texts"),
    "validation_ack": T(CONTEXT, "Acknowledged data checks"),
    "sector_impact_observation": T(CONTEXT, "Sector impact figures"),
    "mgi_assessment": T(CONTEXT, "MGI assessments"),
    "readiness_check": T(CONTEXT, "Readiness checks"),
    "document": T(CONTEXT, "Documents"),
    "evidence_link": T(CONTEXT, "Evidence links"),
    "snapshot": T(CONTEXT, "Snapshots"),
    "review_comment": T(CONTEXT, "Review comments"),
    "peer_exchange": T(CONTEXT, "Peer exchanges"),
    "handbook_change_proposal": T(CONTEXT, "Handbook change proposals"),
    "proposal_lesson": T(CONTEXT, "Lessons behind a proposal"),
}


def table_titles() -> dict[str, str]:
    """The title (an English template, "records" context) of every synced table: a record spec's
    title, else ``OTHER_TABLE_TITLES``."""
    return {**OTHER_TABLE_TITLES, **{table: spec.title for table, spec in _spec_by_table().items()}}


def code_labels(reference: ReferenceData, names: Iterable[RecordName]) -> dict[tuple[str, str], dict[str, str]]:
    """For each ``(table, field)`` of a code field of ``names``: its codes' labels, as the record
    tables show them (a history or a conflict then reads "Central bank", not "CENTRAL_BANK")."""
    lists = {(name.table, field): code_list for name in names for field, code_list in name.code_lists.items()}
    labels = {code_list: {choice.code: choice.label for choice in reference.choices(code_list)}
              for code_list in set(lists.values())}
    return {key: labels[code_list] for key, code_list in lists.items()}


def labelled(labels: Mapping[str, str] | None, value: Any) -> Any:
    """A code by its label when ``labels`` (a code field's, from ``code_labels``) know it; any
    other value as it is."""
    return labels.get(value, value) if labels and isinstance(value, str) else value


def coded(labels: Mapping[str, str] | None, value: Any) -> Any:
    """A code field's value typed as one of its labels (in any case) back to the code; anything
    else as typed (a resolution then refuses a code the list does not know)."""
    if not labels or not isinstance(value, str):
        return value
    codes = {label.casefold(): code for code, label in labels.items()}
    return codes.get(value.casefold(), value)


def record_names(uow_factory: UnitOfWorkFactory, records: Iterable[tuple[str, str]]
                 ) -> dict[tuple[str, str], RecordName]:
    """Names for ``(table, record id)`` pairs; a table without a record spec has its title from
    ``OTHER_TABLE_TITLES`` (or its own name) and an empty label."""
    specs = _spec_by_table()
    result: dict[tuple[str, str], RecordName] = {}
    with uow_factory() as uow:
        uow.discard_on_exit()
        for table, record_id in set(records):
            spec = specs.get(table)
            if spec is None:
                result[(table, record_id)] = RecordName(table, record_id, OTHER_TABLE_TITLES.get(table, table), "", {})
                continue
            label = ""
            try:
                record = uow.session.get(model_of(spec), uuid.UUID(record_id))
            except ValueError:
                record = None
            if record is not None:
                value = getattr(record, spec.label_field, None)
                label = " ".join(str(value).split()) if value is not None else ""
            result[(table, record_id)] = RecordName(table, record_id, spec.title, label,
                                                    {f.name: f.label for f in spec.fields},
                                                    {f.name: f.code_list for f in spec.fields
                                                     if f.kind is FieldKind.CODE and f.code_list})
    return result


__all__ = ["ExchangeStatus", "PartnerStatus", "RecordName", "WaitingChange", "code_labels", "coded", "exchange_status",
           "labelled", "record_names", "table_titles", "workspace_coverage"]
