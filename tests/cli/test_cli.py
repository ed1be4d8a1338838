"""The ``mainstream`` command line, run as a real process through its module entry point."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mainstream_desktop.enums import StepStatus

PILOTS = ["BGD", "ECU", "JAM", "KGZ", "MAR", "MDA", "SRB", "TUN"]
STATUSES = {status.value for status in StepStatus}


def run(
    data_dir: Path | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mainstream_desktop.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    environment = {key: value for key, value in os.environ.items() if key != "MAINSTREAM_DATA_DIR"}
    environment.update(env or {})
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60,
                          check=False, env=environment, encoding="utf-8")


def assert_clean_failure(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 1, nothing on stdout, one 'mainstream: ...' line on stderr, no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mainstream: ")
    return lines[0]


@pytest.fixture
def new_dir(tmp_path: Path, template_database: Path) -> Path:
    """A data folder that was opened once and holds nothing yet (saves the schema build)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(template_database, data_dir / "mainstream.sqlite3")
    return data_dir


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli") / "demo-data"
    result = run(data_dir, "demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("loaded 8 demo workspaces (")
    assert "with 224 observations" in result.stdout
    assert result.stderr == ""
    return data_dir


def test_demo_then_workspaces_lists_the_eight_pilots(demo_dir: Path) -> None:
    result = run(demo_dir, "workspaces")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == PILOTS
    assert all(len(line.split("\t")) == 3 for line in lines)
    jamaica = lines[PILOTS.index("JAM")].split("\t")
    assert jamaica == ["JAM", "Mainstreaming Migration \u2013 Jamaica", "PHASE_II_2014_2018"]


def test_demo_twice_reports_all_present(demo_dir: Path) -> None:
    result = run(demo_dir, "demo")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "already present, left unchanged: BGD, JAM, MDA, TUN, ECU, KGZ, MAR, SRB"]


def test_status_json(demo_dir: Path) -> None:
    result = run(demo_dir, "status", "jam", "--json")

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    document = json.loads(result.stdout)
    assert set(document) == {"workspace", "steps"}
    assert document["workspace"] == "JAM"
    steps = document["steps"]
    assert [step["number"] for step in steps] == list(range(8))
    for step in steps:
        assert set(step) == {"number", "name", "status", "completeness", "missing"}
        assert isinstance(step["name"], str) and step["name"]
        assert step["status"] in STATUSES
        assert type(step["completeness"]) is int and 0 <= step["completeness"] <= 100
        assert isinstance(step["missing"], list)
        assert all(isinstance(item, str) and item for item in step["missing"])
    assert steps[0]["name"] == "Workspace and readiness"
    assert (steps[0]["status"], steps[0]["completeness"], steps[0]["missing"]) == (
        "approved", 100, [])  # the demo's hub approved step 0
    assert steps[1]["status"] == "in_progress"
    assert "Missing: " in steps[1]["missing"][0]
    assert steps[7]["status"] == "in_progress" and 0 < steps[7]["completeness"] < 100  # lessons, not all approved
    assert any("not yet approved" in item for item in steps[7]["missing"])


def test_status_of_an_unknown_workspace(demo_dir: Path) -> None:
    result = run(demo_dir, "status", "NOPE")

    line = assert_clean_failure(result)
    assert "NOPE" in line
    assert result.stdout == ""


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "frobnicate")

    assert result.returncode == 2, result.stderr
    assert "usage: mainstream" in result.stderr
    assert "invalid choice: 'frobnicate'" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "data").exists()  # a usage error opens nothing


def test_init_hub_then_country_is_refused(new_dir: Path) -> None:
    data_dir = new_dir

    first = run(data_dir, "init", "--kind", "hub", "--site-name", "Hub")
    second = run(data_dir, "init", "--kind", "country")

    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("initialised Hub (hub), site ")
    line = assert_clean_failure(second)
    assert "already initialised as a hub site (Hub)" in line
    assert "--data-dir" in line


def test_init_twice_with_the_same_kind(new_dir: Path) -> None:
    data_dir = new_dir

    first = run(data_dir, "init", "--site-name", "Kingston")
    second = run(data_dir, "init", "--kind", "country", "--site-name", "Another name")

    assert first.returncode == 0 and second.returncode == 0, (first.stderr, second.stderr)
    site_id = first.stdout.splitlines()[0].rsplit("site ", 1)[1]
    assert second.stdout.splitlines() == [
        f"already initialised: Kingston (country), site {site_id}"]
    assert (data_dir / "keys" / "site_ed25519.pem").exists()


def test_environment_variable_chooses_the_data_folder(new_dir: Path, demo_dir: Path) -> None:
    from_env = run(None, "workspaces", env={"MAINSTREAM_DATA_DIR": str(demo_dir)})

    assert from_env.returncode == 0, from_env.stderr
    assert [line.split("\t")[0] for line in from_env.stdout.splitlines()] == PILOTS

    option_wins = run(new_dir, "workspaces", env={"MAINSTREAM_DATA_DIR": str(demo_dir)})
    assert option_wins.returncode == 0, option_wins.stderr
    assert option_wins.stdout.startswith("no workspaces yet")


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("I am a file", encoding="utf-8")

    line = assert_clean_failure(run(not_a_folder, "workspaces"))

    assert "data folder" in line
    assert str(not_a_folder) in line
    assert not_a_folder.read_text(encoding="utf-8") == "I am a file"


def test_garbage_database_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    garbage = bytes(range(256)) * 64
    (data_dir / "mainstream.sqlite3").write_bytes(garbage)

    line = assert_clean_failure(run(data_dir, "workspaces"))

    assert "backup" in line
    assert "mainstream.sqlite3" in line
    assert (data_dir / "mainstream.sqlite3").read_bytes() == garbage

