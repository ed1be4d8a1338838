"""The whole workspace as one Excel workbook and as CSV files, checked on the Jamaica demo by the
programs people will open them with: pandas and openpyxl read every sheet back (row counts as the
database holds them, numbers as numbers, dates as dates, frozen headers and filters), LibreOffice
converts the workbook, no personal value leaks when they are left out, and a read-only folder,
a full disk or a cancellation leave no file behind."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from mainstream_desktop.core.record_registry import ALL_SPECS
from mainstream_desktop.core.records import model_of
from mainstream_desktop.core.atomic_files import ExportFailed
from mainstream_desktop.reports.record_tables import MAX_SHEET_NAME
from mainstream_desktop.reports.spreadsheet import FRACTION_FORMAT, INTEGER_FORMAT, WHOLE_NUMBER_FORMAT
from mainstream_desktop.reports.workspace_workbook import (
    workspace_sheets,
    write_workspace_csv,
    write_workspace_xlsx,
)

from .test_record_tables import personal_values

PRODUCED = datetime(2024, 5, 6, 7, 8)
OBSERVATIONS, READINESS, REVIEW = "Migration profile: observations", "Readiness checklist", "Review comments"


def database_counts(services, code: str = "JAM") -> dict[str, int]:
    """Live rows per table title, counted in the SQLite file itself (not through our services)."""
    with sqlite3.connect(services.paths.database) as connection:
        (workspace_id,) = connection.execute("SELECT id FROM workspace WHERE code = ?", (code,)).fetchone()

        def count(table: str, extra: str = "") -> int:
            sql = f"SELECT count(*) FROM {table} WHERE workspace_id = ? AND deleted_at IS NULL {extra}"
            return connection.execute(sql, (workspace_id,)).fetchone()[0]

        counts = {spec.title: count(model_of(spec).__tablename__) for spec in ALL_SPECS.values()}
        counts[OBSERVATIONS] = count("observation")
        counts[READINESS] = connection.execute("SELECT count(*) FROM readiness_check WHERE workspace_id = ? AND "
                                               "status IS NOT NULL", (workspace_id,)).fetchone()[0]
        counts[REVIEW] = count("review_comment")  # every comment and answer, one row each
    return {title: number for title, number in counts.items() if number}


def about_list(path: Path) -> dict[str, tuple[str, int]]:
    """The About sheet's list of sheets: table title -> (sheet name, rows)."""
    rows = list(openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[:3] == ("Sheet", "Table", "Rows"))
    return {row[1]: (row[0], row[2]) for row in rows[start + 1:] if row and row[0]}


def _omitted_columns(path: Path) -> dict[str, str]:
    rows = list(openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[:3] == ("Sheet", "Table", "Rows"))
    return {row[1]: row[3] or "" for row in rows[start + 1:] if row and row[0]}


def about_facts(path: Path) -> dict[str, object]:
    rows = openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
    facts = {}
    for row in rows:
        if row and row[0] == "Sheet":
            break
        if row and row[0] and len(row) > 1 and row[1] is not None:
            facts[row[0]] = row[1]
    return facts


def header_index(sheet, header: str) -> int:  # type: ignore[no-untyped-def]
    return [cell.value for cell in sheet[1]].index(header) + 1


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def jam_workbook(demo_services, out) -> Path:  # type: ignore[no-untyped-def]
    path = out / "jam.xlsx"
    write_workspace_xlsx(demo_services, "JAM", path, include_personal=False, produced_at=PRODUCED)
    return path


# -- what is in it ------------------------------------------------------------------------------

def test_one_sheet_per_table_with_rows_and_the_database_row_counts(demo_services, jam_workbook):
    expected = database_counts(demo_services)
    assert len(expected) >= 30 and expected[OBSERVATIONS] == 128 and expected[READINESS] == 7
    listed = about_list(jam_workbook)
    assert {title: rows for title, (_sheet, rows) in listed.items()} == expected

    frames = pd.read_excel(jam_workbook, sheet_name=None)
    assert list(frames)[0] == "About" and len(frames) == len(expected) + 1
    for title, (sheet, rows) in listed.items():
        assert len(frames[sheet]) == expected[title], title
    names = list(frames)[1:]
    assert names[:2] == ["Readiness checklist", "Profile observations"]  # step 0, step 1, then the records
    assert all(0 < len(name) <= MAX_SHEET_NAME and not set(name) & set("[]:*?/\\") for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    empty = {spec.title for spec in ALL_SPECS.values()} - set(expected)
    assert empty and not empty & set(listed)  # tables without rows get no sheet


def test_about_says_which_workspace_when_where_and_without_personal_data(demo_services, jam_workbook):
    facts = about_facts(jam_workbook)
    assert facts["Workspace"] == "JAM \u2013 Mainstreaming Migration \u2013 Jamaica"
    assert facts["Country"] == "Jamaica (JAM)"
    assert facts["Exported on"] == PRODUCED
    site = demo_services.site()
    assert site.name in facts["Produced by"] and site.site_id in facts["Produced by"]
    assert facts["Personal data"] == "left out (see the last column of the list below)"
    listed = {title: omitted for title, omitted in _omitted_columns(jam_workbook).items() if omitted}
    assert listed.items() >= {"People": "Full name, E-mail, Phone", "Members": "Person", "Attendance": "Person",
                              "Stakeholders": "Contact person", "Actuals": "Reported by, Verified by"}.items()
    first = openpyxl.load_workbook(jam_workbook, read_only=True)["About"]["A1"].value
    assert first == "Mainstream Desktop: workspace JAM"


def test_readable_labels_instead_of_codes(jam_workbook):
    frames = pd.read_excel(jam_workbook, sheet_name=None)
    observations = frames["Profile observations"]
    stock = observations[(observations["Indicator code"] == "MIG_STOCK_EMI")
                         & (observations["Partner country"] == "United States (USA)")]
    assert set(stock["Indicator"]) == {"Emigrants living abroad"} and set(stock["Unit"]) == {"Persons"}
    assert {"Total", "Male", "Female"} >= set(observations["Sex"]) and "T" not in set(observations["Sex"])
    assert set(observations["Age group"]) == {"All ages"}
    assert {"All countries", "United States (USA)"} <= set(observations["Partner country"])
    assert set(observations["Period"].astype(str)) >= {"2000", "2013-Q1", "2019-07-01"}
    readiness = frames["Readiness checklist"]
    assert "High-level political endorsement" in set(readiness["Criterion"])
    assert set(readiness["Status"]) <= {"Met", "Partly met", "Not met", "Not applicable"}


def test_numbers_are_numbers_and_dates_are_dates(jam_workbook):
    book = openpyxl.load_workbook(jam_workbook)
    observations = book["Profile observations"]
    value, start, preferred = (header_index(observations, h) for h in ("Value", "Period from", "Preferred value"))
    cells = [observations.cell(row=r, column=value) for r in range(2, observations.max_row + 1)]
    assert all(c.data_type == "n" and isinstance(c.value, (int, float)) for c in cells if c.value is not None)
    assert {c.number_format for c in cells if c.value is not None} <= {WHOLE_NUMBER_FORMAT, FRACTION_FORMAT}
    assert any(c.value == 637357 and c.number_format == WHOLE_NUMBER_FORMAT for c in cells)
    assert any(c.value == 7.9 and c.number_format == FRACTION_FORMAT for c in cells)
    first_day = observations.cell(row=2, column=start)
    assert isinstance(first_day.value, datetime) and first_day.is_date and first_day.number_format == "yyyy-mm-dd"
    assert observations.cell(row=2, column=preferred).data_type == "b"

    rates = book["Exchange rates to USD"]
    year, rate = header_index(rates, "Year"), header_index(rates, "USD per unit")
    assert rates.cell(row=2, column=year).number_format == INTEGER_FORMAT  # 2010, never "2,010"
    assert rates.cell(row=2, column=rate).number_format == FRACTION_FORMAT
    projects = book["Migration-related projects"]
    budget = projects.cell(row=2, column=header_index(projects, "Budget"))
    assert budget.data_type == "n" and budget.value == 80000 and budget.number_format == WHOLE_NUMBER_FORMAT

    frames = pd.read_excel(jam_workbook, sheet_name=None)
    assert pd.api.types.is_float_dtype(frames["Profile observations"]["Value"])
    assert pd.api.types.is_datetime64_any_dtype(frames["Profile observations"]["Period from"])
    assert pd.api.types.is_datetime64_any_dtype(frames["Meetings"]["Date"])
    assert pd.api.types.is_bool_dtype(frames["Profile observations"]["Preferred value"])


def test_every_sheet_has_a_frozen_header_a_filter_and_fitted_widths(jam_workbook):
    book = openpyxl.load_workbook(jam_workbook)
    for sheet in book.worksheets[1:]:
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}", sheet.title
        assert all(cell.font.b for cell in sheet[1])
        widths = [sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]]
        assert all(8 <= width <= 60 for width in widths), sheet.title
        assert sheet.print_title_rows == "$1:$1"
    observations = book["Profile observations"]
    widths = {cell.value: observations.column_dimensions[cell.column_letter].width for cell in observations[1]}
    assert widths["Source"] == 60 and widths["Sex"] < 12  # capped; fitted


def test_without_personal_data_no_personal_value_is_anywhere(demo_services, out):
    secrets = personal_values(demo_services)
    assert len(secrets) > 25
    full = out / "full.xlsx"
    write_workspace_xlsx(demo_services, "JAM", full, include_personal=True)
    assert any(secret in _xlsx_text(full) for secret in secrets)  # the check can see them

    redacted, zipped = out / "redacted.xlsx", out / "redacted.zip"
    write_workspace_xlsx(demo_services, "JAM", redacted, include_personal=False)
    write_workspace_csv(demo_services, "JAM", zipped, include_personal=False)
    for text in (_xlsx_text(redacted), _zip_text(zipped)):
        assert not [secret for secret in secrets if secret in text]
    frames = pd.read_excel(redacted, sheet_name=None)
    assert "Full name" not in frames["People"].columns and "Position" in frames["People"].columns
    assert "Person" not in frames["Attendance"].columns


def _xlsx_text(path: Path) -> str:
    """Every cell of every sheet, and the raw XML too (shared strings included)."""
    with zipfile.ZipFile(path) as archive:
        raw = "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    frames = pd.read_excel(path, sheet_name=None, header=None)
    return raw + "\n".join(frame.to_csv() for frame in frames.values())


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())


def test_an_unknown_workspace_is_refused_before_any_file(demo_services, out):
    from mainstream_desktop.core.errors import NotFound

    with pytest.raises(NotFound):
        write_workspace_xlsx(demo_services, "XXX", out / "x.xlsx")
    assert list(out.iterdir()) == []


# -- CSV ------------------------------------------------------------------------------------------

def test_csv_in_a_zip_one_file_per_table_with_bom_and_the_same_rows(demo_services, out, jam_workbook):
    path = out / "jam.zip"
    result = write_workspace_csv(demo_services, "JAM", path, include_personal=False, produced_at=PRODUCED)
    expected = database_counts(demo_services)
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        assert names[0] == "00 About.csv" and names[1:3] == ["01 Readiness checklist.csv",
                                                             "02 Profile observations.csv"]
        assert len(names) == len(expected) + 1
        for name in names:
            raw = archive.read(name)
            assert raw.startswith(b"\xef\xbb\xbf"), name
        observations = pd.read_csv(io.BytesIO(archive.read("02 Profile observations.csv")), encoding="utf-8-sig")
        about = archive.read("00 About.csv").decode("utf-8-sig")
    assert len(observations) == expected[OBSERVATIONS] == 128
    workbook = pd.read_excel(jam_workbook, sheet_name="Profile observations")
    assert list(observations.columns) == list(workbook.columns)
    assert observations["Value"].tolist() == workbook["Value"].tolist()
    assert observations["Period from"].tolist() == [d.date().isoformat() for d in workbook["Period from"]]
    assert "Exported on,2024-05-06 07:08" in about and "File,Table,Rows" in about
    assert {sheet.title: sheet.rows for sheet in result.sheets} == expected
    assert result.rows == sum(expected.values())


def test_csv_into_a_folder_new_or_existing(demo_services, out):
    folder = out / "jam-csv"
    write_workspace_csv(demo_services, "JAM", folder)
    first = sorted(p.name for p in folder.iterdir())
    assert first[0] == "00 About.csv" and len(first) == len(database_counts(demo_services)) + 1
    (folder / "notes.txt").write_text("mine")
    write_workspace_csv(demo_services, "JAM", folder)  # again: same names replaced, other files kept
    assert sorted(p.name for p in folder.iterdir()) == sorted([*first, "notes.txt"])
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]


# -- failures -------------------------------------------------------------------------------------

@contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """A folder nobody may write into, and the reason the export should give. An ordinary user
    gets a folder without write permission; root ignores permissions, so for root a read-only
    file system is mounted there (skipped where mounting is not allowed)."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield "permission denied"
        finally:
            folder.chmod(0o700)
        return
    with _mounted(folder, "ro,size=1m", "a read-only folder"):
        yield "read-only"


@contextmanager
def _mounted(folder: Path, options: str, what: str) -> Iterator[None]:
    if not shutil.which("mount") or os.geteuid() != 0:
        pytest.skip(f"{what} needs an ordinary user or root with mount: neither here")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"{what} needs a tmpfs mount, refused here: {result.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("kind", ["xlsx", "zip", "folder"])
def test_a_read_only_folder_gives_a_clear_error_and_no_file(demo_services, out, kind):
    folder = out / "ro"
    folder.mkdir()
    target = folder / ("jam-csv" if kind == "folder" else f"jam.{kind}")
    with read_only(folder) as reason:
        with pytest.raises(ExportFailed) as caught:
            if kind == "xlsx":
                write_workspace_xlsx(demo_services, "JAM", target)
            else:
                write_workspace_csv(demo_services, "JAM", target)
        assert list(folder.iterdir()) == []
    message = caught.value.message
    assert message.startswith(f"Could not write {target}: ") and reason in message and "\n" not in message


@pytest.mark.parametrize("kind", ["xlsx", "zip", "folder"])
def test_a_full_disk_gives_a_clear_error_and_no_file(demo_services, out, kind):
    folder = out / "small"
    folder.mkdir()
    target = folder / ("jam-csv" if kind == "folder" else f"jam.{kind}")
    with _mounted(folder, "size=16k", "a full disk"):
        (folder / "earlier.txt").write_bytes(b"x" * 100)
        with pytest.raises(ExportFailed) as caught:
            if kind == "xlsx":
                write_workspace_xlsx(demo_services, "JAM", target)
            else:
                write_workspace_csv(demo_services, "JAM", target)
        assert [p.name for p in folder.iterdir()] == ["earlier.txt"]
    assert "the disk is full" in caught.value.message


class Stop(Exception):
    pass


@pytest.mark.parametrize("kind", ["xlsx", "zip"])
def test_a_cancelled_export_leaves_nothing_and_keeps_the_earlier_file(demo_services, out, kind):
    target = out / f"jam.{kind}"
    target.write_bytes(b"earlier export")
    seen: list[tuple[int, int, str]] = []

    def cancel_midway(done: int, total: int, label: str) -> None:
        seen.append((done, total, label))
        if done >= 250:
            raise Stop()

    with pytest.raises(Stop):
        if kind == "xlsx":
            write_workspace_xlsx(demo_services, "JAM", target, progress=cancel_midway)
        else:
            write_workspace_csv(demo_services, "JAM", target, progress=cancel_midway)
    assert target.read_bytes() == b"earlier export" and [p.name for p in out.iterdir()] == [target.name]
    assert seen[0][:2] == (0, sum(database_counts(demo_services).values()))
    assert seen[1][2] == OBSERVATIONS  # the label says which table is being written
    demo_services.observations.delete("JAM", [demo_services.observations.page("JAM", limit=1)[0].id])  # no lock


# -- LibreOffice ------------------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook_and_sees_the_values(demo_services, jam_workbook, tmp_path):
    converted = tmp_path / "lo"
    every_sheet = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", every_sheet, "--outdir", str(converted), str(jam_workbook)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    files = {path.name.removeprefix("jam-").removesuffix(".csv"): path for path in converted.glob("*.csv")}
    assert set(files) == set(pd.read_excel(jam_workbook, sheet_name=None))
    observations = pd.read_csv(files["Profile observations"])
    assert len(observations) == 128
    gdp_2000 = observations[(observations["Indicator code"] == "CTX_GDP_USD") & (observations["Period"].astype(str) == "2000")]
    assert gdp_2000["Value"].tolist() == [9000] and gdp_2000["Period from"].tolist() == ["2000-01-01"]
    assert gdp_2000["Preferred value"].tolist() == [True]
    projects = pd.read_csv(files["Migration-related projects"])
    assert 80000 in projects["Budget"].tolist()
    about = files["About"].read_text(encoding="utf-8")
    assert "Jamaica (JAM)" in about and "Profile observations,Migration profile: observations,128" in about
    starts = set(pd.read_csv(files["Meetings"])["Date"])
    assert all(date.fromisoformat(text) for text in starts)
