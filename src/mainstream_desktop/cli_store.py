"""The store commands of ``mainstream``: ``migrate-store --to URL`` moves the whole database of a
data folder (or of ``--database-url``) into another, empty one: a hub's SQLite file onto its
PostgreSQL server, or back into a SQLite file. The rows of every table are counted on both sides
before the target commits (``db.store_transfer``); the source is left as it was.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import DBAPIError

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.services import Services
from mainstream_desktop.db.engine import UnsupportedDatabase, shown_url
from mainstream_desktop.db.store_transfer import TransferRefused, TransferReport, transfer_store

Out = Callable[[str], None]


class StoreNotMoved(MainstreamError):
    """The move did not happen; the message says why (the target is as it was)."""

    code = "store_not_moved"


def add_store_commands(commands: Any) -> None:
    move = commands.add_parser(
        "migrate-store", help="move this store into another, empty database (SQLite file <-> PostgreSQL)")
    move.add_argument("--to", required=True, metavar="URL", dest="target",
                      help="the target: postgresql://user@host/database or sqlite:////path/to/mainstream.sqlite3")
    move.add_argument("--json", action="store_true", help="print one JSON object")
    move.set_defaults(handler=cmd_migrate_store, opens_identity=False)


def cmd_migrate_store(services: Services, args: Any, out: Out) -> None:
    def progress(table: str, rows: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{table}: {rows} rows", end="", file=sys.stderr, flush=True)

    try:
        report = transfer_store(services.engine, args.target, progress)
    except (TransferRefused, UnsupportedDatabase) as exc:
        raise StoreNotMoved(f"{exc}") from exc
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StoreNotMoved(f"the target {shown_url(args.target)} refused the copy ({reason}); nothing was moved") \
            from exc
    if not args.json and sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    _print(report, args.json, out)


def _print(report: TransferReport, as_json: bool, out: Out) -> None:
    if as_json:
        out(json.dumps({"source": report.source, "target": report.target, "rows": report.rows,
                        "seconds": round(report.seconds, 2), "matches": report.matches,
                        "tables": {c.table: {"source": c.source, "target": c.target} for c in report.tables}}))
        return
    out(f"moved {report.rows} rows in {len(report.tables)} tables from {report.source} to {report.target} "
        f"in {report.seconds:.1f} s")
    width = max(len(count.table) for count in report.tables)
    for count in report.tables:
        if count.source:
            out(f"  {count.table:<{width}}  {count.source:>9}  {count.target:>9}")
    out("every table has the same number of rows on both sides" if report.matches else "COUNTS DIFFER")
