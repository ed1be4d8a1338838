"""What the spreadsheet writers accept: a table's description (title, sheet name, column headers
and kinds, the personal-data choice) and its rows, either held in memory (``record_tables``'
``TableExport``) or streamed from the database in chunks (``StreamedTable``, e.g. the
observations of a profile, which may be 100,000 rows).

Also the plain callables the writers take for progress and cancellation, as core takes them
everywhere: ``progress(done, total, label)`` may raise to cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from mainstream_desktop.core.record_specs import FieldKind
from mainstream_desktop.reports.record_tables import CellValue

Row = tuple[CellValue, ...]
Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _label: str) -> None:
    """The default: nobody is watching."""


class RowSource(Protocol):
    """Rows that know (or expect) how many they are; a tuple is one."""

    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Row]: ...


class SheetTable(Protocol):
    """One sheet of a workbook, or one CSV file."""

    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def sheet_name(self) -> str: ...
    @property
    def headers(self) -> tuple[str, ...]: ...
    @property
    def kinds(self) -> tuple[FieldKind, ...]: ...
    @property
    def rows(self) -> RowSource: ...
    @property
    def workspace(self) -> str: ...
    @property
    def include_personal(self) -> bool: ...
    @property
    def omitted(self) -> tuple[str, ...]: ...


class LazyRows:
    """Rows read when a writer iterates them; ``expected`` (counted beforehand) is only a hint for
    progress bars: the writers count what they actually write."""

    def __init__(self, expected: int, read: Callable[[], Iterator[Row]]) -> None:
        self.expected = expected
        self._read = read

    def __len__(self) -> int:
        return self.expected

    def __iter__(self) -> Iterator[Row]:
        return self._read()


@dataclass(frozen=True)
class StreamedTable:
    """A table whose rows come from the database while it is being written."""

    key: str
    title: str
    sheet_name: str
    headers: tuple[str, ...]
    kinds: tuple[FieldKind, ...]
    rows: LazyRows
    workspace: str = ""
    include_personal: bool = True
    omitted: tuple[str, ...] = ()
