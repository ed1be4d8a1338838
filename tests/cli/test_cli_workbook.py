"""``mainstream export-xlsx`` and ``mainstream export-csv``, run as real processes on a copy of
the demo data folder: one summary line and a file that pandas opens, or one clear error line."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from .test_cli import assert_clean_failure, run

SUMMARY = re.compile(r"^JAM: About \+ (\d+) (sheets|CSV files), (\d+) rows, (with|without) personal data -> (.+)$")


@pytest.fixture
def demo_dir(tmp_path: Path, demo_template: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(demo_template, data_dir, ignore=shutil.ignore_patterns(".instance.*", "backups", "logs"))
    return data_dir


def summary(stdout: str) -> tuple[int, int, str, Path]:
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    found = SUMMARY.match(lines[0])
    assert found, lines[0]
    return int(found[1]), int(found[3]), found[4], Path(found[5])


def test_export_xlsx_writes_the_workbook_and_says_so_in_one_line(demo_dir, tmp_path):
    target = tmp_path / "jam.xlsx"
    result = run(demo_dir, "export-xlsx", "jam", "--out", str(target), "--no-personal-data")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    sheets, rows, personal, path = summary(result.stdout)
    assert path == target.resolve() and personal == "without"
    frames = pd.read_excel(target, sheet_name=None)
    assert len(frames) == sheets + 1 and list(frames)[0] == "About"
    assert sum(len(frame) for name, frame in frames.items() if name != "About") == rows
    assert "Full name" not in frames["People"].columns
    assert len(frames["Profile observations"]) == 128


def test_export_xlsx_with_personal_data_by_default(demo_dir, tmp_path):
    target = tmp_path / "full.xlsx"
    result = run(demo_dir, "export-xlsx", "JAM", "--out", str(target))
    assert result.returncode == 0, result.stderr
    assert summary(result.stdout)[2] == "with"
    assert "Full name" in pd.read_excel(target, sheet_name="People").columns
    about = {row[0]: row[1] for row in openpyxl.load_workbook(target, read_only=True)["About"].iter_rows(
        values_only=True) if len(row) > 1 and row[0]}
    assert about["Personal data"] == "included"


def test_export_csv_into_a_zip_or_a_folder(demo_dir, tmp_path):
    zipped = tmp_path / "jam.zip"
    result = run(demo_dir, "export-csv", "JAM", "--out", str(zipped), "--no-personal-data")
    assert result.returncode == 0, result.stderr
    files, rows, _personal, path = summary(result.stdout)
    assert path == zipped.resolve()
    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
        assert len(names) == files + 1 and "00 About.csv" in names
        assert all(archive.read(name).startswith(b"\xef\xbb\xbf") for name in names)
        counted = sum(len(pd.read_csv(archive.open(name), encoding="utf-8-sig")) for name in names
                      if name != "00 About.csv")
    assert counted == rows

    folder = tmp_path / "jam-csv"
    result = run(demo_dir, "export-csv", "JAM", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def test_errors_are_one_clear_line(demo_dir, tmp_path):
    line = assert_clean_failure(run(demo_dir, "export-xlsx", "XXX", "--out", str(tmp_path / "x.xlsx")))
    assert "no workspace 'XXX'" in line
    missing = tmp_path / "no such folder" / "jam.xlsx"
    line = assert_clean_failure(run(demo_dir, "export-xlsx", "JAM", "--out", str(missing)))
    assert line == f"mainstream: Could not write {missing}: the folder {missing.parent} does not exist."
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    line = assert_clean_failure(run(demo_dir, "export-csv", "JAM", "--out", str(blocker)))
    assert "a file of that name is in the way" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "data"]


def test_a_workbook_must_be_named_xlsx(demo_dir, tmp_path):
    result = run(demo_dir, "export-xlsx", "JAM", "--out", str(tmp_path / "jam.csv"))
    assert result.returncode == 2 and "must end with .xlsx" in result.stderr
    assert not (tmp_path / "jam.csv").exists()
