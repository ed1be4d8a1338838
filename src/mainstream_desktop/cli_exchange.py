"""The exchange commands of ``mainstream``: export, verify, import, conflicts, resolve, history,
audit and exchange status. They use the same services as the window; a refused bundle exits
with code 3 (see ``cli.main``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mainstream_desktop.cli_common import PASSPHRASE_ENV, CommandFailed, read_passphrase
from mainstream_desktop.core.services import Services

if TYPE_CHECKING:
    from mainstream_desktop.sync.exchange import ImportReport

Out = Callable[[str], None]


def add_exchange_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="write a signed bundle of a workspace's changes")
    export.add_argument("workspace", metavar="WORKSPACE")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--full", action="store_true", help="every change, not only what the partner lacks")
    export.add_argument("--for", dest="for_site", metavar="SITE_ID",
                        help="the partner: the bundle carries what it has not yet received")
    export.add_argument("--encrypt-to", action="append", default=[], type=Path, metavar="CARD_FILE",
                        help="encrypt for this partner's card (repeatable)")
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser("verify", help="check a bundle (signature, trust, checksums) without importing")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(handler=cmd_verify)

    imported = commands.add_parser(
        "import", help="import bundles (after a preview with --dry-run)",
        description="Import one or more bundles in the order given, each in its own transaction. A bundle "
                    "that is refused does not stop the others; the exit code is then 3 (1 when one failed "
                    "for another reason, such as a full disk).")
    imported.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true",
                          help="show what would change, write nothing (each file against the database as it is)")
    imported.add_argument("--json", action="store_true", help="print one JSON object per file")
    imported.set_defaults(handler=cmd_import)

    conflicts = commands.add_parser("conflicts", help="the open conflicts of a workspace")
    conflicts.add_argument("workspace", metavar="WORKSPACE")
    conflicts.add_argument("--json", action="store_true", help="print one JSON object")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = commands.add_parser("resolve", help="answer a conflict: keep the value, take the other, or set one")
    resolve.add_argument("conflict", metavar="CONFLICT_ID")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep the value held now")
    choice.add_argument("--other", action="store_true", help="take the other value")
    choice.add_argument("--value", metavar="JSON", help="a value of your own, as JSON (e.g. '\"text\"' or 12)")
    resolve.set_defaults(handler=cmd_resolve)

    history = commands.add_parser("history", help="every change of one record, newest first")
    history.add_argument("workspace", metavar="WORKSPACE")
    history.add_argument("record", metavar="RECORD_ID")
    history.set_defaults(handler=cmd_history)

    audit = commands.add_parser("audit", help="export a workspace's audit trail as CSV")
    audit.add_argument("workspace", metavar="WORKSPACE")
    audit.add_argument("--out", required=True, type=Path, metavar="FILE")
    audit.set_defaults(handler=cmd_audit)

    status = commands.add_parser("exchange-status", help="what was sent to and received from each partner")
    status.add_argument("workspace", metavar="WORKSPACE")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(handler=cmd_exchange_status)


def _exchange(services: Services) -> Any:
    from mainstream_desktop.sync.exchange import ExchangeService

    return ExchangeService(services.uow, services.paths)


def _with_keys(exchange: Any, action: Callable[[], Any]) -> Any:
    """``action()``; when it needs this site's private keys and they are protected, again after
    unlocking them with ``$MAINSTREAM_PASSPHRASE`` or the passphrase typed at a prompt."""
    from mainstream_desktop.sync.keys import KeysLocked

    try:
        return action()
    except KeysLocked:
        if not exchange.keys.is_protected():
            raise
    exchange.keys.unlock(read_passphrase(PASSPHRASE_ENV, "passphrase of this site's keys: ", confirm=False))
    return action()


def cmd_export(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.sync.keys import read_card

    exchange = _exchange(services)
    recipients = [read_card(path) for path in args.encrypt_to]
    result = _with_keys(exchange, lambda: exchange.export(args.workspace, args.out, full=args.full,
                                                          for_site=args.for_site, recipients=recipients))
    if args.for_site and exchange.keys.trusted_site(args.for_site) is None:  # a mistyped id is not refused
        print(f"mainstream: note: {args.for_site} is not in this site's trust list; check the id with "
              "'mainstream keys list' (the bundle is written, and what it holds counts as sent to that site)",
              file=sys.stderr)
    what = "full" if args.full or not args.for_site else "incremental"
    out(f"wrote {result.path}: {what} bundle of {result.workspace}, {_counted(result.changes, 'change')}, "
        f"{_counted(result.attachments, 'attachment')}, {result.size_bytes:,} bytes"
        + (f", encrypted for {_counted(len(recipients), 'partner')}" if result.encrypted else ""))
    out(f"bundle id {result.bundle_id}")


def cmd_verify(services: Services, args: argparse.Namespace, out: Out) -> None:
    exchange = _exchange(services)
    with _with_keys(exchange, lambda: exchange.verify(args.file)) as bundle:
        manifest = bundle.manifest
        out(f"valid bundle {manifest.bundle_id} ({manifest.kind}, format {manifest.format_version})")
        signer = exchange.keys.trusted_site(manifest.sender_site_id)
        code = manifest.workspace_code
        rights = f"trusted as the hub: its review of {code} is accepted" if signer is not None and \
            signer.is_hub and code not in signer.workspaces else f"trusted for {code}"
        out(f"signed by {manifest.sender_name} ({manifest.sender_site_id}), {rights}")
        out(f"{_counted(manifest.total_changes, 'change')} in {_counted(len(manifest.members), 'member')}; "
            f"sha256 {bundle.sha256}")
        out("each change is checked again on import ('import --dry-run' shows which would be accepted)")


def cmd_import(services: Services, args: argparse.Namespace, out: Out) -> None:
    """Each file in turn; with several, a refused or unreadable one is reported on standard error
    and the rest go on, and the command then fails with the count (exit 3 when all were refusals)."""
    from mainstream_desktop.core.errors import MainstreamError
    from mainstream_desktop.sync.bundle_format import BundleRefused

    exchange = _exchange(services)
    bring_in = exchange.preview if args.dry_run else exchange.import_bundle
    failed: list[MainstreamError] = []
    for path in args.files:
        try:
            report = _with_keys(exchange, partial(bring_in, path))
        except MainstreamError as exc:
            if args.json:  # one object per file, the refused ones too
                out(json.dumps({"file": str(path), "applied": False,
                                "refused" if exc.code == BundleRefused.code else "failed": str(exc)},
                               ensure_ascii=False))
            if len(args.files) == 1:
                raise
            reason = str(exc)
            print(f"mainstream: {reason if path.name in reason else f'{path.name}: {reason}'}", file=sys.stderr)
            failed.append(exc)
            continue
        _show_import(report, path, args, out)
    if failed:
        message = (f"{len(failed)} of {len(args.files)} bundles were "
                   f"{'refused or unreadable' if args.dry_run else 'not imported'} (see above)")
        if all(exc.code == BundleRefused.code for exc in failed):
            raise BundleRefused(message)
        raise CommandFailed(message)


def _show_import(report: ImportReport, path: Path, args: argparse.Namespace, out: Out) -> None:
    """One file's outcome: a JSON object, or the counts and the changes a person should look at."""
    if args.json:
        out(json.dumps({"file": str(path), "bundle_id": report.bundle_id, "workspace": report.workspace,
                        "sender": report.sender, "applied": report.applied,
                        "already_imported_on": report.already_imported_on, "total": report.total,
                        "counts": report.counts, "released_held": report.released_held,
                        "details": [list(d) for d in report.details]}, ensure_ascii=False))
        return
    if report.already_imported_on:
        out(f"{path.name}: already imported on {report.already_imported_on}, nothing to do")
        return
    out(f"{report.workspace} <- {path.name} from {report.sender}: {_counted(report.total, 'change')}")
    out("  " + ", ".join(f"{name} {count}" for name, count in report.counts.items()))
    for category, table, record, why in report.details:
        if category in ("conflicting", "held", "rejected"):
            out(f"  {category:<11} {table} {record}" + (f": {why}" if why else ""))
    if report.released_held:
        out(f"  {_counted(report.released_held, 'change')} held earlier {_were(report.released_held)} applied now")
    if args.dry_run:
        out("dry run: nothing was written")
        return
    rejected = report.counts.get("rejected", 0)
    backup = f"(backup: {report.backup or 'not needed'})"
    out(f"imported, except {_counted(rejected, 'rejected change')} listed above {backup}" if rejected
        else f"imported {backup}")


def _counted(count: int, noun: str) -> str:
    """``1 change``, ``2 changes``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def cmd_conflicts(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.sync.conflicts import ConflictService

    conflicts = ConflictService(services.uow).conflicts(args.workspace)
    if args.json:
        out(json.dumps([c.__dict__ for c in conflicts], ensure_ascii=False, default=str))
        return
    if not conflicts:
        out("no open conflicts")
    for c in conflicts:
        out(f"{c.id}  {c.table}.{c.field} of {c.record_id}")
        out(f"    kept:  {json.dumps(c.kept_value, ensure_ascii=False)} ({c.kept_by}, {c.kept_at})")
        out(f"    other: {json.dumps(c.other_value, ensure_ascii=False)} ({c.other_by}, {c.other_at})")


def cmd_resolve(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.core.errors import InvalidInput
    from mainstream_desktop.core.problems import error
    from mainstream_desktop.sync.conflicts import ConflictService

    value: Any = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError as exc:
            raise InvalidInput([error("value", "not_json", f"--value must be JSON (text in double quotes): {exc}")]
                               ) from exc
    choice = "kept" if args.keep else "other" if args.other else "value"
    ConflictService(services.uow).resolve(args.conflict, choice, value)
    out("resolved; the answer travels with the next bundle")


def cmd_history(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.sync.conflicts import ConflictService

    services.workspaces.get_form(args.workspace)  # refuses an unknown workspace
    entries = ConflictService(services.uow).history(args.record)
    if not entries:
        out("no changes recorded for this record")
    for entry in entries:
        out(f"{entry.when}  {entry.actor:<20} {entry.operation:<7} {entry.change}"
            + (f"  (from bundle {entry.bundle_id})" if entry.bundle_id else ""))
        for name, value in sorted(entry.fields.items()):
            shown = f"{value[0]!r} -> {value[1]!r}" if isinstance(value, list) and len(value) == 2 else repr(value)
            out(f"      {name}: {shown[:160]}")


def cmd_audit(services: Services, args: argparse.Namespace, out: Out) -> None:
    from mainstream_desktop.sync.conflicts import ConflictService

    count = ConflictService(services.uow).export_audit(args.workspace, args.out)
    out(f"wrote {count} changes to {args.out}")


def cmd_exchange_status(services: Services, args: argparse.Namespace, out: Out) -> None:
    """The window's exchange status: each partner's last bundle sent and received for the
    workspace, the changes held or rejected here, and the open conflicts."""
    from dataclasses import asdict

    from mainstream_desktop.sync.status import exchange_status

    status = exchange_status(services.uow, args.workspace)  # refuses an unknown workspace
    if args.json:
        out(json.dumps(asdict(status), ensure_ascii=False, default=str))
        return
    out(f"{status.workspace} at {status.local_name} ({status.local_site_id})")
    if not status.partners:
        out("no partners yet: trust a partner's card with 'mainstream keys trust'")
    for partner in status.partners:
        rights = "hub" if partner.is_hub else f"trusted for {status.workspace}" if partner.trusted_for_workspace \
            else f"not trusted for {status.workspace}"
        out(f"{partner.name or '(not in the trust list)'} ({partner.site_id}), {rights}")
        out("    sent:     " + (f"{partner.last_sent_at:%Y-%m-%d %H:%M} {partner.last_sent_file}, changes up to "
                                f"{partner.sent_upto}" if partner.last_sent_at else "nothing yet"))
        out("    received: " + (f"{partner.last_received_at:%Y-%m-%d %H:%M} {partner.last_received_file}, its "
                                f"changes up to {partner.received_upto}" if partner.last_received_at else "nothing yet"))
    out(f"{_counted(status.held, 'change')} waiting, {status.rejected} rejected, "
        f"{_counted(status.open_conflicts, 'open conflict')}")
    for change in status.waiting[:50]:
        out(f"  {change.status:<8} {change.origin_name or change.origin_site_id}:{change.seq}  {change.reason}")
