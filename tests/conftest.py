"""Shared fixtures: a real data folder in ``tmp_path`` with a real SQLite file, opened through
the same ``open_services`` the program uses."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mainstream_desktop.core.services import Services, open_services  # noqa: E402
from mainstream_desktop.paths import DataPaths  # noqa: E402

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
def services(data_paths: DataPaths, template_database: Path) -> Iterator[Services]:
    """A real data folder in tmp_path, started from a copy of the template database so each
    test skips the half-second schema build, then opened with the real ``open_services`` (which
    gives the folder its own site identity and key)."""
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, data_paths.database)
    opened = open_services(data_paths, actor="tester")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def bare_services(data_paths: DataPaths, template_database: Path) -> Iterator[Services]:
    """Like ``services``, but opened as ``mainstream init`` opens it: no site identity yet."""
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, data_paths.database)
    opened = open_services(data_paths, actor="tester", create_identity=False)
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
def demo_services(data_paths: DataPaths, demo_template: Path) -> Iterator[Services]:
    """The full demo in this test's own data folder (a copy of the session's template)."""
    shutil.copytree(demo_template, data_paths.root, ignore=shutil.ignore_patterns(".instance.*", "backups", "logs"))
    opened = open_services(data_paths, actor="tester")
    try:
        yield opened
    finally:
        opened.close()
