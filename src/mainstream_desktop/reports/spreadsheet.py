"""Writing tables to Excel (.xlsx: an "About" sheet, then one sheet per table) and to CSV (UTF-8
with BOM so Excel shows Arabic and Cyrillic). Cells keep their type: numbers are numbers (whole
numbers with thousands separators, others with as many decimals as they have, years and counts
plain), dates are dates, booleans TRUE/FALSE; text never turns into a formula. Every sheet has a
bold frozen header row, a filter, and column widths fitted to its content (capped).

Rows are streamed (a ``SheetTable`` may read them from the database as it goes), so 100,000
observations never sit in memory whole; ``progress`` hears about every few hundred rows and may
raise to cancel. Files are written through ``atomic_files``: whole or not at all, and a failure
is an ``ExportFailed`` that names the file and the reason in one line.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from mainstream_desktop.core.messages import QT_TRANSLATE_NOOP as T
from mainstream_desktop.core.record_specs import CONTEXT, FieldKind
from mainstream_desktop.core.atomic_files import ExportFailed, atomic_output
from mainstream_desktop.reports.record_tables import (
    CellValue,
    Translate,
    identity,
    sheet_name_for,
    unique_sheet_names,
)
from mainstream_desktop.reports.sheet_tables import Progress, Row, SheetTable, no_progress

__all__ = ["AboutSheet", "ExportFailed", "WrittenTable", "atomic_output", "csv_value", "personal_data_note",
           "write_csv", "write_csv_rows", "write_table", "write_xlsx"]

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
INTEGER_FORMAT = "0"                       # years, counts, ratings: never "2,019"
WHOLE_NUMBER_FORMAT = "#,##0"              # 45,000,000
FRACTION_FORMAT = "#,##0.0#########"       # 1.326, 12,500.5: the decimals the value has
MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 8
WIDTH_SAMPLE_ROWS = 2000
PROGRESS_EVERY = 250
PORTRAIT_WIDTH = 100     # characters of column width that print well on a portrait page
PAGE_WIDTH = 220         # the most a landscape page may hold and still print legibly (about 2/3 scale)
ABOUT_WIDTHS = (34, 60, 10, 48)
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
_HEADER_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=13)
_HEADER_FILL = PatternFill("solid", start_color="FFDDE4EE", end_color="FFDDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_INDENTED = Alignment(horizontal="left", indent=1)
_FACT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_FRACTIONAL_KINDS = frozenset({FieldKind.DECIMAL, FieldKind.NUMBER})
_NUMBER_LIKE = re.compile(r"[+-]?[\d\s().]*\d[\d\s().]*")  # "+1 876 555 0117", "-5.8": not formulas
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ABOUT = T(CONTEXT, "About")
RECORD_TABLES_HEADING = T(CONTEXT, "Mainstream Desktop: record tables")
WORKSPACE = T(CONTEXT, "Workspace")
EXPORTED_ON = T(CONTEXT, "Exported on")
PERSONAL_DATA = T(CONTEXT, "Personal data")
INCLUDED = T(CONTEXT, "included")
LEFT_OUT = T(CONTEXT, "left out")
FIELDS = T(CONTEXT, "fields")
SHEET_HEADERS = (T(CONTEXT, "Sheet"), T(CONTEXT, "Table"), T(CONTEXT, "Rows"), T(CONTEXT, "Left out as personal data"))
FILE = T(CONTEXT, "File")


@dataclass(frozen=True)
class AboutSheet:
    """The first sheet: a heading and facts (label, value), then the list of sheets."""

    heading: str
    facts: tuple[tuple[str, CellValue], ...]


@dataclass(frozen=True)
class WrittenTable:
    """What went into a file for one table: its sheet (or CSV file) and how many rows."""

    title: str
    sheet_name: str
    rows: int
    omitted: tuple[str, ...] = ()


class _Counter:
    """Rows written across all tables of one file, reported every ``PROGRESS_EVERY`` rows."""

    def __init__(self, tables: Sequence[SheetTable], progress: Progress) -> None:
        self.total = sum(len(table.rows) for table in tables)
        self.done = 0
        self._progress = progress

    def start(self, label: str) -> None:
        self.label = label
        self._progress(self.done, self.total, label)

    def tick(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self._progress(min(self.done, self.total), self.total, self.label)


# -- Excel --------------------------------------------------------------------------------------

def write_xlsx(path: str | os.PathLike[str], tables: Sequence[SheetTable], *, translate: Translate = identity,
               exported_at: datetime | None = None, about: AboutSheet | None = None,
               progress: Progress = no_progress) -> list[WrittenTable]:
    """One workbook: the "About" sheet (by default: workspace, export time, whether personal data
    is in), then one sheet per table. Returns what each sheet received."""
    exported_at = exported_at or datetime.now().replace(microsecond=0)
    about = about or AboutSheet(translate(RECORD_TABLES_HEADING), (
        (translate(WORKSPACE), ", ".join(dict.fromkeys(t.workspace for t in tables if t.workspace))),
        (translate(EXPORTED_ON), exported_at),
        (translate(PERSONAL_DATA), personal_data_note(tables, translate))))
    with atomic_output(path) as handle:
        workbook = Workbook(write_only=True)
        try:
            written = _fill(workbook, tables, about, translate, progress)
            _save(workbook, handle)
        except BaseException:
            _discard(workbook)
            raise
    return written


def _fill(workbook: Any, tables: Sequence[SheetTable], about: AboutSheet, translate: Translate,
          progress: Progress) -> list[WrittenTable]:
    workbook.properties.creator = "Mainstream Desktop"
    about_name = sheet_name_for(translate(ABOUT))
    names = unique_sheet_names((t.sheet_name for t in tables), reserved=(about_name, "History"))
    about_sheet = workbook.create_sheet(about_name)
    _about_facts(about_sheet, about)
    counter = _Counter(tables, progress)
    written = [WrittenTable(table.title, name, _table_sheet(workbook.create_sheet(name), table, counter),
                            tuple(table.omitted)) for table, name in zip(tables, names, strict=True)]
    _about_list(about_sheet, written, translate)  # the About sheet comes first but is finished last
    active = 1 if tables else 0
    workbook.active = active
    for index, sheet in enumerate(workbook.worksheets):
        sheet.sheet_view.tabSelected = index == active
    return written


def _save(workbook: Any, handle: IO[bytes]) -> None:
    """``Workbook.save``, except that the zip is closed even when writing fails (a disk that
    fills up): openpyxl would leave it open, to fail again whenever it is garbage-collected."""
    workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).write_data()


def _discard(workbook: Any) -> None:
    """openpyxl spools each write-only sheet to a temporary file of its own and removes it only
    when saving: after a failure (or a cancellation), close the sheets and remove those files."""
    for sheet in workbook.worksheets:
        with suppress(Exception):
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        with suppress(Exception):
            if writer is not None and os.path.exists(writer.out):
                writer.cleanup()


def personal_data_note(tables: Sequence[SheetTable], translate: Translate = identity) -> str:
    """"included", or "left out (fields: People: Full name, E-mail; ...)"."""
    if all(table.include_personal for table in tables):
        return translate(INCLUDED)
    parts = [f"{table.title}: {', '.join(table.omitted)}" for table in tables if table.omitted]
    left_out = translate(LEFT_OUT)
    return f"{left_out} ({translate(FIELDS)}: {'; '.join(parts)})" if parts else left_out


def _about_facts(sheet: Any, about: AboutSheet) -> None:
    for letter, width in zip("ABCD", ABOUT_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    _print_setup(sheet, width=sum(ABOUT_WIDTHS))
    title = _text_cell(sheet, about.heading)
    title.font = _TITLE_FONT
    sheet.append([title])
    sheet.append([])
    for label, value in about.facts:
        cell = _text_cell(sheet, value) if isinstance(value, str) else _xlsx_cell(sheet, value, FieldKind.TEXT)
        if hasattr(cell, "alignment"):  # a styled cell, not a bare value
            cell.alignment = _FACT
        sheet.append([_bold(sheet, label), cell])
    sheet.append([])


def _print_setup(sheet: Any, width: float) -> None:
    """Printed, the columns fit the page's width, or as many pages' widths as keep the text
    legible (a wide table: two or three pages side by side); table sheets repeat their header row."""
    sheet.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    sheet.page_setup.fitToWidth = max(1, math.ceil(width / PAGE_WIDTH))
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _about_list(sheet: Any, written: Sequence[WrittenTable], translate: Translate) -> None:
    sheet.append([_bold(sheet, translate(text)) for text in SHEET_HEADERS])
    for table in written:
        omitted = _text_cell(sheet, ", ".join(table.omitted))
        omitted.alignment = _INDENTED  # clear of the row counts, which sit on the right of theirs
        sheet.append([_text_cell(sheet, table.sheet_name), _text_cell(sheet, table.title), table.rows, omitted])


def _table_sheet(sheet: Any, table: SheetTable, counter: _Counter) -> int:
    counter.start(table.title)
    columns = len(table.headers)
    rows = iter(table.rows)
    try:
        sample = list(islice(rows, WIDTH_SAMPLE_ROWS))
        widths = [_width(table.headers[index], sample, index) for index in range(columns)]
        for index, width in enumerate(widths):
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
        if columns:
            sheet.freeze_panes = "A2"
            sheet.print_title_rows = "1:1"
        _print_setup(sheet, width=sum(widths))
        header = []
        for text in table.headers:
            cell = _bold(sheet, text)
            cell.fill = _HEADER_FILL
            header.append(cell)
        sheet.append(header)
        kinds = table.kinds
        count = 0
        for row in chain(sample, rows):
            sheet.append([_xlsx_cell(sheet, value, kind) for value, kind in zip(row, kinds, strict=True)])
            count += 1
            counter.tick()
    finally:
        _close(rows)
    if columns:  # written after the rows, so it covers what was really written
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{count + 1}"
    return count


def _close(rows: Iterator[Row]) -> None:
    """End a database read at once (a cancelled export must not keep its transaction open)."""
    close = getattr(rows, "close", None)
    if callable(close):
        close()


def _bold(sheet: Any, text: str) -> Any:
    cell = _text_cell(sheet, text)
    cell.font = _HEADER_FONT
    return cell


def _text_cell(sheet: Any, text: str) -> Any:
    """A cell that stays text even when it starts with "=" (never a formula)."""
    cell = WriteOnlyCell(sheet, _clean_text(text))
    cell.data_type = "s"
    return cell


def _clean_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT - 1] + "\u2026"


def _xlsx_cell(sheet: Any, value: CellValue, kind: FieldKind) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = number_format(kind, value)
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
        return cell
    text = _clean_text(str(value))
    wrap = kind is FieldKind.LONG_TEXT
    if not wrap and not text.startswith("="):
        return text
    cell = _text_cell(sheet, text)
    if wrap:
        cell.alignment = _WRAP
    return cell


def number_format(kind: FieldKind, value: float) -> str:
    """Amounts and measured values with thousands separators and the decimals they have; years,
    counts and ratings (integer fields) plain; anything else as Excel shows it by default."""
    if kind in _FRACTIONAL_KINDS:
        whole = float(value).is_integer() and abs(value) < 1e15
        return WHOLE_NUMBER_FORMAT if whole else FRACTION_FORMAT
    if kind is FieldKind.INTEGER:
        return INTEGER_FORMAT
    return "General"


def _width(header: str, sample: Sequence[Row], index: int) -> float:
    longest = max((len(line) for line in header.splitlines()), default=0)
    for row in sample:
        longest = max(longest, _shown_length(row[index]))
    return float(min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, longest + 2)))


def _shown_length(value: CellValue) -> int:
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, datetime):
        return 17
    if isinstance(value, date):
        return 11  # 10 characters, and a little air before a neighbour's text
    if isinstance(value, (int, float)):
        text = _number_text(value)
        return len(text) + (len(text.split(".")[0].lstrip("-")) - 1) // 3  # the thousands separators
    return max((len(line) for line in str(value).splitlines()), default=0)


# -- CSV ----------------------------------------------------------------------------------------

def write_csv(path: str | os.PathLike[str], table: SheetTable, *, delimiter: str = ",", true_text: str = "TRUE",
              false_text: str = "FALSE", progress: Progress = no_progress) -> int:
    """One table as CSV: UTF-8 with BOM, a header row, ISO dates, numbers with a dot. Returns
    the number of rows written.

    Text that a spreadsheet would run as a formula ("=...", "@...", "-text"...) gets a leading
    apostrophe; number-like text such as "+1 876 555 0117" is left as it is.
    """
    with atomic_output(path) as handle:
        return write_csv_rows(handle, table, delimiter=delimiter, true_text=true_text, false_text=false_text,
                              progress=progress)


def write_csv_rows(handle: IO[bytes], table: SheetTable, *, delimiter: str = ",", true_text: str = "TRUE",
                   false_text: str = "FALSE", progress: Progress = no_progress) -> int:
    """The CSV text of one table into an open binary file (a file, or a member of a zip)."""
    counter = _Counter([table], progress)
    counter.start(table.title)
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_text(header) for header in table.headers])
    count = 0
    rows = iter(table.rows)
    try:
        for row in rows:
            writer.writerow([_csv_value(value, true_text, false_text) for value in row])
            count += 1
            counter.tick()
    finally:
        _close(rows)
        text.flush()
        text.detach()
    return count


def write_table(path: str | os.PathLike[str], table: SheetTable, *, translate: Translate = identity,
                progress: Progress = no_progress) -> int:
    """One table to ``path``: CSV when the name ends in .csv, else an .xlsx workbook. Returns the
    number of rows written."""
    if Path(path).suffix.lower() == ".csv":
        return write_csv(path, table, progress=progress)
    return write_xlsx(path, [table], translate=translate, progress=progress)[0].rows


def csv_value(value: CellValue) -> str:
    """One cell as CSV text: TRUE/FALSE, ISO dates, numbers with a dot, text never a formula."""
    return _csv_value(value, "TRUE", "FALSE")


def _csv_value(value: CellValue, true_text: str, false_text: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return true_text if value else false_text
    if isinstance(value, (int, float)):
        return "" if isinstance(value, float) and not math.isfinite(value) else _number_text(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return _csv_text(value)


def _csv_text(text: str) -> str:
    if text.startswith(_FORMULA_STARTS) and not _NUMBER_LIKE.fullmatch(text):
        return "'" + text
    return text


def _number_text(value: float) -> str:
    """Shortest text that reads back as the same number, always with a dot ("1234.5", "80000")."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)
