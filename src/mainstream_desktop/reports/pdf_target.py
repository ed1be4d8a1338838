"""Where a report goes: the checks made before any work (the folder exists and can be written,
the name is not a folder's) and the atomic write (``NAME.partial`` next to the target, flushed,
then renamed over it, removed on any failure), with the two outcomes a caller must tell apart
from a bug: the file could not be written, or the user cancelled. Light to import (no
reportlab), so the window can name these errors without loading the PDF machinery.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from mainstream_desktop.core.errors import MainstreamError


class ReportNotWritten(MainstreamError):
    """The report could not be written (folder missing or read-only, disk full...); nothing
    partial was left behind."""

    code = "report_not_written"


class ReportCancelled(MainstreamError):
    code = "report_cancelled"

    def __init__(self) -> None:
        super().__init__("the report was cancelled; no file was written")


def check_target(path: Path) -> Path:
    """Refuse early (before minutes of work) a file that cannot be written."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ReportNotWritten(f"{target} is a folder: give the name of the PDF file to write")
    if not folder.is_dir():
        raise ReportNotWritten(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ReportNotWritten(f"the folder {folder} cannot be written to")
    return target


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``NAME.partial`` next to ``path``, then rename it over ``path``."""
    target = check_target(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with suppress(OSError):
            partial.unlink()
        raise ReportNotWritten(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
