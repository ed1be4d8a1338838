"""Record tables made ready for export: the rows of a ``RecordSpec`` as typed, readable values
(labels instead of codes and record ids, real numbers, dates and booleans) with their column
headers, honouring the "without personal data" choice. ``spreadsheet`` writes them to .xlsx and
CSV; the window's "Export..." buttons, the command line and the PDF report all start here.

Without personal data, every field marked ``personal`` is left out, and so is every reference
whose shown label is personal (a meeting attendance's person, a stakeholder's contact person):
the ``TableExport`` names the columns it left out in ``omitted``.
"""

from __future__ import annotations

import dataclasses
import math
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from mainstream_desktop.core.errors import NotFound
from mainstream_desktop.core.evidence import label_of
from mainstream_desktop.core.record_registry import ALL_SPECS, spec_by_key
from mainstream_desktop.core.record_specs import FieldKind, FieldSpec, RecordRow, RecordSpec

if TYPE_CHECKING:
    from mainstream_desktop.core.reference_data import ReferenceData
    from mainstream_desktop.core.services import Services

CellValue: TypeAlias = str | int | float | date | bool | None
"""What one exported cell holds (``datetime`` is a ``date`` too)."""

Translate = Callable[[str], str]

REFERENCE_LISTS = frozenset({"CURRENCY", "UNIT", "INDICATOR", "COUNTRY"})
"""Code lists whose cells read "Label (CODE)": the code is as familiar as the label."""

MAX_SHEET_NAME = 31
RESERVED_SHEET_NAMES = ("About", "History")  # "History" is reserved by Excel itself
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_MAX_LABEL_DEPTH = 4


def identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class TableExport:
    """One record table ready to be written: a sheet of an .xlsx file or one CSV file."""

    key: str                          # the spec's key, e.g. "person"
    title: str                        # the spec's title (translated by the caller's ``translate``)
    sheet_name: str                   # valid for Excel: <= 31 characters, none of []:*?/\
    fields: tuple[str, ...]           # field names of the columns, for machine use
    headers: tuple[str, ...]          # column headers (translated labels)
    kinds: tuple[FieldKind, ...]      # the field kind of each column
    rows: tuple[tuple[CellValue, ...], ...]
    workspace: str = ""               # "JAM \u2013 Mainstreaming Migration \u2013 Jamaica"
    include_personal: bool = True
    omitted: tuple[str, ...] = ()     # headers of the columns left out as personal data


def reveals_personal_data(field: FieldSpec, _depth: int = 0) -> bool:
    """True when the field is personal data, or a reference whose shown label is (recursively)."""
    if field.personal:
        return True
    if field.kind is not FieldKind.RECORD or not field.references or _depth > _MAX_LABEL_DEPTH:
        return False
    target = spec_by_key(field.references)
    label = _label_field(target)
    return label is not None and reveals_personal_data(label, _depth + 1)


def exported_fields(spec: RecordSpec, include_personal: bool = True) -> tuple[list[FieldSpec], list[FieldSpec]]:
    """(the fields that become columns, the fields left out as personal data)."""
    if include_personal:
        return list(spec.fields), []
    kept = [f for f in spec.fields if not reveals_personal_data(f)]
    return kept, [f for f in spec.fields if reveals_personal_data(f)]


def sheet_name_for(title: str) -> str:
    """A valid Excel sheet name made from a title (not yet unique within a workbook)."""
    name = " ".join(_BAD_SHEET_CHARS.sub(" ", title).split()).strip("'").strip()
    if len(name) > MAX_SHEET_NAME:  # cut visibly: "Alignment to national priorit\u2026"
        name = name[:MAX_SHEET_NAME - 1].rstrip() + "\u2026"
    return name or "Sheet"


def unique_sheet_names(names: Iterable[str], reserved: Iterable[str] = RESERVED_SHEET_NAMES) -> list[str]:
    """The names made valid and unique, ignoring case as Excel does ("Sheet (2)", ...)."""
    taken = {name.casefold() for name in reserved}
    result: list[str] = []
    for raw in names:
        base = sheet_name_for(raw)
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            name = base[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        taken.add(name.casefold())
        result.append(name)
    return result


def record_table(services: Services, workspace_code: str, spec: RecordSpec, *, include_personal: bool = True,
                 row_ids: Sequence[str] | None = None, translate: Translate = identity) -> TableExport:
    """The records of ``spec`` in the workspace as a ``TableExport``.

    ``row_ids`` restricts the table to those records in that order (the window's current filtered
    and sorted view); ids of records that no longer exist are skipped.
    """
    return _table(_Resolver(services, workspace_code, translate), spec, include_personal, row_ids)


def workspace_tables(services: Services, workspace_code: str, specs: Iterable[RecordSpec] | None = None, *,
                     include_personal: bool = True, translate: Translate = identity) -> list[TableExport]:
    """Every record table of the workspace (``ALL_SPECS`` order), empty ones included, with sheet
    names unique within the list."""
    resolver = _Resolver(services, workspace_code, translate)
    tables = [_table(resolver, spec, include_personal, None) for spec in (ALL_SPECS.values() if specs is None else specs)]
    names = unique_sheet_names(table.sheet_name for table in tables)
    return [dataclasses.replace(table, sheet_name=name) for table, name in zip(tables, names, strict=True)]


def workspace_label(services: Services, workspace_code: str) -> str:
    """"JAM \u2013 Mainstreaming Migration \u2013 Jamaica" (the code alone if there is no such workspace)."""
    summary = next((w for w in services.workspaces.list_workspaces() if w.code == workspace_code), None)
    if summary is None:
        return workspace_code
    return f"{summary.code} \u2013 {summary.title or summary.country_name}"


def _table(resolver: _Resolver, spec: RecordSpec, include_personal: bool,
           row_ids: Sequence[str] | None) -> TableExport:
    kept, left_out = exported_fields(spec, include_personal)
    rows = resolver.rows(spec)
    if row_ids is not None:
        by_id = {row.id: row for row in rows}
        rows = [by_id[str(row_id)] for row_id in row_ids if str(row_id) in by_id]
    translate = resolver.translate
    title = translate(spec.title)
    return TableExport(
        key=spec.key, title=title, sheet_name=sheet_name_for(title),
        fields=tuple(f.name for f in kept), headers=tuple(translate(f.label) for f in kept),
        kinds=tuple(f.kind for f in kept),
        rows=tuple(tuple(resolver.cell(f, row.values.get(f.name)) for f in kept) for row in rows),
        workspace=resolver.workspace_label(), include_personal=include_personal,
        omitted=tuple(translate(f.label) for f in left_out))


def _label_field(spec: RecordSpec) -> FieldSpec | None:
    return next((f for f in spec.fields if f.name == spec.label_field), None)


def _plain(value: Any) -> Any:
    """Enum members (some columns load as StrEnum) as their stored value."""
    return getattr(value, "value", value)


def _number_text(value: float) -> str:
    return format(value, ".12g") if isinstance(value, float) else str(value)


class CodeLabels:
    """The readable label of a code of any list, one look-up per list: "Female", or "US Dollar
    (USD)" for the reference lists whose codes people know; the code itself when it has none."""

    def __init__(self, reference: ReferenceData) -> None:
        self._reference = reference
        self._lists: dict[str, dict[str, str]] = {}

    def label(self, list_name: str, code: str) -> str:
        labels = self._lists.get(list_name)
        if labels is None:
            labels = self._lists[list_name] = {c.code: c.label for c in self._reference.choices(list_name)}
        label = labels.get(code)
        if not label or label == code:
            return code
        return f"{label} ({code})" if list_name in REFERENCE_LISTS else label

    def plain_label(self, list_name: str, code: str) -> str:
        """The label alone, never "Label (CODE)" (for a table that shows the code beside it)."""
        self.label(list_name, code)
        return self._lists[list_name].get(code) or code


class _Resolver:
    """Turns stored values into readable cells, caching look-ups across the tables of one export."""

    def __init__(self, services: Services, workspace_code: str, translate: Translate) -> None:
        self._services = services
        self._workspace_code = workspace_code
        self.translate = translate
        self._rows: dict[str, list[RecordRow]] = {}
        self.codes = CodeLabels(services.reference)
        self._record_labels: dict[str, dict[str, CellValue]] = {}
        self._documents: dict[str, str] = {}
        self._evidence: dict[str, str] | None = None
        self._workspace: str | None = None

    def workspace_label(self) -> str:
        if self._workspace is None:
            self._workspace = workspace_label(self._services, self._workspace_code)
        return self._workspace

    def rows(self, spec: RecordSpec) -> list[RecordRow]:
        if spec.key not in self._rows:
            self._rows[spec.key] = self._services.records.rows(self._workspace_code, spec)
        return self._rows[spec.key]

    def cell(self, field: FieldSpec, value: Any, depth: int = 0) -> CellValue:
        value = _plain(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        kind = field.kind
        if kind is FieldKind.BOOLEAN:
            return bool(value)
        if kind is FieldKind.DATE:
            return value.date() if isinstance(value, datetime) else value if isinstance(value, date) else str(value)
        if kind in (FieldKind.INTEGER, FieldKind.DECIMAL, FieldKind.NUMBER):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return str(value)
            return None if isinstance(value, float) and not math.isfinite(value) else value
        if kind is FieldKind.CODE:
            return self.code_label(field.code_list, str(value))
        if kind is FieldKind.COUNTRY:
            return self.code_label("COUNTRY", str(value))
        if kind is FieldKind.RECORD:
            return self.record_label(field.references, str(value), depth)
        if kind is FieldKind.DOCUMENT:
            return self.document_title(str(value))
        if kind is FieldKind.EVIDENCE:
            return self.evidence_label(str(value))
        return str(value)

    def code_label(self, list_name: str, code: str) -> str:
        return self.codes.label(list_name, code)

    def record_label(self, spec_key: str, record_id: str, depth: int = 0) -> CellValue:
        """The referenced record's label: text, or a real date or number when its label field is
        one (a meeting is shown by its date); the id when the record is gone."""
        labels = self._record_labels.get(spec_key)
        if labels is None:
            spec = spec_by_key(spec_key)
            field = _label_field(spec)
            labels = {}
            for row in self.rows(spec):
                shown = self.cell(field, row.values.get(field.name), depth + 1) \
                    if field is not None and depth < _MAX_LABEL_DEPTH else None
                if isinstance(shown, bool) or shown is None or shown == "":
                    shown = self._as_text(shown) or row.id
                labels[row.id] = shown
            self._record_labels[spec_key] = labels
        return labels.get(record_id, record_id)

    def _as_text(self, value: CellValue) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.translate("yes") if value else self.translate("no")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (int, float)):
            return _number_text(value)
        return value

    def document_title(self, document_id: str) -> str:
        if document_id not in self._documents:
            try:
                info = self._services.documents.get(document_id)
                self._documents[document_id] = info.title or info.file_name
            except (NotFound, ValueError):
                self._documents[document_id] = document_id
        return self._documents[document_id]

    def evidence_label(self, name: str) -> str:
        type_name, _, text = name.partition(":")
        if self._evidence is None:
            self._evidence = {c.code: c.label for c in self._services.records.evidence_choices(self._workspace_code)}
        if name not in self._evidence:  # e.g. a figure that is no longer the latest headline
            try:
                record_id = uuid.UUID(text)
            except ValueError:
                return name
            with self._services.uow() as uow:
                uow.discard_on_exit()
                self._evidence[name] = label_of(uow.session, type_name, record_id)
        return self._evidence[name]
