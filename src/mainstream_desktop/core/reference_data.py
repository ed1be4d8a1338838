"""The shipped reference data: loading it into the database and answering look-ups.

Loading is idempotent and cheap at start-up: a fingerprint of the shipped files (and of the
pycountry release) is compared with the one stored in ``ref_version``; only when it differs are
the reference tables rewritten, in one transaction, with Core bulk inserts.

Look-ups answer in the label language (``core/reference_labels.py``): the window's language, or
the one a ``ReferenceData`` is given; the database itself stays in English.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import Choice
from mainstream_desktop.core.reference_labels import ReferenceLabels, sort_key
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.models.base import Base
from mainstream_desktop.models.reference import (
    CodeValue,
    Country,
    Currency,
    GlobalDataSource,
    Indicator,
    ReferenceDataVersion,
    Region,
    Unit,
)
from mainstream_desktop.resource_files import read_csv_rows, resource

REFERENCE_FILES = (
    "code_lists.csv",
    "m49_regions.csv",
    "country_regions.csv",
    "units.csv",
    "indicators.csv",
    "global_data_sources.csv",
)
FINGERPRINT_NAME = "reference"


def shipped_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update(name.encode())
        digest.update(resource("reference", name).read_bytes())
    digest.update(metadata.version("pycountry").encode())
    return digest.hexdigest()


def ensure_reference_data(uow_factory: UnitOfWorkFactory) -> bool:
    """Load the shipped reference data if the database lacks this version. True if loaded."""
    fingerprint = shipped_fingerprint()
    with uow_factory() as uow:
        stored = uow.session.get(ReferenceDataVersion, FINGERPRINT_NAME)
        if stored is not None and stored.sha256 == fingerprint:
            return False
        session = uow.session
        _replace_rows(session, Region, _regions())
        _replace_rows(session, Currency, _currencies())
        _replace_rows(session, Country, _countries())
        _replace_rows(session, Unit, _units())
        _replace_rows(session, Indicator, _indicators())
        _replace_rows(session, CodeValue, _code_values())
        _replace_rows(session, GlobalDataSource, list(read_csv_rows("reference", "global_data_sources.csv")))
        if stored is None:
            session.add(ReferenceDataVersion(name=FINGERPRINT_NAME, sha256=fingerprint))
        else:
            stored.sha256 = fingerprint
    return True


def _replace_rows(session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """Make the table hold exactly ``rows``: update rows whose key exists (workspaces may refer
    to them), insert new ones, delete the ones no longer shipped."""
    key_columns = [column.name for column in inspect(model).primary_key]
    existing = {tuple(row) for row in session.execute(select(*inspect(model).primary_key))}
    shipped = {tuple(row[name] for name in key_columns): row for row in rows}
    updates = [row for key, row in shipped.items() if key in existing]
    inserts = [row for key, row in shipped.items() if key not in existing]
    if updates:
        session.execute(update(model), updates)
    if inserts:
        session.execute(insert(model), inserts)
    for key in existing - shipped.keys():
        session.execute(delete(model).where(*(
            getattr(model, name) == value for name, value in zip(key_columns, key, strict=True))))


def _optional_int(text: str) -> int | None:
    text = (text or "").strip()
    return int(text) if text else None


def _regions() -> list[dict[str, object]]:
    return [
        {"code": int(row["code"]), "name_en": row["name_en"],
         "parent_code": _optional_int(row["parent_code"]), "kind": row["kind"]}
        for row in read_csv_rows("reference", "m49_regions.csv")
    ]


def _currencies() -> list[dict[str, object]]:
    import pycountry

    return [{"code": c.alpha_3, "name_en": c.name} for c in pycountry.currencies]


def _countries() -> list[dict[str, object]]:
    import pycountry
    from babel.numbers import get_territory_currencies

    regions = {row["iso3"]: row for row in read_csv_rows("reference", "country_regions.csv")}
    known_currencies = {c.alpha_3 for c in pycountry.currencies}
    rows = []
    for country in pycountry.countries:
        region = regions.get(country.alpha_3, {})
        currencies = [c for c in get_territory_currencies(country.alpha_2) if c in known_currencies]
        rows.append({
            "iso3": country.alpha_3,
            "iso2": country.alpha_2,
            "m49": int(country.numeric),
            "name_en": getattr(country, "common_name", None) or country.name,
            "official_name_en": getattr(country, "official_name", "") or "",
            "region_code": _optional_int(region.get("region_code", "")),
            "subregion_code": _optional_int(region.get("subregion_code", "")),
            "currency_code": currencies[0] if currencies else None,
        })
    return rows


def _units() -> list[dict[str, object]]:
    return [
        {"code": row["code"], "label_en": row["label_en"], "kind": row["kind"],
         "multiplier": float(row["multiplier"] or 1), "decimals": int(row["decimals"] or 0)}
        for row in read_csv_rows("reference", "units.csv")
    ]


def _indicators() -> list[dict[str, object]]:
    return [
        {**row, "is_core": row["is_core"].strip() in {"1", "true", "True"}}
        for row in read_csv_rows("reference", "indicators.csv")
    ]


def _code_values() -> list[dict[str, object]]:
    return [
        {"list_name": row["list_name"], "code": row["code"], "label_en": row["label_en"],
         "parent_code": row["parent_code"] or "", "sort_order": int(row["sort_order"] or 0),
         "description": row["description"] or ""}
        for row in read_csv_rows("reference", "code_lists.csv")
    ]


class ReferenceData:
    """Read-only look-ups into the loaded reference tables, for drop-downs and validation.

    Labels come in ``language`` when one is given, else in the process's label language
    (``reference_labels.set_label_language``), read at each call so a change applies at once.
    """

    def __init__(self, uow_factory: UnitOfWorkFactory, language: str | None = None) -> None:
        self._uow = uow_factory
        self._language = language

    @property
    def labels(self) -> ReferenceLabels:
        return ReferenceLabels.of(self._language)

    def code_list(self, list_name: str) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(
                select(CodeValue.code, CodeValue.label_en)
                .where(CodeValue.list_name == list_name)
                .order_by(CodeValue.sort_order, CodeValue.code)
            ).all()
        labels = self.labels
        return [Choice(code, labels.code(list_name, code, label)) for code, label in rows]

    def code_description(self, list_name: str, code: str) -> str:
        with self._uow() as uow:
            value = uow.session.get(CodeValue, (list_name, code))
            return self.labels.code_description(list_name, code, value.description) if value else ""

    def countries(self) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(select(Country.iso3, Country.name_en).order_by(Country.name_en)).all()
        labels = self.labels
        choices = [Choice(code, labels.country(code, name)) for code, name in rows]
        return choices if labels.language == "en" else sorted(choices, key=lambda c: sort_key(c.label))

    def country_name(self, iso3: str) -> str:
        """The country's name in the label language ("" for an unknown code)."""
        with self._uow() as uow:
            country = uow.session.get(Country, iso3)
            return self.labels.country(iso3, country.name_en) if country else ""

    def currencies(self) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(select(Currency.code, Currency.name_en).order_by(Currency.code)).all()
        labels = self.labels
        return [Choice(code, labels.currency(code, name)) for code, name in rows]

    def country_currency(self, iso3: str) -> str | None:
        with self._uow() as uow:
            country = uow.session.get(Country, iso3)
            return country.currency_code if country else None

    def core_indicators(self) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(
                select(Indicator.code, Indicator.name_en).where(Indicator.is_core).order_by(Indicator.code)
            ).all()
        labels = self.labels
        return [Choice(code, labels.indicator(code, name)) for code, name in rows]

    def units(self) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(select(Unit.code, Unit.label_en).order_by(Unit.label_en)).all()
        labels = self.labels
        choices = [Choice(code, labels.unit(code, label)) for code, label in rows]
        return choices if labels.language == "en" else sorted(choices, key=lambda c: sort_key(c.label))

    def indicators(self) -> list[Choice]:
        with self._uow() as uow:
            rows = uow.session.execute(select(Indicator.code, Indicator.name_en).order_by(Indicator.name_en)).all()
        labels = self.labels
        choices = [Choice(code, labels.indicator(code, name)) for code, name in rows]
        return choices if labels.language == "en" else sorted(choices, key=lambda c: sort_key(c.label))

    def choices(self, list_name: str) -> list[Choice]:
        """Any list a code field may name: a shipped code list, or one of the reference tables
        ``CURRENCY``, ``UNIT``, ``INDICATOR`` and ``COUNTRY``."""
        special = {"CURRENCY": self.currencies, "UNIT": self.units, "INDICATOR": self.indicators,
                   "COUNTRY": self.countries}
        return special[list_name]() if list_name in special else self.code_list(list_name)

    def children(self, list_name: str, parent_code: str) -> list[Choice]:
        """The codes of a list whose parent is ``parent_code`` (e.g. the lens questions of one area)."""
        with self._uow() as uow:
            rows = uow.session.execute(
                select(CodeValue.code, CodeValue.label_en)
                .where(CodeValue.list_name == list_name, CodeValue.parent_code == parent_code)
                .order_by(CodeValue.sort_order, CodeValue.code)
            ).all()
        labels = self.labels
        return [Choice(code, labels.code(list_name, code, label)) for code, label in rows]

    def parent_of(self, list_name: str, code: str) -> str:
        with self._uow() as uow:
            value = uow.session.get(CodeValue, (list_name, code))
            return value.parent_code if value else ""

    def known_codes(self, list_name: str) -> set[str]:
        return {choice.code for choice in self.choices(list_name)}


def labels(choices: Iterable[Choice]) -> dict[str, str]:
    return {choice.code: choice.label for choice in choices}
