"""Fixtures of the PostgreSQL tests: a data folder whose database is a fresh copy of a template
(schema and reference data) on the session's throwaway server, and an empty database. Skipped with
the reason when the server's programs are not installed (a failure under ``$MAINSTREAM_REQUIRE_PG``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mainstream_desktop.core.services import Services
from mainstream_desktop.paths import DataPaths
from tests.stores import PostgresStore

COPY_IGNORE = shutil.ignore_patterns(".instance.*", "backups", "logs", "tmp")


@pytest.fixture(autouse=True)
def _drop_pg_databases(request: pytest.FixtureRequest) -> Iterator[None]:
    """The databases a test made are dropped when it ends (the session's templates stay)."""
    if "pg_store" not in request.fixturenames:
        yield
        return
    store = request.getfixturevalue("pg_store")
    since = len(store.made)
    yield
    store.drop_made(since)


@pytest.fixture(scope="session")
def pg_template(pg_store: PostgresStore, tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A folder whose PostgreSQL database holds the schema and the reference data (no identity)."""
    paths = DataPaths(tmp_path_factory.mktemp("pg-only-template") / "data")
    pg_store.open(paths, actor="tester", create_identity=False).close()
    pg_store.keep.add(pg_store.database_of(paths))
    return paths


def copy_folder(store: PostgresStore, source: DataPaths, target: DataPaths) -> DataPaths:
    """A copy of a (closed) data folder with a copy of its database."""
    shutil.copytree(source.root, target.root, ignore=COPY_IGNORE)
    store.copied(source, target)
    return target


@pytest.fixture
def pg_services(pg_store: PostgresStore, pg_template: DataPaths, tmp_path: Path) -> Iterator[Services]:
    """A country site on its own PostgreSQL database (a copy of the template), opened."""
    paths = copy_folder(pg_store, pg_template, DataPaths(tmp_path / "data"))
    opened = pg_store.open(paths, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def pg_url(pg_store: PostgresStore) -> str:
    """The URL of a new, empty database."""
    return pg_store.cluster.database_url(pg_store.new_database())
