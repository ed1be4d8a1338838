"""Reader of ILOSTAT CSV files in both layouts: the bulk download with codes (``ref_area`` ISO3,
``indicator``, ``sex`` ``SEX_T``..., ``classif1``/``classif2`` codes, ``time`` ``2019``/``2019Q1``/
``2019M01``, ``obs_value``, ``obs_status`` codes) and the data-explorer download with labels
(``ref_area.label`` names, "Area type: Rural", "Currency: 2021 PPP $"...).

Indicators map to ours through the ``ILOSTAT:`` external codes of ``indicators.csv``; in the
label layout the code is taken from the file name ILOSTAT gives downloads (``<CODE>_A-...``) when
the file holds one indicator, else the label becomes a user-defined code ``X_ILO_<slug>``.
Classifications fill dimensions where one exists (age, education, occupation, skill level,
economic activity, place of birth or citizenship -> direction/partner); a classification value
without a dimension (rural/urban, native-born, a currency other than US dollars) is kept in the
note and appended to the indicator code (a user-defined ``X_`` code), so that it never collides
with the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from mainstream_desktop.core.imports import frames, sniff
from mainstream_desktop.core.imports.country_names import normalise, not_recognised, resolve_many
from mainstream_desktop.core.imports.errors import UnrecognisedLayout
from mainstream_desktop.core.imports.reference import (
    code_lists,
    external_codes,
    indicators,
    iso3_codes,
)
from mainstream_desktop.core.imports.schema import ParsedTable, RejectedRow

SOURCE_CODE = "ILOSTAT"
ROLES = ("ref_area", "source", "indicator", "sex", "classif1", "classif2", "time", "obs_value", "obs_status",
         "note_classif", "note_indicator", "note_source")
_FILE_CODE = re.compile(r"^([A-Z0-9]{2,5}(?:_[A-Z0-9]+){2,})(?:-.*)?$")
_FREQUENCY = re.compile(r"_[AQM]$")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
SEX = {"SEX_T": "T", "SEX_M": "M", "SEX_F": "F", "SEX_O": "O", "SEX_X": "U", "TOTAL": "T", "MALE": "M",
       "FEMALE": "F", "OTHER": "O", "NOT ELSEWHERE CLASSIFIED": "U", "UNKNOWN": "U"}
STATUS = {  # ILOSTAT obs_status code or label -> (our status, note)
    "B": ("B", ""), "BREAK IN SERIES": ("B", ""), "U": ("E", "unreliable"), "UNRELIABLE": ("E", "unreliable"),
    "M": ("E", "model-based extrapolation"), "MODEL-BASED EXTRAPOLATION": ("E", "model-based extrapolation"),
    "I": ("E", "imputation"), "IMPUTATION": ("E", "imputation"), "E": ("E", ""), "ESTIMATE": ("E", ""),
    "P": ("P", ""), "PROVISIONAL": ("P", ""), "F": ("F", ""), "FORECAST": ("F", ""),
    "A": ("A", "adjusted"), "ADJUSTED": ("A", "adjusted"), "R": ("A", ""), "REAL VALUE": ("A", ""), "": ("A", ""),
}
AGGREGATE_WORDS = ("world", "income", "arab states", "g20", "g7", "brics", "european union", "oecd")


@dataclass
class Effect:
    """What one classification value means for an observation."""

    dims: dict[str, str] = field(default_factory=dict)
    variant: str = ""
    note: str = ""
    unit: str = ""
    reject: str = ""


def read(path: Path) -> ParsedTable:
    header = [cell.lower() for cell in sniff.csv_fields(next(iter(sniff.head_lines(path, 1)), ""))]
    labels = "ref_area.label" in header
    if not ({"ref_area", "ref_area.label"} & set(header) and {"obs_value", "time"} <= set(header)):
        raise UnrecognisedLayout(path, "no ILOSTAT header (ref_area, indicator, ..., time, obs_value)")
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=sniff.text_encoding(path))
    table.columns = [_role(name) for name in table.columns]
    table.index = table.index + 2  # 1-based line numbers
    for role in ROLES:
        if role not in table.columns:
            table[role] = ""
    file_code, downloaded = _from_file_name(path)
    frame, rejected = _observations(table, labels, file_code, downloaded)
    kind = "explorer download with labels" if labels else "bulk download with codes"
    name = "ILOSTAT" + (f" (download {downloaded})" if downloaded else "")
    return ParsedTable("ilostat", SOURCE_CODE, name, frames.canonical(frame), rejected, f"ILOSTAT {kind}")


def _role(name: str) -> str:
    cleaned = str(name).replace("\ufeff", "").strip().strip('"').lower()
    return cleaned.removesuffix(".label")


def _from_file_name(path: Path) -> tuple[str, str]:
    match = _FILE_CODE.match(Path(path).name.split(".")[0])
    code = _FREQUENCY.sub("", match[1]) if match else ""
    date = _DATE.search(Path(path).name)
    return code, date[1] if date else ""


# -- countries ---------------------------------------------------------------------------------

def _countries(names: pd.Series, labels: bool) -> tuple[pd.Series, pd.Series]:
    """ISO3 per row, and the mask of rows to reject (unknown names; aggregates are dropped)."""
    text = frames.text(names)
    if not labels:
        iso = text.str.upper()
        return iso.where(iso.isin(iso3_codes()), None), pd.Series(False, index=names.index)
    resolved = text.map(resolve_many(text))
    unresolved = text[resolved.isna()]
    aggregate = unresolved.map({name: _is_aggregate(name) for name in pd.unique(unresolved)})
    return resolved, resolved.isna() & ~aggregate.reindex(names.index, fill_value=False).astype(bool)


@cache
def _region_names() -> frozenset[str]:
    from mainstream_desktop.resource_files import read_csv_rows

    return frozenset(normalise(row["name_en"]) for row in read_csv_rows("reference", "m49_regions.csv"))


def _is_aggregate(name: str) -> bool:
    """ILOSTAT's world, regional and income-group rows (skipped, not rejected)."""
    lowered = normalise(name)
    return lowered in _region_names() or any(word in lowered for word in AGGREGATE_WORDS)


# -- classifications ---------------------------------------------------------------------------

def classification(value: str) -> Effect:
    """The meaning of one ``classif1``/``classif2`` value, as a code or as a label."""
    value = value.strip()
    if not value:
        return Effect()
    if ":" in value and not re.match(r"^[A-Z0-9]+_[A-Z0-9_\-+]+$", value):
        kind, _, item = value.partition(":")
        return _by_kind(kind.strip().lower(), item.strip(), value)
    prefix, _, rest = value.partition("_")
    kind_of = {"AGE": "age", "EDU": "education", "ECO": "economic activity", "OCU": "occupation",
               "GEO": "area type", "CUR": "currency", "CBR": "place of birth", "CCT": "citizenship",
               "MIG": "migrant status"}
    group, _, item = rest.partition("_")
    return _by_kind(kind_of.get(prefix, prefix.lower()), item, value, group=group)


def _by_kind(kind: str, item: str, full: str, group: str = "") -> Effect:
    total = item.upper() in ("TOTAL", "NATIONAL", "NAT") or item.lower() in ("total", "national")
    handlers = (("age", _age), ("education", _education), ("economic activity", _sector),
                ("occupation", _occupation), ("area", _area), ("currency", _currency),
                ("place of birth", _birth), ("country of birth", _birth), ("citizenship", _birth),
                ("migrant", _migrant), ("migration status", _migrant))
    for start, handler in handlers:
        if kind.startswith(start):
            return handler(item, full, total, group)
    if total:
        return Effect()
    return Effect(variant=frames.slug(item, 20), note=full)


def _age(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect({"age_group": "TOTAL"})
    text = item.upper().replace(" ", "")
    code = None
    if match := re.fullmatch(r"Y?(\d+)-(\d+)", text):
        code = f"Y{match[1]}T{match[2]}"
    elif match := re.fullmatch(r"Y?(?:GE)?(\d+)\+|YGE(\d+)", text):
        code = f"Y_GE{match[1] or match[2]}"
    if code in code_lists().get("AGE_GROUP", {}):
        return Effect({"age_group": code})
    return Effect(reject=f"age band '{full}' is not in the AGE_GROUP code list")


_EDU_AGGREGATES = {"LTB": "AGG_LTB", "BAS": "AGG_BAS", "INT": "AGG_INT", "ADV": "AGG_ADV",
                   "LESS THAN BASIC": "AGG_LTB", "BASIC": "AGG_BAS", "INTERMEDIATE": "AGG_INT", "ADVANCED": "AGG_ADV"}


def _education(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect({"education_isced": "_T"})
    upper = item.upper()
    if upper in _EDU_AGGREGATES:
        return Effect({"education_isced": _EDU_AGGREGATES[upper]})
    isced = "ISCED11" in group.upper() or "isced-11" in full.lower()
    if isced and (match := re.match(r"^(\d)\b", item.strip())):
        return Effect({"education_isced": match[1]})
    return Effect(variant="EDU_" + frames.slug(item, 16), note=full)


def _sector(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect({"sector_isic": "_T"})
    isic4 = "ISIC4" in group.upper() or "isic-rev.4" in full.lower()
    if isic4 and (match := re.match(r"^([A-U])\b", item.strip())):
        return Effect({"sector_isic": match[1]})
    return Effect(variant="ECO_" + frames.slug(item, 16), note=full)


def _occupation(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect({"occupation_isco": "_T"})
    isco = "ISCO08" in group.upper() or "isco-08" in full.lower()
    if isco and (match := re.match(r"^(\d)\b", item.strip())):
        return Effect({"occupation_isco": match[1]})
    skill = re.search(r"L?(?:evel )?([1-4])(?:-4)?\b", item, re.IGNORECASE) if (
        "SKILL" in group.upper() or "skill" in full.lower()) else None
    if skill:
        return Effect({"skill_level": {"1": "LOW", "2": "MEDIUM"}.get(skill[1], "HIGH")})
    return Effect(variant="OCU_" + frames.slug(item, 16), note=full)


def _area(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect()
    names = {"URB": "URBAN", "RUR": "RURAL"}
    return Effect(variant=names.get(item.upper(), frames.slug(item, 12)), note=full)


def _currency(item: str, full: str, total: bool, group: str) -> Effect:
    upper = item.upper()
    if upper in ("USD", "U.S. DOLLARS", "US DOLLARS"):
        return Effect(unit="USD")
    if upper in ("LCU", "LOCAL CURRENCY"):
        return Effect(unit="LCU", variant="LCU", note=full)
    if "PPP" in upper:
        year = re.search(r"\d{4}", item)
        return Effect(unit="USD", variant="PPP" + (year[0] if year else ""),
                      note=f"{full} (international dollars at purchasing power parity; unit USD is the closest "
                           "reference unit)")
    return Effect(variant="CUR_" + frames.slug(item, 12), note=full)


def _birth(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect()
    upper = item.upper()
    if upper in iso3_codes():
        return Effect({"partner_country": upper, "direction": "IMMIGRATION"})
    if group.upper() == "BRT" and upper == "X":  # country of birth not stated, beside CBR_BRT_<ISO3> codes
        return Effect({"partner_country": "_OTHER"}, note="country of birth not stated (CBR_BRT_X)")
    if re.search(r"FOREIGN|NON-?CITIZEN|^FOR$|^FB$", upper):
        return Effect({"direction": "IMMIGRATION"})
    if upper == "X" or re.search(r"UNKNOWN|NOT STATED|NOT ELSEWHERE", upper):
        return Effect(variant="UNKNOWN", note=full)
    return Effect(variant=frames.slug(item, 16), note=full)  # native-born, nationals...


def _migrant(item: str, full: str, total: bool, group: str) -> Effect:
    if total:
        return Effect()
    upper = item.upper()
    if re.search(r"NON-?MIGRANT|NONMIG", upper):
        return Effect(variant="NONMIGRANTS", note=full)
    if re.search(r"MIGRANT|^MIG$", upper):
        return Effect({"direction": "IMMIGRATION"})
    return Effect(variant=frames.slug(item, 16), note=full)


# -- indicators --------------------------------------------------------------------------------

def _indicator(code_or_label: str, labels: bool, file_code: str, single: bool) -> tuple[str, str, str]:
    """(our base code, label, ILOSTAT code or "") for one indicator cell."""
    ilo_code = code_or_label if not labels else (file_code if single else "")
    known = external_codes("ILOSTAT").get(ilo_code) if ilo_code else None
    if known:
        return known, indicators()[known].name, ilo_code
    base = "X_ILO_" + (ilo_code or frames.slug(code_or_label, 50))
    return base[:60], code_or_label, ilo_code


def _guess_unit(ilo_code: str, label: str) -> str:
    lowered = label.lower()
    if "thousands" in lowered:
        return "THOUSAND_PERSONS"
    if ilo_code.endswith("_RT") or "rate" in lowered or "%" in lowered or "percent" in lowered:
        return "PCT"
    return "COUNT"


@dataclass(frozen=True)
class Combo:
    indicator_code: str
    indicator_label: str
    unit_code: str
    dims: dict[str, str]
    note: str
    reject: str
    ilo_code: str


def _combo(indicator: str, classif1: str, classif2: str, labels: bool, file_code: str, single: bool) -> Combo:
    base, label, ilo_code = _indicator(indicator, labels, file_code, single)
    effects = [classification(classif1), classification(classif2)]
    dims: dict[str, str] = {}
    for effect in effects:
        dims.update(effect.dims)
    variants = [effect.variant for effect in effects if effect.variant]
    notes = [effect.note for effect in effects if effect.note]
    unit = next((effect.unit for effect in effects if effect.unit), "")
    reject = next((effect.reject for effect in effects if effect.reject), "")
    info = indicators().get(base)
    unit = unit or (info.unit_code if info else _guess_unit(ilo_code, label))
    dims.setdefault("direction", info.direction if info else "NA")
    if variants:
        base = ("X_" + base if not base.startswith("X_") else base) + "_" + "_".join(variants)
        label = f"{label} ({'; '.join(notes)})" if notes else label
    return Combo(base[:60], label, unit, dims, "; ".join(notes), reject, ilo_code)


def _observations(table: pd.DataFrame, labels: bool, file_code: str,
                  downloaded: str) -> tuple[pd.DataFrame, list[RejectedRow]]:
    where = "line " + table.index.astype(str)
    rejected: list[RejectedRow] = []
    countries, unknown = _countries(table["ref_area"], labels)
    rejected += frames.rejected_rows(where[unknown], table.loc[unknown, "ref_area"].map(not_recognised))
    keep = countries.notna()
    table, countries, where = table[keep], countries[keep], where[keep]
    single = frames.text(table["indicator"]).nunique() <= 1
    parts = ["indicator", "classif1", "classif2"]
    keys = table[parts].apply(frames.text)
    combos = {key: _combo(key[0], key[1], key[2], labels=labels, file_code=file_code, single=single)
              for key in keys.drop_duplicates().itertuples(index=False, name=None)}
    combo = pd.Series(list(zip(*(keys[p] for p in parts), strict=True)), index=table.index).map(combos)
    sex = frames.text(table["sex"]).str.replace(r"^Sex:\s*", "", regex=True).str.upper().map(SEX)
    periods, bad_period = frames.period_columns(frames.text(table["time"]))
    values, missing, bad_value = frames.parse_numbers(table["obs_value"])
    reason = pd.Series("", index=table.index)
    reason = reason.where(combo.map(lambda c: not c.reject), combo.map(lambda c: c.reject))
    reason = reason.where(sex.notna() | (reason != ""), "sex '" + frames.text(table["sex"]) + "' is not known")
    reason = reason.where(~bad_period | (reason != ""), "time '" + frames.text(table["time"]) + "' is not a period")
    reason = reason.where(~bad_value | (reason != ""),
                          "value '" + frames.text(table["obs_value"]) + "' is not a number")
    failed = reason != ""
    rejected += frames.rejected_rows(where[failed], reason[failed])
    ok = ~failed
    return _frame(table[ok], countries[ok], combo[ok], sex[ok], periods[ok], values[ok], missing[ok], where[ok],
                  downloaded), rejected


def _frame(table: pd.DataFrame, countries: pd.Series, combo: pd.Series, sex: pd.Series, periods: pd.DataFrame,
           values: pd.Series, missing: pd.Series, where: pd.Series, downloaded: str) -> pd.DataFrame:
    status_text = frames.text(table["obs_status"]).str.upper()
    status = status_text.map(lambda s: STATUS.get(s, ("A", f"ILOSTAT status {s}"))[0]).where(~missing, "M")
    status_note = status_text.map(lambda s: STATUS.get(s, ("A", f"ILOSTAT status {s}"))[1])
    dims = pd.DataFrame(list(combo.map(lambda c: c.dims)), index=table.index)
    ref = ("ILOSTAT " + combo.map(lambda c: c.ilo_code or c.indicator_label) + ", "
           + frames.text(table["source"]) + (f" (download {downloaded})" if downloaded else ""))
    frame = pd.DataFrame({
        "country_iso3": countries, "indicator_code": combo.map(lambda c: c.indicator_code),
        "indicator_label": combo.map(lambda c: c.indicator_label), "sex": sex, "value": values,
        "unit_code": combo.map(lambda c: c.unit_code), "obs_status": status, "source_table_ref": ref,
        "note": frames.join_notes(combo.map(lambda c: c.note), status_note, table["note_classif"],
                                  table["note_indicator"], table["note_source"]),
        "origin": where,
    }, index=table.index)
    return pd.concat([frame, periods, dims], axis=1)
