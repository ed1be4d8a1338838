"""Where the program keeps its files: the data folder and everything inside it.

One frozen value object, built once by a composition root (``app.py`` or ``cli.py``) from the
``--data-dir`` option, the ``MAINSTREAM_DATA_DIR`` environment variable or the platform's user
data folder, and passed down. Nothing else in the program invents a path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "MainstreamDesktop"
APP_AUTHOR = "GMG"
DATA_DIR_ENV = "MAINSTREAM_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder. The folder may not exist yet; ``ensure()`` makes it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "mainstream.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def instance_lock(self) -> Path:
        return self.root / ".instance.lock"

    @property
    def config(self) -> Path:
        """Per-data-folder settings (window state and such), kept next to the data."""
        return self.root / "config"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.documents, self.keys, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder from the command-line option, else the environment, else the default."""
    chosen = option or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    from platformdirs import user_data_dir

    return DataPaths(Path(user_data_dir(APP_NAME, APP_AUTHOR)))
