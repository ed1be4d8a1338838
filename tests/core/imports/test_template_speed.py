"""A 50,000-row template reads in at most ~1.3x the time pandas needs for the bare sheet.

Slow (about a minute on a shared machine): excluded from the default run; ``pytest -m slow``."""

from __future__ import annotations

import random
import time

import pandas as pd
import pytest
from openpyxl import Workbook

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.readers.template import COLUMNS

ROWS = 50_000
TARGET = 1.3


def _write(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Observations"
    sheet.append([column.header for column in COLUMNS])
    rnd = random.Random(1)
    series = [("MIG_STOCK_IMM", "{y}-07-01"), ("MIG_NET", "{y}"), ("REM_IN_USD", "{y}-Q2"), ("MIG_FLOW_IN", "{y}-03")]
    for index in range(ROWS):
        code, period = series[index % 4]
        value = rnd.choice([rnd.randint(0, 10**6), f"{rnd.randint(0, 10**6):,}", "..", rnd.random() * 100])
        row = {"country_iso3": rnd.choice(["JAM", "MDA", None]), "indicator_code": code,
               "period": period.format(y=1990 + index % 30), "sex": rnd.choice("TMF"),
               "partner_country": rnd.choice(["_T", "HTI", "USA"]), "value": value,
               "data_type_flag": rnd.choice(["B", "B R", None]), "source_table_ref": "Census 2011, table 4",
               "note": f"row {index}"}
        sheet.append([row.get(column.name) for column in COLUMNS])
    book.save(path)
    return path


def _best(function, runs: int = 2) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.slow
def test_50k_rows_read_about_as_fast_as_pandas(tmp_path):
    path = _write(tmp_path / "large.xlsx")
    parsed = read_table(path, default_country="JAM")
    assert len(parsed.frame) == ROWS and parsed.rejected == []
    baseline = _best(lambda: pd.read_excel(path, sheet_name="Observations"))
    ours = _best(lambda: read_table(path, default_country="JAM"))
    print(f"template-50k: pandas.read_excel {baseline:.2f}s, read_table {ours:.2f}s, ratio {ours / baseline:.2f}")
    assert ours <= TARGET * baseline
