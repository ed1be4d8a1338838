"""Reader of UNHCR population statistics: the Refugee Data Finder export (``population.csv``:
free-form preamble, one row per year x origin x asylum with a column per population type) and
the legacy Population Statistics Reference Database ("popstats") time-series export (banner,
long format, ``*`` for a suppressed value of 1-4).

Every value is an end-of-year stock (31 December). Each population type becomes an observation
for the country of asylum (partner: the origin country) and, for types that describe people
abroad (refugees, asylum seekers, Venezuelans displaced abroad, others of concern, other people
in need of protection), a mirror observation for the country of origin (partner: the asylum
country, direction EMIGRATION). Origins that are not a country (unknown, stateless, Tibetan)
are grouped under the residual partner ``_OTHER``; IDPs and stateless persons have no partner
(``_T``). In the Data Finder export zeros and empty cells mean "none" and produce nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from mainstream_desktop.core.imports import frames, sniff
from mainstream_desktop.core.imports.country_names import normalise, not_recognised, resolve_many
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from mainstream_desktop.core.imports.reference import indicators, iso3_codes
from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow

SOURCE_CODE = "UNHCR"
SUPPRESSED_NOTE = "1-4, suppressed"
NOT_A_COUNTRY = frozenset({"various unknown", "unknown", "stateless", "tibetan"})
RESIDUAL = "_OTHER"
KEY = ["country_iso3", "indicator_code", "period_start", "partner_country", "direction"]


@dataclass(frozen=True)
class PopulationType:
    """How one UNHCR population type maps to our indicators."""

    asylum_code: str
    origin_code: str | None  # None: no mirror observation for the country of origin
    has_partner: bool = True
    label: str = ""


TYPES: dict[str, PopulationType] = {
    "REF": PopulationType("FD_REF_ASYLUM", "FD_REF_ORIGIN"),
    "ASY": PopulationType("FD_ASYLUM_SEEKERS", "FD_ASYLUM_SEEKERS"),
    "VDA": PopulationType("X_UNHCR_VDA", "X_UNHCR_VDA", label="Venezuelans displaced abroad (UNHCR)"),
    "OOC": PopulationType("FD_OOC", "FD_OOC"),
    "OIP": PopulationType("FD_OIP", "FD_OIP"),
    "IDP": PopulationType("FD_IDP", None, has_partner=False),
    "STA": PopulationType("FD_STATELESS", None, has_partner=False),
    "RET_REF": PopulationType("FD_RETURNED_REF", None),
    "RET_IDP": PopulationType("FD_RETURNED_IDP", None, has_partner=False),
    "HST": PopulationType("X_UNHCR_HST", None, has_partner=False, label="Host community (UNHCR)"),
}
# normalised column or population-type label -> type key (first matching prefix wins)
_TYPE_LABELS: tuple[tuple[str, str], ...] = (
    ("returned refugees", "RET_REF"), ("returned idps", "RET_IDP"), ("refugees", "REF"),
    ("asylum seekers", "ASY"), ("idps", "IDP"), ("internally displaced", "IDP"),
    ("venezuelans displaced abroad", "VDA"), ("stateless", "STA"), ("others of concern", "OOC"),
    ("other people in need of international protection", "OIP"), ("host community", "HST"),
)


def read(path: Path) -> ParsedTable:
    lines = sniff.head_lines(path, 60)
    rows = [sniff.csv_fields(line) for line in lines]
    for index, fields in enumerate(rows):
        lowered = [field.lower() for field in fields]
        if lowered[:1] == ["year"] and "population type" in lowered and "value" in lowered:
            return _read_popstats(path, index, lines)
        if lowered[:1] == ["year"] and any("country of asylum" in field for field in lowered):
            return _read_data_finder(path, index, rows)
        if lowered[:1] == ["footnote"]:
            raise UnrecognisedLayout(path, "these are UNHCR footnotes, not a data table")
    raise UnrecognisedLayout(path, "no UNHCR header ('Year, Country of origin ..., Country of asylum ...' "
                                   "or 'Year, Country / territory of asylum/residence, Origin, Population type, "
                                   "Value')")


def type_key(label: str) -> str:
    """Our key of a UNHCR population type ("REF", "ASY"...), or a slug for unknown types."""
    text = normalise(label.replace("\u2019", "'"))
    for prefix, key in _TYPE_LABELS:
        if text.startswith(normalise(prefix)):
            return key
    return frames.slug(label, 30)


def _type(key: str, label: str) -> PopulationType:
    known = TYPES.get(key)
    return known or PopulationType(f"X_UNHCR_{key}", None, label=f"{label.strip()} (UNHCR)")


def _extracted(lines: list[str]) -> str:
    for line in lines[:15]:
        if match := re.search(r"(\d{4})-(\d{2})-(\d{2})", line):
            return match[0]
        if "extracted" in line.lower() and (match := re.search(r"(\d{2})/(\d{2})/(\d{4})", line)):
            return f"{match[3]}-{match[2]}-{match[1]}"  # the Data Finder writes day/month/year
    return ""


def _read_csv(path: Path, header: int) -> pd.DataFrame:
    table = pd.read_csv(path, skiprows=header, dtype=str, keep_default_na=False,
                        encoding=sniff.text_encoding(path), skip_blank_lines=False)
    table.columns = [str(name).strip() for name in table.columns]
    table.index = table.index + header + 2  # 1-based line numbers
    return table


# -- Refugee Data Finder -----------------------------------------------------------------------

def _read_data_finder(path: Path, header: int, rows: list[list[str]]) -> ParsedTable:
    table = _read_csv(path, header)
    columns = list(table.columns)
    if len(columns) < 6:
        raise UnrecognisedLayout(path, "the UNHCR header has no population columns")
    year, origin_name, origin_iso, asylum_name, asylum_iso = columns[:5]
    table = table[frames.text(table[year]).str.fullmatch(r"\d{4}")]
    extracted = _extracted([",".join(row) for row in rows[:header]])
    rejected: list[RejectedRow] = []
    asylum = _countries(table[asylum_iso], table[asylum_name])
    unknown = asylum.isna()
    rejected += frames.rejected_rows("line " + table.index[unknown].astype(str),
                                     table.loc[unknown, asylum_name].map(not_recognised))
    table, asylum = table[~unknown], asylum[~unknown]
    origin = _countries(table[origin_iso], table[origin_name])
    long = table[columns[5:]].rename_axis("line").reset_index().melt(
        id_vars="line", var_name="column", value_name="raw")
    cells = frames.text(long["raw"])
    long = long[~cells.isin(["", "0", "-"])]
    values, _, bad = frames.parse_numbers(long["raw"])
    where = "line " + long["line"].astype(str) + ", " + long["column"].astype(str)
    rejected += frames.rejected_rows(where[bad], "value '" + frames.text(long["raw"])[bad] + "' is not a number")
    long = long[~bad].assign(value=values[~bad], origin=where[~bad], obs_status="A", note="")
    long["year"] = long["line"].map(frames.text(table[year])).astype(int)
    long["asylum"] = long["line"].map(asylum)
    long["origin_iso"] = long["line"].map(origin)
    long["origin_label"] = long["line"].map(frames.text(table[origin_name]))
    long["type"] = long["column"].map({name: type_key(name) for name in columns[5:]})
    long["type_label"] = long["column"]
    ref = "UNHCR Refugee Data Finder, end-year stock population totals" + (
        f", extracted {extracted}" if extracted else "")
    frame = _observations(long, ref)
    name = "UNHCR Refugee Data Finder" + (f" (extracted {extracted})" if extracted else "")
    return ParsedTable("unhcr", SOURCE_CODE, name, frames.canonical(frame), rejected,
                       "UNHCR Refugee Data Finder export")


def _countries(codes: pd.Series, names: pd.Series) -> pd.Series:
    """ISO3 from the export's ISO column, else from the name; None when neither is a country."""
    iso = frames.text(codes).str.upper()
    known = iso.isin(iso3_codes())
    resolved = names.map(resolve_many(names[~known]))
    return iso.where(known, resolved).where(known | resolved.notna(), None)


# -- legacy popstats ---------------------------------------------------------------------------

def _read_popstats(path: Path, header: int, lines: list[str]) -> ParsedTable:
    table = _read_csv(path, header)
    year, asylum_name, origin_name, kind, value = table.columns[:5]
    table = table[frames.text(table[year]).str.fullmatch(r"\d{4}")]
    raw = frames.text(table[value])
    table = table[raw != ""]
    raw = raw[raw != ""]
    rejected: list[RejectedRow] = []
    where = "line " + table.index.astype(str)
    asylum = table[asylum_name].map(resolve_many(table[asylum_name]))
    origin = table[origin_name].map(resolve_many(table[origin_name]))
    residual = frames.text(table[origin_name]).map(normalise).isin(NOT_A_COUNTRY)
    bad_asylum = asylum.isna()
    bad_origin = origin.isna() & ~residual & ~bad_asylum
    rejected += frames.rejected_rows(where[bad_asylum], table.loc[bad_asylum, asylum_name].map(not_recognised))
    rejected += frames.rejected_rows(where[bad_origin], table.loc[bad_origin, origin_name].map(not_recognised))
    suppressed = raw == "*"
    values, _, bad = frames.parse_numbers(raw.where(~suppressed, ""))
    bad = bad & ~bad_asylum & ~bad_origin
    rejected += frames.rejected_rows(where[bad], "value '" + raw[bad] + "' is not a number")
    keep = ~(bad_asylum | bad_origin | bad)
    long = pd.DataFrame({
        "year": frames.text(table[year]).astype(int), "asylum": asylum, "origin_iso": origin,
        "origin_label": frames.text(table[origin_name]), "type": table[kind].map(type_key),
        "type_label": table[kind], "value": values,
        "obs_status": pd.Series("A", index=table.index).where(~suppressed, "M"),
        "note": pd.Series("", index=table.index).where(~suppressed, SUPPRESSED_NOTE), "origin": where,
    })[keep]
    extracted = _extracted(lines[:header])
    ref = "UNHCR Population Statistics Reference Database, time series" + (
        f", extracted {extracted}" if extracted else "")
    frame = _observations(long, ref)
    name = "UNHCR Population Statistics Reference Database" + (f" (extracted {extracted})" if extracted else "")
    return ParsedTable("unhcr", SOURCE_CODE, name, frames.canonical(frame), rejected,
                       "UNHCR popstats time-series export (legacy)")


# -- shared ------------------------------------------------------------------------------------

def _observations(long: pd.DataFrame, ref: str) -> pd.DataFrame:
    """Asylum-side and origin-side observations of the long cells (``year``, ``asylum``,
    ``origin_iso``, ``origin_label``, ``type``, ``type_label``, ``value``, ``obs_status``,
    ``note``, ``origin``), duplicates of one cell summed."""
    pairs = long[["type", "type_label"]].drop_duplicates().itertuples(index=False)
    kinds = {key: _type(key, label) for key, label in pairs}
    spec = long["type"].map(kinds)
    foreign = long["origin_iso"].notna() & (long["origin_iso"] != long["asylum"])
    has_partner = spec.map(lambda s: s.has_partner)
    partner = long["origin_iso"].where(foreign, RESIDUAL).where(long["origin_iso"] != long["asylum"], "_T")
    partner = partner.where(has_partner, "_T")
    asylum_code = spec.map(lambda s: s.asylum_code)
    asylum_side = long.assign(
        country_iso3=long["asylum"], indicator_code=asylum_code, partner_country=partner,
        direction=asylum_code.map(_default_direction).where(~(has_partner & (partner != "_T")), "IMMIGRATION"),
        note=frames.join_notes(long["note"], _origin_note(long, partner)))
    mirrored = spec.map(lambda s: s.origin_code is not None) & foreign
    origin_side = long[mirrored].assign(
        country_iso3=long.loc[mirrored, "origin_iso"], indicator_code=spec[mirrored].map(lambda s: s.origin_code),
        partner_country=long.loc[mirrored, "asylum"], direction="EMIGRATION")
    both = pd.concat([asylum_side, origin_side], ignore_index=True)
    both["indicator_label"] = [_label(code, kinds) for code in both["indicator_code"]]
    period = frames.year_columns(both["year"], "POINT", month=12, day=31)
    both = pd.concat([both, period], axis=1)
    both = _sum_duplicates(both)
    return both.assign(unit_code="PERSONS", voluntariness="FORCED", source_table_ref=ref)[
        ["country_iso3", "indicator_code", "indicator_label", "period_start", "period_end", "period_type",
         "partner_country", "direction", "voluntariness", "value", "unit_code", "obs_status",
         "source_table_ref", "note", "origin"]]


def _default_direction(code: str) -> str:
    info = indicators().get(code)
    return info.direction if info else "NA"


def _origin_note(long: pd.DataFrame, partner: pd.Series) -> pd.Series:
    residual = partner == RESIDUAL
    return ("origin: " + long["origin_label"]).where(residual, "")


def _label(code: str, kinds: dict[str, PopulationType]) -> str:
    info = indicators().get(code)
    if info is not None:
        return info.name
    return next((kind.label for kind in kinds.values() if code in (kind.asylum_code, kind.origin_code)), code)


def _sum_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells given more than once (several non-country origins, several stateless rows) summed:
    status M only if all parts are missing, E if some are."""
    duplicated = frame.duplicated(KEY, keep=False)
    if not duplicated.any():
        return frame
    groups = frame[duplicated].groupby(KEY, sort=False, dropna=False)
    merged = groups.agg(
        indicator_label=("indicator_label", "first"), period_end=("period_end", "first"),
        period_type=("period_type", "first"), value=("value", lambda v: v.sum(min_count=1)),
        status=("obs_status", lambda s: s.iat[0] if s.nunique() == 1 else "E"),
        note=("note", lambda notes: "; ".join(dict.fromkeys(n for n in notes if n))),
        origin=("origin", lambda where: "; ".join(where.head(3)) + ("; ..." if len(where) > 3 else "")),
        parts=("origin", "size"),
    ).reset_index()
    merged["note"] = frames.join_notes(merged["note"], "sum of " + merged["parts"].astype(str) + " rows")
    merged = merged.rename(columns={"status": "obs_status"}).drop(columns="parts")
    return pd.concat([frame[~duplicated], merged], ignore_index=True)
