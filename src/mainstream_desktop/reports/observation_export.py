"""The observations of a migration profile as a table to export: the rows a filter matches (the
window's current view, or all of them), in the view's order, streamed from the database in
chunks while the file is written. Codes come with readable labels (the indicator's name beside
its code, "Female", "All ages", "United States of America (USA)"), the period as a statistician
writes it plus its first and last day as real dates, and the value as a number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.observation_dto import ObservationFilter, ObservationRow, ObservationSort
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind
from mainstream_desktop.reports.periods import period_label
from mainstream_desktop.reports.record_tables import (
    CellValue,
    CodeLabels,
    Translate,
    identity,
    sheet_name_for,
    workspace_label,
)
from mainstream_desktop.reports.sheet_tables import LazyRows, Row, StreamedTable

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services

OBSERVATIONS_KEY = "observation"
OBSERVATIONS_TITLE = T(CONTEXT, "Migration profile: observations")
OBSERVATIONS_SHEET = T(CONTEXT, "Profile observations")
ALL_PARTNERS = T(CONTEXT, "All countries")
OTHER_PARTNERS = T(CONTEXT, "All other countries")
PARTNER_TOTALS = {"_T": ALL_PARTNERS, "_OTHER": OTHER_PARTNERS}
CODE_LISTS = {
    "sex": "SEX", "age_group": "AGE_GROUP", "direction": "DIRECTION", "obs_status": "OBS_STATUS",
    "migration_type": "MIGRATION_TYPE", "voluntariness": "VOLUNTARINESS", "duration_class": "DURATION",
    "skill_level": "SKILL_LEVEL", "occupation_isco": "ISCO08_MAJOR", "education_isced": "ISCED2011",
    "sector_isic": "ISIC4_SECTION",
}

EVERY_ROW = ObservationFilter()
VIEW_ORDER = ObservationSort()  # the window's first order: by indicator, then period

Cell = Callable[["_Labels", ObservationRow], CellValue]


@dataclass(frozen=True)
class _Column:
    header: str
    kind: FieldKind
    cell: Cell


class _Labels:
    """Code labels for one export, looked up once per list and translated once per text."""

    def __init__(self, services: Services, translate: Translate) -> None:
        self.codes = CodeLabels(services.reference)
        self.translate = translate

    def code(self, field: str, row: ObservationRow) -> str:
        return self.codes.label(CODE_LISTS[field], str(getattr(row.form, field)))

    def partner(self, code: str) -> str:
        total = PARTNER_TOTALS.get(code)
        return self.translate(total) if total else self.codes.label("COUNTRY", code)

    def data_types(self, flags: str) -> str | None:
        """UN DESA's type-of-data letters ("B R"), each as its label."""
        return "; ".join(self.codes.label("DATA_TYPE_FLAG", flag) for flag in flags.split()) or None


def _coded(field: str) -> Cell:
    return lambda labels, row: labels.code(field, row)


COLUMNS: tuple[_Column, ...] = (
    _Column(T(CONTEXT, "Indicator code"), FieldKind.TEXT, lambda _l, row: row.form.indicator_code),
    _Column(T(CONTEXT, "Indicator"), FieldKind.TEXT,
            lambda labels, row: labels.codes.plain_label("INDICATOR", row.form.indicator_code)),
    _Column(T(CONTEXT, "Period"), FieldKind.TEXT,
            lambda _l, row: period_label(row.form.period_type, row.form.period_start, row.form.period_end)),
    _Column(T(CONTEXT, "Period from"), FieldKind.DATE, lambda _l, row: row.form.period_start),
    _Column(T(CONTEXT, "Period to"), FieldKind.DATE, lambda _l, row: row.form.period_end),
    _Column(T(CONTEXT, "Sex"), FieldKind.CODE, _coded("sex")),
    _Column(T(CONTEXT, "Age group"), FieldKind.CODE, _coded("age_group")),
    _Column(T(CONTEXT, "Partner country"), FieldKind.COUNTRY,
            lambda labels, row: labels.partner(row.form.partner_country)),
    _Column(T(CONTEXT, "Direction"), FieldKind.CODE, _coded("direction")),
    _Column(T(CONTEXT, "Value"), FieldKind.NUMBER, lambda _l, row: row.form.value),
    _Column(T(CONTEXT, "Unit"), FieldKind.CODE,
            lambda labels, row: labels.codes.plain_label("UNIT", row.form.unit_code)),
    _Column(T(CONTEXT, "Status"), FieldKind.CODE, _coded("obs_status")),
    _Column(T(CONTEXT, "Source"), FieldKind.TEXT, lambda _l, row: row.source_name),
    _Column(T(CONTEXT, "Note"), FieldKind.LONG_TEXT, lambda _l, row: row.form.note or None),
    _Column(T(CONTEXT, "Migration type"), FieldKind.CODE, _coded("migration_type")),
    _Column(T(CONTEXT, "Voluntariness"), FieldKind.CODE, _coded("voluntariness")),
    _Column(T(CONTEXT, "Duration"), FieldKind.CODE, _coded("duration_class")),
    _Column(T(CONTEXT, "Skill level"), FieldKind.CODE, _coded("skill_level")),
    _Column(T(CONTEXT, "Occupation (ISCO-08)"), FieldKind.CODE, _coded("occupation_isco")),
    _Column(T(CONTEXT, "Education (ISCED 2011)"), FieldKind.CODE, _coded("education_isced")),
    _Column(T(CONTEXT, "Economic sector (ISIC Rev.4)"), FieldKind.CODE, _coded("sector_isic")),
    _Column(T(CONTEXT, "Type of data (UN DESA)"), FieldKind.TEXT,
            lambda labels, row: labels.data_types(row.form.data_type_flag)),
    _Column(T(CONTEXT, "Source table"), FieldKind.TEXT, lambda _l, row: row.form.source_table_ref or None),
    _Column(T(CONTEXT, "Preferred value"), FieldKind.BOOLEAN, lambda _l, row: bool(row.form.is_preferred)),
)


def observation_table(services: Services, workspace_code: str, filters: ObservationFilter = EVERY_ROW,
                      sort: ObservationSort = VIEW_ORDER, *,
                      translate: Translate = identity) -> StreamedTable:
    """The observations ``filters`` matches, in ``sort``'s order, as a table whose rows are read
    from the database only while a writer goes through them."""
    service = services.observations
    labels = _Labels(services, translate)

    def read() -> Iterator[Row]:
        with closing(service.iter_rows(workspace_code, filters, sort)) as rows:
            for row in rows:
                yield tuple(column.cell(labels, row) for column in COLUMNS)

    title = translate(OBSERVATIONS_TITLE)
    return StreamedTable(
        key=OBSERVATIONS_KEY, title=title, sheet_name=sheet_name_for(translate(OBSERVATIONS_SHEET)),
        headers=tuple(translate(column.header) for column in COLUMNS), kinds=tuple(c.kind for c in COLUMNS),
        rows=LazyRows(service.count(workspace_code, filters), read),
        workspace=workspace_label(services, workspace_code))
