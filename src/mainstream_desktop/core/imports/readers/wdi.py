"""Reader of World Bank World Development Indicators per-indicator downloads ("API_" files):
the CSV (BOM, four preamble lines, quoted numbers, a trailing comma on every line) and the
Excel variants (sheet "Data", header on row 4, text year headers, the "Last Updated Date" as
an Excel date).

The wide years become one observation per year. Aggregates (WLD, ARB, INX...) are skipped
silently: countries are the rows whose code is an ISO3 code known to pycountry. An empty cell
means "no data" in this layout (every year is written), so it produces nothing. The WDI code is
mapped to our indicator through ``indicators.csv`` external codes (values converted to that
indicator's unit, e.g. US$ to US$ millions); an unknown code becomes a user-defined indicator
``X_WDI_<code>`` whose unit is guessed from the indicator name.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from mainstream_desktop.core.imports import frames, sniff
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from mainstream_desktop.core.imports.reference import (
    external_codes,
    indicators,
    iso3_codes,
    unit_factor,
)
from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow
from mainstream_desktop.core.observation_rules import is_stock

SOURCE_CODE = "WDI"
HEADER = ("country name", "country code", "indicator name", "indicator code")
DATA_SHEET = "Data"
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_UNIT_HINTS: tuple[tuple[str, str], ...] = (
    (r"current us\$", "USD_CURRENT"), (r"us\$", "USD"), (r"\blcu\b", "LCU"),
    (r"%|percent", "PCT"), (r"per 1,000 people|per 1,000\b", "PER_1000_POP"),
    (r"per 100,000", "PER_100K_POP"), (r"\bindex\b", "INDEX"),
    (r"population|people|persons|migrants|migration|refugees|workers", "PERSONS"),
)
FALLBACK_UNIT = "COUNT"
STOCK_DAY = {"MIG_STOCK": (7, 1), "FD_": (12, 31)}  # UN DESA mid-year; UNHCR end of year


def read(path: Path, kind: str | None = None, sheet: str | None = None) -> ParsedTable:
    """Read a WDI download; ``kind`` is the container ("text", "xlsx", "xls") if known."""
    kind = kind or sniff.container(path)
    if kind == "text":
        table, updated = _read_csv(path)
        layout, where = "WDI CSV download", "line "
    else:
        table, updated = _read_excel(path, sheet or DATA_SHEET)
        layout, where = f"WDI Excel download (sheet {sheet or DATA_SHEET})", f"{sheet or DATA_SHEET}!R"
    frame, rejected = _observations(table, updated, where)
    edition = f"last updated {updated}" if updated else "edition not stated"
    return ParsedTable("wdi", SOURCE_CODE, f"World Bank World Development Indicators ({edition})",
                       frames.canonical(frame), rejected, layout)


def _header_index(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows):
        if tuple(cell.lower() for cell in row[:4]) == HEADER:
            return index
    return None


def _not_data(path: Path, first: list[str], where: str = "this file") -> UnrecognisedLayout:
    lowered = [cell.lower() for cell in first]
    if lowered[:2] == ["country code", "region"] or (lowered and lowered[0] == "indicator_code"):
        return UnrecognisedLayout(path, f"{where} holds World Bank metadata, not data; "
                                        "import the API_... data file (or its 'Data' sheet)")
    return UnrecognisedLayout(path, f"{where} has no 'Country Name, Country Code, Indicator Name, "
                                    "Indicator Code' header")


def _read_csv(path: Path) -> tuple[pd.DataFrame, str]:
    lines = sniff.head_lines(path, 40)
    rows = [sniff.csv_fields(line) for line in lines]
    header = _header_index(rows)
    if header is None:
        raise _not_data(path, next((row for row in rows if row), []))
    updated = _updated(rows[:header])
    table = pd.read_csv(path, skiprows=header, dtype=str, keep_default_na=False,
                        encoding=sniff.text_encoding(path), skip_blank_lines=False)
    table = _clean_columns(table)
    table.index = table.index + header + 2  # 1-based line numbers
    return table, updated


def _read_excel(path: Path, sheet: str) -> tuple[pd.DataFrame, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            raw = pd.read_excel(path, sheet_name=sheet, header=None, dtype=object)
        except ValueError as error:
            raise UnrecognisedLayout(path, f"there is no sheet '{sheet}'") from error
    rows = [[sniff.cell_text(v) if not _isna(v) else "" for v in row] for row in raw.head(30).itertuples(index=False)]
    header = _header_index(rows)
    if header is None:
        raise _not_data(path, next((row for row in rows if any(row)), []), f"sheet '{sheet}'")
    updated = _updated_cells(raw.head(header))
    table = raw.iloc[header + 1:].copy()
    table.columns = [sniff.cell_text(v) if not _isna(v) else "" for v in raw.iloc[header]]
    table = _clean_columns(table)
    table.index = table.index + 1  # 1-based row numbers
    return table, updated


def _isna(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _clean_columns(table: pd.DataFrame) -> pd.DataFrame:
    keep = [name for name in table.columns if str(name).strip() and not str(name).startswith("Unnamed")]
    table = table[keep]
    table.columns = [str(name).strip() for name in table.columns]
    return table


def _updated(rows: list[list[str]]) -> str:
    for row in rows:
        if len(row) > 1 and row[0].lower() == "last updated date":
            return _as_iso(row[1])
    return ""


def _updated_cells(raw: pd.DataFrame) -> str:
    for row in raw.itertuples(index=False):
        if len(row) > 1 and sniff.cell_text(row[0]).lower() == "last updated date":
            return _as_iso(row[1])
    return ""


def _as_iso(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not _isna(value):
        return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()  # Excel serial day
    text = str(value).strip()
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text


def unit_guess(name: str) -> str:
    """Our unit code for a WDI indicator name, e.g. "(current US$)" -> USD_CURRENT."""
    lowered = name.lower()
    for pattern, unit in _UNIT_HINTS:
        if re.search(pattern, lowered):
            return unit
    return FALLBACK_UNIT


def _indicator_rows(codes: pd.DataFrame) -> pd.DataFrame:
    """One row per (WDI code, name): our code, label, unit, factor, direction and note."""
    known = external_codes("WDI")
    rows = []
    for wdi_code, name in codes.itertuples(index=False):
        guessed = unit_guess(name)
        ours = known.get(wdi_code)
        if ours is not None:
            info = indicators()[ours]
            factor = unit_factor(guessed, info.unit_code) if guessed != FALLBACK_UNIT else 1.0
            note = f"converted from {guessed} to {info.unit_code}" if factor != 1.0 else ""
            rows.append((wdi_code, name, ours, info.name, info.unit_code, factor, info.direction, note))
        else:
            code = "X_WDI_" + re.sub(r"[^0-9A-Za-z]+", "_", wdi_code).strip("_").upper()
            note = f"unit {guessed} guessed from the WDI indicator name"
            rows.append((wdi_code, name, code[:60], name, guessed, 1.0, "NA", note))
    return pd.DataFrame(rows, columns=["wdi_code", "wdi_name", "indicator_code", "indicator_label", "unit_code",
                                       "factor", "direction", "unit_note"])


def _observations(table: pd.DataFrame, updated: str, where: str) -> tuple[pd.DataFrame, list[RejectedRow]]:
    names = {name.lower(): name for name in table.columns}
    _, country, ind_name, ind_code = (names[key] for key in HEADER)
    years = [name for name in table.columns if _YEAR.match(str(name))]
    position = {name: index + 1 for index, name in enumerate(table.columns)}
    table = table.assign(_line=table.index)
    table = table[frames.text(table[country]).isin(iso3_codes())]
    long = table.melt(id_vars=[country, ind_name, ind_code, "_line"], value_vars=years,
                      var_name="year", value_name="raw")
    values, missing, bad = frames.parse_numbers(long["raw"])
    keep = ~missing
    long, values, bad = long[keep], values[keep], bad[keep]
    if where == "line ":
        origin = "line " + long["_line"].astype(str) + ", " + long["year"].astype(str)
    else:
        origin = where + long["_line"].astype(str) + "C" + long["year"].map(position).astype(str)
    rejected = frames.rejected_rows(origin[bad], "value '" + frames.text(long["raw"])[bad] + "' is not a number")
    long, values, origin = long[~bad], values[~bad], origin[~bad]
    meta = _indicator_rows(long[[ind_code, ind_name]].drop_duplicates())
    info = long[[ind_code, ind_name]].merge(meta, how="left", left_on=[ind_code, ind_name],
                                            right_on=["wdi_code", "wdi_name"]).set_index(long.index)
    frame = pd.DataFrame({
        "country_iso3": frames.text(long[country]), "indicator_code": info["indicator_code"],
        "indicator_label": info["indicator_label"], "direction": info["direction"],
        "value": (values * info["factor"]).round(9), "unit_code": info["unit_code"],
        "source_table_ref": "WDI " + long[ind_code].astype(str) + (f", last updated {updated}" if updated else ""),
        "note": info["unit_note"], "origin": origin,
    }, index=long.index)
    period = _periods(long["year"].astype(str).str[:4].astype(int), frame["indicator_code"])
    return pd.concat([frame, period], axis=1), rejected


def _periods(years: pd.Series, codes: pd.Series) -> pd.DataFrame:
    """Calendar years, except for stocks, which are counted on one day of the year."""
    period = frames.year_columns(years, "YEAR")
    for prefix, (month, day) in STOCK_DAY.items():
        stock = codes.str.startswith(prefix) & codes.map(is_stock)
        if stock.any():
            period.loc[stock] = frames.year_columns(years[stock], "POINT", month, day)
    return period
