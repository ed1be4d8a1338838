"""Start-up benchmark: process start to an interactive main window on the demo database,
against a bare PySide6 script that shows an empty QMainWindow, measured in the same run.

Both programs are started as fresh processes, alternately, several times; each reports its
milestones on stderr (the program does so when MAINSTREAM_REPORT_STARTUP is set) and the
benchmark timestamps them as they arrive. "window-ready" is the window shown with its event
loop running (menus respond); "data-ready" is the demo data on screen, for information.

    .venv/bin/python bench/startup.py [--runs 7]

Last line: ``startup: ratio <x> (target <= 3)``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 3.0
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
print("window-ready", file=sys.stderr, flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def milestones(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning ``command`` to each milestone line it prints on stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    seen: dict[str, float] = {}
    assert process.stderr is not None
    for line in process.stderr:
        word = line.strip()
        if word in ("window-ready", "data-ready") and word not in seen:
            seen[word] = time.perf_counter() - started
    if process.wait(timeout=120) != 0:
        raise SystemExit(f"{command} failed with exit code {process.returncode}")
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "MAINSTREAM_REPORT_STARTUP": "1"}
    env.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        subprocess.run([sys.executable, "-m", "mainstream_desktop.cli", "--data-dir", str(data), "demo"],
                       check=True, capture_output=True)
        program = [sys.executable, "-m", "mainstream_desktop", "--data-dir", str(data), "--smoke-test"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        milestones(program, env)  # warm the file cache once for both
        milestones(bare, env)
        bare_times, window_times, data_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(milestones(bare, env)["window-ready"])
            seen = milestones(program, env)
            window_times.append(seen["window-ready"])
            data_times.append(seen["data-ready"])
    baseline = statistics.median(bare_times)
    window = statistics.median(window_times)
    data_ready = statistics.median(data_times)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs} (medians)")
    print(f"bare QMainWindow shown:          {baseline:.3f} s")
    print(f"Mainstream window interactive:   {window:.3f} s")
    print(f"Mainstream demo data on screen:  {data_ready:.3f} s (ratio {data_ready / baseline:.2f}, for information)")
    print(f"startup: ratio {window / baseline:.2f} (target <= {TARGET:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
