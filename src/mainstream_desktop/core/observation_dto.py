"""DTOs of the observation table: a row as shown, a form as edited, filters and sorting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mainstream_desktop.enums import Direction, ObservationStatus, PeriodType

DIMENSIONS: tuple[str, ...] = (
    "age_group", "direction", "migration_type", "voluntariness", "duration_class",
    "skill_level", "occupation_isco", "education_isced", "sector_isic",
)
SORTABLE: tuple[str, ...] = (
    "indicator_code", "period_start", "sex", "partner_country", "value", "unit_code",
    "obs_status", "source_name", "updated_at",
)


@dataclass(frozen=True)
class ObservationForm:
    """The editable fields of one observation."""

    indicator_code: str
    period_start: date
    period_end: date
    value: float | None
    unit_code: str
    source_id: str | None
    period_type: PeriodType = PeriodType.YEAR
    sex: str = "T"
    age_group: str = "TOTAL"
    partner_country: str = "_T"
    direction: Direction = Direction.NOT_APPLICABLE
    migration_type: str = "_T"
    voluntariness: str = "_T"
    duration_class: str = "_T"
    skill_level: str = "_T"
    occupation_isco: str = "_T"
    education_isced: str = "_T"
    sector_isic: str = "_T"
    obs_status: ObservationStatus = ObservationStatus.NORMAL
    data_type_flag: str = ""
    source_table_ref: str = ""
    is_preferred: bool = True
    note: str = ""

    def other_dimensions(self) -> tuple[str, ...]:
        return tuple(str(getattr(self, name)) for name in DIMENSIONS)


@dataclass(frozen=True)
class ObservationRow:
    """One observation as the table shows it."""

    id: str
    form: ObservationForm
    source_name: str


@dataclass(frozen=True)
class ObservationFilter:
    text: str = ""
    indicator_code: str = ""
    sex: str = ""
    source_id: str = ""
    year_from: int | None = None
    year_to: int | None = None


@dataclass(frozen=True)
class ObservationSort:
    column: str = "indicator_code"
    descending: bool = False
