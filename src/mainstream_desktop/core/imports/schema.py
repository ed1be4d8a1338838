"""The canonical shape every table reader produces, so preview and apply need not know formats.

A reader returns a ``ParsedTable``: a pandas DataFrame with exactly ``CANONICAL_COLUMNS`` (one
row per observation, for any number of countries; ``country_iso3`` says whose workspace it
belongs to), plus the rows it rejected with a reason each. Dimension columns use ``_T`` (or
``T``/``TOTAL`` for sex and age) for "all", never empty; ``value`` is a float or NaN with
``obs_status`` ``M`` for a missing token (``..``, ``-``, empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported by the readers only, never at start-up
    import pandas as pd

CANONICAL_COLUMNS: tuple[str, ...] = (
    "country_iso3",      # ISO 3166-1 alpha-3 of the workspace country the row belongs to
    "indicator_code",    # code from ref_indicator, or a user-defined code starting "X_"
    "indicator_label",   # English label (for user-defined codes; may repeat the reference name)
    "period_start",      # datetime.date
    "period_end",        # datetime.date
    "period_type",       # enums.PeriodType value: POINT, YEAR, QUARTER, MONTH, MULTI_YEAR
    "sex",               # T, M, F, O, U
    "age_group",         # TOTAL or an AGE_GROUP code
    "partner_country",   # ISO3, an M49 region code as text, or "_T"
    "direction",         # enums.Direction value
    "migration_type",    # MIGRATION_TYPE code or "_T"
    "voluntariness",     # VOLUNTARY, FORCED or "_T"
    "duration_class",    # DURATION code or "_T"
    "skill_level",       # LOW, MEDIUM, HIGH or "_T"
    "occupation_isco",   # ISCO-08 major group or "_T"
    "education_isced",   # ISCED 2011 code or "_T"
    "sector_isic",       # ISIC Rev.4 section or "_T"
    "value",             # float, NaN when missing
    "unit_code",         # ref_unit code
    "obs_status",        # enums.ObservationStatus value (A, E, P, F, M, B)
    "data_type_flag",    # UN DESA type of data (B, C, I, R combinations), else ""
    "source_table_ref",  # e.g. "UN DESA IMS 2019, Table 1" (always with the revision/vintage)
    "note",              # footnotes, free text
    "origin",            # where in the file the value came from, e.g. "Table 1!R45C8"
)


@dataclass(frozen=True)
class RejectedRow:
    """A row of the file that could not become an observation, and why (in English)."""

    origin: str
    reason: str
    country_iso3: str = ""  # set when the row is known to concern one country: other workspaces skip it


@dataclass
class ParsedTable:
    """What a reader understood of a file."""

    format: str                 # "undesa", "wdi", "unhcr", "ilostat" or "template"
    source_code: str            # ref_global_source code, e.g. "UNDESA_IMS", "WDI", "UNHCR", "ILOSTAT"
    source_name: str            # a data-source name for the workspace inventory, with edition
    frame: pd.DataFrame         # exactly CANONICAL_COLUMNS
    rejected: list[RejectedRow] = field(default_factory=list)
    layout: str = ""            # which variant was recognised, for messages
