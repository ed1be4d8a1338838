"""Shared, vectorised building blocks of the readers: parsing numbers and missing tokens,
turning period labels into start/end dates and a period type, normalising UN DESA "type of
data" flags, joining notes, and finishing a partial frame into exactly ``CANONICAL_COLUMNS``
with the "all" defaults (``_T``, ``T``, ``TOTAL``) in every dimension not given."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, RejectedRow

MISSING_TOKENS = frozenset({"..", "-", ""})
THOUSANDS_SEPARATORS = re.compile(r"[\s,\u00a0\u202f\u2009']")
DEFAULTS: dict[str, Any] = {
    "indicator_label": "", "sex": "T", "age_group": "TOTAL", "partner_country": "_T",
    "direction": "NA", "migration_type": "_T", "voluntariness": "_T", "duration_class": "_T",
    "skill_level": "_T", "occupation_isco": "_T", "education_isced": "_T", "sector_isic": "_T",
    "obs_status": "A", "data_type_flag": "", "source_table_ref": "", "note": "", "origin": "",
}
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})(?:-|M)(\d{2})$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")
_FLAG_LETTERS = re.compile(r"[BCIR]")

Period = tuple[date, date, str]


def text(series: pd.Series) -> pd.Series:
    """The cells as stripped text, with empty cells (None, NaN) as ""."""
    return series.astype(object).where(series.notna(), "").astype(str).str.strip()


def parse_numbers(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(values, missing, bad): numbers from numeric cells or text with thousands separators;
    ``missing`` marks the tokens "..", "-" and empty cells; ``bad`` marks unparseable text."""
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        values = raw.astype(float)
        missing = values.isna()
        return values, missing, pd.Series(False, index=raw.index)
    numbers = pd.to_numeric(raw, errors="coerce").astype(float)
    as_text = raw.map(lambda cell: isinstance(cell, str))
    if as_text.any():
        cleaned = text(raw[as_text])
        numbers[as_text] = pd.to_numeric(cleaned.str.replace(THOUSANDS_SEPARATORS, "", regex=True),
                                          errors="coerce")
        missing = raw.isna() | (as_text & text(raw).isin(MISSING_TOKENS))
    else:
        missing = raw.isna()
    bad = numbers.isna() & ~missing
    numbers[missing] = np.nan
    return numbers, missing, bad


def parse_period(value: object) -> Period | None:
    """A period label: a year (``2019``), quarter (``2019-Q1``, ``2019Q1``), month (``2019-01``,
    ``2019M01``) or a day (``2019-07-01``, a date cell) for a point in time."""
    if isinstance(value, datetime):
        day = value.date()
        return (day, day, "POINT")
    if isinstance(value, date):
        return (value, value, "POINT")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    label = str(value).strip()
    try:
        return _parse_label(label)
    except ValueError:
        return None


def _parse_label(label: str) -> Period | None:
    if match := _YEAR.match(label):
        year = int(match[1])
        return (date(year, 1, 1), date(year, 12, 31), "YEAR")
    if match := _QUARTER.match(label):
        year, quarter = int(match[1]), int(match[2])
        last_month = quarter * 3
        return (date(year, last_month - 2, 1), date(year, last_month, calendar.monthrange(year, last_month)[1]),
                "QUARTER")
    if match := _MONTH.match(label):
        year, month = int(match[1]), int(match[2])
        return (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "MONTH")
    if match := _DAY.match(label):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return (day, day, "POINT")
    return None


def period_columns(labels: pd.Series) -> tuple[pd.DataFrame, pd.Series]:
    """``period_start``, ``period_end``, ``period_type`` for each label, and the mask of labels
    that are not a period. Each distinct label is parsed once."""
    keys = labels.astype(object)
    parsed = {key: parse_period(key) for key in pd.unique(keys)}
    found = keys.map(parsed)
    bad = found.isna()
    filled = found.where(~bad, None)
    columns = pd.DataFrame({
        "period_start": filled.map(lambda p: p[0] if p else None),
        "period_end": filled.map(lambda p: p[1] if p else None),
        "period_type": filled.map(lambda p: p[2] if p else None),
    }, index=labels.index)
    return columns, bad


def year_columns(years: pd.Series, kind: str, month: int = 1, day: int = 1) -> pd.DataFrame:
    """Period columns from integer years: a calendar year (``kind="YEAR"``) or one day of it
    (``kind="POINT"``, e.g. 1 July for UN DESA stocks, 31 December for UNHCR end-year stocks)."""
    distinct = {int(y): (date(int(y), 1, 1), date(int(y), 12, 31)) if kind == "YEAR"
                else (date(int(y), month, day),) * 2 for y in pd.unique(years)}
    spans = years.astype(int).map(distinct)
    return pd.DataFrame({"period_start": spans.map(lambda s: s[0]), "period_end": spans.map(lambda s: s[1]),
                         "period_type": kind}, index=years.index)


def data_type_flags(raw: pd.Series) -> pd.Series:
    """UN DESA "type of data" codes as single-spaced letters: "CR" -> "C R", "B R " -> "B R"."""
    mapping = {value: " ".join(_FLAG_LETTERS.findall(str(value).upper())) for value in pd.unique(text(raw))}
    return text(raw).map(mapping)


def join_notes(*parts: pd.Series | str) -> pd.Series:
    """Row-wise "; " join of the non-empty parts (Series aligned on the same index, or text)."""
    series = [part for part in parts if isinstance(part, pd.Series)]
    index = series[0].index
    columns = [text(part) if isinstance(part, pd.Series) else pd.Series(part, index=index) for part in parts]
    joined = pd.Series("", index=index, dtype=object)
    for column in columns:
        column = column.astype(str)
        joined = joined.where(column == "", joined.where(joined == "", joined + "; ") + column)
    return joined


def canonical(frame: pd.DataFrame, **constants: Any) -> pd.DataFrame:
    """The frame with exactly ``CANONICAL_COLUMNS``, filling absent ones from ``constants`` and
    then from the defaults; values as floats."""
    result = frame.reset_index(drop=True).copy()
    for name in CANONICAL_COLUMNS:
        default = constants.get(name, DEFAULTS.get(name, ""))
        if name not in result.columns:
            result[name] = default
        if name != "value":
            result[name] = result[name].astype(object).where(result[name].notna(), default)
    result["value"] = pd.to_numeric(result["value"], errors="coerce").astype(float)
    return result[list(CANONICAL_COLUMNS)]


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=float if name == "value" else object) for name in CANONICAL_COLUMNS})


def rejected_rows(origins: Iterable[str], reasons: Iterable[str]) -> list[RejectedRow]:
    return [RejectedRow(str(origin), str(reason)) for origin, reason in zip(origins, reasons, strict=True)]


def slug(label: str, limit: int = 40) -> str:
    """An upper-case code fragment from free text: "2021 PPP $" -> "2021_PPP"."""
    return re.sub(r"[^0-9A-Z]+", "_", str(label).upper()).strip("_")[:limit].rstrip("_")
