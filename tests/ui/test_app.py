"""The desktop entry point as a process: smoke test, demo start, clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_gui(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "mainstream_desktop", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_smoke_test_exits_zero_on_a_fresh_folder(tmp_path: Path):
    result = run_gui("--data-dir", str(tmp_path / "data"), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "mainstream.sqlite3").exists()
    assert "Traceback" not in result.stderr


def test_demo_flag_loads_the_pilot_countries(tmp_path: Path):
    result = run_gui("--data-dir", str(tmp_path / "data"), "--demo", "--smoke-test", "--lang", "en")
    assert result.returncode == 0, result.stderr
    listing = subprocess.run([sys.executable, "-m", "mainstream_desktop.cli", "--data-dir",
                              str(tmp_path / "data"), "workspaces"], capture_output=True, text=True, timeout=60)
    assert [line.split("\t")[0] for line in listing.stdout.splitlines()] == [
        "BGD", "ECU", "JAM", "KGZ", "MAR", "MDA", "SRB", "TUN"]


def test_environment_variable_chooses_the_data_folder(tmp_path: Path):
    result = run_gui("--smoke-test", env_extra={"MAINSTREAM_DATA_DIR": str(tmp_path / "env-data")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-data" / "mainstream.sqlite3").exists()


def test_damaged_database_is_refused_with_a_message(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "mainstream.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_gui("--data-dir", str(data), "--smoke-test")
    assert result.returncode == 1
    assert "backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_two(tmp_path: Path):
    result = run_gui("--no-such-flag")
    assert result.returncode == 2
