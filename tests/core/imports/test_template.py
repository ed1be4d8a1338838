"""The program's own template: writing it, reading it back, mapping columns, rejecting rows."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from mainstream_desktop.core.imports.detect import read_table
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from mainstream_desktop.core.imports.readers.template import COLUMNS, read_template, write_template

HEADERS = [column.header for column in COLUMNS]


def filled(tmp_path, rows: list[dict[str, object]]):
    path = write_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    sheet = book["Observations"]
    for row in rows:
        sheet.append([row.get(column.name) for column in COLUMNS])
    book.save(path)
    return path


def test_written_template_has_the_header_and_a_read_me(tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Observations", "Read me"]
    assert [cell.value for cell in book["Observations"][1]] == HEADERS
    readme = [[cell.value for cell in row] for row in book["Read me"].iter_rows()]
    first_cells = [row[0] for row in readme]
    assert "Indicator code" in first_cells and "MIG_STOCK_IMM" in first_cells
    assert "Sex" in first_cells and "HUMANITARIAN_REFUGEE" in first_cells and "USD_MN_CURRENT" in first_cells
    assert ["USD_MN_CURRENT", "US dollars, millions, current prices"] == next(row[:2] for row in readme if row[0] == "USD_MN_CURRENT")
    empty = read_table(path, default_country="JAM")
    assert empty.format == "template" and len(empty.frame) == 0 and empty.rejected == []


def test_values_periods_and_defaults(tmp_path):
    path = filled(tmp_path, [
        {"indicator_code": "MIG_STOCK_IMM", "period": "2019-07-01", "sex": "m", "value": "11\u00a0920",
         "data_type_flag": "BR", "source_table_ref": "Census 2011, table 4"},
        {"indicator_code": "MIG_NET", "period": 2019, "value": "-1,234"},
        {"indicator_code": "REM_IN_USD", "period": "2019-Q2", "value": ".."},
        {"country_iso3": "Republic of Moldova", "indicator_code": "MIG_FLOW_IN", "period": "2019-03",
         "value": 12.5, "partner_country": "UKR"},
        {"indicator_code": "X_SEASONAL_VISAS", "indicator_label": "Seasonal visas", "period": "2020",
         "value": "1 000", "unit_code": "COUNT", "partner_country": 900},
    ])
    parsed = read_table(path, default_country="JAM")
    frame = parsed.frame.set_index("origin")
    assert parsed.rejected == []
    stock = frame.loc["Observations!R2"]
    assert (stock.country_iso3, stock.sex, stock.value, stock.unit_code, stock.period_type) == (
        "JAM", "M", 11920, "PERSONS", "POINT")
    assert stock.data_type_flag == "B R" and stock.direction == "IMMIGRATION" and stock.age_group == "TOTAL"
    net = frame.loc["Observations!R3"]
    assert (net.value, net.period_start, net.period_end, net.period_type) == (
        -1234, date(2019, 1, 1), date(2019, 12, 31), "YEAR")
    missing = frame.loc["Observations!R4"]
    assert missing.obs_status == "M" and missing.value != missing.value
    assert (missing.period_start, missing.period_end) == (date(2019, 4, 1), date(2019, 6, 30))
    month = frame.loc["Observations!R5"]
    assert (month.country_iso3, month.partner_country, month.period_end) == ("MDA", "UKR", date(2019, 3, 31))
    own = frame.loc["Observations!R6"]
    assert (own.indicator_label, own.value, own.partner_country) == ("Seasonal visas", 1000, "900")


def test_bad_rows_are_rejected_with_precise_reasons(tmp_path):
    path = filled(tmp_path, [
        {"indicator_code": "MIG_NET", "period": 2019, "value": 1},
        {"indicator_code": "MIG_NET", "period": "2019-13", "value": 1},
        {"indicator_code": "NOT_A_CODE", "period": 2019, "value": "abc"},
        {"indicator_code": "MIG_NET", "period": 2019, "value": 1, "sex": "X", "partner_country": "Atlantis"},
        {"indicator_code": "X_MINE", "period": 2019, "value": 1},
    ])
    parsed = read_table(path, default_country="JAM")
    reasons = {row.origin: row.reason for row in parsed.rejected}
    assert len(parsed.frame) == 1
    assert reasons["Observations!R3"] == "row 3: period '2019-13' is not a year, quarter, month or date"
    assert reasons["Observations!R4"] == ("row 4: indicator code 'NOT_A_CODE' is not a reference code and does not "
                                          "start with X_; value 'abc' is not a number")
    assert "sex 'X' is not in the SEX code list" in reasons["Observations!R5"]
    assert "partner country 'Atlantis'" in reasons["Observations!R5"]
    assert reasons["Observations!R6"] == "row 6: a unit is needed for the user-defined indicator 'X_MINE'"


def test_rows_without_a_country_need_a_default(tmp_path):
    path = filled(tmp_path, [{"indicator_code": "MIG_NET", "period": 2019, "value": 1}])
    parsed = read_template(path, None)
    assert len(parsed.frame) == 0 and "no country" in parsed.rejected[0].reason


def test_csv_with_own_column_names_through_a_mapping(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("Land;Code;Jahr;Anzahl;Comment\nJAM;MIG_NET;2018;-10 999;x\n;MIG_NET;2019;-;\n",
                    encoding="utf-8-sig")
    mapping = {"Land": "country_iso3", "Code": "indicator_code", "Jahr": "period", "Anzahl": "value"}
    parsed = read_template(path, "MDA", mapping)
    frame = parsed.frame
    assert list(frame.country_iso3) == ["JAM", "MDA"] and frame.iloc[0].value == -10999
    assert frame.iloc[1].obs_status == "M" and "Comment" in parsed.layout


def test_missing_or_wrong_columns_are_a_layout_error(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("Code,Jahr\nMIG_NET,2018\n", encoding="utf-8")
    with pytest.raises(UnrecognisedLayout, match="missing required columns: Period, Value"):
        read_template(path, "JAM", {"Code": "indicator_code"})
    with pytest.raises(UnrecognisedLayout, match="not in the file: Wert"):
        read_template(path, "JAM", {"Wert": "value"})
    with pytest.raises(UnrecognisedLayout, match="unknown columns: amount"):
        read_template(path, "JAM", {"Jahr": "amount"})
