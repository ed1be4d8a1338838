"""Exporting record tables to .xlsx and CSV: readable labels instead of codes and ids, typed
cells, frozen headers and filters, the BOM, the "without personal data" choice (no name, e-mail
or phone of the demo's people anywhere in the files), atomic writes that fail cleanly, the
current view's rows in its order, and valid unique sheet names."""

from __future__ import annotations

import errno
import os
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.participation_specs import (
    ATTENDANCE,
    FX_RATES,
    INSTITUTIONS,
    MEETINGS,
    MEMBERS,
    PEOPLE,
    PROJECTS,
    STAKEHOLDERS,
)
from mainstream_desktop.core.planning_specs import PRIORITIES, PRIORITY_EVIDENCE
from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.record_specs import FINDINGS, SECTOR_IMPACTS, FieldKind
from mainstream_desktop.reports.record_tables import (
    MAX_SHEET_NAME,
    TableExport,
    record_table,
    reveals_personal_data,
    unique_sheet_names,
    workspace_tables,
)
from mainstream_desktop.reports.spreadsheet import ExportFailed, write_csv, write_table, write_xlsx

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BAD_SHEET_CHARS = set("[]:*?/\\")


def column(table: TableExport, header: str) -> list[object]:
    index = table.headers.index(header)
    return [row[index] for row in table.rows]


def personal_values(services, code: str = "JAM") -> set[str]:
    """Every name, e-mail and phone of the workspace's people, and every other value of a field
    marked personal (an actual's "reported by"...): what must never leak."""
    values = set()
    for spec in ALL_SPECS.values():
        names = [f.name for f in spec.fields if f.personal]
        for row in services.records.rows(code, spec) if names else []:
            values.update(str(row.values[name]).strip() for name in names if str(row.values.get(name) or "").strip())
    return values


def xlsx_texts(path: Path) -> list[str]:
    """Every cell of every sheet, read twice: by openpyxl and by pandas."""
    texts = [str(cell) for sheet in openpyxl.load_workbook(path, read_only=True).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    for name, frame in pd.read_excel(path, sheet_name=None, header=None).items():
        texts.append(name)
        texts += [str(value) for value in frame.to_numpy().ravel() if not pd.isna(value)]
    return texts


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (``tmp_path`` also holds the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# -- values ---------------------------------------------------------------------------------------

def test_codes_become_their_labels(demo_services):
    institutions = record_table(demo_services, "JAM", INSTITUTIONS)
    assert "Central bank" in column(institutions, "Type")
    assert "National" in column(institutions, "Level")
    people = record_table(demo_services, "JAM", PEOPLE)
    sexes = {c.label for c in demo_services.reference.choices("SEX")}
    assert {"Male", "Female"} <= set(column(people, "Sex")) <= sexes | {None}
    projects = record_table(demo_services, "JAM", PROJECTS)
    assert "US Dollar (USD)" in column(projects, "Currency (ISO 4217)")  # reference lists: "Label (CODE)"
    assert column(record_table(demo_services, "JAM", FX_RATES), "Currency")[:2] == ["Euro (EUR)", "Jamaican Dollar (JMD)"]
    impacts = record_table(demo_services, "JAM", SECTOR_IMPACTS)
    assert "Education and skills" in column(impacts, "Policy area")


def test_no_table_shows_a_raw_code_or_record_id(demo_services):
    for table in workspace_tables(demo_services, "JAM"):
        spec = ALL_SPECS[table.key]
        fields = {f.name: f for f in spec.fields}
        for index, name in enumerate(table.fields):
            field = fields[name]
            cells = [row[index] for row in table.rows if row[index] is not None]
            if field.kind is FieldKind.CODE and field.code_list not in ("CURRENCY", "UNIT", "INDICATOR"):
                labels = {c.code: c.label for c in demo_services.reference.choices(field.code_list)}
                raw = {c for c in cells if c in labels and labels[c] != c}
                assert not raw, (table.key, name, raw)
            if field.kind in (FieldKind.RECORD, FieldKind.DOCUMENT, FieldKind.EVIDENCE):
                assert not [c for c in cells if UUID.search(str(c))], (table.key, name)


def test_references_show_the_referenced_records_label(demo_services):
    mechanism = demo_services.records.rows("JAM", ALL_SPECS["coordination_mechanism"])[0].values["name"]
    members = record_table(demo_services, "JAM", MEMBERS)
    assert set(column(members, "Mechanism")) == {mechanism}
    names = {row.values["full_name"] for row in demo_services.records.rows("JAM", PEOPLE)}
    assert set(column(members, "Person")) - {None} <= names
    meetings = record_table(demo_services, "JAM", MEETINGS)
    assert all(str(title).startswith("Minutes: ") for title in column(meetings, "Minutes") if title)
    attendance = record_table(demo_services, "JAM", ATTENDANCE)
    meeting_dates = set(column(meetings, "Date"))
    assert set(column(attendance, "Meeting")) <= meeting_dates  # a meeting is shown by its date, as a date


def test_evidence_shows_a_readable_label(demo_services):
    records = demo_services.records
    priority = records.save("JAM", PRIORITIES, {"title": "Diaspora investment", "policy_area": "DIA",
                                                "status": "PROPOSED"})
    impact = records.rows("JAM", SECTOR_IMPACTS)[0]
    finding = records.save("JAM", FINDINGS, {"kind": next(c.code for c in demo_services.reference.choices(
        "FINDING_KIND")), "text": "Remittance costs stay high"})
    for evidence in (f"sector_impact:{impact.id}", f"profile_finding:{finding}"):
        records.save("JAM", PRIORITY_EVIDENCE, {"priority_id": priority, "evidence": evidence})
    table = record_table(demo_services, "JAM", PRIORITY_EVIDENCE)
    mine = {evidence for title, evidence in zip(column(table, "Priority"), column(table, "Evidence"), strict=True)
            if title == "Diaspora investment"}
    impact_label = "Sector impact: Education and skills \u2013 Emigration of workers (Negative)"
    assert mine == {impact_label, "Finding: Remittance costs stay high"}


def test_numbers_dates_and_booleans_stay_typed(demo_services):
    projects = record_table(demo_services, "JAM", PROJECTS)
    assert all(isinstance(v, float) for v in column(projects, "Budget") if v is not None)
    assert all(isinstance(v, int) for v in column(projects, "Budget year") if v is not None)
    assert all(isinstance(v, date) for v in column(projects, "Start") if v is not None)
    people = record_table(demo_services, "JAM", PEOPLE)
    assert {type(v) for v in column(people, "Consent to store contact details")} == {bool}


def test_headers_and_title_go_through_translate(demo_services):
    table = record_table(demo_services, "JAM", INSTITUTIONS, translate=lambda text: "\u00bb" + text)
    assert table.title == "\u00bbInstitutions" and table.headers[0] == "\u00bbName"


def test_row_ids_restrict_and_order_the_rows(demo_services):
    rows = demo_services.records.rows("JAM", INSTITUTIONS)
    chosen = [rows[5].id, rows[0].id, "00000000-0000-0000-0000-000000000000", rows[3].id]
    table = record_table(demo_services, "JAM", INSTITUTIONS, row_ids=chosen)
    assert column(table, "Name") == [rows[5].values["name"], rows[0].values["name"], rows[3].values["name"]]
    assert record_table(demo_services, "JAM", INSTITUTIONS, row_ids=[]).rows == ()


# -- personal data ----------------------------------------------------------------------------

def test_without_personal_data_names_contacts_and_person_references_are_left_out(demo_services):
    assert {f.name for spec in ALL_SPECS.values() for f in spec.fields if reveals_personal_data(f)} >= {
        "full_name", "email", "phone", "person_id", "contact_person_id"}
    people = record_table(demo_services, "JAM", PEOPLE, include_personal=False)
    assert people.headers == ("Position", "Institution", "Sex", "Consent to store contact details",
                              "Consent given on")
    assert people.omitted == ("Full name", "E-mail", "Phone") and not people.include_personal
    assert len(people.rows) == len(demo_services.records.rows("JAM", PEOPLE))
    for spec, header in ((MEMBERS, "Person"), (ATTENDANCE, "Person"), (STAKEHOLDERS, "Contact person")):
        full = record_table(demo_services, "JAM", spec)
        redacted = record_table(demo_services, "JAM", spec, include_personal=False)
        assert header in full.headers and header not in redacted.headers and header in redacted.omitted
    assert "Name" in record_table(demo_services, "JAM", STAKEHOLDERS, include_personal=False).headers


def test_no_personal_value_reaches_the_files(demo_services, tmp_path):
    secrets = personal_values(demo_services)
    assert any("@" in s for s in secrets) and any(s.startswith("+") for s in secrets) and len(secrets) > 25

    full = tmp_path / "full.xlsx"
    write_xlsx(full, workspace_tables(demo_services, "JAM"))
    assert any(secret in text for text in xlsx_texts(full) for secret in secrets)  # the check can see them

    redacted = tmp_path / "redacted.xlsx"
    tables = workspace_tables(demo_services, "JAM", include_personal=False)
    write_xlsx(redacted, tables)
    texts = xlsx_texts(redacted)
    assert not [(secret, text) for text in texts for secret in secrets if secret in text]
    assert any(text.startswith("left out (fields: People: Full name, E-mail, Phone;") for text in texts)
    for table in tables:
        csv_path = tmp_path / f"{table.key}.csv"
        write_csv(csv_path, table)
        content = csv_path.read_text(encoding="utf-8-sig")
        assert not [secret for secret in secrets if secret in content], table.key


# -- the files ----------------------------------------------------------------------------------

def test_xlsx_has_about_sheet_frozen_bold_headers_filters_and_typed_cells(demo_services, tmp_path):
    path = tmp_path / "jam.xlsx"
    tables = workspace_tables(demo_services, "JAM")
    write_xlsx(path, tables, exported_at=datetime(2024, 5, 6, 7, 8))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["About", *[t.sheet_name for t in tables]]
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True) if row and row[0]}
    assert about["Workspace"].startswith("JAM \u2013 ") and about["Personal data"] == "included"
    assert about["Exported on"] == datetime(2024, 5, 6, 7, 8)
    for table in tables:
        sheet = book[table.sheet_name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(table.headers))}" \
                                        f"{len(table.rows) + 1}"
        assert [c.value for c in sheet[1]] == list(table.headers) and all(c.font.b for c in sheet[1])
        assert sheet.max_row == len(table.rows) + 1  # empty tables: the header row alone
        assert all(8 <= sheet.column_dimensions[c.column_letter].width <= 60 for c in sheet[1])
    meetings = book[next(t.sheet_name for t in tables if t.key == "meeting")]
    date_cell = meetings.cell(row=2, column=2)
    assert isinstance(date_cell.value, datetime) and date_cell.number_format == "yyyy-mm-dd"
    projects = book[next(t.sheet_name for t in tables if t.key == "partner_project")]
    headers = [c.value for c in projects[1]]
    budget = projects.cell(row=2, column=headers.index("Budget") + 1)
    assert budget.data_type == "n" and isinstance(budget.value, (int, float))
    people = book[next(t.sheet_name for t in tables if t.key == "person")]
    consent = people.cell(row=2, column=[c.value for c in people[1]].index("Consent to store contact details") + 1)
    assert consent.data_type == "b"

    frames = pd.read_excel(path, sheet_name=None)
    assert set(frames) == set(book.sheetnames)
    assert pd.api.types.is_datetime64_any_dtype(frames[meetings.title]["Date"])
    assert pd.api.types.is_numeric_dtype(frames[projects.title]["Budget"])


def test_csv_has_bom_iso_dates_and_dot_decimals(demo_services, tmp_path):
    path = tmp_path / "fx.csv"
    write_csv(path, record_table(demo_services, "JAM", FX_RATES))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCurrency,Year,USD per unit,Source\r\n")
    assert b"Euro (EUR),2010,1.326," in raw
    meetings = tmp_path / "meetings.csv"
    write_csv(meetings, record_table(demo_services, "JAM", MEETINGS))
    frame = pd.read_csv(meetings, encoding="utf-8-sig")
    assert list(frame.columns)[:2] == ["Mechanism", "Date"] and frame["Date"][0] == "2011-06-14"


def test_text_is_never_a_formula_and_odd_characters_are_dropped(tmp_path):
    table = TableExport(key="t", title="T", sheet_name="T", fields=("a", "b", "n"), headers=("A", "B", "N"),
                        kinds=(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.NUMBER),
                        rows=(("=1+1", "- a bullet\x0b line", -2.5), ("+1 876 555 0117", "@SUM(A1)", 3),
                              ("\u0639\u0631\u0628\u064a", "\u041c\u043e\u043b\u0434\u043e\u0432\u0430", None)))
    xlsx, csv_path = tmp_path / "t.xlsx", tmp_path / "t.csv"
    write_xlsx(xlsx, [table])
    sheet = openpyxl.load_workbook(xlsx)["T"]
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == "- a bullet line" and sheet["C2"].value == -2.5
    write_csv(csv_path, table)
    lines = csv_path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1:] == ["'=1+1,'- a bullet\x0b line,-2.5", "+1 876 555 0117,'@SUM(A1),3",
                         "\u0639\u0631\u0628\u064a,\u041c\u043e\u043b\u0434\u043e\u0432\u0430,", ""]


def test_write_table_picks_the_format_by_extension(demo_services, tmp_path):
    table = record_table(demo_services, "JAM", INSTITUTIONS)
    write_table(tmp_path / "i.CSV", table)
    write_table(tmp_path / "i.xlsx", table)
    assert (tmp_path / "i.CSV").read_bytes().startswith(b"\xef\xbb\xbfName,")
    assert openpyxl.load_workbook(tmp_path / "i.xlsx").sheetnames == ["About", "Institutions"]


# -- failures ---------------------------------------------------------------------------------

@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_a_missing_folder_fails_cleanly(demo_services, out, writer):
    table = record_table(demo_services, "JAM", INSTITUTIONS)
    target = out / "no such folder" / f"out.{writer}"
    with pytest.raises(ExportFailed) as caught:
        write_xlsx(target, [table]) if writer == "xlsx" else write_csv(target, table)
    assert caught.value.code == "export_failed" and "\n" not in caught.value.message
    assert str(target) in caught.value.message and "does not exist" in caught.value.message
    assert list(out.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions")
@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_a_read_only_folder_fails_cleanly_and_keeps_the_old_file(demo_services, out, writer):
    table = record_table(demo_services, "JAM", INSTITUTIONS)
    folder = out / "ro"
    folder.mkdir()
    target = folder / f"out.{writer}"
    target.write_bytes(b"previous export")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed) as caught:
            write_xlsx(target, [table]) if writer == "xlsx" else write_csv(target, table)
        assert str(target) in caught.value.message
        assert target.read_bytes() == b"previous export"
        assert sorted(p.name for p in folder.iterdir()) == [target.name]
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("failure, where, reason", [
    (errno.ENOSPC, "fsync", "the disk is full"),
    (errno.EROFS, "mkstemp", "read-only"),
    (errno.EACCES, "replace", "permission denied"),
])
@pytest.mark.parametrize("writer", ["xlsx", "csv"])
def test_disk_full_or_read_only_medium_leaves_no_partial_file(demo_services, out, monkeypatch, writer,
                                                              failure, where, reason):
    from mainstream_desktop.core import atomic_files

    table = record_table(demo_services, "JAM", INSTITUTIONS)
    target = out / f"out.{writer}"
    target.write_bytes(b"previous export")

    def fail(*args, **kwargs):
        raise (PermissionError if failure == errno.EACCES else OSError)(failure, os.strerror(failure))

    module = atomic_files.tempfile if where == "mkstemp" else atomic_files.os
    monkeypatch.setattr(module, where, fail)
    with pytest.raises(ExportFailed) as caught:
        write_xlsx(target, [table]) if writer == "xlsx" else write_csv(target, table)
    monkeypatch.undo()
    assert reason in caught.value.message and str(target) in caught.value.message
    assert target.read_bytes() == b"previous export"
    assert leftovers(out) == [] and sorted(p.name for p in out.iterdir()) == [target.name]


def test_a_bug_while_writing_is_not_disguised_but_still_cleans_up(tmp_path, monkeypatch):
    from mainstream_desktop.reports import spreadsheet

    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(spreadsheet, "_csv_value", broken)
    table = TableExport("t", "T", "T", ("a",), ("A",), (FieldKind.TEXT,), (("x",),))
    with pytest.raises(RuntimeError):
        write_csv(tmp_path / "t.csv", table)
    assert list(tmp_path.iterdir()) == []


def test_a_successful_write_replaces_the_old_file_and_keeps_its_mode(demo_services, out):
    target = out / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_csv(target, record_table(demo_services, "JAM", INSTITUTIONS))
    assert target.read_bytes().startswith(b"\xef\xbb\xbfName,") and leftovers(out) == []
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640


def test_an_empty_workspace_gives_every_sheet_with_its_headers_only(services, out):
    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
    tables = workspace_tables(services, "KEN", include_personal=False)
    assert len(tables) == len(ALL_SPECS) and all(t.rows == () and t.headers for t in tables)
    path = out / "ken.xlsx"
    write_xlsx(path, tables)
    book = openpyxl.load_workbook(path)
    for table in tables:
        sheet = book[table.sheet_name]
        assert sheet.max_row == 1 and tuple(c.value for c in sheet[1]) == table.headers
    frames = pd.read_excel(path, sheet_name=None)
    assert all(frames[t.sheet_name].empty and tuple(frames[t.sheet_name].columns) == t.headers for t in tables)
    write_csv(out / "people.csv", tables[[t.key for t in tables].index("person")])
    assert (out / "people.csv").read_bytes() == "\ufeffPosition,Institution,Sex,Consent to store contact details," \
                                               "Consent given on\r\n".encode()


# -- sheet names --------------------------------------------------------------------------------

def valid_and_unique(names: list[str]) -> bool:
    folded = [n.casefold() for n in names]
    return len(set(folded)) == len(folded) and all(
        0 < len(n) <= MAX_SHEET_NAME and not (set(n) & BAD_SHEET_CHARS) and not n.startswith("'")
        and not n.endswith("'") and n.casefold() not in ("about", "history") for n in names)


def test_sheet_names_are_valid_and_unique_for_every_spec_and_more(demo_services, tmp_path):
    tables = workspace_tables(demo_services, "JAM")
    assert len(tables) == len(ALL_SPECS) and valid_and_unique([t.sheet_name for t in tables])
    titles = [spec.title for spec in ALL_SPECS.values()] * 2 + [
        "Alignment to national priorities [draft]", "Alignment to national priorities: old",
        "a/b\\c?d*e:f", "'quoted'", "", "About", "history", "SHEET", "Sheet",
        "x" * 40, "x" * 40, "x" * 40] + [f"Table number {i} with a long, long name" for i in range(40)]
    names = unique_sheet_names(titles)
    assert len(names) == len(titles) >= 40 and valid_and_unique(names)
    assert names[0] == "Data sources and gaps"
    table = TableExport("t", "T", "T", ("a",), ("A",), (FieldKind.TEXT,), ())
    tables = [TableExport(f"t{i}", title, title[:31], ("a",), ("A",), (FieldKind.TEXT,), ())
              for i, title in enumerate(titles)] + [table]
    path = tmp_path / "many.xlsx"
    write_xlsx(path, tables)  # the writer makes any sheet name valid and unique again
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "About" and valid_and_unique(book.sheetnames[1:])
    assert len(pd.read_excel(path, sheet_name=None)) == len(book.sheetnames)
