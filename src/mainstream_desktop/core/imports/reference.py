"""The shipped reference data as the table readers need it: indicators (with their external
codes, units and default direction), units (kind and multiplier), code lists, M49 region codes
and the ISO 3166 country codes of pycountry. Read once from the package CSVs and cached; no
database and no pandas, so format detection can use it cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from mainstream_desktop.resource_files import read_csv_rows


@dataclass(frozen=True)
class IndicatorInfo:
    code: str
    name: str
    unit_code: str
    direction: str


@dataclass(frozen=True)
class UnitInfo:
    code: str
    label: str
    kind: str
    multiplier: float


@cache
def indicators() -> dict[str, IndicatorInfo]:
    """Reference indicators by code."""
    return {row["code"]: IndicatorInfo(row["code"], row["name_en"], row["unit_code"],
                                       row["direction_default"] or "NA")
            for row in read_csv_rows("reference", "indicators.csv")}


@cache
def external_codes(prefix: str) -> dict[str, str]:
    """External code -> our indicator code for one publisher prefix ("WDI", "ILOSTAT"...).

    A code listed under several of our indicators (e.g. ``UNHCR:refugees``) is left out: the
    readers decide those themselves."""
    found: dict[str, list[str]] = {}
    for row in read_csv_rows("reference", "indicators.csv"):
        for token in row["external_codes"].split(";"):
            publisher, _, code = token.strip().partition(":")
            if publisher == prefix and code:
                found.setdefault(code, []).append(row["code"])
    return {code: owners[0] for code, owners in found.items() if len(owners) == 1}


@cache
def units() -> dict[str, UnitInfo]:
    return {row["code"]: UnitInfo(row["code"], row["label_en"], row["kind"], float(row["multiplier"] or 1))
            for row in read_csv_rows("reference", "units.csv")}


@cache
def code_lists() -> dict[str, dict[str, str]]:
    """List name -> {code: English label}, in the shipped order."""
    lists: dict[str, dict[str, str]] = {}
    for row in read_csv_rows("reference", "code_lists.csv"):
        lists.setdefault(row["list_name"], {})[row["code"]] = row["label_en"]
    return lists


@cache
def m49_regions() -> frozenset[str]:
    return frozenset(row["code"] for row in read_csv_rows("reference", "m49_regions.csv"))


@cache
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


@cache
def iso3_by_numeric() -> dict[int, str]:
    import pycountry

    return {int(country.numeric): country.alpha_3 for country in pycountry.countries}


def unit_factor(source_unit: str, target_unit: str) -> float:
    """What to multiply a value in ``source_unit`` by to express it in ``target_unit`` (1 when the
    two are not of the same kind, or unknown)."""
    table = units()
    source, target = table.get(source_unit), table.get(target_unit)
    if source is None or target is None or source.kind != target.kind:
        return 1.0
    return source.multiplier / target.multiplier
