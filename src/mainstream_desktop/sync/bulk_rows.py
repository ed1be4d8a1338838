"""Rows for the bulk path of the merge (``bulk_apply``): a table's INSERT compiled once, the rows
of a batch's new records, and their change-log rows, stored exactly as the ORM would store them.

Owns: the per-table INSERT statements (every column, in the order SQLAlchemy's own compiled statement
binds them), the rows of a batch's new records (each value through its column's converter, from
``bulk_columns``), the change-log rows of applied changes, the quarantine's INSERT, and the existence
query for a batch of record ids. A row with a value its column cannot hold is left to the
one-at-a-time path.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from itertools import chain
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection, Dialect

from mainstream_desktop.models.exchange import ChangeLogEntry, HeldChange
from mainstream_desktop.sync.bulk_columns import ColumnConverter, Converter
from mainstream_desktop.sync.bundle_format import ChangeLine
from mainstream_desktop.sync.merge import when_recorded

# ``change_capture.dumps``, with its encoder made once (``json.dumps`` makes one per call with these
# arguments); parsed JSON has no cycles, so the output is the same without the cycle check.
_PAYLOAD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False,
                                    check_circular=False)
payload_text = _PAYLOAD_ENCODER.encode

ROWS_PER_STATEMENT = 1024  # at most; fewer when the driver's limit on parameters is lower


class InsertStatement:
    """One table's INSERT of every column as SQLAlchemy compiles it for the connection's dialect, and
    per column (in ``names`` order) the converter of a JSON value and, for a ``raw`` statement, the
    bind processor of a Python value."""

    def __init__(self, table: Table, dialect: Dialect, raw: bool) -> None:
        keys = [column.key for column in table.c]
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        self.table, self.raw, self.sql = table, raw, compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ()) if raw else tuple(keys)
        columns = [table.c[name] for name in self.names]
        self.processors: tuple[Converter | None, ...] = tuple(
            column.type._cached_bind_processor(dialect) if raw else None for column in columns)
        self.converters: tuple[ColumnConverter, ...] = tuple(
            ColumnConverter(column, processor) for column, processor in zip(columns, self.processors))
        self.from_json: tuple[Converter, ...] = tuple(converter.one for converter in self.converters)
        self._multi_row_texts: dict[int, str] = {}

    def parameters(self, values: dict[str, Any]) -> tuple[Any, ...]:
        """A row of Python values (a value for every column) as the driver's parameters."""
        return tuple(values[name] if processor is None else processor(values[name])
                     for name, processor in zip(self.names, self.processors))

    def to_parameter(self, name: str, value: Any) -> Any:
        """A Python value of the column ``name`` as the driver's parameter."""
        processor = self.processors[self.names.index(name)]
        return value if processor is None else processor(value)

    def execute(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        """``rows`` (tuples in ``names`` order) inserted in order: on SQLite by multi-row statements
        (``_multi_row``), on PostgreSQL by one ``COPY``."""
        if self.raw:
            driver = _driver(connection)
            cursor = driver.cursor()
            try:
                start = 0
                for size in statement_sizes(len(rows), self._rows_per_statement(driver)):
                    cursor.execute(self._multi_row(size), list(chain.from_iterable(rows[start:start + size])))
                    start += size
            finally:
                cursor.close()
        elif connection.dialect.name == "postgresql":
            _copy_rows(connection, self.table, self.names, rows)
        else:
            connection.execute(insert(self.table), [dict(zip(self.names, row)) for row in rows])

    def _rows_per_statement(self, driver: sqlite3.Connection) -> int:
        limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        return max(1, min(ROWS_PER_STATEMENT, limit // len(self.names)))

    def _multi_row(self, size: int) -> str:
        """The INSERT of ``size`` rows at once, rather than ``executemany``'s one step per row (the
        SQLite work of 100k records took a tenth less). The texts are few (``statement_sizes``), so
        the driver's statement cache keeps them compiled."""
        if size not in self._multi_row_texts:
            head = self.sql[:self.sql.rindex(" VALUES ")]
            marks = "(" + ", ".join("?" * len(self.names)) + ")"
            self._multi_row_texts[size] = f"{head} VALUES {', '.join([marks] * size)}"
        return self._multi_row_texts[size]


def statement_sizes(count: int, largest: int) -> list[int]:
    """``count`` rows as statements of ``largest`` rows, the rest as powers of two (few distinct
    statement texts): 2500 by 1024 is 1024, 1024, 256, 128, 64, 4."""
    sizes = [largest] * (count // largest)
    rest = count % largest
    power = 1 << max(rest.bit_length() - 1, 0)
    while rest:
        if power <= rest:
            sizes.append(power)
            rest -= power
        power >>= 1
    return sizes


class RecordInserts:
    """A synced table's new records: the row of an insert's ``values``, or None when the change must
    take the one-at-a-time path (a column missing or unknown, a value its column cannot hold, an id
    that is not the change's); and which of a batch's records are here already."""

    def __init__(self, table: Table, dialect: Dialect, raw: bool) -> None:
        self.statement = InsertStatement(table, dialect, raw)
        names = self.statement.names
        self.revision_index, self.id_index = names.index("revision"), names.index("id")
        self.columns = tuple((name, convert) for name, convert in zip(names, self.statement.from_json)
                             if name != "revision")
        self.column_batches = tuple((name, converter.many) for name, converter in zip(names, self.statement.converters)
                                    if name != "revision")
        self.value_getter = itemgetter(*(name for name, _many in self.column_batches))  # a row's values in that order
        self.value_names = frozenset(name for name, _ in self.columns)
        self.value_names_with_revision = self.value_names | {"revision"}
        self.sorted_value_names = tuple(sorted(self.value_names))  # the writer's order: the quickest test
        # the columns in ``column_batches`` order from the columns in the writer's order
        self.from_sorted = itemgetter(*(self.sorted_value_names.index(name) for name, _many in self.column_batches))
        self.first_revision = self.statement.to_parameter("revision", 1)
        self.id_parameter = self.statement.from_json[self.id_index]
        self._id_parameters = self.statement.converters[self.id_index].many

    def id_parameters(self, records: list[str]) -> list[Any]:
        """``id_parameter`` of each of ``records``, a column at a time when they all convert."""
        converted = self._id_parameters(records)
        return [self.id_parameter(record) for record in records] if converted is None else converted

    def row(self, values: Any, record: Any) -> tuple[Any, ...] | None:
        """``record``: the change's record id as a parameter (``id_parameter``)."""
        if not isinstance(values, dict):
            return None
        keys = values.keys()
        if keys != self.value_names and keys != self.value_names_with_revision:
            return None
        try:
            row = [convert(values[name]) for name, convert in self.columns]
        except Exception:  # noqa: BLE001 - the one-at-a-time path finds the reason again and rejects
            return None
        row.insert(self.revision_index, self.first_revision)
        if row[self.id_index] != record:
            return None
        return tuple(row)

    def rows(self, batch: list[tuple[Any, Any]]) -> list[tuple[Any, ...] | None]:
        """``row(values, record)`` of each of ``batch``, column by column when every row has the
        table's columns and every column converts (``bulk_columns``), else row by row."""
        if not batch:
            return []
        every_values = [values for values, _record in batch]
        names, with_revision, in_order = self.value_names, self.value_names_with_revision, self.sorted_value_names
        if all(values.__class__ is dict and tuple(values) == in_order for values in every_values):
            by_column = self.from_sorted(list(zip(*map(dict.values, every_values))))  # the writer's order
        elif all(values.__class__ is dict and (values.keys() == names or values.keys() == with_revision)
                 for values in every_values):
            by_column = zip(*map(self.value_getter, every_values))
        else:
            return [self.row(values, record) for values, record in batch]
        columns: list[Any] = []
        for (_name, many), values_of_column in zip(self.column_batches, by_column):
            converted = many(list(values_of_column))
            if converted is None:
                return [self.row(values, record) for values, record in batch]
            columns.append(converted)
        columns.insert(self.revision_index, [self.first_revision] * len(batch))
        if columns[self.id_index] != [record for _values, record in batch]:
            return [self.row(values, record) for values, record in batch]
        return list(zip(*columns))

    def present(self, connection: Connection, records: list[Any], chunk: int) -> set[Any]:
        """Which of ``records`` (id parameters) are in the table."""
        table, id_column = self.statement.table, self.statement.table.c.id
        found: set[Any] = set()
        for start in range(0, len(records), chunk):
            part = records[start:start + chunk]
            if self.statement.raw:
                preparer = connection.dialect.identifier_preparer
                name = preparer.quote(id_column.name)
                marks = ", ".join("?" * len(part))
                cursor = _driver(connection).cursor()
                try:
                    found.update(row[0] for row in cursor.execute(
                        f"SELECT {name} FROM {preparer.format_table(table)} WHERE {name} IN ({marks})", part))
                finally:
                    cursor.close()
            elif connection.dialect.name == "postgresql":
                found.update(_present_by_key(connection, select(id_column).where(id_column.in_(part))))
            else:
                found.update(connection.execute(select(id_column).where(id_column.in_(part))).scalars())
        return found


def _copy_rows(connection: Connection, table: Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """PostgreSQL: the rows through ``COPY ... FROM STDIN`` (psycopg adapts each Python value), in
    the import's transaction: one statement for the whole run, as the INSERTs were, with the same
    constraints checked, several times faster than one INSERT per row."""
    preparer = connection.dialect.identifier_preparer
    columns = ", ".join(preparer.quote(table.c[name].name) for name in names)
    cursor = _driver(connection).cursor()
    try:
        with cursor.copy(f"COPY {preparer.format_table(table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def _present_by_key(connection: Connection, query: Any) -> list[Any]:
    """PostgreSQL: ``query`` (ids by primary key) through the key's index, never a scan of the
    table. The table grows inside the import's transaction while the planner still counts the rows
    it had before (statistics see committed rows only), so a list of hundreds of ids was planned as
    a scan of the whole table for every batch: 100k records took ten times 20k's time."""
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    try:
        return list(connection.execute(query).scalars())
    finally:
        connection.exec_driver_sql("SET LOCAL enable_seqscan TO DEFAULT")


class LogEntries:
    """The change-log rows of applied changes: what ``Merger._log`` writes, as parameters."""

    ORDER = ("origin_site_id", "seq", "hlc", "actor", "table_name", "record_id", "workspace_id", "operation",
             "payload", "recorded_at", "bundle_id")  # how ``row`` lists them

    def __init__(self, dialect: Dialect, raw: bool, bundle_id: str, now: datetime) -> None:
        self.statement = InsertStatement(cast(Table, ChangeLogEntry.__table__), dialect, raw)
        names = self.statement.names
        if sorted(names) != sorted(self.ORDER):
            raise RuntimeError(f"the change log's columns are not those the bulk import writes: {names}")
        self._arrange = None if names == self.ORDER else itemgetter(*(self.ORDER.index(name) for name in names))
        self._bundle_id = self.statement.to_parameter("bundle_id", bundle_id)
        self._origins: dict[Any, Any] = {}  # id text -> parameter: the few origins and workspaces
        self._workspaces: dict[Any, Any] = {}
        self._recorded_at = self.statement.from_json[names.index("recorded_at")]
        self._now = now
        self._last_recorded: tuple[str | None, Any] = (None, None)

    def row(self, change: ChangeLine, record: Any) -> tuple[Any, ...]:
        """``record``: the change's record id as the column's parameter (``RecordInserts.id_parameter``)."""
        origin = self._id(self._origins, "origin_site_id", change.origin)
        workspace = self._id(self._workspaces, "workspace_id", change.workspace_id)
        row = (origin, change.seq, change.hlc, change.actor, change.table, record, workspace, change.op,
               change.payload_json or payload_text(change.payload), self._recorded(change.recorded_at), self._bundle_id)
        return row if self._arrange is None else self._arrange(row)

    def rows(self, changes: list[ChangeLine], records: list[Any]) -> list[tuple[Any, ...]]:
        """``row`` of each of ``changes`` with its record, made a column at a time: the few origins,
        workspaces and times converted once each, the payloads' texts taken as they came."""
        (origins, seqs, hlcs, actors, tables, _record_ids, workspaces, operations, payloads, recorded,
         payload_jsons) = zip(*changes)
        if not all(payload_jsons):
            payload_jsons = tuple(text or payload_text(payload) for text, payload in zip(payload_jsons, payloads))
        times = {text: self._recorded(text) for text in set(recorded)}
        columns = (self._ids(self._origins, "origin_site_id", origins), seqs, hlcs, actors, tables, records,
                   self._ids(self._workspaces, "workspace_id", workspaces), operations, payload_jsons,
                   list(map(times.__getitem__, recorded)), [self._bundle_id] * len(changes))
        return list(zip(*(columns if self._arrange is None else self._arrange(columns))))

    def _ids(self, known: dict[Any, Any], column: str, texts: tuple[str | None, ...]) -> list[Any]:
        for text in set(texts):
            self._id(known, column, text)
        return list(map(known.__getitem__, texts))

    def _id(self, known: dict[Any, Any], column: str, text: str | None) -> Any:
        """An origin's or a workspace's id as the column's parameter (None for none), kept in ``known``
        (a change without a workspace is remembered too)."""
        if text not in known:
            known[text] = self.statement.to_parameter(column, uuid.UUID(text) if text else None)
        return known[text]

    def _recorded(self, text: str) -> Any:
        """The change's time as the column's parameter; the changes of one transaction share it, so
        the last one is kept."""
        if text == self._last_recorded[0]:
            return self._last_recorded[1]
        try:
            value = self._recorded_at(text)
        except ValueError:
            value = self.statement.to_parameter("recorded_at", when_recorded(text, self._now))
        self._last_recorded = (text, value)
        return value


def held_statement(dialect: Dialect, raw: bool) -> InsertStatement:
    """The quarantine's INSERT (rows from ``Merger.quarantine_row`` through ``parameters``)."""
    return InsertStatement(cast(Table, HeldChange.__table__), dialect, raw)


def _driver(connection: Connection) -> Any:
    driver = connection.connection.driver_connection
    if driver is None:
        raise RuntimeError("the database connection is closed")
    return driver
