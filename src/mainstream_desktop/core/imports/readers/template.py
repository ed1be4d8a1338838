"""The program's own observation template (xlsx with a sheet "Observations", or CSV with the same
header): writing an empty one with a "Read me" sheet, and reading a filled one, optionally
through a column mapping (the user's column names -> canonical names, the window's mapping step).

Every row whose value, period or a code cannot be understood becomes a ``RejectedRow`` with a
precise reason ("row 12: period '2019-13' is not a year, quarter, month or date"). Numbers may be
written with thousands separators (spaces, commas, non-breaking spaces); "..", "-" and empty
cells are missing values. Validation is vectorised: a 50,000-row file reads about as fast as
pandas reads the bare sheet.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from mainstream_desktop.core.imports import frames, sniff
from mainstream_desktop.core.imports.country_names import resolve_many
from mainstream_desktop.core.imports.errors import UnreadableFile, UnrecognisedLayout
from mainstream_desktop.core.imports.reference import (
    code_lists,
    indicators,
    iso3_codes,
    m49_regions,
    units,
)
from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow

SHEET = "Observations"
README = "Read me"
USER_CODE = re.compile(r"^X_[A-Z0-9_]{1,58}$")
FLAG = re.compile(r"^[BCIR ]*$")
PARTNER_SPECIAL = ("_T", "_OTHER")


@dataclass(frozen=True)
class Column:
    name: str             # canonical column name
    header: str           # the human-friendly header written in the template
    meaning: str
    code_list: str = ""   # code_lists.csv list that holds the allowed codes
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("country_iso3", "Country (ISO3)",
           "ISO 3166 alpha-3 code (or English name) of the country; empty = the workspace country"),
    Column("indicator_code", "Indicator code",
           "A reference indicator code (see the list below) or your own code starting with X_", required=True),
    Column("indicator_label", "Indicator label", "English name of your own X_ indicator (optional)"),
    Column("period", "Period",
           "YYYY for a year, YYYY-Qn for a quarter, YYYY-MM for a month, YYYY-MM-DD for a point in time "
           "(stocks: e.g. 2019-07-01)", required=True),
    Column("sex", "Sex", "T total (default), M, F, O other, U unknown", "SEX"),
    Column("age_group", "Age group", "TOTAL (default) or an age band code", "AGE_GROUP"),
    Column("partner_country", "Partner country",
           "Origin (immigration) or destination (emigration): ISO3 code, M49 region code, _T all (default) "
           "or _OTHER all others"),
    Column("direction", "Direction", "Default: the indicator's usual direction", "DIRECTION"),
    Column("migration_type", "Migration type", "_T all (default) or a migration type code", "MIGRATION_TYPE"),
    Column("voluntariness", "Voluntariness", "_T all (default), VOLUNTARY or FORCED", "VOLUNTARINESS"),
    Column("duration_class", "Duration", "_T all (default) or a duration code", "DURATION"),
    Column("skill_level", "Skill level", "_T all (default), LOW, MEDIUM or HIGH", "SKILL_LEVEL"),
    Column("occupation_isco", "Occupation (ISCO-08)", "_T all (default) or an ISCO-08 major group 0-9",
           "ISCO08_MAJOR"),
    Column("education_isced", "Education (ISCED 2011)", "_T all (default), ISCED level 0-8 or an aggregate",
           "ISCED2011"),
    Column("sector_isic", "Economic sector (ISIC Rev.4)", "_T all (default) or an ISIC section A-U",
           "ISIC4_SECTION"),
    Column("value", "Value",
           "The number; thousands separators allowed; '..', '-' or empty = missing", required=True),
    Column("unit_code", "Unit", "A unit code (see below); empty = the indicator's unit (required for X_ codes)"),
    Column("obs_status", "Status", "A normal (default), E estimate, P provisional, F forecast, M missing, "
           "B break in series", "OBS_STATUS"),
    Column("data_type_flag", "Type of data (UN DESA)", "UN DESA type of data: B, C, I, R or a combination "
           "such as 'B R' (optional)", "DATA_TYPE_FLAG"),
    Column("source_table_ref", "Source table", "Where the number comes from, with the edition "
           "(e.g. 'Census 2011, table 4.2')"),
    Column("note", "Note", "Free text"),
)
BY_NAME = {column.name: column for column in COLUMNS}
DIMENSION_DEFAULTS = {"sex": "T", "age_group": "TOTAL", "partner_country": "_T", "migration_type": "_T",
                      "voluntariness": "_T", "duration_class": "_T", "skill_level": "_T",
                      "occupation_isco": "_T", "education_isced": "_T", "sector_isic": "_T"}


def _key(text: object) -> str:
    return re.sub(r"[^0-9a-z]+", " ", str(text).lower()).strip()


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for column in COLUMNS:
        for alias in (column.name, column.header, column.header.split("(")[0]):
            index.setdefault(_key(alias), column.name)
    return index


# -- writing -----------------------------------------------------------------------------------

def write_template(path: Path) -> Path:
    """Write an empty template workbook: the "Observations" sheet and a "Read me" sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append([column.header for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, len(column.header) + 2)
    sheet.freeze_panes = "A2"
    _write_readme(book.create_sheet(README), Font(bold=True))
    book.save(path)
    return Path(path)


def _write_readme(sheet: Any, bold: Any) -> None:
    """Column meanings, then every allowed code as a list (code, label), in real cells."""
    headings: list[int] = []

    def block(title: str, header: list[str], body: list[list[object]]) -> None:
        sheet.append([])
        sheet.append([title])
        headings.append(sheet.max_row)
        sheet.append(header)
        headings.append(sheet.max_row)
        for row in body:
            sheet.append(row)

    sheet.append(["Mainstream Desktop observation template"])
    headings.append(1)
    sheet.append([("Fill one row per number in the sheet 'Observations' and keep its header row. Columns marked "
                  "'yes' are required; leave the others empty for 'all' (_T, T, TOTAL).")])
    block("Columns", ["Column", "Canonical name", "Required", "Meaning", "Allowed codes"],
          [[c.header, c.name, "yes" if c.required else "", c.meaning,
            f"list '{c.header}' below" if c.code_list or c.name in ("indicator_code", "unit_code") else ""]
           for c in COLUMNS])
    block("Indicator code", ["Code", "Name", "Unit"],
          [[code, info.name, info.unit_code] for code, info in indicators().items()])
    block("Unit", ["Code", "Label"], [[code, info.label] for code, info in units().items()])
    lists = code_lists()
    for column in COLUMNS:
        if column.code_list:
            block(column.header, ["Code", "Label"],
                  [[code, label] for code, label in lists.get(column.code_list, {}).items()])
    for row in headings:
        for cell in sheet[row]:
            cell.font = bold
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["D"].width = 80


# -- reading -----------------------------------------------------------------------------------

def read(path: Path, default_country: str | None = None, column_map: dict[str, str] | None = None,
         kind: str | None = None, sheet: str | None = None) -> ParsedTable:
    return read_template(path, default_country, column_map, kind=kind, sheet=sheet)


def read_template(path: Path, default_country: str | None = None, column_map: dict[str, str] | None = None,
                  *, kind: str | None = None, sheet: str | None = None) -> ParsedTable:
    """Read a filled template (or the user's own table through ``column_map``)."""
    path = Path(path)
    kind = kind or sniff.container(path)
    raw, where, sheet_name = _load(path, kind, sheet)
    table, ignored = _map_columns(path, raw, column_map)
    table.index = raw.index
    frame, rejected = _validate(table, where, default_country)
    layout = "Mainstream Desktop template" + (f" (sheet {sheet_name})" if sheet_name else " (CSV)")
    if ignored:
        layout += f"; columns ignored: {', '.join(ignored)}"
    return ParsedTable("template", "", f"Template import: {path.stem}", frames.canonical(frame), rejected, layout)


def _load(path: Path, kind: str, sheet: str | None) -> tuple[pd.DataFrame, str, str]:
    if kind == "text":
        return _load_csv(path), "line ", ""
    rows, name = _load_sheet(path, kind, sheet)
    header = _header_row(rows)
    names = [sniff.cell_text(v) for v in rows[header]] if rows else []
    body = rows[header + 1:]
    width = len(names)
    table = pd.DataFrame([list(r[:width]) + [None] * (width - len(r)) for r in body] if body else [],
                         columns=_unique(names))
    table.index = pd.RangeIndex(header + 2, header + 2 + len(table))  # 1-based sheet rows
    return _drop_empty(table), f"{name}!R", name


def _load_sheet(path: Path, kind: str, sheet: str | None) -> tuple[list[tuple[object, ...]], str]:
    try:
        if kind == "xlsx":
            from openpyxl import load_workbook

            with path.open("rb") as handle:  # a handle: openpyxl refuses paths without an .xlsx name
                book = load_workbook(handle, read_only=True, data_only=True)
                try:
                    name = _pick_sheet(path, list(book.sheetnames), sheet)
                    return list(book[name].iter_rows(values_only=True)), name
                finally:
                    book.close()
        import xlrd

        xls = xlrd.open_workbook(path, on_demand=True)
        name = _pick_sheet(path, list(xls.sheet_names()), sheet)
        data = xls.sheet_by_name(name)
        return [tuple(data.row_values(i)) for i in range(data.nrows)], name
    except (UnrecognisedLayout, UnreadableFile):
        raise
    except Exception as error:  # damaged workbooks raise many kinds of errors
        raise UnreadableFile(path, f"the workbook cannot be opened ({type(error).__name__})") from error


def _pick_sheet(path: Path, names: list[str], wanted: str | None) -> str:
    if wanted is not None:
        if wanted not in names:
            raise UnrecognisedLayout(path, f"there is no sheet '{wanted}'")
        return wanted
    if SHEET in names:
        return SHEET
    data = [name for name in names if name != README]
    if not data:
        raise UnrecognisedLayout(path, "the workbook has no data sheet")
    return data[0]


def _header_row(rows: list[tuple[object, ...]]) -> int:
    known = _header_index()
    for index, row in enumerate(rows[:10]):
        if sum(_key(cell) in known for cell in row if cell is not None) >= 2:
            return index
    return 0


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen.get(name, 0)
        seen[name] = count + 1
        result.append(name if count == 0 else f"{name} ({count + 1})")
    return result


def _drop_empty(table: pd.DataFrame) -> pd.DataFrame:
    """Without the rows where every cell is empty (trailing rows of a sheet)."""
    if table.empty:
        return table
    return table[table.notna().any(axis=1)]


def _load_csv(path: Path) -> pd.DataFrame:
    encoding = sniff.text_encoding(path)
    first = next(iter(sniff.head_lines(path, 1)), "")
    try:
        delimiter = csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=encoding, sep=delimiter)
    table.columns = [str(name).replace("\ufeff", "").strip() for name in table.columns]
    table.index = table.index + 2
    return _drop_empty(table)


def _map_columns(path: Path, raw: pd.DataFrame, column_map: dict[str, str] | None) -> tuple[pd.DataFrame, list[str]]:
    """The table with canonical column names; raises the layout error naming what is missing."""
    known = _header_index()
    mapping: dict[str, str] = {}
    wrong = [target for target in (column_map or {}).values() if target not in BY_NAME]
    if wrong:
        raise UnrecognisedLayout(path, "the column mapping names unknown columns: " + ", ".join(wrong))
    absent = [source for source in (column_map or {}) if source not in raw.columns]
    if absent:
        raise UnrecognisedLayout(path, "the column mapping names columns not in the file: " + ", ".join(absent))
    for source, target in (column_map or {}).items():
        mapping[source] = target
    for name in raw.columns:
        found = known.get(_key(name))
        if name not in mapping and found and found not in mapping.values():
            mapping[name] = found
    missing = [BY_NAME[c.name].header for c in COLUMNS if c.required and c.name not in mapping.values()]
    if missing:
        raise UnrecognisedLayout(path, "missing required columns: " + ", ".join(missing))
    ignored = [str(name) for name in raw.columns if name not in mapping and str(name).strip()]
    table = raw[list(mapping)].rename(columns=mapping)
    return table, ignored


# -- validation --------------------------------------------------------------------------------

def _codes(series: pd.Series) -> pd.Series:
    """Code cells as upper-case text; whole numbers written as numbers (2.0) become "2"."""
    distinct = pd.unique(series.astype(object))
    mapping = {value: _code_text(value) for value in distinct}
    return series.astype(object).map(mapping)


def _code_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().upper()


class _Problems:
    """Reasons collected per row. Each check adds a mask and a message template whose ``{}`` are
    filled, for the masked rows only, from the given columns."""

    def __init__(self, index: pd.Index) -> None:
        self.index = index
        self.found: list[tuple[pd.Series, str, tuple[pd.Series, ...]]] = []

    def add(self, mask: pd.Series, template: str, *columns: pd.Series) -> None:
        if mask.any():
            self.found.append((mask, template, columns))

    def failing(self) -> pd.Series:
        failing = pd.Series(False, index=self.index)
        for mask, _, _ in self.found:
            failing |= mask
        return failing

    def rejected(self, where: str) -> list[RejectedRow]:
        failing = self.failing()
        by_row: dict[object, list[str]] = {}
        for mask, template, columns in self.found:
            rows = mask[mask].index
            values = [column.loc[rows].tolist() for column in columns]
            for position, row in enumerate(rows):
                by_row.setdefault(row, []).append(template.format(*(v[position] for v in values)))
        return [RejectedRow(f"{where}{row}", f"row {row}: " + "; ".join(by_row[row]))
                for row in failing[failing].index]


def _validate(table: pd.DataFrame, where: str, default_country: str | None) -> tuple[pd.DataFrame, list[RejectedRow]]:
    value = table["value"].astype(object)
    no_value = value.isna() | (value == "")
    blank = no_value & (_codes(table["indicator_code"]) == "") & (_codes(table["period"]) == "")
    table = table[~blank]
    if table.empty:
        return frames.empty_frame(), []
    problems = _Problems(table.index)
    out = pd.DataFrame(index=table.index)
    _check_indicator(table, out, problems)
    _check_period(table, out, problems)
    _check_value(table, out, problems)
    _check_country(table, out, problems, default_country)
    _check_partner(table, out, problems)
    _check_codes(table, out, problems)
    _check_unit(table, out, problems)
    for name in ("source_table_ref", "note"):
        if name in table.columns:
            out[name] = frames.text(table[name])
    if "indicator_label" in table.columns:
        given = frames.text(table["indicator_label"])
        out["indicator_label"] = given.where(given != "", out["indicator_label"])
    out["origin"] = where + table.index.astype(str)
    failing = problems.failing()
    return out[~failing], problems.rejected(where)


def _check_indicator(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    codes = _codes(table["indicator_code"])
    known = codes.isin(list(indicators())) | codes.map({c: bool(USER_CODE.match(c)) for c in pd.unique(codes)})
    problems.add(codes == "", "the indicator code is empty")
    problems.add(~known & (codes != ""), "indicator code '{}' is not a reference code and does not start with X_",
                 codes)
    out["indicator_code"] = codes
    names = {code: info.name for code, info in indicators().items()}
    out["indicator_label"] = codes.map(names).fillna("")


def _check_period(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    raw = table["period"]
    periods, bad = frames.period_columns(raw.where(raw.notna(), ""))
    label = _codes(raw)
    problems.add(bad & (label == ""), "the period is empty")
    problems.add(bad & (label != ""), "period '{}' is not a year, quarter, month or date", raw)
    for name in periods.columns:
        out[name] = periods[name]


def _check_value(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    values, missing, bad = frames.parse_numbers(table["value"])
    problems.add(bad, "value '{}' is not a number", table["value"])
    out["value"] = values
    status = _codes(table["obs_status"]) if "obs_status" in table.columns else pd.Series("", index=table.index)
    allowed = set(code_lists().get("OBS_STATUS", {}))
    problems.add((status != "") & ~status.isin(allowed), "status '{}' is not one of " + ", ".join(allowed), status)
    out["obs_status"] = status.where(status != "", "A").where(~missing, "M")


def _check_country(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems, default: str | None) -> None:
    given = _codes(table["country_iso3"]) if "country_iso3" in table.columns else pd.Series("", index=table.index)
    iso = given.where(given.isin(iso3_codes()))
    names = given[iso.isna() & (given != "")]
    if len(names):
        raw = frames.text(table.loc[names.index, "country_iso3"])
        iso.loc[names.index] = raw.map(resolve_many(raw))
    problems.add((given != "") & iso.isna(), "country '{}' is not an ISO3 code or a known country name",
                 table["country_iso3"] if "country_iso3" in table.columns else given)
    if default:
        iso = iso.where(given != "", default.upper())
    else:
        problems.add(given == "", "no country (fill the country column, or import into a workspace)")
    out["country_iso3"] = iso


def _check_partner(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    if "partner_country" not in table.columns:
        out["partner_country"] = "_T"
        return
    given = _codes(table["partner_country"])
    valid = given.isin(iso3_codes()) | given.isin(m49_regions()) | given.isin(PARTNER_SPECIAL) | (given == "")
    names = given[~valid]
    resolved = frames.text(table.loc[names.index, "partner_country"]).map(
        resolve_many(frames.text(table.loc[names.index, "partner_country"]))) if len(names) else names
    partner = given.where(valid).where(given != "", "_T")
    if len(names):
        partner.loc[names.index] = resolved
    problems.add(partner.isna(), "partner country '{}' is not an ISO3 code, an M49 region code, _T or _OTHER",
                 table["partner_country"])
    out["partner_country"] = partner


def _check_codes(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    lists = code_lists()
    for name in (*DIMENSION_DEFAULTS, "direction"):
        if name == "partner_country":
            continue
        column = BY_NAME[name]
        given = _codes(table[name]) if name in table.columns else pd.Series("", index=table.index)
        allowed = lists.get(column.code_list, {})
        problems.add((given != "") & ~given.isin(list(allowed)),
                     f"{column.header.lower()} '{{}}' is not in the {column.code_list} code list", given)
        if name == "direction":
            default = out["indicator_code"].map({c: i.direction for c, i in indicators().items()}).fillna("NA")
            out[name] = given.where(given != "", default)
        else:
            out[name] = given.where(given != "", DIMENSION_DEFAULTS[name])
    flags = _codes(table["data_type_flag"]) if "data_type_flag" in table.columns else pd.Series("", index=table.index)
    valid = flags.map({flag: bool(FLAG.match(flag)) for flag in pd.unique(flags)})
    problems.add(~valid, "type of data '{}' is not made of the letters B, C, I, R", flags)
    out["data_type_flag"] = frames.data_type_flags(flags)


def _check_unit(table: pd.DataFrame, out: pd.DataFrame, problems: _Problems) -> None:
    given = _codes(table["unit_code"]) if "unit_code" in table.columns else pd.Series("", index=table.index)
    problems.add((given != "") & ~given.isin(list(units())), "unit '{}' is not a reference unit code", given)
    default = out["indicator_code"].map({code: info.unit_code for code, info in indicators().items()})
    unit = given.where(given != "", default)
    problems.add(unit.isna() & out["indicator_code"].str.startswith("X_"),
                 "a unit is needed for the user-defined indicator '{}'", out["indicator_code"])
    out["unit_code"] = unit


# -- column mapping (the window's mapping step) -------------------------------------------------

def file_columns(path: Path, sheet: str | None = None) -> list[str]:
    """The column names of the user's own table (first sheet, or the named one)."""
    path = Path(path)
    raw, _where, _sheet = _load(path, sniff.container(path), sheet)
    return [str(name) for name in raw.columns]


def suggested_mapping(columns: list[str]) -> dict[str, str]:
    """File column -> canonical column, for the columns whose names already say what they are."""
    index = _header_index()
    mapping: dict[str, str] = {}
    for name in columns:
        target = index.get(_key(name))
        if target and target not in mapping.values():
            mapping[name] = target
    return mapping
