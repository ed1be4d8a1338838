"""Spreadsheet import benchmark: a 50,000-row observation template (xlsx) imported into a
workspace (read + validate + preview plan + write, one unit of work), against pandas reading
the same sheet alone, measured in the same run.

    .venv/bin/python bench/table_import.py [--rows 50000] [--runs 3]

Last line: ``table_import: ratio <x> (target <= 2)``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0


def write_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    from mainstream_desktop.core.imports.readers.template import COLUMNS, SHEET

    import pycountry

    partners = [c.alpha_3 for c in pycountry.countries if c.alpha_3 != "JAM"]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    headers = [column.header for column in COLUMNS]
    sheet.append(headers)
    index = {column.name: i for i, column in enumerate(COLUMNS)}
    generator = random.Random(7)
    written = 0
    for indicator, direction in (("MIG_FLOW_OUT", "EMIGRATION"), ("MIG_FLOW_IN", "IMMIGRATION")):
        for year in range(1970, 2020):
            for partner in partners:
                for sex in ("T", "M", "F"):
                    if written == rows:
                        book.save(path)
                        return
                    row: list[object] = [None] * len(headers)
                    row[index["indicator_code"]] = indicator
                    row[index["period"]] = str(year)
                    row[index["sex"]] = sex
                    row[index["partner_country"]] = partner
                    row[index["direction"]] = direction
                    row[index["value"]] = generator.randint(0, 50_000)
                    row[index["unit_code"]] = "PERSONS_PER_YEAR"
                    row[index["source_table_ref"]] = "benchmark"
                    sheet.append(row)
                    written += 1
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import pandas as pd

    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.imports.detect import read_table
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths

    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "observations.xlsx"
        write_workbook(book, args.rows)
        services = open_services(DataPaths(Path(folder) / "data"), actor="bench")
        try:
            baseline_times, import_times, added = [], [], 0
            for run in range(args.runs):
                started = time.perf_counter()
                pd.read_excel(book, sheet_name="Observations")
                baseline_times.append(time.perf_counter() - started)
                code = f"BENCH{run}"
                services.workspaces.create(WorkspaceForm(code=code, country_iso3="JAM", title="Benchmark"))
                started = time.perf_counter()
                parsed = read_table(book, "template", default_country="JAM")
                report = services.table_imports.apply(code, parsed)
                import_times.append(time.perf_counter() - started)
                added = report.counts.added
                if report.counts.rejected:
                    print(f"unexpected rejections: {report.rejected[:3]}", file=sys.stderr)
                    return 1
        finally:
            services.close()
    baseline, measured = statistics.median(baseline_times), statistics.median(import_times)
    print(f"rows: {args.rows:,} (added {added:,} per run), runs: {args.runs} (medians)")
    print(f"pandas.read_excel alone:           {baseline:.2f} s")
    print(f"import (read, validate, write):    {measured:.2f} s")
    print(f"table_import: ratio {measured / baseline:.2f} (target <= {TARGET:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
