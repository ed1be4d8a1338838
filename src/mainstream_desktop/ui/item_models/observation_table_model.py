"""The observation table's Qt model: a lazy window onto ``ObservationService``.

The row count comes from ``service.count``; rows arrive in pages of ``PAGE_SIZE`` through
``service.page`` only when the view asks for them and an LRU keeps the last ``MAX_PAGES``, so
100,000 observations open as fast as a hundred and never sit in memory whole. Sorting and
filtering happen in the database (they reset the model). Edits become new ``ObservationForm``
values handed to the service, which decides; a refusal changes nothing (``edit_refused``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.observation_dto import (
    ObservationFilter,
    ObservationForm,
    ObservationRow,
    ObservationSort,
)
from mainstream_desktop.core.observation_rules import ProfileProblem
from mainstream_desktop.enums import ObservationStatus, Severity
from mainstream_desktop.reports.periods import period_label
from mainstream_desktop.ui.core_texts import error_text, message_text

PAGE_SIZE = 200
MAX_PAGES = 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_R = Qt.ItemDataRole
_ROW_ROLES = frozenset({_R.DisplayRole, _R.EditRole, _R.ToolTipRole, _R.BackgroundRole, _R.DecorationRole,
                        SORT_ROLE, ROW_ID_ROLE})
Index = QModelIndex | QPersistentModelIndex


class ObservationSource(Protocol):
    """What the model needs of ``ObservationService`` (a counting wrapper fits too)."""

    def count(self, workspace_code: str, filters: ObservationFilter = ...) -> int: ...
    def page(self, workspace_code: str, filters: ObservationFilter = ..., sort: ObservationSort = ...,
             offset: int = ..., limit: int = ...) -> list[ObservationRow]: ...
    def save(self, workspace_code: str, form: ObservationForm, observation_id: str | None = ...) -> str: ...
    def save_many(self, workspace_code: str, edits: Sequence[tuple[str | None, ObservationForm]]) -> list[str]: ...
    def delete(self, workspace_code: str, observation_ids: Sequence[str]) -> None: ...
    def restore(self, workspace_code: str, observation_ids: Sequence[str]) -> None: ...


@dataclass(frozen=True)
class Column:
    field: str                  # an ObservationForm field, or "period" / "source_name"
    sort_key: str | None = None  # the ObservationSort column, if the database can sort by it
    editable: bool = False
    hidden: bool = False        # hidden by default in the view


COLUMNS: tuple[Column, ...] = (
    Column("indicator_code", "indicator_code"),
    Column("period", "period_start"),
    Column("sex", "sex", editable=True),
    Column("age_group"),
    Column("partner_country", "partner_country", editable=True),
    Column("direction"),
    Column("value", "value", editable=True),
    Column("unit_code", "unit_code", editable=True),
    Column("obs_status", "obs_status", editable=True),
    Column("source_name", "source_name"),
    Column("note", editable=True),
    *(Column(name, hidden=True) for name in (
        "migration_type", "voluntariness", "duration_class", "skill_level", "occupation_isco",
        "education_isced", "sector_isic", "data_type_flag", "source_table_ref")),
)
COLUMN_OF = {column.field: number for number, column in enumerate(COLUMNS)}
VALUE_COLUMN = COLUMN_OF["value"]
STATUS_COLUMN = COLUMN_OF["obs_status"]
_CODE_FIELDS = frozenset({"sex", "partner_country", "unit_code"})
_ERROR_TINT, _WARNING_TINT = QColor(220, 60, 40, 60), QColor(240, 170, 0, 70)
_ERROR_MARK, _WARNING_MARK = QColor("#c62828"), QColor("#e69500")


def period_text(form: ObservationForm) -> str:
    """The period as a statistician writes it: 2019, 2019-Q2, 2019-03, 2015–2019 or a date."""
    return period_label(form.period_type, form.period_start, form.period_end)


def value_text(value: float | None, locale: QLocale) -> str:
    """A value in the user's number format, with as many decimals as it has (at most six)."""
    if value is None:
        return ""
    decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
    return locale.toString(float(value), "f", decimals)


def parse_number(text: str, locale: QLocale | None = None) -> float:
    """A number typed or pasted in any usual form: the user's locale first, then "1,234.5",
    "1.234,5", "1 234,5", "1'234.5", "(12)" or "12%". Raises ValueError otherwise."""
    cleaned = text.strip().replace("\u2212", "-").rstrip("%").strip()
    for space in (" ", "\u00a0", "\u202f", "'", "\u2019"):
        cleaned = cleaned.replace(space, "")
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned = "-" + cleaned[1:-1]
    if not cleaned:
        raise ValueError(text)
    number, ok = (locale or QLocale()).toDouble(cleaned)
    if ok:
        return float(number)
    dot, comma = cleaned.rfind("."), cleaned.rfind(",")
    if dot >= 0 and comma >= 0:
        decimal, group = (".", ",") if dot > comma else (",", ".")
        cleaned = cleaned.replace(group, "").replace(decimal, ".")
    elif max(dot, comma) >= 0:
        mark = "." if dot >= 0 else ","
        digits_after = len(cleaned) - max(dot, comma) - 1
        if cleaned.count(mark) > 1 or digits_after == 3:
            cleaned = cleaned.replace(mark, "")
        else:
            cleaned = cleaned.replace(mark, ".")
    return float(cleaned)


def first_column(text: str) -> list[str]:
    """The first cell of each line of tab-separated text, as Excel and LibreOffice copy it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the copied block ends with a line break
    return [line.split("\t")[0].strip() for line in lines]


class ObservationTableModel(QAbstractTableModel):
    edit_refused = Signal(str)     # the translated reason; nothing was changed
    edited = Signal(object)        # list of (observation id, form before, form after), already saved
    page_loaded = Signal()

    def __init__(self, service: ObservationSource, workspace_code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._code = service, workspace_code
        self._filter, self._sort = ObservationFilter(), ObservationSort()
        self._pages: OrderedDict[int, list[ObservationRow]] = OrderedDict()
        self._problems: dict[str, list[ProfileProblem]] = {}
        self._seen_codes: set[str] = set()
        self._locale = QLocale()
        self._titles = self._column_titles()
        self._status_words = self.status_labels()
        self._count = service.count(workspace_code, self._filter)

    # -- Qt's model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _R.DisplayRole) -> Any:  # noqa: N802
        if role != _R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)  # never fetches: the vertical header must stay cheap

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()].editable else flags

    def data(self, index: Index, role: int = _R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == _R.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.field == "value" else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in _ROW_ROLES:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ROW_ID_ROLE:
            return row.id
        if role in (_R.ToolTipRole, _R.BackgroundRole, _R.DecorationRole):
            return self._marking(row, column, role)
        if role == _R.EditRole:
            return self._edit_value(row, column)
        if role == SORT_ROLE:  # what an in-memory proxy would sort by: numbers, ISO dates, codes
            return row.form.period_start.isoformat() if column.field == "period" else self._edit_value(row, column)
        return self._display(row, column)

    def setData(self, index: Index, value: Any, role: int = _R.EditRole) -> bool:  # noqa: N802
        if role != _R.EditRole or not index.isValid() or not COLUMNS[index.column()].editable:
            return False
        row = self._row(index.row())
        if row is None:
            return False
        try:
            form = self._edited_form(row.form, COLUMNS[index.column()].field, value)
        except ValueError:
            self.edit_refused.emit(self.tr("\u201c{text}\u201d is not a valid entry for this column.").format(
                text=value))
            return False
        if form == row.form:
            return True
        try:
            self._service.save(self._code, form, row.id)
        except MainstreamError as exc:
            self.edit_refused.emit(error_text(exc))
            return False
        self._store(row.id, form)
        self.edited.emit([(row.id, row.form, form)])
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
        if key is None:
            return  # the database cannot sort by it; the view puts its indicator back
        wanted = ObservationSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self.beginResetModel()
        self._sort = wanted
        self._pages.clear()
        self.endResetModel()

    # -- what the view asks -------------------------------------------------------------------
    def row_id(self, row: int) -> str | None:
        found = self._row(row)
        return found.id if found else None

    def row_form(self, row: int) -> ObservationForm | None:
        found = self._row(row)
        return found.form if found else None

    def current_filter(self) -> ObservationFilter:
        """The filter of the rows shown (an export of the view asks the service for the same)."""
        return self._filter

    def current_sort(self) -> ObservationSort:
        return self._sort

    def sort_column(self) -> int:
        return next(n for n, c in enumerate(COLUMNS) if c.sort_key == self._sort.column)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._sort.descending else Qt.SortOrder.AscendingOrder

    def seen_indicator_codes(self) -> set[str]:
        return set(self._seen_codes)

    def problems_of(self, row: int) -> list[ProfileProblem]:
        found = self._row(row)
        return list(self._problems.get(found.id, [])) if found else []

    def column_title(self, column: int) -> str:
        return self._titles[column]

    # -- changes ------------------------------------------------------------------------------
    def set_filter(self, filters: ObservationFilter) -> None:
        self._filter = filters
        self.reload()

    def reload(self) -> None:
        """Count again and forget every cached page (after a filter, import or delete)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._service.count(self._code, self._filter)
        self.endResetModel()

    def set_problems(self, problems: Sequence[ProfileProblem]) -> None:
        """Mark the rows of every open problem; acknowledged warnings are not marked."""
        by_id: dict[str, list[ProfileProblem]] = {}
        for problem in problems:
            if problem.is_open:
                for observation_id in problem.observation_ids:
                    by_id.setdefault(str(observation_id), []).append(problem)
        self._problems = by_id
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1),
                                  [_R.ToolTipRole, _R.BackgroundRole, _R.DecorationRole])

    def save_forms(self, changes: Sequence[tuple[str, ObservationForm]]) -> None:
        """Save whole forms of existing rows in one unit of work; raises what the service raises."""
        if len(changes) == 1:
            self._service.save(self._code, changes[0][1], changes[0][0])
        else:
            self._service.save_many(self._code, list(changes))
        for observation_id, form in changes:
            self._store(observation_id, form)

    def delete_rows(self, observation_ids: Sequence[str]) -> None:
        self._service.delete(self._code, observation_ids)
        self.reload()

    def restore_rows(self, observation_ids: Sequence[str]) -> None:
        self._service.restore(self._code, observation_ids)
        self.reload()

    # -- inside -------------------------------------------------------------------------------
    def _row(self, row: int) -> ObservationRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._service.page(self._code, self._filter, self._sort,
                                      offset=number * PAGE_SIZE, limit=PAGE_SIZE)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            new_codes = {r.form.indicator_code for r in page} - self._seen_codes
            if new_codes:
                self._seen_codes |= new_codes
                self.page_loaded.emit()
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def _store(self, observation_id: str, form: ObservationForm) -> None:
        """Show a saved form in place: the row keeps its position until the next sort or reload."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == observation_id:
                    page[offset] = replace(row, form=form)
                    at = number * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
                    return

    def _edited_form(self, form: ObservationForm, field: str, value: Any) -> ObservationForm:
        if field == "value":
            if value is None or (isinstance(value, str) and not value.strip()):
                return replace(form, value=None)
            number = parse_number(value, self._locale) if isinstance(value, str) else float(value)
            return replace(form, value=number)
        if field == "obs_status":
            return replace(form, obs_status=ObservationStatus(str(value).strip().upper()))
        text = "" if value is None else str(value)
        return replace(form, **{field: text.strip().upper() if field in _CODE_FIELDS else text})

    def _display(self, row: ObservationRow, column: Column) -> str:
        if column.field == "period":
            return period_text(row.form)
        if column.field == "value":
            return value_text(row.form.value, self._locale)
        if column.field == "obs_status":
            return self._status_words.get(row.form.obs_status, str(row.form.obs_status))
        if column.field == "source_name":
            return row.source_name
        return str(getattr(row.form, column.field))

    def _edit_value(self, row: ObservationRow, column: Column) -> Any:
        if column.field == "value":
            return row.form.value
        if column.field == "obs_status":
            return row.form.obs_status.value
        return self._display(row, column)

    def _marking(self, row: ObservationRow, column: Column, role: int) -> Any:
        problems = self._problems.get(row.id)
        if not problems:
            return (row.form.note or None) if role == _R.ToolTipRole and column.field == "note" else None
        is_error = any(p.severity is Severity.ERROR for p in problems)
        if role == _R.BackgroundRole:
            return _ERROR_TINT if is_error else _WARNING_TINT
        if role == _R.DecorationRole:
            return (_ERROR_MARK if is_error else _WARNING_MARK) if column is COLUMNS[0] else None
        return "\n".join("\u2022 " + message_text(problem.message) for problem in problems)

    def _column_titles(self) -> list[str]:
        titles = {
            "indicator_code": self.tr("Indicator"), "period": self.tr("Period"), "sex": self.tr("Sex"),
            "age_group": self.tr("Age"), "partner_country": self.tr("Partner"),
            "direction": self.tr("Direction"), "value": self.tr("Value"), "unit_code": self.tr("Unit"),
            "obs_status": self.tr("Status"), "source_name": self.tr("Source"), "note": self.tr("Note"),
            "migration_type": self.tr("Migration type"), "voluntariness": self.tr("Voluntariness"),
            "duration_class": self.tr("Duration"), "skill_level": self.tr("Skill level"),
            "occupation_isco": self.tr("Occupation (ISCO)"), "education_isced": self.tr("Education (ISCED)"),
            "sector_isic": self.tr("Sector (ISIC)"), "data_type_flag": self.tr("Data type"),
            "source_table_ref": self.tr("Source table"),
        }
        return [titles[column.field] for column in COLUMNS]

    def status_labels(self) -> dict[ObservationStatus, str]:
        return {
            ObservationStatus.NORMAL: self.tr("Normal"), ObservationStatus.ESTIMATE: self.tr("Estimate"),
            ObservationStatus.PROVISIONAL: self.tr("Provisional"), ObservationStatus.FORECAST: self.tr("Forecast"),
            ObservationStatus.MISSING: self.tr("Missing"), ObservationStatus.BREAK: self.tr("Break in series"),
        }
