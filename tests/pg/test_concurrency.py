"""Several GMG experts on one hub database at once: separate program processes, each with its own
data folder, importing bundles (two of them the same bundle) and writing review comments at the
same moment on the hub's PostgreSQL (``concurrent_expert.py``).

What must hold afterwards: every process succeeded (no deadlock, no lost work); the bundle
imported twice at once was applied once and the other import said there was nothing to do; the
imported workspaces hold exactly what the same bundles imported one after the other give (all or
nothing, no duplicate); every comment and reply each expert wrote is there; the comment all of them
changed has one revision per change logged, and the value of the last one; the hub's change log
runs 1..N without a gap or a duplicate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from mainstream_desktop.core.review import CommentForm
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.db.engine import make_engine
from mainstream_desktop.enums import CommentSeverity, CommentStatus, SiteKind
from mainstream_desktop.models import Base
from mainstream_desktop.models.exchange import ChangeLogEntry, ImportLedgerEntry, SiteState
from mainstream_desktop.models.review import ReviewComment
from mainstream_desktop.models.workspace import Site, Workspace
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
from tests.pg.conftest import copy_folder
from tests.stores import PostgresStore
from tests.sync.conftest import World, world  # noqa: F401 - the exchange suite's sites and bundles

CHILD = Path(__file__).with_name("concurrent_expert.py")
COMMENTERS = 3
ROUNDS = 8
UNCOMPARED = frozenset({"sync_partner_workspace"})  # when each bundle was received: a time, per import


def test_several_experts_import_and_comment_at_once(world: World, pg_store: PostgresStore,  # noqa: F811
                                                    pg_template: DataPaths, tmp_path: Path) -> None:
    hub = copy_folder(pg_store, pg_template, DataPaths(tmp_path / "hub-admin"))
    contested = _prepare_hub(pg_store, hub, world)
    reference = DataPaths(tmp_path / "reference")
    reference.root.mkdir()
    pg_store.copied(hub, reference)  # the same hub, for the same bundles imported one after the other
    url = pg_store.database_url(hub)
    bundles = {name: Path(shutil.copy2(source, tmp_path / f"{name}.mdbundle"))
               for name, source in (("jam", world.jam_bundle), ("mda", world.mda_bundle))}

    roles = [["import", str(bundles["jam"])], ["import", str(bundles["jam"])], ["import", str(bundles["mda"])]]
    roles += [["comment", "KEN", contested, str(ROUNDS)] for _ in range(COMMENTERS)]
    results = _run_at_once(tmp_path, url, roles)

    assert [r["exit"] for r in results] == [0] * len(roles), results
    jam_reports = [r["report"] for r in results[:2]]
    applied = [r for r in jam_reports if r["applied"]]
    assert len(applied) == 1, jam_reports  # one applies, the other finds it done
    assert [r for r in jam_reports if not r["applied"]][0]["already_imported_on"]
    assert applied[0]["counts"]["new"] > 700
    assert results[2]["report"]["applied"]

    _import_one_after_the_other(pg_store, reference, [bundles["jam"], bundles["mda"]])
    engine, reference_engine = make_engine(url), make_engine(pg_store.database_url(reference))
    try:
        codes = ("JAM", "MDA")
        concurrent, sequential = _workspace_rows(engine, codes), _workspace_rows(reference_engine, codes)
        for table in sequential:
            extra, missing = set(concurrent[table]) - set(sequential[table]), set(sequential[table]) - set(concurrent[table])
            assert not extra and not missing, (table, sorted(extra)[:2], sorted(missing)[:2])
        assert concurrent == sequential
        _check_comments(engine, results[3:], contested)
        _check_change_log(engine)
        with engine.connect() as connection:
            ledger = connection.execute(select(ImportLedgerEntry.bundle_id)).scalars().all()
        assert len(ledger) == len(set(ledger)) == 3  # KEN, JAM, MDA: each once
    finally:
        engine.dispose()
        reference_engine.dispose()
    retries = sum(int(r["retries"]) for r in results)
    seconds = max(float(r["seconds"]) for r in results)
    print(f"\nconcurrency: {len(roles)} processes, {retries} units of work retried, {seconds:.1f} s")


def _prepare_hub(store: PostgresStore, paths: DataPaths, world: World) -> str:  # noqa: F811
    """A hub trusting the country for JAM, KEN and MDA, with KEN imported and one comment on it."""
    services = store.open(paths, actor="admin", create_identity=False)
    try:
        create_local_site(services.uow, paths.keys, "GMG hub", SiteKind.HUB)
        exchange = ExchangeService(services.uow, paths)
        exchange.keys.trust(world.country_card, ["JAM", "KEN", "MDA"])
        small = Path(shutil.copy2(world.small_bundle, paths.root / "small.mdbundle"))
        assert exchange.import_bundle(small).applied
        return services.review.add_comment("KEN", CommentForm(step_number=1, text="Which census year?",
                                                             severity=CommentSeverity.MAJOR))
    finally:
        services.close()


def _run_at_once(folder: Path, url: str, roles: list[list[str]]) -> list[dict[str, Any]]:
    go = folder / "go"
    processes, readies = [], []
    for number, role in enumerate(roles):
        ready = folder / f"ready-{number}"
        readies.append(ready)
        processes.append(subprocess.Popen(
            [sys.executable, str(CHILD), str(go), str(ready), str(folder / f"expert{number}"), url, *role],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready in readies):
        assert time.monotonic() < deadline, "the experts' programs did not start"
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes if p.poll() is not None]
        time.sleep(0.05)
    go.write_text("go", encoding="utf-8")
    results = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert out.strip(), err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _import_one_after_the_other(store: PostgresStore, paths: DataPaths, bundles: list[Path]) -> None:
    services = store.open(paths, actor="admin")
    try:
        exchange = ExchangeService(services.uow, paths)
        for bundle in bundles:
            assert exchange.import_bundle(bundle).applied
    finally:
        services.close()


def _workspace_rows(engine: Engine, codes: tuple[str, ...]) -> dict[str, list[str]]:
    """Every row of every table that belongs to the workspaces (sorted text forms)."""
    with engine.connect() as connection:
        ids = list(connection.execute(select(Workspace.id).where(Workspace.code.in_(codes))).scalars())
        assert len(ids) == len(codes)
        rows: dict[str, list[str]] = {}
        for table in Base.metadata.sorted_tables:
            if table.name in UNCOMPARED:
                continue
            column = table.c.get("workspace_id") if table.name != "workspace" else table.c.id
            if column is None:
                continue
            rows[table.name] = sorted(repr(tuple(row)) for row in connection.execute(
                select(table).where(column.in_(ids))))
    assert sum(len(r) for r in rows.values()) > 1500
    return rows


def _check_comments(engine: Engine, commenters: list[dict[str, Any]], contested: str) -> None:
    with engine.connect() as connection:
        stored = set(str(i) for i in connection.execute(select(ReviewComment.id)).scalars())
        for result in commenters:
            assert len(result["added"]) == len(result["replies"]) == ROUNDS
            assert set(result["added"]) | set(result["replies"]) <= stored  # nothing written was lost
        revision, status = connection.execute(select(ReviewComment.revision, ReviewComment.status).where(
            ReviewComment.id == contested)).one()
        changes = [json.loads(payload) for payload in connection.execute(
            select(ChangeLogEntry.payload).where(ChangeLogEntry.record_id == contested,
                                                 ChangeLogEntry.operation != "insert").order_by(ChangeLogEntry.seq)).scalars()]
    assert revision == 1 + len(changes)  # every committed change of the row counted once
    assert changes, "the experts' status changes are logged"
    assert CommentStatus(status) is CommentStatus(changes[-1]["fields"]["status"][1])  # the last change's value


def _check_change_log(engine: Engine) -> None:
    """The hub's own sequence: 1..N, no gap, no duplicate, and the site state's next number N+1."""
    with engine.connect() as connection:
        hub = connection.execute(select(Site.id).where(Site.is_local)).scalar_one()
        seqs = list(connection.execute(select(ChangeLogEntry.seq).where(
            ChangeLogEntry.origin_site_id == hub).order_by(ChangeLogEntry.seq)).scalars())
        next_seq = connection.execute(select(SiteState.next_seq).where(SiteState.site_id == hub)).scalar_one()
    assert seqs == list(range(1, len(seqs) + 1))
    assert next_seq == len(seqs) + 1
    assert len(seqs) >= 1 + COMMENTERS * ROUNDS * 2  # the comment, and each expert's comments and replies
