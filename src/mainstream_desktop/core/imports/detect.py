"""The one entry point of table imports: ``read_table`` recognises a file's layout from its
content (not its name) unless told, and hands it to the matching reader.

Recognising only peeks (the first lines of a text file, the first rows of each sheet) and
imports no pandas; the reader of the recognised layout is imported when needed. Every failure
is a ``MainstreamError``: ``UnreadableFile`` when the file cannot be opened as a table,
``UnrecognisedLayout`` (with the list of known layouts) when it is none of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.core.imports import sniff
from mainstream_desktop.core.imports.errors import UnreadableFile, UnrecognisedLayout
from mainstream_desktop.core.imports.schema import ParsedTable

FORMATS = ("undesa", "wdi", "unhcr", "ilostat", "template")
WDI_HEADER = ["country name", "country code", "indicator name", "indicator code"]
TEMPLATE_KEYS = {"indicator code", "indicator_code"}
TEMPLATE_PERIOD = {"period"}
_WB_METADATA = ("World Bank metadata (countries or indicators), not data; import the API_... data file or its "
                "'Data' sheet")


def read_table(path: Path | str, format: str | None = None, default_country: str | None = None,
               sheet: str | None = None) -> ParsedTable:
    """Read any supported statistics table into the canonical long table.

    ``format`` skips detection ("undesa", "wdi", "unhcr", "ilostat", "template");
    ``default_country`` is the workspace country for template rows without one; ``sheet`` picks
    one sheet of a workbook (a WDI metadata sheet is refused)."""
    path = Path(path)
    kind = sniff.container(path)
    chosen = format or detect_format(path, kind)
    if chosen not in FORMATS:
        raise UnrecognisedLayout(path, f"'{chosen}' is not a format name ({', '.join(FORMATS)})")
    try:
        return _read(chosen, path, kind, default_country, sheet)
    except MainstreamError:
        raise
    except Exception as error:  # pandas/openpyxl/xlrd raise many kinds; the user gets one clear message
        raise UnreadableFile(path, f"its content could not be read as a {chosen} table "
                                   f"({type(error).__name__}: {error})") from error


def _read(chosen: str, path: Path, kind: str, default_country: str | None, sheet: str | None) -> ParsedTable:
    if chosen in ("unhcr", "ilostat") and kind != "text":
        raise UnrecognisedLayout(path, f"{chosen.upper()} files are CSV text, this is a {kind} workbook")
    if chosen == "undesa":
        if kind == "text":
            raise UnrecognisedLayout(path, "UN DESA tables are Excel workbooks, this is a text file")
        from mainstream_desktop.core.imports.readers import undesa

        return undesa.read(path, sheet)
    if chosen == "wdi":
        from mainstream_desktop.core.imports.readers import wdi

        return wdi.read(path, kind, sheet)
    if chosen == "unhcr":
        from mainstream_desktop.core.imports.readers import unhcr

        return unhcr.read(path)
    if chosen == "ilostat":
        from mainstream_desktop.core.imports.readers import ilostat

        return ilostat.read(path)
    from mainstream_desktop.core.imports.readers import template

    return template.read_template(path, default_country, None, kind=kind, sheet=sheet)


def detect_format(path: Path | str, kind: str | None = None) -> str:
    """The layout of a file, from its content; raises ``UnrecognisedLayout`` otherwise."""
    path = Path(path)
    kind = kind or sniff.container(path)
    found = _detect_text(path) if kind == "text" else _detect_workbook(path, kind)
    if isinstance(found, UnrecognisedLayout):
        raise found
    return found


def _lower(row: list[str]) -> list[str]:
    return [cell.lower() for cell in row]


def _detect_text(path: Path) -> str | UnrecognisedLayout:
    rows = [_lower(sniff.csv_fields(line)) for line in sniff.head_lines(path, 60)]
    first = next((row for row in rows if any(row)), [])
    if first[:2] == ["country code", "region"] or first[:1] == ["indicator_code"]:
        return UnrecognisedLayout(path, _WB_METADATA)
    if first[:1] == ["footnote"]:
        return UnrecognisedLayout(path, "these are UNHCR footnotes, not a data table")
    if first[:2] == ["data source", "world development indicators"] or any(r[:4] == WDI_HEADER for r in rows[:10]):
        return "wdi"
    if {"obs_value"} <= set(first) and {"ref_area", "ref_area.label"} & set(first):
        return "ilostat"
    for row in rows:
        if row[:1] == ["year"] and ({"population type", "value"} <= set(row)
                                    or any("country of asylum" in cell for cell in row)):
            return "unhcr"
    if any(_is_template_header(row) for row in rows[:10]):
        return "template"
    return UnrecognisedLayout(path)


def _is_template_header(row: Sequence[object]) -> bool:
    keys = {re.sub(r"[^0-9a-z]+", " ", sniff.cell_text(cell).lower()).strip() for cell in row}
    return bool({"indicator code"} & keys) and bool(TEMPLATE_PERIOD & keys) and "value" in keys


def _detect_workbook(path: Path, kind: str) -> str | UnrecognisedLayout:
    peek = sniff.peek_workbook(path, kind)
    texts = {name: [[sniff.cell_text(cell) for cell in row] for row in rows] for name, rows in peek.rows.items()}
    banner = {name: " ".join(cell for row in rows for cell in row) for name, rows in texts.items()}
    if any(re.fullmatch(r"Table \d+", name.strip()) and ("International Migrant Stock" in banner[name]
                                                        or "POP/DB/MIG/Stock" in banner[name]) for name in texts):
        return "undesa"
    if "Totals" in texts and ("POP/DB/MIG/Flow" in banner["Totals"] or "International Migration Flows"
                              in banner["Totals"] or any("CntName" in row for row in texts["Totals"])):
        return "undesa"
    metadata_only = False
    for rows in texts.values():
        lowered = [_lower(row) for row in rows]
        if any(row[:4] == WDI_HEADER for row in lowered):
            return "wdi"
        if any(row[:2] == ["country code", "region"] or row[:1] == ["indicator_code"] for row in lowered[:3]):
            metadata_only = True
    for name in (["Observations"] if "Observations" in texts else []) + list(texts):
        if any(_is_template_header(row) for row in texts[name][:10]):
            return "template"
    return UnrecognisedLayout(path, _WB_METADATA if metadata_only else "")
