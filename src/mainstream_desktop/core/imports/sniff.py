"""Cheap looks at a file before reading it: what kind of container it is (xlsx, legacy xls,
text), the first lines of a text table, and the sheet names and top rows of a workbook.

Nothing here imports pandas. Files that cannot be opened (missing, empty, password-protected,
damaged, binary that is not a spreadsheet) raise ``UnreadableFile`` with a clear reason.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core.imports.errors import UnreadableFile

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARKER = "EncryptedPackage".encode("utf-16-le")
TEXT_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
HEAD_BYTES = 256 * 1024


@dataclass
class WorkbookPeek:
    """Sheet names and, per sheet, its first rows as lists of cell values."""

    sheets: list[str]
    rows: dict[str, list[list[Any]]] = field(default_factory=dict)


def container(path: Path) -> str:
    """"xlsx", "xls" or "text"; raises ``UnreadableFile`` for files that are none of them."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(path, "the file does not exist")
    if not path.is_file():
        raise UnreadableFile(path, "it is a folder, not a file")
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise UnreadableFile(path, f"it cannot be opened ({error.strerror or error})") from error
    if not head.strip():
        raise UnreadableFile(path, "the file is empty")
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        if ENCRYPTED_MARKER in head or _has_encrypted_stream(path):
            raise UnreadableFile(path, "the workbook is password-protected; save a copy without a password")
        return "xls"
    if b"\x00" in head[:4096] and not _is_utf16_text(head):
        raise UnreadableFile(path, "it is neither a spreadsheet (xlsx, xls) nor a text (CSV) table")
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableFile(path, "the workbook is damaged (not a valid xlsx file)") from error
    if "xl/workbook.xml" not in names:
        raise UnreadableFile(path, "it is a zip archive but not an Excel workbook; unzip it first")
    return "xlsx"


def _has_encrypted_stream(path: Path) -> bool:
    with path.open("rb") as handle:
        return ENCRYPTED_MARKER in handle.read()


def _is_utf16_text(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(data: bytes) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if _is_utf16_text(data):
        return data.decode("utf-16", errors="replace")
    for encoding in TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1", errors="replace")


def text_encoding(path: Path) -> str:
    """The encoding to read a text table with (as ``decode`` would)."""
    with Path(path).open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if _is_utf16_text(head):
        return "utf-16"
    try:
        head.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as error:
        # a cut in the middle of a multi-byte character at the end of the sample is still UTF-8
        return "utf-8-sig" if error.start >= len(head) - 4 else "cp1252"


def head_lines(path: Path, count: int = 40) -> list[str]:
    """The first ``count`` lines of a text file (decoded, BOM removed, line ends stripped)."""
    with Path(path).open("rb") as handle:
        data = handle.read(HEAD_BYTES)
    return decode(data).lstrip("\ufeff").splitlines()[:count]


def csv_fields(line: str) -> list[str]:
    """The fields of one CSV line, unquoted and stripped (a BOM before the first quote removed)."""
    try:
        row = next(csv.reader(io.StringIO(line.lstrip("\ufeff"))), [])
    except csv.Error:
        return []
    return [cell.replace("\ufeff", "").strip() for cell in row]


def peek_workbook(path: Path, kind: str, rows: int = 20) -> WorkbookPeek:
    """Sheet names and the first ``rows`` rows of every sheet of an xlsx or xls workbook."""
    try:
        return _peek_xlsx(path, rows) if kind == "xlsx" else _peek_xls(path, rows)
    except UnreadableFile:
        raise
    except Exception as error:  # openpyxl/xlrd raise many kinds of errors on damaged files
        raise UnreadableFile(path, f"the workbook cannot be opened ({type(error).__name__}: {error})") from error


def _peek_xlsx(path: Path, rows: int) -> WorkbookPeek:
    import openpyxl

    with Path(path).open("rb") as handle:  # a handle: openpyxl refuses paths without an .xlsx name
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            peek = WorkbookPeek(list(book.sheetnames))
            for sheet in book.worksheets:
                peek.rows[sheet.title] = [list(row) for row in sheet.iter_rows(max_row=rows, values_only=True)]
            return peek
        finally:
            book.close()


def _peek_xls(path: Path, rows: int) -> WorkbookPeek:
    import xlrd

    try:
        book = xlrd.open_workbook(path, on_demand=True)
    except xlrd.biffh.XLRDError as error:
        if "encrypt" in str(error).lower():
            raise UnreadableFile(path, "the workbook is password-protected; save a copy without a password") from error
        raise
    try:
        peek = WorkbookPeek(list(book.sheet_names()))
        for name in peek.sheets:
            sheet = book.sheet_by_name(name)
            peek.rows[name] = [sheet.row_values(index) for index in range(min(rows, sheet.nrows))]
            book.unload_sheet(name)
        return peek
    finally:
        book.release_resources()


def cell_text(value: object) -> str:
    """A peeked cell as stripped text ("" for empty cells)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
