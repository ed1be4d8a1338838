"""An expert's program killed (``kill -9``) in the middle of a bundle import on the hub's
PostgreSQL: the server rolls the import back when the connection drops, so nothing of it is left
(every table exactly as before), the writer lock is free for the next expert, and importing the
bundle again applies all of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.db.engine import WRITER_LOCK_KEY, make_engine
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
from tests.pg.conftest import copy_folder
from tests.stores import PostgresStore
from tests.sync.conftest import World, world  # noqa: F401 - the exchange suite's sites and bundles

KILLS = 3
CHILD = """
import sys
from mainstream_desktop import cli
raise SystemExit(cli.main(["--data-dir", sys.argv[1], "--database-url", sys.argv[2], "import", sys.argv[3]]))
"""


def _writer_lock_held(url: str) -> bool:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return bool(connection.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND ((classid::bigint << 32) | objid::bigint) = :key"),
                {"key": WRITER_LOCK_KEY & 0xFFFFFFFFFFFFFFFF}).scalar())
    finally:
        engine.dispose()


def test_a_killed_import_leaves_nothing_and_the_next_one_applies(world: World, pg_store: PostgresStore,  # noqa: F811
                                                                 pg_template: DataPaths, tmp_path: Path) -> None:
    hub = copy_folder(pg_store, pg_template, DataPaths(tmp_path / "hub"))
    services = pg_store.open(hub, actor="admin", create_identity=False)
    try:
        create_local_site(services.uow, hub.keys, "GMG hub", SiteKind.HUB)
        ExchangeService(services.uow, hub).keys.trust(world.country_card, ["JAM"])
    finally:
        services.close()
    url = pg_store.database_url(hub)
    bundle = Path(shutil.copy2(world.jam_bundle, tmp_path / "jam.mdbundle"))
    before = pg_store.fingerprint(hub)
    seed = int(os.environ.get("PG_KILL_SEED", random.randrange(1_000_000)))
    print(f"kill seed {seed} (set PG_KILL_SEED to repeat)")
    chance = random.Random(seed)
    killed_while_writing = 0
    for number in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / f"expert{number}"), url, str(bundle)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not _writer_lock_held(url) and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(chance.uniform(0, 0.3))  # somewhere inside the import's transaction
        killed_while_writing += _writer_lock_held(url)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        deadline = time.monotonic() + 30
        while _writer_lock_held(url) and time.monotonic() < deadline:  # the server notices the dead client
            time.sleep(0.05)
        assert not _writer_lock_held(url)
        assert pg_store.fingerprint(hub) == before  # not one row of the half-done import
    assert killed_while_writing >= 1

    services = pg_store.open(hub, actor="admin")
    try:
        report = ExchangeService(services.uow, hub).import_bundle(bundle)
    finally:
        services.close()
    assert report.applied and report.reconciled and report.counts["new"] > 700
