"""``mainstream import-table`` as a process: counts, dry run, idempotence, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_failure, run
from tests.conftest import SHARED_PUBLIC_DATA
from tests.core.imports.builders import undesa_2019, wdi_csv, wdi_metadata_country


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    return data


def test_dry_run_then_import_then_nothing_changes(demo_dir: Path, tmp_path: Path):
    table = wdi_csv(tmp_path / "API_SM.POP.NETM.csv")
    dry = run(demo_dir, "import-table", "JAM", str(table), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "added 3, updated 0, unchanged 0, rejected 0" in dry.stdout
    assert "dry run: nothing was written" in dry.stdout
    first = run(demo_dir, "import-table", "JAM", str(table))
    assert "added 3, updated 0, unchanged 0, rejected 0" in first.stdout
    again = run(demo_dir, "import-table", "JAM", str(table), "--format", "wdi")
    assert again.returncode == 0
    assert "added 0, updated 0, unchanged 3, rejected 0" in again.stdout


def test_un_desa_layout_matches_the_demo_series(demo_dir: Path, tmp_path: Path):
    result = run(demo_dir, "import-table", "MDA", str(undesa_2019(tmp_path / "UN_MigrantStock_2019.xlsx")))
    assert result.returncode == 0, result.stderr
    assert "UN DESA International Migrant Stock, 2019 revision" in result.stdout


def test_refusals_are_one_clear_line(demo_dir: Path, tmp_path: Path):
    line = assert_clean_failure(run(demo_dir, "import-table", "JAM", str(wdi_metadata_country(tmp_path / "Meta.csv"))))
    assert "Known layouts" in line and "WDI" in line
    line = assert_clean_failure(run(demo_dir, "import-table", "JAM", str(tmp_path / "missing.csv")))
    assert "missing.csv" in line
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01not a workbook" * 50)
    assert "garbage.xlsx" in assert_clean_failure(run(demo_dir, "import-table", "JAM", str(garbage)))
    assert "NOPE" in assert_clean_failure(run(demo_dir, "import-table", "NOPE", str(tmp_path / "x.csv")))
    assert run(demo_dir, "import-table", "JAM", str(garbage), "--format", "spss").returncode == 2


@pytest.mark.skipif(not SHARED_PUBLIC_DATA.exists(), reason="the shared public data folder is not here")
def test_every_real_public_file_imports_and_reimports_unchanged(demo_dir: Path):
    data_files = [path for path in sorted(SHARED_PUBLIC_DATA.rglob("*"))
                  if path.suffix in (".csv", ".xls", ".xlsx") and not path.name.startswith(("Metadata_", "footnotes"))]
    assert len(data_files) == 9
    for path in data_files:
        first = run(demo_dir, "import-table", "MDA", str(path))
        assert first.returncode == 0, (path.name, first.stderr)
        second = run(demo_dir, "import-table", "MDA", str(path))
        assert second.returncode == 0
        assert "added 0, updated 0," in second.stdout, (path.name, second.stdout)
