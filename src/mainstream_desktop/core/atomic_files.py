"""Export files that appear whole or not at all.

``atomic_output`` gives a binary file next to the target (``.~NAME.XXXX.partial``) that is
flushed to disk and renamed over the target in one step when the block ends; ``atomic_folder``
does the same for a set of files (a folder of CSV files). On any failure (disk full, read-only
medium, no permission, missing folder, or a bug or cancellation inside the block) the partial
file or folder is removed and an existing target is left as it was. ``OSError`` becomes
``ExportFailed``, whose one-line message names the file and the reason.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from mainstream_desktop.core.errors import MainstreamError

PARTIAL_SUFFIX = ".partial"
NEW_FILE_MODE = 0o644
NEW_FOLDER_MODE = 0o755


class ExportFailed(MainstreamError):
    """An export file could not be written; nothing partial was left behind."""

    code = "export_failed"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def partial_prefix(target: Path) -> str:
    return f".~{target.name[:80]}."


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` only when the block ends without error.

    ``OSError`` (raised here or inside the block) becomes ``ExportFailed``; any other error is
    re-raised as it is. Either way the partial file is removed and ``path`` is untouched.
    """
    target = Path(path)
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=partial_prefix(target),
                                                 suffix=PARTIAL_SUFFIX)
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _set_mode(temporary, target, NEW_FILE_MODE)
        os.replace(temporary, target)
        temporary = None
        sync_folder(target.parent)
    except OSError as exc:
        raise ExportFailed(f"Could not write {target}: {failure_reason(target, exc)}.", target) from exc
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)


@contextmanager
def atomic_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A fresh folder to fill; when the block ends without error its files land in ``path``.

    A new ``path`` is the partial folder renamed in one step. Into an existing folder each file
    is moved over its namesake (files of other names stay); this only starts once every file is
    complete, so a failure while writing leaves the folder as it was.
    """
    target = Path(path)
    temporary: Path | None = None
    try:
        if target.exists() and not target.is_dir():
            raise FileExistsError(errno.EEXIST, "a file of that name is in the way", str(target))
        temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=partial_prefix(target), suffix=PARTIAL_SUFFIX))
        yield temporary
        for written in temporary.iterdir():
            with open(written, "rb") as handle:
                os.fsync(handle.fileno())
        if target.is_dir():
            for written in sorted(temporary.iterdir()):
                _set_mode(str(written), target / written.name, NEW_FILE_MODE)
                os.replace(written, target / written.name)
            sync_folder(target)
        else:
            _set_mode(str(temporary), target, NEW_FOLDER_MODE)
            for written in temporary.iterdir():
                os.chmod(written, NEW_FILE_MODE)
            os.replace(temporary, target)
            temporary = None
        sync_folder(target.parent)
    except OSError as exc:
        raise ExportFailed(f"Could not write {target}: {failure_reason(target, exc, folder=True)}.",
                           target) from exc
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def _set_mode(temporary: str, target: Path, new_mode: int) -> None:
    """Keep an existing target's permissions; a new one gets the usual rw-r--r-- (rwxr-xr-x for a
    folder), not the private 0600 of a temporary file that would surprise whoever shares it."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = new_mode
    os.chmod(temporary, mode)


def sync_folder(folder: Path) -> None:
    """Make a rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def failure_reason(target: Path, exc: OSError, folder: bool = False) -> str:
    """Why writing ``target`` (a file, or a folder when ``folder``) failed, in words a user can
    act on."""
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        return f"the folder {target.parent} does not exist"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk or medium is read-only"
    if isinstance(exc, FileExistsError):
        return "a file of that name is in the way"
    if isinstance(exc, IsADirectoryError) or (not folder and target.is_dir()):
        return "a folder of that name is in the way"
    if isinstance(exc, PermissionError):
        return "permission denied (a read-only folder or medium, or the file is open in another program)"
    text = exc.strerror or str(exc) or type(exc).__name__
    return " ".join(text.split())
