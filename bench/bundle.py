"""Exchange-bundle benchmark: export and import of a workspace of ``--rows`` observation records,
against hand-rolled baselines measured in the same run, and the memory an import takes.

A sender data folder gets one workspace of ``--rows`` observations, written through the real
change-logged path (``services.table_imports.apply`` with a generated ParsedTable, so every row
has its ``change_log`` entry). Then, ``--runs`` times each (medians):

- export: ``ExchangeService.export(code, full=True)`` (read the change log, write JSON lines into
  a deflate zip, hash, sign) against reading the workspace's observation rows with ``sqlite3``
  and writing them as JSON lines into a deflate zip (same compression level) by hand.
  QUALITY.md target: <= 2x.
- import: ``ExchangeService.import_bundle`` into a fresh site that trusts the sender (verify +
  backup + parse + merge + commit), in a child process, against ``sqlite3.executemany`` of the
  same observation rows into the observation table of a scratch copy of the sender's database
  (the table emptied first, so its indexes and constraints are the same), each import followed by
  its baseline. The ratio is the median of the runs' own ratios (import over the baseline measured
  right after it): on this shared machine a slow stretch of a minute slows both halves of a pair,
  and a ratio of medians taken from different minutes mixed them. Target: <= 3x.
- memory: the child's peak resident memory during the import over its resident memory once the
  data folder is open (``/proc/self/status``: VmHWM after, VmRSS before, the peak counter
  reset through ``/proc/self/clear_refs``; ``resource.getrusage`` elsewhere). Target: <= 150 MB,
  printed as a ratio to 150 MB.

``--profile`` also runs one import under cProfile and prints its hot spots.

    .venv/bin/python bench/bundle.py [--rows 100000] [--runs 5] [--profile]

Last lines: ``bundle_export: ratio <x> (target <= 2)``, ``bundle_memory: ratio <x> (target <= 1)``,
and last ``bundle_import: ratio <x> (target <= 3)``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

EXPORT_TARGET = 2.0
IMPORT_TARGET = 3.0
MEMORY_TARGET_MB = 150.0
CODE = "KEN"
COPY_IGNORE = shutil.ignore_patterns(".instance.*", "backups", "logs", "tmp")


# --- the sender ----------------------------------------------------------------------------------

def build_workspace(services: Any, rows: int) -> float:
    """A workspace of ``rows`` immigrant-stock observations, imported the way a file would be
    (bulk statements plus one change-log entry per row); returns the seconds it took."""
    import pandas as pd

    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, ParsedTable

    services.workspaces.create(WorkspaceForm(code=CODE, country_iso3=CODE, title="Benchmark"))
    partners = [choice.code for choice in services.reference.countries() if choice.code != CODE]
    ages = [choice.code for choice in services.reference.code_list("AGE_GROUP")]
    keys = [(partner, year, sex, age) for year in range(1990, 2030) for sex in ("T", "M", "F")
            for age in ages for partner in partners][:rows]
    if len(keys) < rows:
        raise SystemExit(f"can only generate {len(keys)} distinct observations")
    days = {year: date(year, 7, 1) for year in range(1990, 2030)}
    frame = pd.DataFrame({
        "country_iso3": CODE, "indicator_code": "MIG_STOCK_IMM", "indicator_label": "",
        "period_start": [days[k[1]] for k in keys], "period_end": [days[k[1]] for k in keys],
        "period_type": "POINT", "sex": [k[2] for k in keys], "age_group": [k[3] for k in keys],
        "partner_country": [k[0] for k in keys], "direction": "IMMIGRATION", "migration_type": "_T",
        "voluntariness": "_T", "duration_class": "_T", "skill_level": "_T", "occupation_isco": "_T",
        "education_isced": "_T", "sector_isic": "_T", "value": [float(n % 99_991) for n in range(len(keys))],
        "unit_code": "PERSONS", "obs_status": "A", "data_type_flag": "B", "source_table_ref": "generated",
        "note": "", "origin": "generated"}, columns=list(CANONICAL_COLUMNS))
    started = time.perf_counter()
    report = services.table_imports.apply(CODE, ParsedTable("template", "", "Benchmark table", frame))
    if report.counts.added != rows:
        raise SystemExit(f"the import added {report.counts.added} rows, not {rows}: {report.rejected[:3]}")
    return time.perf_counter() - started


# --- the baselines -------------------------------------------------------------------------------

def workspace_id(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT id FROM workspace WHERE code = ?", (CODE,)).fetchone()
    return str(row[0])


def baseline_export(database: Path, workspace: str, out: Path) -> tuple[float, int]:
    """Read the workspace's observation rows with sqlite3 and write them as JSON lines into a
    deflate zip: the hand-rolled export. Returns (seconds, rows)."""
    started = time.perf_counter()
    connection = sqlite3.connect(database)
    count = 0
    try:
        cursor = connection.execute("SELECT * FROM observation WHERE workspace_id = ?", (workspace,))
        names = [column[0] for column in cursor.description]
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive, \
                archive.open("observations.jsonl", "w", force_zip64=True) as member:
            for row in cursor:
                member.write(json.dumps(dict(zip(names, row)), ensure_ascii=False).encode("utf-8") + b"\n")
                count += 1
    finally:
        connection.close()
    return time.perf_counter() - started, count


def scratch_copy(database: Path, target: Path) -> list[tuple[Any, ...]]:
    """A copy of the sender's database with the observation table emptied, and its rows."""
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        rows = source.execute("SELECT * FROM observation").fetchall()
    finally:
        source.close()
    copy.execute("DELETE FROM observation")
    copy.commit()
    copy.close()
    return rows


def baseline_import(scratch: Path, rows: list[tuple[Any, ...]]) -> float:
    """Raw ``executemany`` of the rows into the emptied observation table, one transaction."""
    connection = sqlite3.connect(scratch)
    try:
        connection.execute("PRAGMA synchronous=FULL")
        marks = ", ".join("?" * len(rows[0]))
        started = time.perf_counter()
        connection.executemany(f"INSERT INTO observation VALUES ({marks})", rows)
        connection.commit()
        seconds = time.perf_counter() - started
        connection.execute("DELETE FROM observation")
        connection.commit()
        return seconds
    finally:
        connection.close()


def settle_disk() -> None:
    """Write out what earlier steps left in the page cache before a timed step: each run writes and
    deletes hundreds of megabytes, and the kernel flushing one step's writes during the next
    slowed whichever came second (the import, measured after the previous baseline) by half."""
    if hasattr(os, "sync"):
        os.sync()


# --- the import, in a child process --------------------------------------------------------------

def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_kb() -> int:
    peak = _status_kb("VmHWM")
    if peak is not None:
        return peak
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage // 1024 if sys.platform == "darwin" else usage


def child_import(folder: Path, bundle: Path, profile: bool) -> int:
    """Open the receiver's data folder, import the bundle; print one JSON line of figures."""
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths
    from mainstream_desktop.sync.exchange import ExchangeService

    services = open_services(DataPaths(folder), actor="bench")
    try:
        exchange = ExchangeService(services.uow, services.paths)
        exchange.keys.local_card()
        before = _status_kb("VmRSS") or _peak_kb()
        reset = _reset_peak()
        if not reset:
            before = _peak_kb()  # without a reset the peak so far is the idle program's
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started = time.perf_counter()
        report = exchange.import_bundle(bundle)
        seconds = time.perf_counter() - started
        if profiler is not None:
            profiler.disable()
            import pstats

            stats = pstats.Stats(profiler, stream=sys.stderr)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)
        peak = _peak_kb()
    finally:
        services.close()
    print(json.dumps({"seconds": seconds, "rss_before_kb": before, "peak_kb": peak, "counts": report.counts,
                      "total": report.total, "reconciled": report.reconciled}))
    return 0


def run_child(folder: Path, bundle: Path, profile: bool = False) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child-import", str(folder), str(bundle)] + (["--profile"] if profile else [])
    result = subprocess.run(command, check=False, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"the import child failed:\n{result.stderr[-4000:]}")
    if profile:
        print(result.stderr, file=sys.stderr)
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


# --- main ----------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile one more import and print its hot spots")
    parser.add_argument("--child-import", nargs=2, metavar=("FOLDER", "BUNDLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_import:
        return child_import(Path(args.child_import[0]), Path(args.child_import[1]), args.profile)

    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths
    from mainstream_desktop.sync.exchange import ExchangeService

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as name:
        folder = Path(name)
        sender_paths = DataPaths(folder / "sender")
        sender = open_services(sender_paths, actor="bench")
        try:
            exchange = ExchangeService(sender.uow, sender.paths)
            card = exchange.keys.local_card()
            built = build_workspace(sender, args.rows)
            bundle = folder / "workspace.mdbundle"
            export_times, baseline_export_times = [], []
            for run in range(args.runs):
                started = time.perf_counter()
                result = exchange.export(CODE, folder / f"export-{run}.mdbundle", full=True)
                export_times.append(time.perf_counter() - started)
                if run == 0:
                    shutil.copyfile(result.path, bundle)
                    changes, size = result.changes, result.size_bytes
                (folder / f"export-{run}.mdbundle").unlink()
        finally:
            sender.close()
        database = sender_paths.database
        ws = workspace_id(database)
        for run in range(args.runs):
            seconds, records = baseline_export(database, ws, folder / "baseline.zip")
            baseline_export_times.append(seconds)
        baseline_size = (folder / "baseline.zip").stat().st_size

        receiver_template = DataPaths(folder / "receiver-template")
        receiver = open_services(receiver_template, actor="bench")
        try:
            ExchangeService(receiver.uow, receiver.paths).keys.trust(card, [CODE])
        finally:
            receiver.close()
        rows = scratch_copy(database, folder / "scratch.sqlite3")
        import_times, baseline_import_times, memory = [], [], []
        for run in range(args.runs):
            target = folder / f"receiver-{run}"
            shutil.copytree(receiver_template.root, target, ignore=COPY_IGNORE)
            settle_disk()
            figures = run_child(target, bundle)
            if not figures["reconciled"] or figures["counts"].get("new", 0) < args.rows:
                raise SystemExit(f"the import did not apply every record: {figures}")
            import_times.append(figures["seconds"])
            memory.append((figures["peak_kb"] - figures["rss_before_kb"]) / 1024)
            shutil.rmtree(target, ignore_errors=True)
            settle_disk()
            baseline_import_times.append(baseline_import(folder / "scratch.sqlite3", rows))
        if args.profile:
            target = folder / "receiver-profile"
            shutil.copytree(receiver_template.root, target, ignore=COPY_IGNORE)
            run_child(target, bundle, profile=True)

    export_s, export_base = statistics.median(export_times), statistics.median(baseline_export_times)
    import_s, import_base = statistics.median(import_times), statistics.median(baseline_import_times)
    import_ratios = [own / base for own, base in zip(import_times, baseline_import_times)]
    memory_mb = max(memory)
    print(f"records: {args.rows:,} observations (built in {built:.2f} s); bundle: {changes:,} changes, "
          f"{size / 1e6:.1f} MB; runs: {args.runs} (medians)")
    print(f"export (change log -> signed bundle):          {export_s:.2f} s")
    print(f"baseline export (sqlite3 -> JSON lines zip):   {export_base:.2f} s ({records:,} rows, "
          f"{baseline_size / 1e6:.1f} MB)")
    print(f"import (verify, backup, parse, merge, commit): {import_s:.2f} s "
          f"({import_s / max(args.rows, 1) * 1e6:.0f} us per record)")
    print(f"baseline import (sqlite3 executemany):         {import_base:.2f} s")
    print(f"import peak memory over the idle program:      {memory_mb:.1f} MB (largest of {args.runs})")
    print(f"bundle_export: ratio {export_s / export_base:.2f} (target <= {EXPORT_TARGET:g})")
    print(f"bundle_memory: ratio {memory_mb / MEMORY_TARGET_MB:.2f} (target <= 1)")
    print("import ratio of each run (import / the baseline right after it): "
          + ", ".join(f"{ratio:.2f}" for ratio in import_ratios))
    print(f"bundle_import: ratio {statistics.median(import_ratios):.2f} (target <= {IMPORT_TARGET:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
