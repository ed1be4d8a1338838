"""One running program per data folder: an OS file lock held for the life of the process.

The lock is released by the operating system when the process dies, so a crash never leaves a
folder locked. The lock file records the holder's process id for the error message.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout


class DataFolderInUse(Exception):
    """Another running Mainstream Desktop holds this data folder."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = FileLock(str(path), timeout=0)
        self._owner_note = path.with_suffix(".owner")

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            holder = self._owner_note.read_text(encoding="utf-8").strip() if self._owner_note.exists() else "?"
            raise DataFolderInUse(
                f"the data folder {self._path.parent} is already in use by another "
                f"Mainstream Desktop (process {holder}); close it first"
            ) from exc
        self._owner_note.write_text(str(os.getpid()), encoding="utf-8")

    def release(self) -> None:
        if self._lock.is_locked:
            self._owner_note.unlink(missing_ok=True)
            self._lock.release()
