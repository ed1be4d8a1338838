"""Reader of the UN DESA Population Division workbooks: International Migrant Stock (the 2019
"Total" workbook and the 2020 "Destination" workbook, Tables 1-6) and International Migration
Flows to and from Selected Countries (2015 revision, "Totals" sheet).

Stock tables: the header row is found by content (the "Code"/"Location code" cell), each value
column gets its year from the year row and its measure and sex from the group caption above it.
Only rows whose location code is the ISO 3166 numeric code of a country become observations;
regions, development and income groups are skipped silently. Values count at 1 July of the
year. Markers: ``..`` not available and ``~`` suppressed (<5) become missing values; ``—``
(rounds to zero) becomes 0 as an estimate.

Flows: one row per country x criterion x type (immigrants/emigrants) x coverage; names are
resolved to ISO3 by ``country_names``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from mainstream_desktop.core.imports import frames
from mainstream_desktop.core.imports.country_names import not_recognised, resolve_many
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from mainstream_desktop.core.imports.reference import indicators, iso3_by_numeric
from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow

SOURCE_CODE = "UNDESA_IMS"
SUPPRESSED = "~"
ROUNDS_TO_ZERO = frozenset({"\u2014", "\u2013"})  # em dash; en dash as typed by some re-savers
SUPPRESSED_NOTE = "~: suppressed for privacy (fewer than 5)"
ZERO_NOTE = "\u2014: not zero but rounds to zero"
_YEAR = re.compile(r"^\s*(\d{4})(?:\.0+)?\s*$")
_SPAN = re.compile(r"^\s*\d{4}\s*-\s*\d{4}\s*$")
_REVISION = re.compile(r"Rev\.?\s*(\d{4})", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """What a group of value columns holds."""

    indicator: str
    unit: str
    factor: float = 1.0
    note: str = ""


@dataclass(frozen=True)
class StockSheet:
    name: str
    header_row: int
    year_row: int
    name_col: int
    notes_col: int | None
    code_col: int
    type_col: int | None
    first_value_col: int


# Caption patterns (lower case) in the order they must be tried; None = not imported.
_MEASURES: tuple[tuple[str, Measure | None, str], ...] = (
    (r"female migrants as a percentage", None, "female share of the migrant stock (derivable from Table 1)"),
    (r"annual rate of change", None, "annual rates of change"),
    (r"as a percentage of the international migrant stock", None,
     "refugees as a share of the migrant stock (derivable)"),
    (r"as a percentage of the total population", Measure("MIG_STOCK_IMM_PCT", "PCT"), ""),
    (r"refugee", Measure("FD_REF_ASYLUM", "PERSONS", note="UN DESA estimate, including asylum seekers"), ""),
    (r"\btotal\b.*\bpopulation\b", Measure("CTX_POP", "PERSONS", 1000.0, "published in thousands"), ""),
    (r"international migrant stock", Measure("MIG_STOCK_IMM", "PERSONS"), ""),
)
NO_TYPE_OF_DATA = frozenset({"CTX_POP"})  # the type-of-data code describes the migrant estimates


def read(path: Path, sheet: str | None = None) -> ParsedTable:
    """Read a UN DESA stock or flows workbook (``sheet`` limits a stock workbook to one table)."""
    book = _open(path)
    with book:
        names = list(book.sheet_names)
        if "Totals" in names and not any(name.startswith("Table ") for name in names):
            return _read_flows(path, book)
        tables = [name for name in names if re.fullmatch(r"Table \d+", name.strip())]
        if sheet is not None:
            if sheet not in tables:
                raise UnrecognisedLayout(path, f"sheet '{sheet}' is not a UN DESA data table")
            tables = [sheet]
        if not tables:
            raise UnrecognisedLayout(path, "no 'Table 1'... sheets of a UN DESA workbook")
        return _read_stocks(path, book, tables)


def _open(path: Path) -> pd.ExcelFile:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pd.ExcelFile(path)


def _raw(book: pd.ExcelFile, sheet: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = book.parse(sheet, header=None, dtype=object)
    return frame


def _revision(raw: pd.DataFrame, fallback: str) -> str:
    for value in raw.head(16).to_numpy().ravel():
        if match := _REVISION.search(_cell_text(value)):
            return match[1]
    return fallback


# -- stocks ------------------------------------------------------------------------------------

def _read_stocks(path: Path, book: pd.ExcelFile, tables: list[str]) -> ParsedTable:
    parts: list[pd.DataFrame] = []
    rejected: list[RejectedRow] = []
    skipped: dict[str, list[str]] = {}
    revision = ""
    for table in tables:
        raw = _raw(book, table)
        revision = revision or _revision(raw, "")
        layout = _stock_sheet(raw, table)
        if layout is None:
            skipped.setdefault("not a table by year", []).append(table)
            continue
        frame, problems, left_out = _stock_table(raw, layout)
        if not frame.empty:
            parts.append(frame)
        rejected.extend(problems)
        for reason in left_out:
            skipped.setdefault(reason, []).append(table)
    if not parts and set(skipped) <= {"not a table by year"}:
        raise UnrecognisedLayout(path, "no UN DESA table by year with a 'Code' / 'Location code' header")
    revision = revision or "?"
    frame = pd.concat(parts, ignore_index=True) if parts else frames.empty_frame()
    ref = f"UN DESA IMS {revision} rev."
    frame["source_table_ref"] = ref + ", " + frame["source_table_ref"]
    notes = "; ".join(f"{', '.join(sorted(set(where)))}: {reason} skipped" for reason, where in skipped.items())
    layout_text = f"International Migrant Stock, {revision} revision" + (f" ({notes})" if notes else "")
    return ParsedTable("undesa", SOURCE_CODE, f"UN DESA International Migrant Stock, {revision} revision",
                       frames.canonical(frame), rejected, layout_text)


def _is_year(value: object) -> bool:
    return bool(_YEAR.match(str(value))) if value is not None and not _isna(value) else False


def _is_period_label(value: object) -> bool:
    return _is_year(value) or bool(_SPAN.match(_cell_text(value)))


def _isna(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell_text(value: object) -> str:
    return "" if value is None or _isna(value) else str(value).strip()


def _stock_sheet(raw: pd.DataFrame, table: str) -> StockSheet | None:
    header = _find_header(raw)
    if header is None:
        return None
    cells = [_cell_text(v).lower() for v in raw.iloc[header]]
    code_col = next(j for j, cell in enumerate(cells) if cell in ("code", "location code"))
    name_col = next((j for j, cell in enumerate(cells) if "country or area" in cell), 1)
    notes_col = next((j for j, cell in enumerate(cells) if cell == "notes"), None)
    type_col = next((j for j, cell in enumerate(cells) if cell.startswith("type of data")), None)
    first_value = max(code_col, type_col if type_col is not None else -1) + 1
    years_here = sum(_is_period_label(v) for v in raw.iloc[header, first_value:])
    year_row = header if years_here else header + 1
    if year_row >= len(raw) or sum(_is_period_label(v) for v in raw.iloc[year_row, first_value:]) < 3:
        return None  # not a table by year (e.g. an origin-destination matrix)
    return StockSheet(table, header, year_row, name_col, notes_col, code_col, type_col, first_value)


def _find_header(raw: pd.DataFrame) -> int | None:
    for index in range(min(len(raw), 40)):
        cells = {_cell_text(v).lower() for v in raw.iloc[index]}
        if cells & {"code", "location code"}:
            return index
    return None


def _captions(raw: pd.DataFrame, sheet: StockSheet) -> list[str]:
    top = max(0, sheet.header_row - 5)
    block = raw.iloc[top:sheet.year_row + 1, sheet.first_value_col:]
    captions = block.map(lambda v: _cell_text(v) if _cell_text(v) and not _is_period_label(v) else None)
    captions = captions.ffill(axis=1).ffill(axis=0)
    return [_cell_text(v) for v in captions.iloc[-1]]


def _measure(caption: str) -> tuple[Measure | None, str]:
    lowered = caption.lower()
    for pattern, measure, reason in _MEASURES:
        if re.search(pattern, lowered):
            return measure, reason
    return None, f"columns '{caption}' (not a known measure)"


def _sex(caption: str) -> str:
    lowered = caption.lower()
    if re.search(r"\bfemales?\b", lowered):
        return "F"
    if re.search(r"\bmales?\b", lowered):
        return "M"
    return "T"


def _stock_table(raw: pd.DataFrame, sheet: StockSheet) -> tuple[pd.DataFrame, list[RejectedRow], list[str]]:
    captions = _captions(raw, sheet)
    columns: list[tuple[int, int, Measure, str]] = []
    left_out: list[str] = []
    for offset, caption in enumerate(captions):
        column = sheet.first_value_col + offset
        year = raw.iat[sheet.year_row, column]
        if not caption and not _cell_text(year):
            continue
        measure, reason = _measure(caption)
        if measure is None or not _is_year(year):
            reason = reason or f"columns '{caption}' without a single year"
            if reason not in left_out:
                left_out.append(reason)
            continue
        columns.append((column, int(float(str(year))), measure, _sex(caption)))
    body = raw.iloc[sheet.year_row + 1:]
    codes = pd.to_numeric(body.iloc[:, sheet.code_col], errors="coerce")
    countries = codes.map(iso3_by_numeric()).where(codes.notna() & (codes % 1 == 0))
    body = body[countries.notna()]
    countries = countries[countries.notna()]
    if body.empty or not columns:
        return frames.empty_frame(), [], left_out
    return (*_stock_values(body, countries, sheet, columns), left_out)


def _melt(block: pd.DataFrame) -> pd.DataFrame:
    """Long form of a block of cells: columns ``row`` (sheet row index), ``key`` (the block's
    column label) and ``raw`` (the cell), empty cells kept."""
    long = block.rename_axis("row").reset_index().melt(id_vars="row", var_name="key", value_name="raw")
    return long


def _stock_values(body: pd.DataFrame, countries: pd.Series, sheet: StockSheet,
                  columns: list[tuple[int, int, Measure, str]]) -> tuple[pd.DataFrame, list[RejectedRow]]:
    meta = pd.DataFrame([{"column": c, "year": y, "indicator_code": m.indicator, "unit_code": m.unit,
                          "factor": m.factor, "measure_note": m.note, "sex": s} for c, y, m, s in columns])
    block = body.iloc[:, meta["column"].tolist()]
    block.columns = range(len(meta))
    long = _melt(block).join(meta, on="key")
    long["country_iso3"] = long["row"].map(countries)
    flags = (frames.data_type_flags(body.iloc[:, sheet.type_col]) if sheet.type_col is not None
             else pd.Series("", index=body.index))
    long["data_type_flag"] = long["row"].map(flags)
    keys = (frames.text(body.iloc[:, sheet.notes_col]) if sheet.notes_col is not None
            else pd.Series("", index=body.index))
    long["footnote"] = long["row"].map(keys.map(lambda key: f"UN DESA footnote ({_note_key(key)})" if key else ""))
    return _stock_observations(long, sheet)


def _note_key(key: str) -> str:
    return key.removesuffix(".0")


def _stock_observations(long: pd.DataFrame, sheet: StockSheet) -> tuple[pd.DataFrame, list[RejectedRow]]:
    raw_text = frames.text(long["raw"])
    suppressed = raw_text == SUPPRESSED
    zero = raw_text.isin(ROUNDS_TO_ZERO)
    values, missing, bad = frames.parse_numbers(long["raw"].where(~(suppressed | zero), None))
    values = (values.where(~zero, 0.0) * long["factor"]).round(6)
    origin = sheet.name + "!R" + (long["row"] + 1).astype(str) + "C" + (long["column"] + 1).astype(str)
    rejected = frames.rejected_rows(origin[bad], "value '" + raw_text[bad] + "' is not a number")
    status = pd.Series("A", index=long.index).where(~(missing | suppressed), "M").where(~zero, "E")
    marker = pd.Series("", index=long.index).where(~suppressed, SUPPRESSED_NOTE).where(~zero, ZERO_NOTE)
    period = frames.year_columns(long["year"], "POINT", month=7, day=1)
    frame = pd.DataFrame({
        "country_iso3": long["country_iso3"], "indicator_code": long["indicator_code"],
        "indicator_label": long["indicator_code"].map(lambda code: indicators()[code].name),
        **{name: period[name] for name in period.columns},
        "sex": long["sex"], "direction": long["indicator_code"].map(lambda code: indicators()[code].direction),
        "voluntariness": long["indicator_code"].map(lambda code: "FORCED" if code.startswith("FD_") else "_T"),
        "value": values, "unit_code": long["unit_code"], "obs_status": status,
        "data_type_flag": long["data_type_flag"].where(~long["indicator_code"].isin(NO_TYPE_OF_DATA), ""),
        "source_table_ref": sheet.name,
        "note": frames.join_notes(long["measure_note"], long["footnote"], marker), "origin": origin,
    })
    return frame[~bad], rejected


# -- flows -------------------------------------------------------------------------------------

_FLOW_TYPES = {"immigrants": ("IN", "IMMIGRATION"), "emigrants": ("OUT", "EMIGRATION")}
_COVERAGE_LABEL = {"citizens": "citizens", "foreigners": "foreigners"}
_CRITERION_FLAG = {"citizenship": "C", "place of birth": "B", "residence": ""}
PREFERRED_CRITERION = "residence"  # the UN 1998 recommendations define migrants by residence


def _read_flows(path: Path, book: pd.ExcelFile) -> ParsedTable:
    raw = _raw(book, "Totals")
    header = next((i for i in range(min(len(raw), 40))
                   if {"criteria", "type", "coverage"} <= {_cell_text(v).lower() for v in raw.iloc[i]}), None)
    if header is None:
        raise UnrecognisedLayout(path, "the 'Totals' sheet has no CntName / Criteria / Type / Coverage header")
    revision = _revision(raw, "2015")
    cells = [_cell_text(v).lower() for v in raw.iloc[header]]
    spot = {name: cells.index(name) for name in ("criteria", "type", "coverage")}
    name_col = cells.index("cntname") if "cntname" in cells else spot["criteria"] - 1
    year_cols = [j for j, v in enumerate(raw.iloc[header]) if _is_year(v)]
    body = raw.iloc[header + 1:]
    body = body[frames.text(body.iloc[:, name_col]) != ""]
    rows = pd.DataFrame({
        "name": frames.text(body.iloc[:, name_col]), "criterion": frames.text(body.iloc[:, spot["criteria"]]),
        "type": frames.text(body.iloc[:, spot["type"]]).str.lower(),
        "coverage": frames.text(body.iloc[:, spot["coverage"]]), "line": body.index + 1,
    }, index=body.index)
    rejected: list[RejectedRow] = []
    rows, rejected = _flow_rows(rows, rejected)
    years = {j: int(float(str(raw.iat[header, j]))) for j in year_cols}
    frame, problems = _flow_values(body.loc[rows.index], rows, years, revision)
    rejected += problems
    layout = f"International Migration Flows, {revision} revision (Totals)"
    return ParsedTable("undesa", SOURCE_CODE, f"UN DESA International Migration Flows, {revision} revision",
                       frames.canonical(frame), rejected, layout)


def _flow_rows(rows: pd.DataFrame, rejected: list[RejectedRow]) -> tuple[pd.DataFrame, list[RejectedRow]]:
    origin = "Totals!R" + rows["line"].astype(str)
    resolved = resolve_many(rows["name"])
    rows["country_iso3"] = rows["name"].map(resolved)
    unknown = rows["country_iso3"].isna()
    rejected += frames.rejected_rows(origin[unknown], rows.loc[unknown, "name"].map(not_recognised))
    bad_type = ~rows["type"].isin(list(_FLOW_TYPES)) & ~unknown
    rejected += frames.rejected_rows(origin[bad_type], "type '" + rows.loc[bad_type, "type"] + "' is neither "
                                     "Immigrants nor Emigrants")
    rows = rows[~unknown & ~bad_type].copy()
    rows["indicator_code"] = [_flow_indicator(t, c) for t, c in zip(rows["type"], rows["coverage"], strict=True)]
    rows["preferred"] = rows["criterion"].str.lower() == PREFERRED_CRITERION
    rows = rows.sort_values(["preferred"], ascending=False, kind="stable")
    duplicate = rows.duplicated(["country_iso3", "indicator_code"], keep="first")
    kept = rows[~duplicate].set_index(["country_iso3", "indicator_code"])["criterion"]
    for _, row in rows[duplicate].iterrows():
        rejected.append(RejectedRow(
            f"Totals!R{row['line']}",
            f"{row['name']} {row['type']} ({row['coverage']}) by {row['criterion'].lower()} repeats the series "
            f"given by {kept[(row['country_iso3'], row['indicator_code'])].lower()}; only that one is imported",
            str(row["country_iso3"])))
    return rows[~duplicate].sort_index(), rejected


def _flow_indicator(flow_type: str, coverage: str) -> str:
    suffix, _ = _FLOW_TYPES[flow_type]
    group = _COVERAGE_LABEL.get(coverage.strip().lower())
    return f"MIG_FLOW_{suffix}" if group is None else f"X_UNDESA_FLOW_{suffix}_{group.upper()}"


def _flow_label(code: str) -> str:
    if code in indicators():
        return indicators()[code].name
    direction = "Immigration" if "_IN_" in code else "Emigration"
    return f"{direction} flow of {code.rsplit('_', 1)[1].lower()} (UN DESA flows)"


def _flow_values(body: pd.DataFrame, rows: pd.DataFrame, years: dict[int, int],
                 revision: str) -> tuple[pd.DataFrame, list[RejectedRow]]:
    block = body.iloc[:, list(years)]
    block.columns = list(years.values())
    long = _melt(block).rename(columns={"key": "year"})
    values, missing, bad = frames.parse_numbers(long["raw"])
    info = rows.loc[long["row"]].reset_index(drop=True)
    period = frames.year_columns(long["year"], "YEAR")
    column_of = {year: column + 1 for column, year in years.items()}
    origin = "Totals!R" + info["line"].astype(str) + "C" + long["year"].map(column_of).astype(str)
    rejected = frames.rejected_rows(origin[bad], "value '" + frames.text(long["raw"])[bad] + "' is not a number")
    frame = pd.DataFrame({
        "country_iso3": info["country_iso3"], "indicator_code": info["indicator_code"],
        "indicator_label": info["indicator_code"].map(_flow_label),
        **{name: period[name] for name in period.columns},
        "direction": info["type"].map(lambda t: _FLOW_TYPES[t][1]),
        "value": values, "unit_code": "PERSONS_PER_YEAR",
        "obs_status": pd.Series("A", index=long.index).where(~missing, "M"),
        "data_type_flag": info["criterion"].str.lower().map(_CRITERION_FLAG).fillna(""),
        "source_table_ref": f"UN DESA International Migration Flows {revision} rev., Totals",
        "note": "criterion: " + info["criterion"] + "; coverage: " + info["coverage"],
        "origin": origin,
    })
    return frame[~bad], rejected
