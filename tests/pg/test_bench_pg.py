"""The PostgreSQL bundle benchmark runs in CI in a small form, on the session's server: it must
finish and end with its ratio line (the ratio itself is recorded in the issue notes; machines here
are shared and noisy)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[2] / "bench"
RATIO_LINE = re.compile(r"^bundle_import_pg: ratio (?P<ratio>\d+\.\d+) \(target <= (?P<target>[\d.]+)\)$")


def test_bundle_pg_benchmark_reports_its_ratio(pg_cluster: Any) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "bundle_pg.py"), "--rows", "500", "--runs", "1", "--server-url", pg_cluster.url],
        capture_output=True, text=True, timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    match = RATIO_LINE.match(result.stdout.strip().splitlines()[-1])
    assert match, result.stdout
    assert float(match["ratio"]) > 0 and match["target"] == "2"
