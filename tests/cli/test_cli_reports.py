"""``mainstream report`` and ``mainstream lessons-report`` as real processes: a PDF on success
(exit 0, one summary line), one clear line and exit 1 for an unknown workspace or language or a
folder that cannot be written, never a traceback, never a partial file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mainstream_desktop.core.services import open_services
from mainstream_desktop.paths import DataPaths
from tests.reports.lesson_records import add_lessons


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "MAINSTREAM_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "mainstream_desktop.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, check=False, env=environment,
                          encoding="utf-8")


def assert_clean_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mainstream: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo with a few lessons learned, in this module's own data folder."""
    data_dir = tmp_path_factory.mktemp("cli-reports") / "data"
    shutil.copytree(demo_template, data_dir, ignore=shutil.ignore_patterns(".instance.*", "backups", "logs"))
    services = open_services(DataPaths(data_dir), actor="tester")
    try:
        add_lessons(services)
    finally:
        services.close()
    return data_dir


def test_report_writes_the_pdf(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "jam.pdf"
    result = run(demo_dir, "report", "jam", "--out", str(out), "--lang", "fr", "--no-personal-data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: country report of JAM (fr, without personal data), ")
    assert out.read_bytes().startswith(b"%PDF-") and out.stat().st_size > 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["jam.pdf"]


def test_lessons_report_writes_the_pdf(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "lessons.pdf"
    result = run(demo_dir, "lessons-report", "--out", str(out), "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: lessons-learned report (es), ")
    assert out.read_bytes().startswith(b"%PDF-")


def test_unknown_workspace(demo_dir: Path, tmp_path: Path) -> None:
    line = assert_clean_failure(run(demo_dir, "report", "XYZ", "--out", str(tmp_path / "x.pdf")))
    assert "no workspace 'XYZ'" in line
    assert not list(tmp_path.iterdir())


def test_unknown_language(demo_dir: Path, tmp_path: Path) -> None:
    line = assert_clean_failure(run(demo_dir, "report", "JAM", "--out", str(tmp_path / "x.pdf"), "--lang", "de"))
    assert "unknown language 'de'" in line and "en, fr, es, ru, ar" in line
    line = assert_clean_failure(run(demo_dir, "lessons-report", "--out", str(tmp_path / "x.pdf"), "--lang", "xx"))
    assert "unknown language 'xx'" in line
    assert not list(tmp_path.iterdir())


def test_folder_that_cannot_be_written(demo_dir: Path, tmp_path: Path) -> None:
    line = assert_clean_failure(run(demo_dir, "report", "JAM", "--out", str(tmp_path / "missing" / "x.pdf")))
    assert "does not exist" in line
    line = assert_clean_failure(run(demo_dir, "lessons-report", "--out", str(tmp_path)))
    assert "is a folder" in line


def test_out_is_required(demo_dir: Path) -> None:
    result = run(demo_dir, "report", "JAM")
    assert result.returncode == 2 and "--out" in result.stderr
