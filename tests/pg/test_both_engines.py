"""The same program on both engines: the migrations build the models' schema on PostgreSQL; the
command line gives the same answers on a PostgreSQL database as on the SQLite file (``demo``,
``status JAM --json``, ``trace JAM --json``); a bundle imported on one engine gives the same rows
as on the other, and a bundle exported from PostgreSQL imports into SQLite with the same rows; a
store moves to PostgreSQL and back with every row (``migrate-store``), and a move that cannot be
done writes nothing."""

from __future__ import annotations

import enum
import json
import re
import shutil
import sqlite3
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, select

from mainstream_desktop import cli
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.db import migrate
from mainstream_desktop.db.engine import make_engine, sqlite_url
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.models import Base
from mainstream_desktop.models.workspace import Workspace
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
from tests.pg.conftest import COPY_IGNORE, copy_folder
from tests.stores import PostgresStore, sqlite_fingerprint
from tests.sync.conftest import World, world  # noqa: F401 - the exchange suite's sites and bundles

HUB_LOCAL = frozenset({"sync_partner_workspace"})  # when this hub received the bundle
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def run_cli(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    code = cli.main(list(arguments))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def test_the_migrations_build_the_models_schema_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        outcome = migrate.upgrade_to_head(engine)
        assert (outcome.previous_revision, outcome.current_revision, outcome.backup) == (None, migrate.SCHEMA_HEAD, None)
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
            assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
        assert migrate.upgrade_to_head(engine) == migrate.MigrationOutcome(migrate.SCHEMA_HEAD, migrate.SCHEMA_HEAD, None)
    finally:
        engine.dispose()


def test_the_command_line_gives_the_same_answers_on_both_engines(tmp_path: Path, pg_url: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    on_sqlite = ["--data-dir", str(tmp_path / "sqlite")]
    on_server = ["--data-dir", str(tmp_path / "expert"), "--database-url", pg_url.replace("+psycopg", "")]
    assert run_cli(capsys, *on_sqlite, "demo") == run_cli(capsys, *on_server, "demo")
    for command in (["status", "JAM", "--json"], ["status", "MDA", "--json"], ["workspaces"]):
        assert run_cli(capsys, *on_sqlite, *command) == run_cli(capsys, *on_server, *command), command
    traces = [_without_ids(run_cli(capsys, *where, "trace", "JAM", "--json")) for where in (on_sqlite, on_server)]
    assert traces[0] == traces[1]
    status = json.loads(run_cli(capsys, *on_server, "status", "JAM", "--json"))
    assert [step["number"] for step in status["steps"]] == list(range(8))
    assert not (tmp_path / "expert" / "mainstream.sqlite3").exists()  # nothing went to a file


def _without_ids(text: str) -> Any:
    """Each load of the demo makes new ids, and an action lists its indicators in the order of a
    set of result ids: both are left out of the comparison, everything else must be the same."""
    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: sorted(walk(v) for v in item) if key == "indicators" and all(isinstance(v, str) for v in item)
                    else walk(item) for key, item in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        return value
    return walk(json.loads(UUID_TEXT.sub("<id>", text)))


def test_a_bundle_gives_the_same_rows_on_both_engines_both_ways(world: World, pg_store: PostgresStore,  # noqa: F811
                                                                pg_template: DataPaths, tmp_path: Path) -> None:
    sqlite_hub = DataPaths(tmp_path / "sqlite-hub")
    shutil.copytree(world.hub_root, sqlite_hub.root, ignore=COPY_IGNORE)
    assert _import(sqlite_hub, None, world.jam_bundle).applied

    pg_hub = copy_folder(pg_store, pg_template, DataPaths(tmp_path / "pg-hub"))
    url = pg_store.database_url(pg_hub)
    services = pg_store.open(pg_hub, actor="tester", create_identity=False)
    try:
        create_local_site(services.uow, pg_hub.keys, "GMG hub on PostgreSQL", SiteKind.HUB)
        exchange = ExchangeService(services.uow, pg_hub)
        exchange.keys.trust(world.country_card, ["JAM", "KEN"])
        report = exchange.import_bundle(Path(shutil.copy2(world.jam_bundle, tmp_path / "jam.mdbundle")))
        assert report.applied and report.reconciled and report.counts["new"] > 700
        again = exchange.import_bundle(tmp_path / "jam.mdbundle")
        assert not again.applied and again.already_imported_on
        exported = exchange.export("JAM", tmp_path / "jam-from-pg.mdbundle", full=True)
        pg_card = exchange.keys.local_card()
    finally:
        services.close()

    sqlite_rows = _rows(make_engine(sqlite_url(sqlite_hub.database)), "JAM")
    pg_rows = _rows(make_engine(url), "JAM")
    assert sqlite_rows == pg_rows  # the same bundle, the same rows on each engine

    receiver = DataPaths(tmp_path / "sqlite-receiver")
    services = pg_store_free_open(receiver)
    try:
        keys = ExchangeService(services.uow, receiver).keys
        keys.trust(pg_card, ["JAM"], hub=True)
        keys.trust(world.country_card, ["JAM"])  # the changes' origin
    finally:
        services.close()
    back = _import(receiver, None, exported.path)
    assert back.applied and back.reconciled
    received = _rows(make_engine(sqlite_url(receiver.database)), "JAM", passed_on=True)
    expected = _rows(make_engine(url), "JAM", passed_on=True)
    assert received == expected  # exported from PostgreSQL, imported into SQLite: the same rows


def pg_store_free_open(paths: DataPaths) -> Any:
    """A new SQLite site (the program's default store)."""
    from mainstream_desktop.core.services import open_services

    return open_services(paths, actor="tester")


def _import(paths: DataPaths, url: str | None, bundle: Path) -> Any:
    from mainstream_desktop.core.services import open_services

    services = open_services(paths, database_url=url, actor="tester")
    try:
        return ExchangeService(services.uow, paths).import_bundle(bundle)
    finally:
        services.close()


def _rows(engine: Engine, code: str, passed_on: bool = False) -> dict[str, list[str]]:
    """Every row of the workspace in every table, each value in one engine-independent form.
    ``passed_on``: leave out what differs after a second hop (the bundle a change came in, and
    the frontiers: the receiver also holds one for the hub it came through)."""
    try:
        with engine.connect() as connection:
            workspace = connection.execute(select(Workspace.id).where(Workspace.code == code)).scalar_one()
            rows: dict[str, list[str]] = {}
            for table in Base.metadata.sorted_tables:
                column = table.c.id if table.name == "workspace" else table.c.get("workspace_id")
                if column is None or table.name in HUB_LOCAL or (passed_on and table.name == "sync_frontier"):
                    continue
                columns = [c for c in table.columns if not (passed_on and c.name == "bundle_id")]
                rows[table.name] = sorted(json.dumps([_plain(value) for value in row]) for row in connection.execute(
                    select(*columns).where(column == workspace)))
    finally:
        engine.dispose()
    assert sum(map(len, rows.values())) > 1500
    return rows


def _plain(value: Any) -> Any:
    """SQLite hands back naive UTC times and PostgreSQL aware ones; ids, numbers and enums alike."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value).isoformat()
    if isinstance(value, (date, uuid.UUID)):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def test_a_store_moves_to_postgresql_and_back_with_every_row(demo_template: Path, pg_url: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "hub"
    shutil.copytree(demo_template, folder, ignore=COPY_IGNORE)
    before = sqlite_fingerprint(folder / "mainstream.sqlite3")
    status = run_cli(capsys, "--data-dir", str(folder), "status", "JAM", "--json")

    moved = json.loads(run_cli(capsys, "--data-dir", str(folder), "migrate-store", "--to", pg_url, "--json"))
    assert moved["matches"] and moved["rows"] > 4000
    assert all(counts["source"] == counts["target"] for counts in moved["tables"].values())
    assert moved["tables"]["change_log"]["target"] > 1000
    assert sqlite_fingerprint(folder / "mainstream.sqlite3") == before  # the source is left as it was
    on_server = ["--data-dir", str(tmp_path / "expert"), "--database-url", pg_url]
    assert run_cli(capsys, *on_server, "status", "JAM", "--json") == status

    target = tmp_path / "back" / "mainstream.sqlite3"
    target.parent.mkdir()
    back = json.loads(run_cli(capsys, *on_server, "migrate-store", "--to", f"sqlite:///{target}", "--json"))
    assert back["matches"] and back["rows"] == moved["rows"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["mainstream.sqlite3"]  # no .partial left
    assert sqlite_fingerprint(target) == before  # every row of every table, byte for byte
    assert run_cli(capsys, "--data-dir", str(target.parent), "status", "JAM", "--json") == status


def test_a_move_that_cannot_be_done_writes_nothing(demo_template: Path, pg_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "hub"
    shutil.copytree(demo_template, folder, ignore=COPY_IGNORE)
    with sqlite3.connect(folder / "mainstream.sqlite3") as connection:  # SQLite keeps what PostgreSQL refuses
        connection.execute("UPDATE workspace SET title = ? WHERE code = 'TUN'", ("x" * 301,))
    connection.close()

    assert cli.main(["--data-dir", str(folder), "migrate-store", "--to", pg_url]) == 1
    error = capsys.readouterr().err
    assert "refused the copy" in error and "value too long" in error and "nothing was moved" in error
    engine = make_engine(pg_url)
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            assert all(connection.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() == 0
                       for t in tables if t != "alembic_version")
    finally:
        engine.dispose()

    with sqlite3.connect(folder / "mainstream.sqlite3") as connection:
        connection.execute("UPDATE workspace SET title = 'Tunisia pilot' WHERE code = 'TUN'")
    connection.close()
    run_cli(capsys, "--data-dir", str(folder), "migrate-store", "--to", pg_url)  # the empty schema is fine
    assert cli.main(["--data-dir", str(folder), "migrate-store", "--to", pg_url]) == 1
    assert "not empty" in capsys.readouterr().err

    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"something")
    assert cli.main(["--data-dir", str(folder), "migrate-store", "--to", f"sqlite:///{existing}"]) == 1
    assert "already exists" in capsys.readouterr().err and existing.read_bytes() == b"something"
