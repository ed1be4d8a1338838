"""Shared fixtures: a real data folder in ``tmp_path`` with a real SQLite file, opened through
the same ``open_services`` the program uses.

The core and exchange suites (``tests/core``, ``tests/sync``) also run on PostgreSQL:
``--engines sqlite,postgresql`` (or ``$MAINSTREAM_TEST_ENGINES``; ``./setup.sh test`` asks for
both) runs each of their tests that uses a data folder (``services``, ``bare_services``,
``demo_services``, the exchange fixtures) once per engine, on a throwaway server started for the
session (``tests/pg/cluster.py``) and stopped at its end; ``tests/stores.py`` says where each
folder's database lives. Without the server's programs the PostgreSQL runs are skipped with the
reason, unless ``$MAINSTREAM_REQUIRE_PG`` is set (CI), where that is a failure.
"""

from __future__ import annotations

import atexit
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mainstream_desktop.core.services import Services, open_services  # noqa: E402
from mainstream_desktop.paths import DataPaths  # noqa: E402
from tests.stores import ENGINE_NOW, PostgresStore, SqliteStore, Store, start_from_template  # noqa: E402

SHARED_PUBLIC_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "public"


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly made database (schema + reference data), built once per test session."""
    paths = DataPaths(tmp_path_factory.mktemp("template") / "data")
    open_services(paths, actor="tester", create_identity=False).close()
    return paths.database


@pytest.fixture
def services(data_paths: DataPaths, store: Store, store_template: DataPaths) -> Iterator[Services]:
    """A real data folder in tmp_path, started from a copy of the template database so each
    test skips the half-second schema build, then opened with the real ``open_services`` (which
    gives the folder its own site identity and key)."""
    data_paths.root.mkdir(parents=True)
    start_from_template(store, store_template, data_paths)
    opened = store.open(data_paths, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def bare_services(data_paths: DataPaths, store: Store, store_template: DataPaths) -> Iterator[Services]:
    """Like ``services``, but opened as ``mainstream init`` opens it: no site identity yet."""
    data_paths.root.mkdir(parents=True)
    start_from_template(store, store_template, data_paths)
    opened = store.open(data_paths, actor="tester", create_identity=False)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the full demo (built once per session; documents included)."""
    paths = DataPaths(tmp_path_factory.mktemp("demo") / "data")
    opened = open_services(paths, actor="tester")
    try:
        opened.load_demo()
    finally:
        opened.close()
    return paths.root


@pytest.fixture
def demo_services(data_paths: DataPaths, store: Store, store_demo_template: DataPaths) -> Iterator[Services]:
    """The full demo in this test's own data folder (a copy of the session's template)."""
    shutil.copytree(store_demo_template.root, data_paths.root,
                    ignore=shutil.ignore_patterns(".instance.*", "backups", "logs"))
    store.copied(store_demo_template, data_paths)
    opened = store.open(data_paths, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


# -- engines ----------------------------------------------------------------------------------------
ENGINE_SUITES = ("core", "sync")  # the folders of tests/ whose tests run on every engine chosen
ENGINES = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--engines", default=os.environ.get("MAINSTREAM_TEST_ENGINES", "sqlite"),
                     help="comma-separated database engines the core and exchange suites run on "
                          "(sqlite, postgresql; default: sqlite)")


def chosen_engines(config: pytest.Config) -> list[str]:
    engines = [name.strip() for name in str(config.getoption("--engines")).split(",") if name.strip()]
    unknown = [name for name in engines if name not in ENGINES]
    if unknown or not engines:
        raise pytest.UsageError(f"--engines takes {', '.join(ENGINES)}; not {', '.join(unknown) or 'nothing'}")
    return engines


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of the core and exchange suites that use a data folder run once per chosen engine
    (test ids then end in ``[sqlite]`` / ``[postgresql]``); other suites stay on SQLite."""
    if "store" not in metafunc.fixturenames:
        return
    suite = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent).parts[0]
    engines = chosen_engines(metafunc.config) if suite in ENGINE_SUITES else ["sqlite"]
    if engines != ["sqlite"]:
        metafunc.parametrize("store", engines, indirect=True, scope="session")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """PostgreSQL runs of the tests that are about the SQLite file are skipped, with the reason
    (``tests/pg/sqlite_only.py``)."""
    from tests.pg.sqlite_only import reason_for

    for item in items:
        if getattr(getattr(item, "callspec", None), "params", {}).get("store") == "postgresql":
            reason = reason_for(item.nodeid)
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture of the test is made: the engine it runs on (``tests.stores.active``)."""
    ENGINE_NOW[0] = getattr(getattr(item, "callspec", None), "params", {}).get("store", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL server for the session (skipped, with the reason, when it cannot
    start here; a failure instead under ``$MAINSTREAM_REQUIRE_PG``)."""
    from tests.pg.cluster import ClusterUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        if os.environ.get("MAINSTREAM_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here ($MAINSTREAM_REQUIRE_PG) but did not start: {exc}")
        pytest.skip(f"no PostgreSQL server for these tests: {exc}")
    atexit.register(cluster.stop)  # also stopped if the session ends without its finalizers
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_store(pg_cluster: Any) -> Iterator[PostgresStore]:
    opened = PostgresStore(pg_cluster)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def store(request: pytest.FixtureRequest) -> Store:
    """Where this test's data folders keep their database (``tests/stores.py``)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return SqliteStore()
    return request.getfixturevalue("pg_store")


@pytest.fixture(autouse=True)
def _drop_test_databases(request: pytest.FixtureRequest) -> Iterator[None]:
    """The PostgreSQL databases of a test's own folders are dropped when it ends (after they
    closed); those of module and session fixtures' folders stay for the next tests."""
    used = request.getfixturevalue("store") if "store" in request.fixturenames else None
    if not isinstance(used, PostgresStore):
        yield
        return
    since, inside = len(used.made), request.getfixturevalue("tmp_path")
    yield
    used.drop_made(since, inside)


@pytest.fixture(scope="session")
def store_template(store: Store, request: pytest.FixtureRequest,
                   tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A data folder whose database holds the schema and reference data (no site identity)."""
    if store.engine == "sqlite":
        return DataPaths(request.getfixturevalue("template_database").parent)
    paths = DataPaths(tmp_path_factory.mktemp("pg-template") / "data")
    store.open(paths, actor="tester", create_identity=False).close()
    _keep(store, paths)
    return paths


@pytest.fixture(scope="session")
def store_demo_template(store: Store, request: pytest.FixtureRequest,
                        tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """A data folder holding the full demo, on the engine of ``store``."""
    if store.engine == "sqlite":
        return DataPaths(request.getfixturevalue("demo_template"))
    paths = DataPaths(tmp_path_factory.mktemp("pg-demo") / "data")
    opened = store.open(paths, actor="tester")
    try:
        opened.load_demo()
    finally:
        opened.close()
    _keep(store, paths)
    return paths


def _keep(store: Store, paths: DataPaths) -> None:
    assert isinstance(store, PostgresStore)
    store.keep.add(store.database_of(paths))
