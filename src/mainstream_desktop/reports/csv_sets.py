"""Several tables as CSV files at once: one file per table (UTF-8 with BOM, as ``spreadsheet``
writes them) plus "00 About.csv" with the same facts and list as a workbook's "About" sheet.
They go into a zip file when the target ends with .zip (one file to send), otherwise into a
folder. File names keep the tables' order and read well in any file manager: "01 Readiness
checklist.csv", "02 Profile observations.csv"...

Both are atomic: the zip is one ``atomic_output`` file; the folder's files are all written in a
partial folder first (``atomic_folder``), so a failure leaves nothing behind.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO

from mainstream_desktop.core.atomic_files import atomic_folder, atomic_output
from mainstream_desktop.reports.record_tables import Translate, identity
from mainstream_desktop.reports.sheet_tables import Progress, SheetTable, no_progress
from mainstream_desktop.reports.spreadsheet import (
    ABOUT,
    FILE,
    SHEET_HEADERS,
    AboutSheet,
    WrittenTable,
    csv_value,
    write_csv_rows,
)

MAX_NAME = 80
_BAD_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

OpenMember = Callable[[str], IO[bytes]]


def csv_file_names(sheet_names: Sequence[str], about: str = "About") -> list[str]:
    """"00 About.csv" then "01 <sheet>.csv", ...: safe on Windows, macOS and Linux, unique."""
    names = [f"00 {_safe(about)}.csv"]
    width = max(2, len(str(len(sheet_names))))
    for number, name in enumerate(sheet_names, start=1):
        names.append(f"{number:0{width}d} {_safe(name)}.csv")
    return names


def write_csv_set(out: str | os.PathLike[str], tables: Sequence[SheetTable], about: AboutSheet, *,
                  translate: Translate = identity, progress: Progress = no_progress) -> list[WrittenTable]:
    """Every table as a CSV file in a zip (``out`` ends with .zip) or a folder. Returns what each
    file received (``sheet_name`` is the file's name)."""
    target = Path(out)
    names = csv_file_names([table.sheet_name for table in tables], translate(ABOUT))
    if target.suffix.lower() == ".zip":
        with atomic_output(target) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            stamp = _zip_time(about)

            def open_member(name: str) -> IO[bytes]:
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                return archive.open(info, "w")

            return _write_all(open_member, names, tables, about, translate, progress)
    with atomic_folder(target) as folder:
        return _write_all(lambda name: open(folder / name, "wb"), names, tables, about, translate, progress)


def _write_all(open_member: OpenMember, names: Sequence[str], tables: Sequence[SheetTable], about: AboutSheet,
               translate: Translate, progress: Progress) -> list[WrittenTable]:
    total = sum(len(table.rows) for table in tables)
    written: list[WrittenTable] = []
    for table, name in zip(tables, names[1:], strict=True):
        done = sum(entry.rows for entry in written)

        def report(count: int, _total: int, label: str, done: int = done) -> None:
            progress(done + count, max(total, done + count), label)

        with open_member(name) as member:
            rows = write_csv_rows(member, table, progress=report)
        written.append(WrittenTable(table.title, name, rows, tuple(table.omitted)))
    with open_member(names[0]) as member:
        _write_about(member, about, written, translate)
    return written


def _write_about(handle: IO[bytes], about: AboutSheet, written: Sequence[WrittenTable], translate: Translate) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([csv_value(about.heading)])
    writer.writerow([])
    for label, value in about.facts:
        writer.writerow([csv_value(label), csv_value(value)])
    writer.writerow([])
    writer.writerow([csv_value(translate(header)) for header in (FILE, *SHEET_HEADERS[1:])])
    for table in written:
        writer.writerow([csv_value(table.sheet_name), csv_value(table.title), table.rows,
                         csv_value(", ".join(table.omitted))])
    text.flush()
    text.detach()


def _safe(name: str) -> str:
    cleaned = " ".join(_BAD_FILE_CHARS.sub(" ", name).split())[:MAX_NAME].rstrip(" .")
    return cleaned or "table"


def _zip_time(about: AboutSheet) -> tuple[int, int, int, int, int, int]:
    """The members' time: when the export was made (zip cannot hold dates before 1980)."""
    moment = next((value for _label, value in about.facts if isinstance(value, datetime)), None) or datetime.now()
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
