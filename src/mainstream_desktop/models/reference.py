"""Reference tables loaded from the shipped files: countries, regions, currencies, units,
indicators, and every other code list (one generic table).

These are read-only for users, are not synced (each installation loads the same shipped files),
and are keyed by their natural codes.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mainstream_desktop.models.base import Base


class Country(Base):
    __tablename__ = "ref_country"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str] = mapped_column(String(2), nullable=False)
    m49: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    official_name_en: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    region_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    subregion_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    currency_code: Mapped[str | None] = mapped_column(String(3), nullable=True)


class Region(Base):
    __tablename__ = "ref_region"

    code: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    parent_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)


class Currency(Base):
    __tablename__ = "ref_currency"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)


class Unit(Base):
    __tablename__ = "ref_unit"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    multiplier: Mapped[float] = mapped_column(nullable=False, default=1.0)
    decimals: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Indicator(Base):
    __tablename__ = "ref_indicator"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300), nullable=False)
    unit_code: Mapped[str] = mapped_column(String(40), nullable=False)
    topic: Mapped[str] = mapped_column(String(40), nullable=False)
    is_core: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    external_codes: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    sdg_code: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    direction_default: Mapped[str] = mapped_column(String(20), nullable=False, default="NA")
    definition: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CodeValue(Base):
    """One code of one shipped code list (POLICY_AREA/HEA, ISCO08_MAJOR/2, ...)."""

    __tablename__ = "ref_code"

    list_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(400), nullable=False)
    parent_code: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")


class GlobalDataSource(Base):
    __tablename__ = "ref_global_source"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    publisher: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    url: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    licence: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    update_cycle: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class ReferenceDataVersion(Base):
    """Which shipped reference files were loaded, by content hash (reloaded when it changes)."""

    __tablename__ = "ref_version"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
