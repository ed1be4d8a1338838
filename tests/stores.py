"""Where a test's data folder keeps its database, on the engine the test runs on.

``SqliteStore``: the database is the folder's ``mainstream.sqlite3`` (the program's default);
copying the folder copies it. ``PostgresStore``: each data folder gets a database of its own on
the session's throwaway PostgreSQL server (``tests/pg/cluster.py``); the folder names it in a small
marker file, so the same folder opens the same database again, and a copy of a folder is given a
copy of its database (``CREATE DATABASE ... TEMPLATE``, a file copy on the server, much faster
than building the schema again), as copying a folder copies its SQLite file: a folder whose marker
names the database of another folder is a copy. Every database a test made is dropped when the
test ends.

``active()`` is the store of the engine the running test runs on (``ENGINE_NOW``, set before its
fixtures are made), for helpers that open folders without being handed a store.

Both open folders with the real ``open_services`` (the PostgreSQL one with ``database_url``), and
both can fingerprint a folder's database (schema and every row) and count its rows, so a test can
prove "nothing was written" on either engine.
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Protocol

from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.paths import DataPaths

MARKER = ".test-database"  # inside a data folder: the name of its PostgreSQL database
ENGINE_NOW = ["sqlite"]  # the engine of the test being run
STORES: dict[str, Any] = {}  # engine -> its store, once made


class Store(Protocol):
    engine: str

    def database_url(self, paths: DataPaths) -> str | None: ...

    def open(self, paths: DataPaths, **options: Any) -> Services: ...

    def copied(self, source: DataPaths, target: DataPaths) -> None: ...

    def fingerprint(self, paths: DataPaths) -> str: ...

    def table_counts(self, paths: DataPaths) -> dict[str, int]: ...


class SqliteStore:
    """The program's default: the SQLite file inside the data folder."""

    engine = "sqlite"

    def database_url(self, paths: DataPaths) -> str | None:
        return None

    def open(self, paths: DataPaths, **options: Any) -> Services:
        return open_services(paths, **options)

    def copied(self, source: DataPaths, target: DataPaths) -> None:
        """Nothing to do: copying the folder copied its database."""

    def fingerprint(self, paths: DataPaths) -> str:
        return sqlite_fingerprint(paths.database)

    def table_counts(self, paths: DataPaths) -> dict[str, int]:
        connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
        finally:
            connection.close()


class PostgresStore:
    """A database per data folder on one PostgreSQL server."""

    engine = "postgresql"

    def __init__(self, cluster: Any) -> None:
        import psycopg

        self.cluster = cluster
        self._admin = psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres",
                                      autocommit=True)
        self._numbers = itertools.count(1)
        self.keep: set[str] = set()  # the session's templates
        self.made: list[str] = []  # made since the last ``drop_made``
        self.owners: dict[str, Path] = {}  # database -> the folder it belongs to
        STORES[self.engine] = self

    def new_database(self, template: str = "template0") -> str:
        name = f"t{next(self._numbers):05d}"
        self._admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.made.append(name)
        return name

    def database_of(self, paths: DataPaths) -> str:
        """The folder's database: made empty (the program builds its schema) on first use, copied
        when the folder is a copy of another one (its marker names the other's database)."""
        marker = paths.root / MARKER
        root = paths.root.resolve()
        if marker.exists():
            name = marker.read_text(encoding="utf-8").strip()
            owner = self.owners.setdefault(name, root)
            if owner == root:
                return name
            name = self.new_database(template=name)
        else:
            paths.root.mkdir(parents=True, exist_ok=True)
            name = self.new_database()
        marker.write_text(name, encoding="utf-8")
        self.owners[name] = root
        return name

    def database_url(self, paths: DataPaths) -> str:
        return self.cluster.database_url(self.database_of(paths))

    def open(self, paths: DataPaths, **options: Any) -> Services:
        return open_services(paths, database_url=self.database_url(paths), **options)

    def copied(self, source: DataPaths, target: DataPaths) -> None:
        """``target`` is a copy of ``source``'s folder (closed): it gets a copy of the database."""
        name = self.new_database(template=self.database_of(source))
        (target.root / MARKER).write_text(name, encoding="utf-8")
        self.owners[name] = target.root.resolve()

    def drop_made(self, since: int = 0, inside: Path | None = None) -> None:
        """Drop the databases made since the ``since``-th, but the session's templates and, with
        ``inside``, those of folders elsewhere (a module's or the session's sites)."""
        kept = self.made[:since]
        for name in self.made[since:]:
            owner = self.owners.get(name)
            elsewhere = inside is not None and owner is not None and not owner.is_relative_to(inside.resolve())
            if name in self.keep or elsewhere:
                kept.append(name)
                continue
            self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.owners.pop(name, None)
        self.made = kept

    def close(self) -> None:
        self._admin.close()

    def _connect(self, paths: DataPaths) -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.cluster.port, user="postgres",
                               dbname=self.database_of(paths), autocommit=True)

    def fingerprint(self, paths: DataPaths) -> str:
        """sha256 over the schema (columns, constraints, indexes) and every row of every table, each
        table's rows in the order of their text form."""
        with self._connect(paths) as connection:
            digest = hashlib.sha256()
            schema = connection.execute(
                "SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, ordinal_position").fetchall()
            digest.update(repr(schema).encode())
            digest.update(repr(connection.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1").fetchall()).encode())
            for table in self._tables(connection):
                digest.update(f"\x00{table}\x00".encode())
                (rows,) = connection.execute(
                    f"SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM "
                    f'(SELECT t::text AS x FROM "{table}" t) s').fetchone()
                digest.update(rows.encode())
            return digest.hexdigest()

    def table_counts(self, paths: DataPaths) -> dict[str, int]:
        with self._connect(paths) as connection:
            return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    for table in self._tables(connection)}

    @staticmethod
    def _tables(connection: Any) -> list[str]:
        return [row[0] for row in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]


def start_from_template(store: Store, template: DataPaths, target: DataPaths) -> None:
    """``target`` (a new folder) starts with a copy of the template's database."""
    target.root.mkdir(parents=True, exist_ok=True)
    if store.engine == "sqlite":
        shutil.copyfile(template.database, target.database)
    else:
        store.copied(template, target)


def active() -> Store:
    """The store of the running test's engine."""
    if ENGINE_NOW[0] == "sqlite":
        return STORES.setdefault("sqlite", SqliteStore())
    return STORES[ENGINE_NOW[0]]


def sqlite_fingerprint(database: Path) -> str:
    """sha256 over the schema and all rows of every table, each table ordered by all its columns."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        digest.update(repr(schema).encode())
        tables = [row[1] for row in schema if row[0] == "table"]
        for table in tables:
            columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            order = ", ".join(str(i + 1) for i in range(len(columns))) or "rowid"
            digest.update(f"\x00{table}\x00".encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY {order}'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()
