"""The one accessor for files shipped inside the package (``mainstream_desktop/resources``).

Everything that reads a shipped CSV, icon or translation goes through these functions, which use
``importlib.resources`` so that a wheel, a checkout and a frozen bundle all behave the same.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable

_PACKAGE = "mainstream_desktop.resources"


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("reference", "units.csv")``."""
    node = resources.files(_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_csv_rows(*parts: str) -> Iterator[dict[str, str]]:
    """Rows of a shipped UTF-8 CSV file as dictionaries keyed by the header."""
    text = resource(*parts).read_text(encoding="utf-8-sig")
    yield from csv.DictReader(io.StringIO(text))
