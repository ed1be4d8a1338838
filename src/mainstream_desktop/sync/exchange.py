"""Export and import of bundles: the services the window and ``mainstream export/verify/import``
share.

Export writes one workspace's changes (all of them, or everything the chosen partner has not yet
received) into a signed bundle, optionally age-encrypted to partners' cards, through a temporary
file and an atomic rename: a full disk or a read-only stick leaves no partial file.

Import runs verify, then the merge in one transaction; the preview is the same path rolled back.
A verified backup is taken first. The import ledger makes a second import of the same bundle a
"nothing to do", and refuses loudly a different file claiming the same id. The counts must add
up to the manifest's, or the transaction rolls back: nothing is ever "imported" while changes
were silently ignored. Held changes are retried after each import.

On the hub's PostgreSQL there is no file to back up (the import is one transaction; the server is
backed up with pg_dump), and several experts may import at once: the import takes the writer lock
first and reads the ledger again under it, so of two imports of one bundle one applies it and the
other finds it done; a transient failure runs the whole import again (``retry_on_conflict``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from mainstream_desktop import __version__
from mainstream_desktop.core.atomic_files import ExportFailed
from mainstream_desktop.core.errors import MainstreamError, NotFound
from mainstream_desktop.core.reference_data import ReferenceData
from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.backup import BackupError, backup_database
from mainstream_desktop.db.change_capture import local_site_id, site_state
from mainstream_desktop.db.engine import is_sqlite
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory, retry_on_conflict
from mainstream_desktop.models.base import new_uuid7
from mainstream_desktop.models.exchange import (
    ChangeLogEntry,
    HeldChange,
    ImportLedgerEntry,
    PartnerState,
    PartnerWorkspaceState,
    SyncFrontier,
)
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync import keys as site_keys
from mainstream_desktop.sync.bulk_apply import merge_groups
from mainstream_desktop.sync.bundle_format import (
    CHANGES_PER_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SEAL_LENGTH,
    SEAL_PLACEHOLDER,
    SEAL_PREFIX,
    SIGNATURE,
    BundleRefused,
    ChangeLine,
    change_line,
    refuse,
    seal_message,
)
from mainstream_desktop.sync.bundle_reader import Decryptor, VerifiedBundle, open_bundle
from mainstream_desktop.sync.held_release import release_held
from mainstream_desktop.sync.incoming_rules import IncomingRules
from mainstream_desktop.sync.merge import CATEGORIES, REVIEW_TABLES, MergeContext, Merger

Progress = Callable[[int, int, str], None]


class ImportFailed(MainstreamError):
    code = "import_failed"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    workspace: str
    changes: int
    attachments: int
    size_bytes: int
    encrypted: bool
    base_frontier: dict[str, int]
    new_frontier: dict[str, int]


APPLYING_CATEGORIES = ("new", "updated", "conflicting")


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    workspace: str
    sender: str
    sender_site_id: str
    kind: str
    total: int
    counts: dict[str, int]
    details: tuple[tuple[str, str, str, str], ...]
    applied: bool
    already_imported_on: str = ""
    released_held: int = 0
    backup: str = ""

    @property
    def reconciled(self) -> bool:
        return sum(self.counts.get(c, 0) for c in CATEGORIES) == self.total

    @property
    def changes_applied(self) -> int:
        """The changes that changed something here: new and updated records, and conflicting ones
        (merged, the other value queued); not those already here, held or rejected."""
        return sum(self.counts.get(category, 0) for category in APPLYING_CATEGORIES)


def suggested_name(workspace: str, site_name: str, new_frontier: dict[str, int], when: datetime) -> str:
    site = "".join(c if c.isalnum() else "-" for c in site_name.lower()).strip("-")[:24] or "site"
    upto = max(new_frontier.values(), default=0)
    return f"{workspace}_{site}_upto-{upto}_{when:%Y%m%d-%H%M}.mdbundle"


class ExchangeService:
    def __init__(self, uow_factory: UnitOfWorkFactory, paths: DataPaths) -> None:
        self._uow = uow_factory
        self._paths = paths
        self.keys = site_keys.KeyService(uow_factory, paths.keys)

    # -- export ---------------------------------------------------------------------------------
    def export(self, workspace_code: str, out: Path, *, full: bool = False, for_site: str | None = None,
               recipients: Sequence[site_keys.SiteCard] = (), progress: Progress | None = None) -> ExportResult:
        if for_site is not None and recipients and str(_partner_id(for_site)) not in {
                str(_partner_id(r.site_id)) for r in recipients}:
            names = ", ".join(r.name or r.site_id for r in recipients)
            raise ExportFailed(f"the bundle is for site {for_site} but would be encrypted only for {names}: that site "
                               "could not open it, and its changes would not be sent again; encrypt it for that "
                               "site's card")
        card = self.keys.local_card()
        signer = self.keys.signing_key()
        with self._uow() as uow:
            uow.discard_on_exit()
            session = uow.session
            workspace = workspace_by_code(session, workspace_code)
            code, workspace_id = workspace.code, workspace.id
            base: dict[str, int] = {}
            if not (full or for_site is None):
                base = _sent_frontier(session, for_site, code)
                own = _received_from(session, for_site, workspace.id)  # the partner has its own changes
                if own:
                    base[str(_partner_id(for_site))] = max(base.get(str(_partner_id(for_site)), 0), own)
            if for_site is not None:
                _partner_id(for_site)
            new_frontier = _coverage(session, workspace.id, base)
            entries = _entries(session, workspace.id, base)
            documents = _document_hashes(session, workspace.id)
            result = self._write(out, card, signer, code, str(workspace.id), base, new_frontier, entries,
                                 documents, recipients, "full" if full or for_site is None else "changes", progress)
        if for_site is not None:
            self._remember_sent(for_site, code, new_frontier, out)
            self._remember_workspace_sent(for_site, workspace_id, out)
        return result

    def _remember_workspace_sent(self, partner: str, workspace_id: uuid.UUID, out: Path) -> None:
        with self._uow() as uow:
            state = _partner_workspace(uow.session, _partner_id(partner), workspace_id)
            state.last_sent_at = self._uow.clock()
            state.last_sent_file = out.name[:300]

    def _write(self, out: Path, card: Any, signer: Any, code: str, workspace_id: str, base: dict[str, int],
               new_frontier: dict[str, int], entries: Iterator[list[_Entry]], documents: dict[str, str],
               recipients: Sequence[Any], kind: str, progress: Progress | None) -> ExportResult:
        out = out.expanduser()
        folder = out.parent if str(out.parent) else Path(".")
        if not folder.is_dir():
            raise ExportFailed(f"cannot write {out}: the folder {folder} does not exist")
        bundle_id = str(new_uuid7())
        partial = folder / f".{out.name}.partial"
        zipped = partial if not recipients else folder / f".{out.name}.zip.partial"
        try:
            counts, members, total, attachments = _write_zip(zipped, entries, documents, self._document_path, progress)
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "bundle_id": bundle_id, "kind": kind,
                "created_at": datetime.now().astimezone().isoformat(), "app_version": __version__,
                "sender": {"site_id": card.site_id, "name": card.name, "kind": card.kind,
                           "fingerprint": card.fingerprint},
                "workspace": {"code": code, "id": workspace_id},
                "base_frontier": base, "new_frontier": new_frontier,
                "counts": {"total": total, "by_table": counts}, "members": members}
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
            with zipfile.ZipFile(zipped, "a", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, manifest_bytes)
                archive.writestr(SIGNATURE, site_keys.sign(signer, manifest_bytes))
                archive.comment = SEAL_PLACEHOLDER
            _seal(zipped, signer)
            if recipients:
                import pyrage

                parsed = [pyrage.x25519.Recipient.from_str(r.age_recipient) for r in recipients]
                pyrage.encrypt_file(str(zipped), str(partial), parsed)
                zipped.unlink()
            _fsync(partial)
            os.replace(partial, out)
        except BaseException as exc:
            _discard(partial, zipped)
            failure = _os_error_behind(exc)
            if failure is None:
                raise
            raise ExportFailed(f"cannot write {out}: {_os_reason(failure)}; nothing was written") from exc
        return ExportResult(out, bundle_id, code, total, attachments, out.stat().st_size, bool(recipients), base,
                            new_frontier)

    def _document_path(self, sha256: str) -> Path:
        return self._paths.documents / sha256[:2] / sha256

    def _remember_sent(self, partner: str, code: str, frontier: dict[str, int], out: Path) -> None:
        with self._uow() as uow:
            state = uow.session.get(PartnerState, _partner_id(partner))
            if state is None:
                state = PartnerState(partner_site_id=_partner_id(partner), sent_frontier="{}")
                uow.session.add(state)
            sent = json.loads(state.sent_frontier or "{}")
            sent[code] = frontier
            state.sent_frontier = json.dumps(sent, sort_keys=True)
            state.last_sent_at = self._uow.clock()
            state.last_sent_file = out.name[:300]

    # -- verify and import ----------------------------------------------------------------------
    def verify(self, path: Path) -> VerifiedBundle:
        """Every check, nothing written. The caller closes the result (``with``)."""
        return open_bundle(path, self._trust, site_keys.verify_signature, self._scratch(), self._decryptor())

    def preview(self, path: Path, progress: Progress | None = None) -> ImportReport:
        return self._import(path, dry_run=True, progress=progress)

    def import_bundle(self, path: Path, progress: Progress | None = None) -> ImportReport:
        return self._import(path, dry_run=False, progress=progress)

    @retry_on_conflict
    def _import(self, path: Path, dry_run: bool, progress: Progress | None) -> ImportReport:
        with self.verify(path) as bundle:
            earlier = _already_imported(bundle, self._ledger(bundle.manifest.bundle_id))
            if earlier is not None:
                return earlier
            backup = "" if dry_run else self._backup()
            with self._uow() as uow:
                uow.lock_for_writing()  # PostgreSQL: one import at a time, reading what is committed
                if dry_run:
                    uow.discard_on_exit()
                earlier = _already_imported(bundle, _ledger_entry(uow.session, bundle.manifest.bundle_id))
                if earlier is not None:  # another expert's program imported it meanwhile
                    return earlier
                report = self._merge(uow.session, bundle, dry_run, progress)
                if not dry_run:
                    self._copy_attachments(bundle)
            return ImportReport(**{**report.__dict__, "backup": backup})

    def _merge(self, session: Session, bundle: VerifiedBundle, dry_run: bool, progress: Progress | None) -> ImportReport:
        manifest = bundle.manifest
        session.info["applying"] = True
        workspace = workspace_by_code(session, manifest.workspace_code) if self._has_workspace(
            session, manifest.workspace_code) else None
        if workspace is not None and str(workspace.id) != manifest.workspace_id:
            raise refuse(f"the bundle's workspace {manifest.workspace_code} is not the one here (different id)")
        if workspace is None and any(seq > 0 for seq in manifest.base_frontier.values()):
            raise refuse(f"the bundle carries only the latest changes of {manifest.workspace_code}, which is not "
                         f"on this site: import a full bundle of {manifest.workspace_code} first (ask "
                         f"{manifest.sender_name or 'the sender'} to send everything)")
        answers: dict[tuple[str, str, bool], bool] = {}

        def may_write(site_id: str, code: str, table: str) -> bool:  # the trust list is read once per answer
            key = (site_id, code, table in REVIEW_TABLES)
            if key not in answers:
                answers[key] = self._may_write(site_id, code, table)
            return answers[key]

        context = MergeContext(local_site_id(session), uuid.UUID(manifest.workspace_id), manifest.workspace_code,
                               manifest.bundle_id, manifest.base_frontier, self._uow.clock(), may_write,
                               manifest.new_frontier, IncomingRules(ReferenceData(self._uow)))
        merger = Merger(session, context)
        merge_groups(merger, bundle.change_groups(),
                     None if progress is None else lambda done: progress(done, manifest.total_changes, ""))
        merger.finish()
        outcome = merger.outcome
        if sum(outcome.counts[c] for c in CATEGORIES) != manifest.total_changes:
            raise ImportFailed("the import's counts do not add up to the bundle's; nothing was imported")
        for origin, upto in manifest.new_frontier.items():
            if merger.frontier(uuid.UUID(origin)) >= manifest.base_frontier.get(origin, 0):
                merger.advance_frontier(origin, upto)
        released = _release_held(session, context)
        session.add(ImportLedgerEntry(
            bundle_id=manifest.bundle_id, sha256=bundle.sha256, sender_site_id=uuid.UUID(manifest.sender_site_id),
            kind=manifest.kind, file_name=bundle.path.name[:300], imported_at=self._uow.clock(),
            imported_by=self._uow.actor, counts=json.dumps(dict(outcome.counts), sort_keys=True)))
        self._remember_received(session, manifest.sender_site_id, manifest.bundle_id, uuid.UUID(manifest.workspace_id))
        session.flush()
        return ImportReport(manifest.bundle_id, manifest.workspace_code, manifest.sender_name, manifest.sender_site_id,
                            manifest.kind, manifest.total_changes, {c: outcome.counts[c] for c in CATEGORIES},
                            tuple(outcome.details), not dry_run, released_held=released)

    def _remember_received(self, session: Session, sender: str, bundle_id: str, workspace_id: uuid.UUID) -> None:
        state = session.get(PartnerState, uuid.UUID(sender))
        if state is None:
            state = PartnerState(partner_site_id=uuid.UUID(sender), sent_frontier="{}")
            session.add(state)
        state.last_received_at = self._uow.clock()
        state.last_received_bundle = bundle_id
        per_workspace = _partner_workspace(session, uuid.UUID(sender), workspace_id)
        per_workspace.last_received_at = state.last_received_at
        per_workspace.last_received_bundle = bundle_id

    @staticmethod
    def _has_workspace(session: Session, code: str) -> bool:
        try:
            workspace_by_code(session, code)
        except NotFound:
            return False
        return True

    def _copy_attachments(self, bundle: VerifiedBundle) -> None:
        for sha256 in bundle.attachment_names():
            target = self._document_path(sha256)
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            digest = hashlib.sha256()
            with bundle.attachment(sha256) as source, partial.open("wb") as sink:
                for chunk in iter(lambda: source.read(1 << 20), b""):
                    digest.update(chunk)
                    sink.write(chunk)
            if digest.hexdigest() != sha256:
                partial.unlink(missing_ok=True)
                raise refuse(f"the attachment {sha256[:12]} changed after it was checked")
            os.replace(partial, target)

    def _ledger(self, bundle_id: str) -> tuple[str, datetime] | None:
        """(content hash, when) of an earlier import of this bundle id."""
        with self._uow() as uow:
            return _ledger_entry(uow.session, bundle_id)

    def _backup(self) -> str:
        if not is_sqlite(self._uow.engine):
            return ""
        try:
            return str(backup_database(self._paths.database, self._paths.backups, "before-import").path)
        except BackupError as exc:
            raise ImportFailed(f"no import without a backup, and the backup failed: {exc}") from exc

    def _scratch(self) -> Path:
        folder = self._paths.root / "tmp"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _decryptor(self) -> Decryptor:
        return Decryptor(self.keys.age_identity)

    def _trust(self, site_id: str, workspace_code: str) -> tuple[str, bool]:
        trusted = self.keys.trusted_site(site_id)
        if trusted is None:
            return "", False
        return trusted.signing_key, self.keys.may_write(site_id, workspace_code) or trusted.is_hub

    def _may_write(self, site_id: str, workspace_code: str, table: str) -> bool:
        if self.keys.may_write(site_id, workspace_code):
            return True
        trusted = self.keys.trusted_site(site_id)
        return trusted is not None and trusted.is_hub and table in REVIEW_TABLES

    # -- status ---------------------------------------------------------------------------------
    def held(self, workspace_code: str) -> list[tuple[str, int, str, str]]:
        """(origin, seq, status, reason) of the changes waiting or rejected for the workspace."""
        with self._uow() as uow:
            workspace = workspace_by_code(uow.session, workspace_code)
            rows = uow.session.scalars(select(HeldChange).where(HeldChange.workspace_id == workspace.id).order_by(
                HeldChange.origin_site_id, HeldChange.seq))
            return [(str(r.origin_site_id), r.seq, r.status, r.reason) for r in rows]


def _ledger_entry(session: Session, bundle_id: str) -> tuple[str, datetime] | None:
    entry = session.get(ImportLedgerEntry, bundle_id)
    return (entry.sha256, entry.imported_at) if entry is not None else None


def _already_imported(bundle: VerifiedBundle, ledger: tuple[str, datetime] | None) -> ImportReport | None:
    """The "nothing to do" report of a bundle imported before (None if it was not); a different file
    with the same bundle id is refused."""
    if ledger is None:
        return None
    manifest = bundle.manifest
    digest, imported_at = ledger
    if imported_at.tzinfo is None:  # SQLite hands back UTC without its zone
        imported_at = imported_at.replace(tzinfo=UTC).astimezone()
    if digest != bundle.sha256:
        raise refuse(f"a different bundle with the same id {manifest.bundle_id} was imported on "
                     f"{imported_at:%Y-%m-%d %H:%M}: this file is not that bundle; refused")
    return ImportReport(manifest.bundle_id, manifest.workspace_code, manifest.sender_name, manifest.sender_site_id,
                        manifest.kind, manifest.total_changes, {}, (), False, f"{imported_at:%Y-%m-%d %H:%M}")


def _release_held(session: Session, context: MergeContext) -> int:
    """Held changes whose gap is now filled (or whose record now exists) are merged again."""
    return release_held(session, context)


def _partner_workspace(session: Session, partner: uuid.UUID, workspace_id: uuid.UUID) -> PartnerWorkspaceState:
    state = session.get(PartnerWorkspaceState, (partner, workspace_id))
    if state is None:
        state = PartnerWorkspaceState(partner_site_id=partner, workspace_id=workspace_id, last_sent_file="",
                                      last_received_bundle="")
        session.add(state)
    return state


def _partner_id(site_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(site_id)
    except ValueError as exc:
        raise ExportFailed(f"{site_id!r} is not a site id (see 'mainstream keys list')") from exc


def _received_from(session: Session, partner: str, workspace_id: uuid.UUID) -> int:
    row = session.get(SyncFrontier, (_partner_id(partner), workspace_id))
    return row.applied_seq if row is not None else 0


def _sent_frontier(session: Session, partner: str, code: str) -> dict[str, int]:
    state = session.get(PartnerState, _partner_id(partner))
    if state is None:
        return {}
    value = json.loads(state.sent_frontier or "{}").get(code, {})
    return {str(k): int(v) for k, v in value.items()}


def _coverage(session: Session, workspace_id: uuid.UUID, base: dict[str, int]) -> dict[str, int]:
    """Per origin, the sequence up to which this site holds every change of the workspace."""
    coverage = {str(row.origin_site_id): row.applied_seq for row in session.scalars(
        select(SyncFrontier).where(SyncFrontier.workspace_id == workspace_id))}
    local = local_site_id(session)
    coverage[str(local)] = site_state(session, local).next_seq - 1
    return {origin: seq for origin, seq in coverage.items() if seq > base.get(origin, 0) or origin in base}


ENTRY_BATCH = 5000


class _Entry(NamedTuple):
    """One change-log entry ready for the bundle: its encoded line, and what the manifest counts."""

    table: str
    operation: str
    payload: str
    line: str


def _entries(session: Session, workspace_id: uuid.UUID, base: dict[str, int]) -> Iterator[list[_Entry]]:
    """The workspace's entries past ``base`` in (origin, seq) order, in batches. Raw columns, not ORM
    objects: ids as stored (hex text under SQLite), the payload as its stored JSON text."""
    query = select(ChangeLogEntry.actor, ChangeLogEntry.hlc, ChangeLogEntry.operation,
                   type_coerce(ChangeLogEntry.origin_site_id, String), ChangeLogEntry.payload,
                   type_coerce(ChangeLogEntry.record_id, String), ChangeLogEntry.recorded_at, ChangeLogEntry.seq,
                   ChangeLogEntry.table_name).where(ChangeLogEntry.workspace_id == workspace_id).order_by(
        ChangeLogEntry.origin_site_id, ChangeLogEntry.seq)
    workspace = str(workspace_id)  # every entry selected belongs to it
    origins: dict[Any, str] = {}
    result = session.connection().execution_options(yield_per=ENTRY_BATCH).execute(query)
    for rows in result.partitions():
        batch = []
        for actor, hlc, operation, stored_origin, payload, stored_record, recorded_at, seq, table in rows:
            origin = origins.get(stored_origin)
            if origin is None:  # a handful of origins: each converted once
                origin = origins[stored_origin] = _uuid_text(stored_origin)
            if seq > base.get(origin, 0):
                batch.append(_Entry(table, operation, payload, _line(
                    actor, hlc, operation, origin, payload, _uuid_text(stored_record), recorded_at, seq, table,
                    workspace)))
        yield batch


_HEX_UUID = re.compile(r"[0-9a-f]{32}")


def _uuid_text(stored: Any) -> str:
    """An id column's stored value (32 hex digits under SQLite, a ``UUID`` elsewhere) as the bundle
    writes ids: lower case with hyphens."""
    if isinstance(stored, str) and _HEX_UUID.fullmatch(stored):
        return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"
    return str(stored if isinstance(stored, uuid.UUID) else uuid.UUID(str(stored)))


def _document_hashes(session: Session, workspace_id: uuid.UUID) -> dict[str, str]:
    from mainstream_desktop.models.workspace import Document

    return {str(d.id): d.sha256 for d in session.scalars(select(Document).where(Document.workspace_id == workspace_id))}


def _line(actor: str, hlc: str, operation: str, origin: str, payload: str, record_id: str, recorded_at: datetime,
          seq: int, table: str, workspace_id: str | None) -> str:
    """The entry's change line; the stored payload is already canonical JSON (``change_capture.dumps``)
    and goes in as it is, so the line is what ``json.dumps`` of the whole entry would write."""
    return change_line(actor=actor, hlc=hlc, op=operation, origin=origin, payload=payload, record_id=record_id,
                       recorded_at=recorded_at.isoformat(), seq=seq, table=table, workspace_id=workspace_id)


class _HashingWriter:
    """One ``changes/NNNN.jsonl`` member being written, many lines per call; hashed and counted."""

    def __init__(self, archive: zipfile.ZipFile, number: int) -> None:
        self.path = f"changes/{number:04d}.jsonl"
        self.handle = archive.open(self.path, "w", force_zip64=True)
        self.digest, self.size, self.lines = hashlib.sha256(), 0, 0

    def write(self, lines: list[str]) -> None:
        data = "".join(lines).encode("utf-8")
        self.handle.write(data)
        self.digest.update(data)
        self.size += len(data)
        self.lines += len(lines)

    def close(self) -> dict[str, Any]:
        self.handle.close()
        return {"path": self.path, "size": self.size, "sha256": self.digest.hexdigest()}

    def abandon(self) -> None:
        """Close the member after a failure, whatever closing it raises (the file is discarded)."""
        try:
            self.handle.close()
        except Exception:  # noqa: BLE001, S110 - the failure being reported is the one before
            pass


def _write_zip(path: Path, entries: Iterator[list[_Entry]], documents: dict[str, str],
               document_path: Callable[[str], Path], progress: Progress | None
               ) -> tuple[dict[str, dict[str, int]], list[dict[str, Any]], int, int]:
    counts: dict[str, Counter[str]] = {}
    members: list[dict[str, Any]] = []
    attachments: set[str] = set()
    total = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        writer: _HashingWriter | None = None
        try:
            for batch in entries:
                start = 0
                while start < len(batch):  # a batch may straddle two members
                    if writer is None or writer.lines >= CHANGES_PER_MEMBER:
                        if writer is not None:
                            members.append(writer.close())
                        writer = _HashingWriter(archive, len(members) + 1)
                    part = batch[start:start + CHANGES_PER_MEMBER - writer.lines]
                    writer.write([entry.line for entry in part])
                    start += len(part)
                _tally(batch, counts, attachments, document_path)
                total += len(batch)
                if progress and batch:
                    progress(total, 0, "")
            if writer is not None:
                members.append(writer.close())
        except BaseException:
            if writer is not None:  # the zip cannot be closed while a member is open
                writer.abandon()
            raise
        for sha in sorted(attachments):
            members.append(_write_attachment(archive, sha, document_path(sha)))
    return {t: dict(c) for t, c in counts.items()}, members, total, len(attachments)


def _tally(batch: list[_Entry], counts: dict[str, Counter[str]], attachments: set[str],
           document_path: Callable[[str], Path]) -> None:
    """Counts by table and operation, and the stored files the documents inserted name."""
    for entry in batch:
        counts.setdefault(entry.table, Counter())[entry.operation] += 1
        if entry.table == "document" and entry.operation == "insert":
            sha = json.loads(entry.payload).get("values", {}).get("sha256")
            if isinstance(sha, str) and document_path(sha).exists():
                attachments.add(sha)


def _write_attachment(archive: zipfile.ZipFile, sha: str, source: Path) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as reader, archive.open(f"attachments/{sha}", "w", force_zip64=True) as sink:
        for chunk in iter(lambda: reader.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
            sink.write(chunk)
    if digest.hexdigest() != sha:
        raise ExportFailed(f"the stored document {sha[:12]} is damaged (its content changed); nothing written")
    return {"path": f"attachments/{sha}", "size": size, "sha256": sha}


def _seal(path: Path, signer: Any) -> None:
    """Sign every byte before the zip comment and write the signature as the comment."""
    size = path.stat().st_size
    digest = hashlib.sha256()
    with path.open("rb+") as handle:
        remaining = size - SEAL_LENGTH
        while remaining > 0:
            chunk = handle.read(min(1 << 20, remaining))
            digest.update(chunk)
            remaining -= len(chunk)
        if handle.read() != SEAL_PLACEHOLDER:
            raise ExportFailed("the bundle's seal could not be placed; nothing was written")
        handle.seek(size - SEAL_LENGTH)
        handle.write(SEAL_PREFIX + base64.b64encode(site_keys.sign(signer, seal_message(digest.digest()))))


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _discard(*paths: Path) -> None:
    """Remove what a failed export left; on read-only media there is nothing to remove, and
    removing it fails too."""
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _os_error_behind(exc: BaseException) -> OSError | None:
    """The operating system's error that made ``exc``: itself, or the error it was raised while
    handling (a full disk in the middle of a zip member makes closing the zip raise ``ValueError``)."""
    seen: BaseException | None = exc
    for _depth in range(8):
        if seen is None or isinstance(seen, OSError):
            return seen
        seen = seen.__context__
    return None


def _os_reason(exc: OSError) -> str:
    import errno

    return {errno.ENOSPC: "the disk is full", errno.EROFS: "the disk or stick is read-only",
            errno.EACCES: "permission denied", errno.EDQUOT: "the disk quota is full"}.get(
        exc.errno or 0, exc.strerror or str(exc))


__all__ = ["BundleRefused", "ChangeLine", "ExchangeService", "ExportFailed", "ExportResult", "ImportFailed",
           "ImportReport", "suggested_name"]
