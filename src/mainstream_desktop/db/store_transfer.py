"""Moving a whole store from one database to another: a hub's SQLite file to its PostgreSQL server,
or back (``mainstream migrate-store --to URL``).

Owns the copy and its checks. The target is given the schema by the same Alembic migrations (it
must be empty: no rows in any of our tables), then every table is copied in foreign-key order from
one consistent read of the source (PostgreSQL: a read-only ``REPEATABLE READ`` snapshot, so experts
may keep working; SQLite: one read transaction), rows of self-referencing tables parents first,
through SQLAlchemy, which converts each type for each engine (ids, times, booleans). Before the
target commits, the rows of every table are counted on both sides; one difference and the target's
transaction is rolled back: nothing is half-moved. A SQLite target is written as ``.partial`` next
to the file, checked with ``PRAGMA integrity_check`` and renamed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, func, insert, inspect, select, text
from sqlalchemy.engine import make_url

from mainstream_desktop.db.backup import integrity_problems
from mainstream_desktop.db.engine import lock_for_writing, make_engine, normalized_url, shown_url
from mainstream_desktop.db.migrate import SCHEMA_HEAD, current_revision, upgrade_to_head
from mainstream_desktop.models import Base

BATCH_ROWS = 2000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class TransferRefused(Exception):
    """The store was not moved (the reason says why); the target is as it was."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class TransferReport:
    source: str
    target: str
    tables: tuple[TableCount, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(count.source for count in self.tables)

    @property
    def matches(self) -> bool:
        return all(count.source == count.target for count in self.tables)


def transfer_store(source: Engine, target_url: str, progress: Progress | None = None) -> TransferReport:
    """Copy every row of ``source`` (at the program's schema) into the empty store at ``target_url``."""
    target_url = normalized_url(target_url)
    started = time.perf_counter()
    if target_url.startswith("sqlite"):
        return _to_sqlite_file(source, target_url, progress, started)
    engine = make_engine(target_url)
    try:
        counts = _copy_into(source, engine, progress)
    finally:
        engine.dispose()
    return TransferReport(shown_url(str(source.url)), shown_url(target_url), counts, time.perf_counter() - started)


def _to_sqlite_file(source: Engine, target_url: str, progress: Progress | None, started: float) -> TransferReport:
    database = make_url(target_url).database
    if not database or database == ":memory:":
        raise TransferRefused("the target SQLite URL names no file (sqlite:////path/to/mainstream.sqlite3)")
    target = Path(database).expanduser().resolve()
    if target.exists() and target.stat().st_size > 0:
        raise TransferRefused(f"{target} already exists; move it away first (a store is only moved into an "
                              "empty database)")
    if not target.parent.is_dir():
        raise TransferRefused(f"the folder {target.parent} does not exist")
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    try:
        engine = make_engine(f"sqlite:///{partial}")
        try:
            counts = _copy_into(source, engine, progress)
        finally:
            engine.dispose()
        _single_file(partial)
        problems = integrity_problems(partial)
        if problems:
            raise TransferRefused("the new database failed its integrity check: " + "; ".join(problems[:3]))
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return TransferReport(shown_url(str(source.url)), str(target), counts, time.perf_counter() - started)


def _single_file(database: Path) -> None:
    """The database as one self-contained file (WAL folded in), like a backup."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _remove(partial: Path) -> None:
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)


def _copy_into(source: Engine, target: Engine, progress: Progress | None) -> tuple[TableCount, ...]:
    tables = list(Base.metadata.sorted_tables)
    _check_empty(target, tables)
    upgrade_to_head(target)
    with _snapshot(source) as reading, target.begin() as writing:
        lock_for_writing(writing)
        _check_source(reading, tables)
        _check_empty_connection(writing, tables)
        for table in tables:
            copied = 0
            for batch in _batches(reading, table):
                writing.execute(insert(table), batch)
                copied += len(batch)
                if progress is not None:
                    progress(table.name, copied)
        _advance_sequences(writing, tables)
        counts = tuple(TableCount(table.name, _count(reading, table), _count(writing, table)) for table in tables)
        different = [c for c in counts if c.source != c.target]
        if different:
            raise TransferRefused("the copy's rows do not add up (" + ", ".join(
                f"{c.table}: {c.source} in the source, {c.target} copied" for c in different[:5])
                + "); nothing was moved")
    return counts


class _snapshot:
    """One consistent read of the whole source: on PostgreSQL a read-only REPEATABLE READ
    transaction (the hub may go on writing meanwhile), on SQLite one read transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None

    def __enter__(self) -> Connection:
        connection = self._engine.connect()
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        connection.begin()
        self._connection = connection
        return connection

    def __exit__(self, *_exc: Any) -> None:
        if self._connection is not None:
            self._connection.rollback()
            self._connection.close()
            self._connection = None


def _check_source(connection: Connection, tables: list[Table]) -> None:
    revision = current_revision(connection)
    if revision != SCHEMA_HEAD:
        raise TransferRefused(f"the source is at schema {revision}, not {SCHEMA_HEAD}: open it with this "
                              "program first (it upgrades it)")
    known = {table.name for table in tables} | {"alembic_version"}
    unknown = sorted(set(inspect(connection).get_table_names()) - known)
    if unknown:
        raise TransferRefused(f"the source has tables this program does not know ({', '.join(unknown[:5])}); "
                              "nothing was moved")


def _check_empty(engine: Engine, tables: list[Table]) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision is not None and revision != SCHEMA_HEAD:
            raise TransferRefused(f"the target already holds a Mainstream database at schema {revision}; "
                                  "a store is only moved into an empty database")
        _check_empty_connection(connection, tables)


def _check_empty_connection(connection: Connection, tables: list[Table]) -> None:
    present = set(inspect(connection).get_table_names())
    filled = [table.name for table in tables if table.name in present and _count(connection, table) > 0]
    if filled:
        raise TransferRefused(f"the target is not empty (rows in {', '.join(filled[:5])}"
                              f"{' and more' if len(filled) > 5 else ''}); a store is only moved into an "
                              "empty database")


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The table's rows as insert parameters, in batches; a table referring to itself, parents first."""
    keys = [column.key for column in table.columns]
    query = select(*table.columns).order_by(*table.primary_key.columns)
    self_references = [fk.parent.key for fk in table.foreign_keys if fk.column.table is table]
    if self_references:
        rows = [dict(zip(keys, row, strict=True)) for row in connection.execute(query)]
        ordered = _parents_first(rows, [column.key for column in table.primary_key.columns], self_references)
        for start in range(0, len(ordered), BATCH_ROWS):
            yield ordered[start:start + BATCH_ROWS]
        return
    result = connection.execution_options(yield_per=BATCH_ROWS).execute(query)
    for partition in result.partitions():
        yield [dict(zip(keys, row, strict=True)) for row in partition]


def _parents_first(rows: list[dict[str, Any]], key: list[str], references: list[str]) -> list[dict[str, Any]]:
    pending = list(rows)
    ids = {tuple(row[name] for name in key) for row in rows}
    placed: set[Any] = set()
    ordered: list[dict[str, Any]] = []
    while pending:
        waiting = []
        for row in pending:
            parents = [row[name] for name in references if row[name] is not None]
            if all((parent,) in placed or (parent,) not in ids for parent in parents):
                ordered.append(row)
                placed.add(tuple(row[name] for name in key))
            else:
                waiting.append(row)
        if len(waiting) == len(pending):
            raise TransferRefused("rows of a table refer to each other in a circle; nothing was moved")
        pending = waiting
    return ordered


def _advance_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL: a serial key's sequence continues after the copied values."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                      {"table": table.name, "column": keys[0].name}).scalar()
        if sequence:
            connection.execute(text("SELECT setval(:sequence, coalesce((SELECT max({col}) FROM {tab}), 0) + 1, false)"
                                    .format(col=connection.dialect.identifier_preparer.quote(keys[0].name),
                                            tab=connection.dialect.identifier_preparer.quote(table.name))),
                               {"sequence": sequence})
