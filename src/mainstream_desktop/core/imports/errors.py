"""The two ways reading a statistics table can fail on purpose: the file cannot be opened as a
table at all (``UnreadableFile``), or it opens but is none of the layouts the readers know
(``UnrecognisedLayout``). Both carry an English message naming the file."""

from __future__ import annotations

from pathlib import Path

from mainstream_desktop.core.errors import MainstreamError

KNOWN_LAYOUTS = (
    "UN DESA International Migrant Stock (2019, 2020 editions) or Migration Flows 2015; "
    "World Bank WDI download (CSV or Excel, data sheet); "
    "UNHCR Refugee Data Finder or popstats export; "
    "ILOSTAT bulk or explorer CSV; "
    "Mainstream Desktop template"
)


class UnrecognisedLayout(MainstreamError):
    """The file opens, but its content is none of the known layouts (or not the expected one)."""

    code = "unrecognised_layout"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        reason = f" ({detail})" if detail else ""
        super().__init__(
            f"'{self.path.name}' is not a table layout Mainstream Desktop can read{reason}. "
            f"Known layouts: {KNOWN_LAYOUTS}.")


class UnreadableFile(MainstreamError):
    """The file is missing, empty, password-protected or not a spreadsheet or text table."""

    code = "unreadable_file"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"'{self.path.name}' cannot be read: {reason}.")
