"""Every benchmark runs in CI in a small form: it must finish and end with its ratio line.

The ratios themselves are recorded in the issue notes; machines here are shared and noisy, so
the suite checks that each benchmark measures, not that this run was fast.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
RATIO_LINE = re.compile(r"^(?P<name>[\w-]+): ratio (?P<ratio>\d+\.\d+) \(target <= (?P<target>[\d.]+)\)$")


def run_bench(script: str, *args: str) -> re.Match[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                            timeout=600, env=env)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    match = RATIO_LINE.match(last)
    assert match, last
    return match


def test_startup_benchmark_reports_its_ratio():
    match = run_bench("startup.py", "--runs", "1")
    assert match["name"] == "startup"
    assert float(match["ratio"]) > 0
    assert match["target"] == "3"


def test_observation_view_benchmark_reports_its_ratio():
    match = run_bench("observation_view.py", "--rows", "3000", "--runs", "1")
    assert match["name"] == "observation_view"
    assert match["target"] == "1"


def test_table_import_benchmark_reports_its_ratio():
    match = run_bench("table_import.py", "--rows", "2000", "--runs", "1")
    assert match["name"] == "table_import"
    assert match["target"] == "2"


def test_bundle_benchmark_reports_its_ratio():
    match = run_bench("bundle.py", "--rows", "500", "--runs", "1")
    assert match["name"] == "bundle_import"
    assert match["target"] == "3"
