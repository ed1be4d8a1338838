"""What every section of the country report works with: the workspace, its language, the story
being written, the workspace's record tables (read once through ``record_tables``, which leaves
out personal data when asked) and two helpers that put a record table or a chart into the story
only when there is something to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP
from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.reports.pdf_flowables import Column
from mainstream_desktop.reports.pdf_locale import MISSING, ReportLocale
from mainstream_desktop.reports.pdf_story import ReportStory
from mainstream_desktop.reports.record_tables import CellValue, TableExport, workspace_tables

if TYPE_CHECKING:
    from mainstream_desktop.core.dto import StepProgress, WorkspaceSummary
    from mainstream_desktop.core.services import Services
    from mainstream_desktop.reports.chart_data import ChartData


_TRAILING_CODE = re.compile(r"\(([A-Z0-9_]{2,6})\)$")


@dataclass(frozen=True)
class Col:
    """A column of a record table in the report: the record field, its header (a report text,
    translated when shown) and how its values read (see ``pdf_flowables.KIND_WEIGHTS``; ``code``
    shows only the code of a "Label (CODE)" cell, e.g. a currency)."""

    field: str
    header: str
    kind: str = "text"


@dataclass
class CountryReport:
    services: Services
    code: str
    locale: ReportLocale
    include_personal: bool
    summary: WorkspaceSummary
    progress: list[StepProgress]
    story: ReportStory
    tables: dict[str, TableExport] = field(default_factory=dict)

    def load_tables(self) -> None:
        exports = workspace_tables(self.services, self.code, ALL_SPECS.values(), include_personal=self.include_personal,
                                   translate=self.locale.translator_for("records"))
        self.tables = {table.key: table for table in exports}

    def t(self, text: str, **values: object) -> str:
        return self.locale.t(text, **values)

    @property
    def country(self) -> str:
        return self.locale.country_name(self.summary.country_iso3, self.summary.country_name)

    def rows_of(self, key: str) -> int:
        table = self.tables.get(key)
        return len(table.rows) if table else 0

    # -- cells ------------------------------------------------------------------------------
    def cell(self, value: CellValue, kind: str = "text") -> str:
        if value is None or value == "":
            return MISSING
        if kind == "code" and isinstance(value, str):  # "Jamaican Dollar (JMD)" -> "JMD"
            found = _TRAILING_CODE.search(value)
            return found.group(1) if found else value
        if isinstance(value, bool):
            return self.t(QT_TRANSLATE_NOOP("report", "yes")) if value else self.t(QT_TRANSLATE_NOOP("report", "no"))
        if isinstance(value, date):
            return self.locale.date(value)
        if isinstance(value, (int, float)):
            if kind == "short" and isinstance(value, int):
                return str(value)  # years and ranks are not thousands
            return self.locale.number(value)
        return str(value)

    # -- adding to the story ----------------------------------------------------------------
    def record_table(self, key: str, columns: Sequence[Col], title: str = "",
                     keep: Callable[[dict[str, CellValue]], bool] | None = None,
                     paint: Callable[[dict[str, CellValue]], dict[str, str]] | None = None,
                     same_everywhere: tuple[str, ...] = ()) -> int:
        """The workspace's records of ``key`` with these columns (a personal column left out
        "without personal data" is simply not there); nothing at all when there are no rows.
        ``keep`` filters rows; ``paint`` gives colours for cells of a row (by field); a field in
        ``same_everywhere`` is left out when every row holds the same value (the one mechanism
        of all the meetings). Returns the number of rows shown."""
        table = self.tables.get(key)
        if table is None or not table.rows:
            return 0
        records = [dict(zip(table.fields, row, strict=True)) for row in table.rows]
        if keep is not None:
            records = [r for r in records if keep(r)]
        if not records:
            return 0
        shown = [c for c in columns if c.field in table.fields
                 and not (c.field in same_everywhere and len({str(r.get(c.field)) for r in records}) == 1
                          and len(records) > 1)]
        if title:
            self.story.subsection(title)
        painted: list[tuple[int, int, str]] = []
        rows: list[list[Any]] = []
        for number, record in enumerate(records):
            rows.append([self.cell(record.get(c.field), c.kind) for c in shown])
            for name, colour in (paint(record) if paint else {}).items():
                index = next((i for i, c in enumerate(shown) if c.field == name), None)
                if index is not None:
                    painted.append((number, index, colour))
        self.story.table([Column(self.t(c.header), "short" if c.kind == "code" else c.kind) for c in shown],
                         rows, painted)
        return len(rows)

    def chart(self, key: str, caption: str = "") -> ChartData | None:
        """The chart ``key`` (``chart_catalogue``) when it has data; None when it has none."""
        from mainstream_desktop.reports.chart_catalogue import draw_chart
        from mainstream_desktop.reports.chart_text import shape_chart

        data, figure = shape_chart(draw_chart(self.services.uow, self.code, key, self.locale.translator_for("charts")),
                                   self.locale.number)
        if data.frame.empty:
            return None
        self.story.chart(figure, caption)
        return data
