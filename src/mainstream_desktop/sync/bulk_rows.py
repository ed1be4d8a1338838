"""Rows for the bulk path of the merge (``bulk_apply``): a table's INSERT compiled once, and what
turns each JSON value of an incoming insert into the parameter the database driver gets, stored
exactly as the ORM would store it.

Owns: the per-table INSERT statements (every column, in the order SQLAlchemy's own compiled statement
binds them), the per-column converters, the change-log rows of applied changes, the quarantine's
INSERT, and the existence query for a batch of record ids.

A value's converter is the column's ``change_capture.column_decoder`` (the rules of ``decode``: same
values, same errors) followed, when the statement goes to the driver directly (``raw``, SQLite), by
SQLAlchemy's own bind processor of the column's type for the dialect; a row with a value its column
cannot hold is left to the one-at-a-time path. Three shortcuts skip the detour through Python
objects for the text forms the writer uses, each only when the dialect's processor is seen to give
what the shortcut gives:

- an id in lower case with hyphens is stored as its 32 hex digits (``UUID.hex``);
- a date ``YYYY-MM-DD`` is stored as it is;
- a date and time ``YYYY-MM-DDTHH:MM:SS.ffffff`` with or without an offset is stored as
  ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy's SQLite format keeps the wall time and drops the
  offset); it is still parsed, so a value that is not a real time fails with ``decode``'s error.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Column, Table, insert, select
from sqlalchemy.engine import Connection, Dialect

from mainstream_desktop.db.change_capture import column_decoder
from mainstream_desktop.models.exchange import ChangeLogEntry, HeldChange
from mainstream_desktop.sync.bundle_format import ChangeLine
from mainstream_desktop.sync.merge import when_recorded

Converter = Callable[[Any], Any]

# ``change_capture.dumps``, with its encoder made once (``json.dumps`` makes one per call with these
# arguments); parsed JSON has no cycles, so the output is the same without the cycle check.
_PAYLOAD_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False,
                                    check_circular=False)
payload_text = _PAYLOAD_ENCODER.encode

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}"
                             r"(?:[+-][0-9]{2}:[0-9]{2})?")
_SAMPLE_UUID = uuid.UUID("0123abcd-4567-89ef-0123-456789abcdef")
_SAMPLE_DATE = date(987, 6, 5)
_SAMPLE_TIMES = (datetime(987, 6, 5, 4, 3, 2, 1), datetime(2026, 12, 31, 23, 59, 58, 999999,
                                                           tzinfo=timezone(timedelta(hours=-5, minutes=-30))))


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
        self.from_json: tuple[Converter, ...] = tuple(
            json_converter(column, processor) for column, processor in zip(columns, self.processors))

    def parameters(self, values: dict[str, Any]) -> tuple[Any, ...]:
        """A row of Python values (a value for every column) as the driver's parameters."""
        return tuple(values[name] if processor is None else processor(values[name])
                     for name, processor in zip(self.names, self.processors))

    def to_parameter(self, name: str, value: Any) -> Any:
        """A Python value of the column ``name`` as the driver's parameter."""
        processor = self.processors[self.names.index(name)]
        return value if processor is None else processor(value)

    def execute(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        """One ``executemany`` of ``rows`` (tuples in ``names`` order)."""
        if self.raw:
            cursor = _driver(connection).cursor()
            try:
                cursor.executemany(self.sql, rows)
            finally:
                cursor.close()
        elif connection.dialect.name == "postgresql":
            _copy_rows(connection, self.table, self.names, rows)
        else:
            connection.execute(insert(self.table), [dict(zip(self.names, row)) for row in rows])


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
        self.value_names = frozenset(name for name, _ in self.columns)
        self.value_names_with_revision = self.value_names | {"revision"}
        self.first_revision = self.statement.to_parameter("revision", 1)
        self.id_parameter = self.statement.from_json[self.id_index]

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
        self._arrange = itemgetter(*(self.ORDER.index(name) for name in names))  # into the statement's order
        self._bundle_id = self.statement.to_parameter("bundle_id", bundle_id)
        self._ids: dict[tuple[str, str | None], Any] = {}  # (column, id text): the few origins and workspaces
        self._record_id = self.statement.from_json[names.index("record_id")]
        self._recorded_at = self.statement.from_json[names.index("recorded_at")]
        self._now = now

    def row(self, change: ChangeLine) -> tuple[Any, ...]:
        return self._arrange((self._id("origin_site_id", change.origin), change.seq, change.hlc, change.actor,
                              change.table, self._record_id(change.record_id),
                              self._id("workspace_id", change.workspace_id), change.op, payload_text(change.payload),
                              self._recorded(change.recorded_at), self._bundle_id))

    def _id(self, column: str, text: str | None) -> Any:
        """An origin's or a workspace's id as the column's parameter (None for none)."""
        key = (column, text)
        if key not in self._ids:
            self._ids[key] = self.statement.to_parameter(column, uuid.UUID(text) if text else None)
        return self._ids[key]

    def _recorded(self, text: str) -> Any:
        try:
            return self._recorded_at(text)
        except ValueError:
            return self.statement.to_parameter("recorded_at", when_recorded(text, self._now))


def held_statement(dialect: Dialect, raw: bool) -> InsertStatement:
    """The quarantine's INSERT (rows from ``Merger.quarantine_row`` through ``parameters``)."""
    return InsertStatement(cast(Table, HeldChange.__table__), dialect, raw)


# -- converters -----------------------------------------------------------------------------------
def json_converter(column: Column[Any], processor: Converter | None) -> Converter:
    """A JSON value of ``column`` as the driver's parameter: ``column_decoder``, then ``processor``
    (with a shortcut for the writer's forms of ids, dates and times when ``processor`` stores them
    as the shortcut does)."""
    decoder = column_decoder(column)
    if processor is None:
        return decoder
    composed = _composed(decoder, processor)
    try:
        python_type: type | None = column.type.python_type
    except NotImplementedError:
        python_type = None
    if python_type is uuid.UUID and processor(_SAMPLE_UUID) == _SAMPLE_UUID.hex:
        return _shortcut(composed, _CANONICAL_UUID, None, _uuid_hex)
    if python_type is date and processor(_SAMPLE_DATE) == _SAMPLE_DATE.isoformat():
        return _shortcut(composed, _PLAIN_DATE, date.fromisoformat, _same_text)
    if python_type is datetime and all(processor(sample) == _wall_time(sample) for sample in _SAMPLE_TIMES):
        return _shortcut(composed, _PLAIN_DATETIME, datetime.fromisoformat, _wall_time_text)
    return composed


def _composed(decoder: Converter, processor: Converter) -> Converter:
    def convert(value: Any) -> Any:
        return processor(decoder(value))
    return convert


def _shortcut(composed: Converter, pattern: re.Pattern[str], check: Callable[[str], Any] | None,
              stored: Callable[[str], str]) -> Converter:
    """``stored(value)`` for a text of ``pattern``'s form (after ``check``, which raises what
    ``decode`` raises for a date or time that does not exist), ``composed(value)`` for any other."""
    def convert(value: Any) -> Any:
        if value.__class__ is str and pattern.fullmatch(value):
            if check is not None:
                check(value)
            return stored(value)
        return composed(value)
    return convert


def _wall_time(value: datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}:" \
           f"{value.second:02d}.{value.microsecond:06d}"


def _uuid_hex(value: str) -> str:
    return value.replace("-", "")


def _same_text(value: str) -> str:
    return value


def _wall_time_text(value: str) -> str:
    return f"{value[:10]} {value[11:26]}"


def _driver(connection: Connection) -> Any:
    driver = connection.connection.driver_connection
    if driver is None:
        raise RuntimeError("the database connection is closed")
    return driver
