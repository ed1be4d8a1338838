"""Writing ``TableExport``s to Excel (.xlsx, one sheet per table after an "About" sheet) and to
CSV (UTF-8 with BOM so Excel shows Arabic and Cyrillic), with real number, date and boolean
cells, frozen bold headers and filters.

Every file is written atomically: into a temporary file in the target's folder, flushed to disk,
then moved over the target in one step. On any failure (disk full, read-only medium, no
permission, missing folder) the temporary file is removed, an existing target is left as it was,
and ``ExportFailed`` says which file and why in one line.
"""

from __future__ import annotations

import csv
import errno
import io
import math
import os
import re
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.record_specs import FieldKind
from mainstream_desktop.reports.record_tables import (
    CellValue,
    TableExport,
    Translate,
    identity,
    sheet_name_for,
    unique_sheet_names,
)

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 8
WIDTH_SAMPLE_ROWS = 2000
MAX_CELL_TEXT = 32767  # Excel's limit for one cell
NEW_FILE_MODE = 0o644
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="FFDDE4EE", end_color="FFDDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_NUMBER_LIKE = re.compile(r"[+-]?[\d\s().]*\d[\d\s().]*")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFailed(MainstreamError):
    """An export file could not be written; nothing partial was left behind."""

    code = "export_failed"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


# -- atomic files -------------------------------------------------------------------------------

@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` only when the block ends without error.

    ``OSError`` (raised here or inside the block) becomes ``ExportFailed``; any other error is
    re-raised as it is. Either way the temporary file is removed and ``path`` is untouched.
    """
    target = Path(path)
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".~{target.name[:80]}.",
                                                 suffix=".part")
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(temporary, target)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise ExportFailed(f"Could not write {target}: {_reason(target, exc)}.", target) from exc
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


def _set_mode(temporary: str, target: Path) -> None:
    """Keep an existing target's permissions; a new file gets the usual rw-r--r-- (mkstemp's
    private 0600 would surprise whoever shares the export)."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = NEW_FILE_MODE
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _reason(target: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        return f"the folder {target.parent} does not exist"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk or medium is read-only"
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return "a folder of that name is in the way"
    if isinstance(exc, PermissionError):
        return "permission denied (a read-only folder or medium, or the file is open in another program)"
    text = exc.strerror or str(exc) or type(exc).__name__
    return " ".join(text.split())


# -- Excel --------------------------------------------------------------------------------------

def write_xlsx(path: str | os.PathLike[str], tables: Sequence[TableExport], *, translate: Translate = identity,
               exported_at: datetime | None = None) -> None:
    """One workbook: an "About" sheet (workspace, export time, whether personal data is in),
    then one sheet per table with a bold frozen header row, a filter and typed cells."""
    with atomic_output(path) as handle:  # openpyxl spools rows to temporary files: inside, too
        _workbook(tables, translate, exported_at or datetime.now().replace(microsecond=0)).save(handle)


def _workbook(tables: Sequence[TableExport], translate: Translate, exported_at: datetime) -> Any:
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Mainstream Desktop"
    about_name = sheet_name_for(translate("About"))
    names = unique_sheet_names((t.sheet_name for t in tables), reserved=(about_name, "History"))
    _about_sheet(workbook.create_sheet(about_name), tables, names, translate, exported_at)
    for table, name in zip(tables, names, strict=True):
        _table_sheet(workbook.create_sheet(name), table)
    active = 1 if tables else 0
    workbook.active = active
    for index, sheet in enumerate(workbook.worksheets):
        sheet.sheet_view.tabSelected = index == active
    return workbook


def personal_data_note(tables: Sequence[TableExport], translate: Translate = identity) -> str:
    """"included", or "left out (fields: People: Full name, E-mail; ...)"."""
    if all(table.include_personal for table in tables):
        return translate("included")
    parts = [f"{table.title}: {', '.join(table.omitted)}" for table in tables if table.omitted]
    left_out = translate("left out")
    return f"{left_out} ({translate('fields')}: {'; '.join(parts)})" if parts else left_out


def _about_sheet(sheet: Any, tables: Sequence[TableExport], names: Sequence[str], translate: Translate,
                 exported_at: datetime) -> None:
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 48
    sheet.column_dimensions["C"].width = 10
    sheet.column_dimensions["D"].width = 48
    workspaces = ", ".join(dict.fromkeys(t.workspace for t in tables if t.workspace))
    when = WriteOnlyCell(sheet, exported_at)
    when.number_format = DATETIME_FORMAT
    when.alignment = Alignment(horizontal="left")
    sheet.append([_bold(sheet, translate("Mainstream Desktop: record tables"))])
    sheet.append([])
    sheet.append([translate("Workspace"), _text_cell(sheet, workspaces)])
    sheet.append([translate("Exported on"), when])
    sheet.append([translate("Personal data"), _text_cell(sheet, personal_data_note(tables, translate))])
    sheet.append([])
    sheet.append([_bold(sheet, text) for text in (translate("Sheet"), translate("Table"), translate("Rows"),
                                                   translate("Left out as personal data"))])
    for table, name in zip(tables, names, strict=True):
        sheet.append([_text_cell(sheet, name), _text_cell(sheet, table.title), len(table.rows),
                      _text_cell(sheet, ", ".join(table.omitted))])


def _table_sheet(sheet: Any, table: TableExport) -> None:
    columns = len(table.headers)
    for index in range(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(table, index)
    if columns:
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{len(table.rows) + 1}"
    header = []
    for text in table.headers:
        cell = _bold(sheet, text)
        cell.fill = _HEADER_FILL
        header.append(cell)
    sheet.append(header)
    wraps = [kind is FieldKind.LONG_TEXT for kind in table.kinds]
    for row in table.rows:
        sheet.append([_xlsx_cell(sheet, value, wrap) for value, wrap in zip(row, wraps, strict=True)])


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


def _xlsx_cell(sheet: Any, value: CellValue, wrap: bool) -> Any:
    if value is None or isinstance(value, int):  # bools are ints
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
        return cell
    text = _clean_text(str(value))
    if not wrap and not text.startswith("="):
        return text
    cell = _text_cell(sheet, text)
    if wrap:
        cell.alignment = _WRAP
    return cell


def _width(table: TableExport, index: int) -> float:
    longest = max((len(line) for line in table.headers[index].splitlines()), default=0)
    for row in table.rows[:WIDTH_SAMPLE_ROWS]:
        longest = max(longest, _shown_length(row[index]))
    return float(min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, longest + 2)))


def _shown_length(value: CellValue) -> int:
    if value is None:
        return 0
    if isinstance(value, bool):
        return 5
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, (int, float)):
        return len(_number_text(value))
    return max((len(line) for line in str(value).splitlines()), default=0)


# -- CSV ----------------------------------------------------------------------------------------

def write_csv(path: str | os.PathLike[str], table: TableExport, *, delimiter: str = ",",
              true_text: str = "TRUE", false_text: str = "FALSE") -> None:
    """One table as CSV: UTF-8 with BOM, a header row, ISO dates, numbers with a dot.

    Text that a spreadsheet would run as a formula ("=...", "@...", "-text"...) gets a leading
    apostrophe; number-like text such as "+1 876 555 0117" is left as it is.
    """
    with atomic_output(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([_csv_text(header) for header in table.headers])
        for row in table.rows:
            writer.writerow([_csv_value(value, true_text, false_text) for value in row])
        text.flush()
        text.detach()


def write_table(path: str | os.PathLike[str], table: TableExport, *, translate: Translate = identity) -> None:
    """One table to ``path``: CSV when the name ends in .csv, else an .xlsx workbook."""
    if Path(path).suffix.lower() == ".csv":
        write_csv(path, table)
    else:
        write_xlsx(path, [table], translate=translate)


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
