"""One GMG expert's program in the concurrency test (``test_concurrency.py``): a separate process
with its own data folder, on the hub's shared PostgreSQL database. It says it is ready, waits for
the start signal (a file), then either imports a bundle through the real ``mainstream`` command
line, or writes review comments through the real review service, and prints one JSON line.

    python concurrent_expert.py GO_FILE READY_FILE DATA_DIR DATABASE_URL import BUNDLE
    python concurrent_expert.py GO_FILE READY_FILE DATA_DIR DATABASE_URL comment WORKSPACE COMMENT_ID ROUNDS
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import sys
import time
from pathlib import Path

START_TIMEOUT_S = 120


class RetryCounter(logging.Handler):
    """Counts the units of work run again after a transient failure (``db.unit_of_work``)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "failed transiently" in record.getMessage():
            self.retries += 1


def wait_for_start(go_file: Path, ready_file: Path) -> None:
    ready_file.write_text("ready", encoding="utf-8")
    deadline = time.monotonic() + START_TIMEOUT_S
    while not go_file.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no start signal")
        time.sleep(0.005)


def import_bundle(data_dir: str, url: str, bundle: str) -> dict[str, object]:
    from mainstream_desktop import cli

    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = cli.main(["--data-dir", data_dir, "--database-url", url, "import", bundle, "--json"])
    lines = output.getvalue().strip().splitlines()
    return {"exit": code, "report": json.loads(lines[-1]) if code == 0 and lines else None}


def write_comments(data_dir: str, url: str, workspace: str, contested: str, rounds: int) -> dict[str, object]:
    from mainstream_desktop.core.review import CommentForm
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.enums import CommentSeverity, CommentStatus
    from mainstream_desktop.paths import DataPaths

    name = Path(data_dir).name
    services = open_services(DataPaths(Path(data_dir)), database_url=url, actor=name)
    added, replies = [], []
    try:
        for number in range(rounds):
            added.append(services.review.add_comment(workspace, CommentForm(
                step_number=1 + number % 7, text=f"{name}: comment {number}", severity=CommentSeverity.MINOR)))
            replies.append(services.review.reply(added[-1], f"{name}: reply {number}"))
            services.review.set_status(contested, CommentStatus.RESOLVED if number % 2 else CommentStatus.OPEN)
    finally:
        services.close()
    return {"exit": 0, "added": added, "replies": replies}


def main(argv: list[str]) -> int:
    go_file, ready_file, data_dir, url, role, *rest = argv
    counter = RetryCounter()
    logging.getLogger("mainstream.db").addHandler(counter)
    logging.getLogger("mainstream.db").setLevel(logging.INFO)
    import mainstream_desktop.cli  # noqa: F401 - the program loaded before the start signal

    wait_for_start(Path(go_file), Path(ready_file))
    started = time.monotonic()
    if role == "import":
        result = import_bundle(data_dir, url, rest[0])
    else:
        result = write_comments(data_dir, url, rest[0], rest[1], int(rest[2]))
    result.update(role=role, retries=counter.retries, seconds=round(time.monotonic() - started, 2))
    print(json.dumps(result))
    return 0 if result["exit"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
