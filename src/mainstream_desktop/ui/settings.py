"""Window and user preferences in an INI file inside the data folder's ``config/``: the window's
geometry, the last workspace, and the user-interface language (*File › Settings…*).

Kept next to the data rather than in the registry so a USB-carried data folder brings its
layout along, and so tests never touch the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class WindowSettings:
    def __init__(self, config_dir: Path) -> None:
        self._settings = QSettings(str(config_dir / "mainstream-desktop.ini"), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def last_workspace(self) -> str:
        return str(self._settings.value("session/workspace", "") or "")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def save_workspace(self, code: str) -> None:
        self._settings.setValue("session/workspace", code)

    def language(self) -> str:
        """The chosen user-interface language ("" = follow the system's)."""
        return str(self._settings.value("interface/language", "") or "")

    def save_language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)
        self._settings.sync()

    def sync(self) -> None:
        self._settings.sync()
