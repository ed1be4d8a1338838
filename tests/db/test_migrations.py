"""Migrations, the refusal of newer databases, verified backups, and the SQLite pragmas."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from mainstream_desktop.core.errors import StoreUnavailable
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.db import migrate
from mainstream_desktop.db.backup import (
    BackupError,
    backup_database,
    integrity_problems,
    list_backups,
)
from mainstream_desktop.db.engine import make_engine, sqlite_url
from mainstream_desktop.models import Base
from mainstream_desktop.paths import DataPaths


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- (1) the migrations build exactly the models' schema -------------------------------------

def test_upgrade_of_an_empty_file_matches_the_models(tmp_path: Path) -> None:
    database = tmp_path / "empty.sqlite3"
    engine = make_engine(sqlite_url(database))
    try:
        outcome = migrate.upgrade_to_head(engine, database, tmp_path / "backups")

        assert (outcome.previous_revision, outcome.current_revision, outcome.backup) == (
            None, migrate.SCHEMA_HEAD, None)
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            tables = set(inspect(connection).get_table_names())
        assert differences == []
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert not (tmp_path / "backups").exists()  # a new file needs no backup
    finally:
        engine.dispose()


def test_upgrade_at_head_is_a_no_op(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    engine = make_engine(sqlite_url(database))
    try:
        migrate.upgrade_to_head(engine, database, tmp_path / "backups")

        outcome = migrate.upgrade_to_head(engine, database, tmp_path / "backups")

        assert outcome == migrate.MigrationOutcome(migrate.SCHEMA_HEAD, migrate.SCHEMA_HEAD, None)
        assert not (tmp_path / "backups").exists()
    finally:
        engine.dispose()


# --- (2) the constant the fast path compares with is the scripts' head -----------------------

def test_schema_head_is_the_script_head() -> None:
    assert migrate.SCHEMA_HEAD == migrate.script_head()
    assert migrate.SCHEMA_HEAD in migrate.known_revisions()


# --- (3) a database from a newer program is refused, untouched -------------------------------

def test_newer_database_is_refused_and_left_unchanged(data_paths: DataPaths) -> None:
    open_services(data_paths, actor="tester").close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _sha256(data_paths.database)

    with pytest.raises(StoreUnavailable) as raised:
        open_services(data_paths, actor="tester")

    assert "newer" in raised.value.message
    assert "9999_future" in raised.value.message
    assert _sha256(data_paths.database) == before
    assert list_backups(data_paths.backups) == []
    with sqlite3.connect(data_paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_future",)]
    connection.close()
    # the refusal released the folder: a second attempt gets the same answer, not "in use"
    with pytest.raises(StoreUnavailable, match="newer"):
        open_services(data_paths, actor="tester")


def _open_handles(folder: Path) -> list[str]:
    """Files under ``folder`` this process holds open (Linux /proc)."""
    handles = []
    for entry in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith(str(folder)):
            handles.append(target)
    return sorted(handles)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc")
def test_refused_database_is_not_left_open(data_paths: DataPaths) -> None:
    open_services(data_paths, actor="tester").close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    assert _open_handles(data_paths.root) == []

    with pytest.raises(StoreUnavailable) as raised:
        open_services(data_paths, actor="tester")

    # The caller still holds the error (a window showing "restore a backup?" would), and with
    # it the traceback's frames; the database must already be closed so it can be replaced.
    assert raised.value.message
    assert _open_handles(data_paths.root) == []


# --- (4) verified backups --------------------------------------------------------------------

@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A real program database with some rows in it."""
    paths = DataPaths(tmp_path / "data")
    services = open_services(paths, actor="tester")
    try:
        services.drafts.save("step0:new", {"title": "kept in the backup"})
    finally:
        services.close()
    return paths.database


def test_backup_is_a_sound_copy_of_the_data(database: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"

    result = backup_database(database, backups, "before import/of bundle")

    assert result.path.parent == backups
    assert result.path.name.startswith("mainstream-")
    assert result.path.name.endswith("-before-import-of-bundle.sqlite3")
    assert result.size_bytes == result.path.stat().st_size > 0
    assert integrity_problems(result.path) == []
    with sqlite3.connect(result.path) as connection:
        rows = connection.execute("SELECT key, payload_json FROM wizard_draft").fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert rows == [("step0:new", '{"title": "kept in the backup"}')]
    assert revision == (migrate.SCHEMA_HEAD,)
    assert list(backups.glob("*.partial")) == []


def test_backup_of_an_open_database_includes_committed_wal_rows(data_paths: DataPaths) -> None:
    services = open_services(data_paths, actor="tester")
    try:
        services.drafts.save("live", {"written": "while open"})
        result = services.backup_now("manual")
    finally:
        services.close()

    assert result.path.parent == data_paths.backups
    with sqlite3.connect(result.path) as connection:
        assert connection.execute("SELECT key FROM wizard_draft").fetchall() == [("live",)]
    connection.close()


def test_rotation_keeps_the_newest_copies(database: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"

    made = [backup_database(database, backups, f"run{i}", keep=3).path for i in range(5)]

    kept = list_backups(backups)
    assert len(kept) == 3
    assert sorted(kept) == sorted(made[-3:])
    assert kept[0] == made[-1]  # newest first
    assert all(integrity_problems(path) == [] for path in kept)


def test_rotation_with_the_default_keeps_ten(database: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"

    for i in range(12):
        backup_database(database, backups, f"n{i}")

    assert len(list_backups(backups)) == 10


def test_backup_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup_database(tmp_path / "absent.sqlite3", tmp_path / "backups", "manual")

    assert not (tmp_path / "backups").exists()


def test_integrity_problems_reports_a_damaged_file(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not an SQLite database at all" * 200)

    problems = integrity_problems(damaged)

    assert problems
    assert "not a database" in problems[0]


def test_backup_of_a_damaged_file_raises_and_keeps_nothing(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"garbage" * 1000)
    backups = tmp_path / "backups"

    with pytest.raises(BackupError):
        backup_database(damaged, backups, "manual")

    assert list(backups.iterdir()) == []


# --- (5) the house pragmas -------------------------------------------------------------------

def test_pragmas_on_a_services_connection(services: Services) -> None:
    with services.engine.connect() as connection:
        values = {name: connection.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "trusted_schema",
                               "busy_timeout")}

    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "trusted_schema": 0, "busy_timeout": 10_000}


def test_wal_mode_is_stored_in_the_file(services: Services) -> None:
    with sqlite3.connect(services.paths.database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def test_a_backup_is_one_self_contained_file(services) -> None:
    from mainstream_desktop.db.backup import backup_database

    result = backup_database(services.paths.database, services.paths.backups, "check")
    assert sorted(p.name for p in services.paths.backups.iterdir()) == [result.path.name]
    import sqlite3

    with sqlite3.connect(result.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_upgrade_from_the_first_schema_keeps_data_and_takes_a_backup(demo_services, tmp_path) -> None:
    """R8: an older database file upgrades with its data, after a verified backup."""
    import shutil

    from alembic import command

    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.db.migrate import SCHEMA_HEAD, _alembic_config
    from mainstream_desktop.paths import DataPaths

    paths = demo_services.paths
    demo_services.close()
    old = DataPaths(tmp_path / "old")
    old.root.mkdir()
    shutil.copyfile(paths.database, old.database)
    from mainstream_desktop.db.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(old.database))
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_initial")
    engine.dispose()
    reopened = open_services(old)
    try:
        with reopened.engine.connect() as connection:
            from sqlalchemy import text

            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert reopened.observations.count("JAM") == 128
        backups = list(old.backups.glob("*before-upgrade-0001-initial*"))
        assert len(backups) == 1 and backups[0].suffix == ".sqlite3"
    finally:
        reopened.close()
