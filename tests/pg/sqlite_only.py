"""Tests of the core and exchange suites that run on SQLite only, and why. Each entry is a test
function (``path::name``), optionally with the parameter ids it concerns; ``tests/conftest.py``
skips its PostgreSQL runs with the reason below.

They are about the SQLite file itself, or they read the database through SQLite's own catalogue.
"""

from __future__ import annotations

SQLITE_ONLY: dict[str, str] = {
    "tests/sync/test_bundle_sweeps.py::test_r3_kill_9_during_import":
        "kills a child process that writes the SQLite file, then runs PRAGMA integrity_check on the file; "
        "on PostgreSQL the server rolls a killed client's transaction back",
    "tests/sync/test_bundle_sweeps.py::test_r4_import_without_room_for_the_backup":
        "fills the disk under the copy of the SQLite file taken before an import; on PostgreSQL no file "
        "is copied (the import is one transaction; pg_dump backs the server up)",
    "tests/core/test_drafts_and_codec.py::test_corrupted_or_non_object_draft_loads_as_none[\\x00\\x01]":
        "stores a draft holding a NUL character; PostgreSQL text cannot hold one, so this damage cannot "
        "happen there",
    "tests/sync/test_bulk_apply.py::test_sqlite_keeps_more_pages_while_a_stream_goes_in_and_goes_back_after":
        "reads SQLite's page cache setting (PRAGMA cache_size); PostgreSQL's buffers are the server's and the "
        "import leaves them alone",
    "tests/sync/test_bulk_rows.py":
        "compares the stored text form of ids and times on SQLite (32 hex digits, wall-clock text)",
}


def reason_for(nodeid: str) -> str | None:
    """Why the test ``nodeid`` (its PostgreSQL run, e.g. ``...::name[postgresql-x]``) is SQLite-only."""
    path, _, rest = nodeid.partition("::")
    name, _, params = rest.partition("[")
    params = params.removesuffix("]").removeprefix("postgresql").lstrip("-")
    for key in (f"{path}::{name}[{params}]", f"{path}::{name}", path):
        if key in SQLITE_ONLY:
            return SQLITE_ONLY[key]
    return None
