"""The ``mainstream`` command line: a composition root like ``app.py``, for the hub team and
for automation. Every command opens the data folder through ``core.services``.

Exit codes: 0 success; 1 a clear one-line error on stderr (unexpected failures too: the
traceback goes to the data folder's log, never to the terminal); 2 a usage error; 3 a bundle
refused by verification (damaged, forged, untrusted), with the reason.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mainstream_desktop import __version__
from mainstream_desktop.cli_common import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, CommandFailed, read_passphrase
from mainstream_desktop.cli_exchange import add_exchange_commands
from mainstream_desktop.cli_reports import add_report_commands
from mainstream_desktop.cli_store import add_store_commands
from mainstream_desktop.cli_workbook import add_workbook_commands
from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.core.site_identity import create_local_site, ensure_local_site, local_site
from mainstream_desktop.db.engine import DATABASE_URL_ENV, UnsupportedDatabase, database_url_option
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from mainstream_desktop.sync.keys import KeyService

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3
IMPORT_FORMATS = ("undesa", "wdi", "unhcr", "ilostat", "template")
MAX_REJECTIONS_LISTED = 200

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mainstream", description="Mainstream Desktop on the command line.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $MAINSTREAM_DATA_DIR or the user data folder)")
    parser.add_argument("--database-url", metavar="URL",
                        help="the hub's shared database, e.g. postgresql://user@host/mainstream "
                             f"(default: ${DATABASE_URL_ENV}, else the SQLite file in the data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = commands.add_parser("init", help="give this installation its identity and signing key")
    init.add_argument("--site-name", metavar="NAME", help="a name for this installation (default: host name)")
    init.add_argument("--kind", choices=[k.value for k in SiteKind], default=SiteKind.COUNTRY.value,
                      help="country installation or GMG hub (default: country)")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="load the demo workspaces of the eight pilot countries")
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("workspaces", help="list the workspaces: code, title, phase")
    listing.set_defaults(handler=cmd_workspaces)

    status = commands.add_parser("status", help="progress of each step of a workspace")
    status.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(handler=cmd_status)
    trace = commands.add_parser(
        "trace", help="the golden thread: evidence, priority, plan, actions, indicators, funding; and its gaps")
    trace.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    trace.add_argument("--json", action="store_true", help="print one JSON object")
    trace.set_defaults(handler=cmd_trace)
    table = commands.add_parser(
        "import-table", help="import a statistics table (UN DESA, WDI, UNHCR, ILOSTAT, template) into step 1")
    table.add_argument("workspace", metavar="WORKSPACE", help="workspace code, e.g. JAM")
    table.add_argument("file", metavar="FILE", type=Path, help="the downloaded file (.xlsx, .xls or .csv)")
    table.add_argument("--format", choices=IMPORT_FORMATS, help="skip detection and read the file as this layout")
    table.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    table.set_defaults(handler=cmd_import_table)
    _add_keys_commands(commands)
    add_exchange_commands(commands)
    add_report_commands(commands)
    add_workbook_commands(commands)
    add_store_commands(commands)
    return parser


def _add_keys_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser("keys", help="this site's card and keys, and the sites we trust")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="KEYS_COMMAND", required=True)
    show = key_commands.add_parser("show", help="this site: id, name, kind, fingerprint, age recipient")
    show.set_defaults(handler=cmd_keys_show)
    card = key_commands.add_parser("export-card", help="write this site's card for a partner site")
    card.add_argument("--out", metavar="FILE", type=Path, required=True, help="the card file to write")
    card.set_defaults(handler=cmd_keys_export_card)
    trust = key_commands.add_parser("trust", help="accept a partner site's bundles, from its card")
    trust.add_argument("card", metavar="CARD_FILE", type=Path, help="the partner's card file")
    trust.add_argument("--workspace", metavar="ISO3", action="append", default=[],
                       help="a workspace the site may write (repeat for more); replaces the earlier list")
    trust.add_argument("--hub", action="store_true", help="the site is the GMG hub (may write the review layer)")
    trust.add_argument("--replace-key", action="store_true",
                       help="accept a new signing key for a site already trusted (confirm it by phone first)")
    trust.set_defaults(handler=cmd_keys_trust)
    untrust = key_commands.add_parser("untrust", help="stop accepting a site's bundles")
    untrust.add_argument("site_id", metavar="SITE_ID", help="the site id (see 'mainstream keys list')")
    untrust.set_defaults(handler=cmd_keys_untrust)
    listing = key_commands.add_parser("list", help="the trusted sites")
    listing.set_defaults(handler=cmd_keys_list)
    protect = key_commands.add_parser(
        "protect", help=f"protect the private keys with a passphrase (or ${PASSPHRASE_ENV})")
    protect.set_defaults(handler=cmd_keys_protect)


def cmd_init(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    kind = SiteKind(args.kind)
    existing = local_site(services.uow)
    if existing is not None:
        if existing.kind is not kind:
            raise CommandFailed(f"this data folder is already initialised as a {existing.kind.value} "
                                f"site ({existing.name}); use another --data-dir for a {kind.value} site")
        out(f"already initialised: {existing.name} ({existing.kind.value}), site {existing.site_id}")
        return
    site = create_local_site(services.uow, services.paths.keys, args.site_name or platform.node() or "mainstream", kind)
    out(f"initialised {site.name} ({site.kind.value}), site {site.site_id}")
    out(f"data folder: {services.paths.root}")


def cmd_demo(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    ensure_local_site(services.uow, services.paths.keys)
    outcome = services.load_demo()
    if outcome.created:
        out(f"loaded {len(outcome.created)} demo workspaces ({', '.join(outcome.created)}) "
            f"with {outcome.observations} observations")
    if outcome.already_present:
        out(f"already present, left unchanged: {', '.join(outcome.already_present)}")


def cmd_workspaces(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    summaries = services.workspaces.list_workspaces()
    if not summaries:
        out("no workspaces yet ('mainstream demo' loads the pilot countries)")
    for summary in summaries:
        phase = summary.programme_phase.value if summary.programme_phase else "-"
        out(f"{summary.code}\t{summary.title}\t{phase}")


def cmd_status(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    progress = services.status.workspace_progress(args.workspace)
    code = args.workspace.strip().upper()
    if args.json:
        out(json.dumps({"workspace": code, "steps": [
            {"number": step.number, "name": step.title, "status": step.status.value,
             "completeness": step.completeness, "missing": [str(m) for m in step.missing]}
            for step in progress]}, ensure_ascii=False))
        return
    out(f"Workspace {code}")
    for step in progress:
        out(f"  {step.number}  {step.title:<36} {step.status.value:<18} {step.completeness:>3}%")
        for message in step.missing:
            out(f"       - {message}")


def cmd_trace(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    from mainstream_desktop.core.trace import report_as_json

    report = services.trace.trace(args.workspace)
    if args.json:
        out(json.dumps(report_as_json(report), ensure_ascii=False))
        return
    out(f"Workspace {report.workspace}: {len(report.chains)} priorities, {len(report.broken)} broken links")
    for chain in report.chains:
        rank = f"{chain.rank}. " if chain.rank else ""
        out(f"\n{rank}{chain.title} [{chain.status}, {chain.policy_area}]")
        for item in chain.evidence:
            out(f"  evidence   {item}")
        for text in chain.inputs:
            out(f"  input      {text}")
        for action in chain.actions:
            cost = f"{action.cost:,.0f} {action.currency}" if action.cost is not None else "not costed"
            funded = sum(f.amount for f in action.funding if f.source != "UNFUNDED")
            out(f"  action     {action.description[:70]} ({cost}; funded {funded:,.0f}; "
                f"{len(action.indicators)} indicators)")
            if action.plan_element:
                out(f"    in plan  {action.plan_element}")
        for indicator in chain.indicators:
            out(f"  indicator  {indicator.result_code} {indicator.name} [{indicator.status}]")
        for project in chain.projects:
            out(f"  project    {project}")
    if report.broken:
        out("\nBroken links:")
        for link in report.broken:
            out(f"  {link.code:<28} {link.message}")


def cmd_import_table(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    from mainstream_desktop.core.imports.detect import read_table

    workspace = services.workspaces.get_form(args.workspace)  # refuses an unknown workspace first
    parsed = read_table(args.file, args.format, default_country=workspace.country_iso3)
    service = services.table_imports
    report = service.preview(workspace.code, parsed) if args.dry_run else service.apply(workspace.code, parsed)
    counts = report.counts
    out(f"{report.workspace} <- {args.file.name}: {parsed.source_name}")
    if parsed.layout:
        out(f"layout: {parsed.layout}")
    out(f"added {counts.added}, updated {counts.updated}, unchanged {counts.unchanged}, "
        f"rejected {counts.rejected}" + (f" (rows for other countries: {counts.other_countries})"
                                          if counts.other_countries else ""))
    for rejection in report.rejected[:MAX_REJECTIONS_LISTED]:
        out(f"  rejected {rejection.origin}: {rejection.reason}")
    if len(report.rejected) > MAX_REJECTIONS_LISTED:
        out(f"  ... and {len(report.rejected) - MAX_REJECTIONS_LISTED} more rejections")
    if args.dry_run:
        out("dry run: nothing was written")


def _key_service(services: Services) -> KeyService:
    from mainstream_desktop.sync.keys import KeyService

    return KeyService(services.uow, services.paths.keys)


def cmd_keys_show(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    keys = _key_service(services)
    card = keys.local_card()
    out(f"site id:       {card.site_id}")
    out(f"name:          {card.name}")
    out(f"kind:          {card.kind}")
    out(f"fingerprint:   {card.fingerprint}")
    out(f"age recipient: {card.age_recipient}")
    out(f"protected:     {'yes' if keys.is_protected() else 'no'}")


def cmd_keys_export_card(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    from mainstream_desktop.sync.keys import write_card

    card = _key_service(services).local_card()
    write_card(args.out, card)
    out(f"wrote the card of {card.name} ({card.kind}, site {card.site_id}) to {args.out}")
    out(f"fingerprint: {card.fingerprint}")
    out("the receiver should confirm this fingerprint with you by phone")


def cmd_keys_trust(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    from mainstream_desktop.sync.keys import read_card

    keys = _key_service(services)
    card = read_card(args.card)
    before = keys.trusted_site(card.site_id)
    info = keys.trust(card, args.workspace, hub=args.hub, replace_key=args.replace_key)
    scope = f"workspaces {', '.join(info.workspaces)}" if info.workspaces else "no workspace"
    role = " and the review layer (hub)" if info.is_hub else ""
    verb = "trusted" if before is None else "updated the trust of"
    out(f"{verb} {info.name} ({info.kind}, site {info.site_id}) for {scope}{role}")
    if before is not None and before.signing_key != info.signing_key:
        out(f"replaced the signing key (was {before.fingerprint})")
    out(f"fingerprint: {info.fingerprint}")
    out("confirm this fingerprint with the sender by phone before importing their bundles")


def cmd_keys_untrust(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    info = _key_service(services).untrust(args.site_id)
    out(f"no longer trusted: {info.name} ({info.kind}, site {info.site_id})")


def cmd_keys_list(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    trusted = _key_service(services).trusted()
    if not trusted:
        out("no trusted sites yet ('mainstream keys trust CARD_FILE' adds one)")
    for info in trusted:
        out(f"{info.site_id}\t{info.name}\t{info.kind}\t{info.fingerprint}\t"
            f"{','.join(info.workspaces) or '-'}\t{'hub' if info.is_hub else '-'}")


def cmd_keys_protect(services: Services, args: argparse.Namespace, out: Callable[[str], None]) -> None:
    keys = _key_service(services)
    if keys.is_protected():
        keys.unlock(read_passphrase(PASSPHRASE_ENV, "current passphrase: ", confirm=False))
        new = read_passphrase(NEW_PASSPHRASE_ENV, "new passphrase: ", confirm=True)
    else:
        new = read_passphrase(PASSPHRASE_ENV, "passphrase: ", confirm=True)
    was_protected = keys.is_protected()
    keys.protect(new)
    out("changed the passphrase of the private keys" if was_protected
        else "the private keys are now protected by the passphrase")
    out("keep it safe: without it this site cannot sign or open bundles")


def _log_unexpected(paths: DataPaths | None) -> Path | None:
    if paths is None:
        return None
    try:
        logs = paths.root / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        target = logs / "mainstream-cli.log"
        handler = logging.FileHandler(target, encoding="utf-8")
        logger = logging.getLogger("mainstream.cli")
        logger.addHandler(handler)
        logger.exception("unexpected failure")
        handler.close()
        logger.removeHandler(handler)
        return target
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        database_url = database_url_option(args.database_url)
    except UnsupportedDatabase as exc:
        parser.error(str(exc))
    paths: DataPaths | None = None
    services: Services | None = None
    try:
        paths = resolve_data_dir(args.data_dir)
        services = open_services(paths, database_url=database_url,
                                 create_identity=args.command != "init" and getattr(args, "opens_identity", True))
        args.handler(services, args, print)
        return EXIT_OK
    except (MainstreamError, CommandFailed) as exc:
        print(f"mainstream: {exc}", file=sys.stderr)
        return EXIT_REFUSED if getattr(exc, "code", "") == "bundle_refused" else EXIT_ERROR
    except BrokenPipeError:  # the reader of our output went away (e.g. "| head"): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("mainstream: interrupted; nothing was half-written", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback on screen
        log = _log_unexpected(paths)
        where = f"; details in {log}" if log else ""
        print(f"mainstream: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if services is not None:
            services.close()


if __name__ == "__main__":
    raise SystemExit(main())
