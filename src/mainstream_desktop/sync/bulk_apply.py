"""The bulk path of the merge: a bundle's stream of changes applied in batches, the new records of
a batch written by one ``executemany`` instead of one savepoint and a few statements per change.

Owns: which changes take the bulk path, the batches and their runs, and the fallback to
``Merger.merge_one`` (the one-at-a-time merge rules) for everything else. The rows themselves are
``bulk_rows``'s.

The results are those of ``Merger.apply`` called on each change in order, by construction:

- each change's verdict (duplicate, wrong workspace, untrusted origin, gap) is the merger's own; it
  depends only on the changes before it, never on the records written. Trust and the sender's
  frontier are the same for every change of an origin and table, so once they pass, such inserts
  are told apart by their workspace and sequence alone (``Merger.known_when_trusted``). The
  quarantine's rows of held and rejected verdicts are written a batch at a time (nothing reads
  them before the end);
- only an insert of a known table takes the bulk path; any other change first applies the batch so
  far, then goes through ``merge_one``, so changes keep their order (an insert and then an update of
  the same record, a reference to a record inserted just before);
- a group of changes (the 128 lines a bundle reader gives at once) goes to the batch whole when
  ``feed`` would send each of its changes there: inserts of one table from one origin into the
  workspace, their sequences and records neither seen before nor repeated. The checks are made a
  field at a time for the group; any other group is fed change by change;
- a batch never holds two changes of one record; a record found here already, or an insert without
  a value for every column, or with a value its column cannot hold, takes ``merge_one`` in its place;
- consecutive new records of one table are a *run*: their rows, then their change-log entries, go
  in with one ``executemany`` each inside one savepoint. An ``executemany`` runs its rows one by
  one, so a run that succeeds is what the same inserts one at a time give. When the database
  refuses a row, the savepoint is rolled back and the run split in halves, each tried again, down
  to a few changes redone by ``merge_one``: only the bad change is rejected, with its reason.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError

from mainstream_desktop.sync.bulk_rows import (
    InsertStatement,
    LogEntries,
    RecordInserts,
    held_statement,
)
from mainstream_desktop.sync.bundle_format import ChangeLine
from mainstream_desktop.sync.merge import Merger, Verdict, quarantined

BATCH_SIZE = 2048  # two statements of ``bulk_rows.ROWS_PER_STATEMENT`` rows
SPLIT_FLOOR = 8  # a refused run this short is redone one change at a time
LOOKUP_CHUNK = 500  # ids per existence query
PROGRESS_EVERY = 500
IMPORT_PAGE_CACHE_KB = 16 * 1024
COLLECT_EVERY = 1000  # one-at-a-time merges between two collections of their cycles
GROUP_SIZE = 128  # changes of ``merge_stream``'s lines fed together (as a bundle reader groups them)
Line = tuple[ChangeLine, str]  # a change and its raw line
_Made = TypeVar("_Made")
_ORIGIN, _SEQ, _TABLE, _RECORD_ID, _WORKSPACE_ID, _OP = (ChangeLine._fields.index(name) for name in (
    "origin", "seq", "table", "record_id", "workspace_id", "op"))


def merge_stream(merger: Merger, lines: Iterable[Line], progress: Callable[[int], None] | None = None,
                 batch_size: int = BATCH_SIZE, group_size: int = GROUP_SIZE) -> None:
    """Every change of ``lines`` (change, raw line) merged as ``merger.apply`` would, in order;
    ``progress`` hears the number of changes read every few hundred."""
    merge_groups(merger, _groups_of(lines, group_size), progress, batch_size)


def merge_groups(merger: Merger, groups: Iterable[Sequence[Line]], progress: Callable[[int], None] | None = None,
                 batch_size: int = BATCH_SIZE) -> None:
    """``merge_stream`` of the lines of ``groups`` (a bundle reader's groups of lines) in order."""
    applier = BulkApplier(merger, batch_size)
    with _no_cycle_collection(), _larger_page_cache(merger.session.connection()):
        done = 0
        for group in groups:
            applier.feed_group(group)
            if progress is not None and (done + len(group)) // PROGRESS_EVERY > done // PROGRESS_EVERY:
                progress(done + len(group))
            done += len(group)
        applier.finish()


def _groups_of(lines: Iterable[Line], size: int) -> Iterator[list[Line]]:
    """``lines`` in lists of ``size`` (the last one shorter)."""
    group: list[Line] = []
    for line in lines:
        group.append(line)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


@contextmanager
def _larger_page_cache(connection: Connection) -> Iterator[None]:
    """SQLite keeps up to ``IMPORT_PAGE_CACHE_KB`` of pages while a bundle streams in, instead of
    its default 2 MB, then goes back: the indexes of the observations and of the change log are
    touched all along, and with the small cache their pages went to the write-ahead log and back
    again (the writes of 100k records took 8 % less with 16 MB, and more brought nothing)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_PAGE_CACHE_KB}")
    try:
        yield
    finally:
        if not connection.closed:
            connection.exec_driver_sql(f"PRAGMA cache_size={previous}")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's automatic cycle collection paused while a bundle streams in: parsing and batching
    make thousands of short-lived containers, which reference counting frees (the bulk path leaves
    no cycles), and the collector kept walking every object of the program for them (a fifth of the
    import's time). The one-at-a-time merge does leave a few cycles per change (SQLAlchemy's
    execution objects): ``BulkApplier`` collects the young ones every ``COLLECT_EVERY`` such merges."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _runs(changes: list[ChangeLine], logs: list[tuple[Any, ...] | None], one_table: bool) -> list[tuple[int, int]]:
    """A batch's positions as ranges, in order: each run of consecutive new records of one table
    (a change-log row each), and each other change on its own. ``one_table``: the batch's changes
    are all of one table."""
    if one_table and None not in logs:
        return [(0, len(changes))]
    ranges: list[tuple[int, int]] = []
    start = 0
    while start < len(changes):
        end = start + 1
        if logs[start] is not None:
            table = changes[start].table
            while end < len(changes) and logs[end] is not None and changes[end].table == table:
                end += 1
        ranges.append((start, end))
        start = end
    return ranges


def _made_or_none(make: Callable[..., _Made], *arguments: Any) -> _Made | None:
    """``make(*arguments)``, or None when it fails: the change then takes the one-at-a-time path,
    which finds the reason again and rejects it."""
    try:
        return make(*arguments)
    except Exception:  # noqa: BLE001 - the reason is found again on the one-at-a-time path
        return None


class _Lane(NamedTuple):
    origin: uuid.UUID
    known: set[int]


class _Run(NamedTuple):
    """Consecutive new records of one table in a batch: their changes, rows and change-log rows."""

    inserts: RecordInserts
    changes: list[ChangeLine]
    raw_lines: list[str]
    rows: list[tuple[Any, ...]]
    logs: list[tuple[Any, ...]]

    def part(self, start: int | None, end: int | None) -> _Run:
        return _Run(self.inserts, self.changes[start:end], self.raw_lines[start:end], self.rows[start:end],
                    self.logs[start:end])


class BulkApplier:
    """Feeds a merger a stream of changes; new records go in by the batch."""

    def __init__(self, merger: Merger, batch_size: int = BATCH_SIZE) -> None:
        self.merger, self.batch_size = merger, batch_size
        self._changes: list[ChangeLine] = []  # the batch so far, with the raw lines beside
        self._raw_lines: list[str] = []
        self._pending_records: set[str] = set()
        self._origins: dict[str, uuid.UUID] = {}
        self._tables: dict[str, RecordInserts] = {}
        self._bulk_tables: dict[str, bool] = {}
        self._lanes: dict[tuple[str, str], _Lane | None] = {}  # (origin, table): see ``_open_lane``
        self._workspace_text = merger.workspace_text
        self._log: LogEntries | None = None
        self._held: InsertStatement | None = None
        self._held_rows: list[tuple[Any, ...]] = []
        self._dialect: Dialect | None = None
        self._merged_one_at_a_time = 0

    # -- the stream ------------------------------------------------------------------------------
    def feed_group(self, group: Sequence[Line]) -> None:
        """The changes of ``group`` in order, as ``feed`` gives them one by one. A group of new
        records of one table from one origin (what a bundle mostly holds) goes to the batch at once:
        the checks ``feed`` makes per change are made per field of the whole group."""
        if not group:
            return
        first = group[0][0]
        key = (first.origin, first.table)
        lane = self._lanes[key] if key in self._lanes else self._open_lane(first)
        changes = [change for change, _raw_line in group]
        fields = tuple(zip(*changes))  # ``ChangeLine``'s fields, each as a column
        if lane is None or not self._all_new_in_lane(fields, first, lane):
            for change, raw_line in group:
                self.feed(change, raw_line)
            return
        lane.known.update(fields[_SEQ])  # ``Merger.remember`` of each
        self._pending_records.update(fields[_RECORD_ID])
        raw_lines = [raw_line for _change, raw_line in group]
        start = 0
        while start < len(changes):  # the batch is applied whenever it is full, as ``_to_batch`` does
            end = start + self.batch_size - len(self._changes)
            self._changes += changes[start:end]
            self._raw_lines += raw_lines[start:end]
            if len(self._changes) >= self.batch_size:
                self.flush()
            start = end

    def _all_new_in_lane(self, fields: tuple[tuple[Any, ...], ...], first: ChangeLine, lane: _Lane) -> bool:
        """Whether every change of a group (``fields``: its columns) takes the quick way of ``feed``
        (its verdict is None and it is an insert into the workspace, of the lane's origin and table),
        none repeats a sequence or a record of the group, and none's record is in the batch yet."""
        seqs, records = fields[_SEQ], fields[_RECORD_ID]
        return (set(fields[_ORIGIN]) == {first.origin} and set(fields[_TABLE]) == {first.table}
                and set(fields[_OP]) == {"insert"} and set(fields[_WORKSPACE_ID]) == {self._workspace_text}
                and len(set(seqs)) == len(seqs) and lane.known.isdisjoint(seqs)
                and len(set(records)) == len(records) and self._pending_records.isdisjoint(records))

    def feed(self, change: ChangeLine, raw_line: str) -> None:
        key = (change.origin, change.table)
        lane = self._lanes[key] if key in self._lanes else self._open_lane(change)
        if (lane is not None and change.op == "insert" and change.workspace_id == self._workspace_text
                and change.seq not in lane.known):  # ``Merger.verdict`` is None: the bulk path
            lane.known.add(change.seq)  # ``Merger.remember``: whatever its outcome, it is here from now on
            self._to_batch(change, raw_line)
            return
        self._feed_checked(change, raw_line)

    def _open_lane(self, change: ChangeLine) -> _Lane | None:
        """The new records of a table from an origin whose trust and frontier pass take the quick
        way through ``feed``; the lane is the origin and its known sequences (``Merger.known_when_trusted``)."""
        origin = self._origin(change.origin)
        known = self.merger.known_when_trusted(change, origin) if self._takes_bulk_path(change.table) else None
        lane = None if known is None else _Lane(origin, known)
        self._lanes[(change.origin, change.table)] = lane
        return lane

    def _to_batch(self, change: ChangeLine, raw_line: str) -> None:
        """A new record for the batch (its change remembered already)."""
        if change.record_id in self._pending_records:  # one change per record and batch
            self.flush()
        self._changes.append(change)
        self._raw_lines.append(raw_line)
        self._pending_records.add(change.record_id)
        if len(self._changes) >= self.batch_size:
            self.flush()

    def _feed_checked(self, change: ChangeLine, raw_line: str) -> None:
        merger = self.merger
        origin = self._origin(change.origin)
        verdict = merger.verdict(change, origin)
        if verdict is None and change.op == "insert" and self._takes_bulk_path(change.table):
            merger.remember(origin, change.seq)  # whatever its outcome, it is here from now on
            self._to_batch(change, raw_line)
            return
        self.flush()
        if verdict is None:
            category, why = self._merge_one(change, raw_line, origin)
        elif verdict.status in ("HELD", "REJECTED"):
            category, why = self._quarantine(change, raw_line, origin, verdict)
        else:
            category, why = merger.settle(change, raw_line, verdict)
        merger.outcome.add(category, change, why)

    def _takes_bulk_path(self, table_name: str) -> bool:
        """New records of a table without a record spec (observations...) go in by the batch; the
        others pass their spec's rules one at a time."""
        answer = self._bulk_tables.get(table_name)
        if answer is None:
            rules = self.merger.context.record_rules
            answer = table_name in self.merger.models and not (rules is not None and rules.covers(table_name))
            self._bulk_tables[table_name] = answer
        return answer

    def finish(self) -> None:
        """After the last change: the batch so far, and the quarantine's rows not written yet."""
        self.flush()
        self._write_held()

    def flush(self) -> None:
        """Apply the batch so far, in order: its runs of new records, and one at a time each change
        that cannot take the bulk path."""
        changes, raw_lines = self._changes, self._raw_lines
        self._changes, self._raw_lines = [], []
        self._pending_records.clear()
        if not changes:
            return
        tables = {change.table for change in changes}
        rows = self._new_rows(changes, tables)
        logs = self._log_rows(changes, rows, len(tables) == 1)
        for start, end in _runs(changes, logs, len(tables) == 1):
            if logs[start] is None:
                self._one_at_a_time(changes[start], raw_lines[start])
            else:
                self._write(_Run(self._inserts(changes[start].table), changes[start:end], raw_lines[start:end],
                                 cast(list[tuple[Any, ...]], rows[start:end]),
                                 cast(list[tuple[Any, ...]], logs[start:end])))

    # -- one batch -------------------------------------------------------------------------------
    def _new_rows(self, changes: list[ChangeLine], tables: set[str]) -> list[tuple[Any, ...] | None]:
        """Per change, its record's row when it takes the bulk path: the record is not here, and
        the insert has every column, each value one its column can hold. ``tables``: the changes'."""
        positions: dict[str, list[int]] = {}
        if len(tables) == 1:
            positions[next(iter(tables))] = list(range(len(changes)))
        else:
            for position, change in enumerate(changes):
                positions.setdefault(change.table, []).append(position)
        rows: list[tuple[Any, ...] | None] = [None] * len(changes)
        connection = self.merger.session.connection()
        for table_name, table_positions in positions.items():
            inserts = self._inserts(table_name)
            records = inserts.id_parameters([changes[position].record_id for position in table_positions])
            present = inserts.present(connection, records, LOOKUP_CHUNK)
            new = [(position, record) for position, record in zip(table_positions, records) if record not in present]
            new_rows = inserts.rows([(changes[position].payload.get("values"), record) for position, record in new])
            for (position, _record), row in zip(new, new_rows):
                rows[position] = row
        return rows

    def _log_rows(self, changes: list[ChangeLine], rows: list[tuple[Any, ...] | None],
                  one_table: bool) -> list[tuple[Any, ...] | None]:
        """Per change with a row, its change-log row (made a column at a time when every change of
        the batch has a row, all in one table); None for the others, and for a change whose log row
        cannot be made."""
        log = self._log_entries()
        if one_table and None not in rows:
            id_index = self._inserts(changes[0].table).id_index
            whole = _made_or_none(log.rows, changes, [cast(tuple[Any, ...], row)[id_index] for row in rows])
            if whole is not None:
                return cast(list[tuple[Any, ...] | None], whole)
        return [None if row is None else _made_or_none(log.row, change, row[self._inserts(change.table).id_index])
                for change, row in zip(changes, rows)]

    def _write(self, run: _Run) -> None:
        """A run of new records of one table and their change-log entries, in one savepoint."""
        savepoint = self.merger.session.begin_nested()
        connection = self.merger.session.connection()  # emits the SAVEPOINT (the session opens it lazily)
        try:
            run.inserts.statement.execute(connection, run.rows)
            self._log_entries().statement.execute(connection, run.logs)
        except self._database_errors():
            savepoint.rollback()
            self._split(run)
            return
        savepoint.commit()
        self.merger.newest_hlc = max(self.merger.newest_hlc, *(change.hlc for change in run.changes))
        self.merger.outcome.add_new(len(run.changes))  # known since ``feed``

    def _split(self, run: _Run) -> None:
        """The database refused a row of the run: halves until the refused change is found."""
        if len(run.changes) <= SPLIT_FLOOR:
            for change, raw_line in zip(run.changes, run.raw_lines):
                self._one_at_a_time(change, raw_line)
            return
        middle = len(run.changes) // 2
        self._write(run.part(None, middle))
        self._write(run.part(middle, None))

    def _quarantine(self, change: ChangeLine, raw_line: str, origin: uuid.UUID, verdict: Verdict) -> tuple[str, str]:
        """``Merger.settle`` of a held or rejected verdict, its row written later with others: nothing
        reads the quarantine of an origin once its known sequences are read (they include this one)."""
        self.merger.remember(origin, change.seq)
        row = self.merger.quarantine_row(change, raw_line, verdict.status, verdict.reason)
        self._held_rows.append(self._held_statement().parameters(row))
        if len(self._held_rows) >= self.batch_size:
            self._write_held()
        return quarantined(verdict.status, verdict.reason)

    def _write_held(self) -> None:
        if self._held_rows:
            rows, self._held_rows = self._held_rows, []
            self._held_statement().execute(self.merger.session.connection(), rows)

    def _one_at_a_time(self, change: ChangeLine, raw_line: str) -> None:
        category, why = self._merge_one(change, raw_line, self._origin(change.origin))
        self.merger.outcome.add(category, change, why)

    def _merge_one(self, change: ChangeLine, raw_line: str, origin: uuid.UUID) -> tuple[str, str]:
        self._merged_one_at_a_time += 1
        if self._merged_one_at_a_time % COLLECT_EVERY == 0:
            gc.collect(1)  # the young generations: what the last merges left, not the whole program
        return self.merger.merge_one(change, raw_line, origin)

    # -- the database ----------------------------------------------------------------------------
    def _dialect_now(self) -> Dialect:
        if self._dialect is None:
            self._dialect = self.merger.session.connection().dialect
        return self._dialect

    def _raw(self) -> bool:
        """Statements go to the driver directly on SQLite (positional ``?`` parameters)."""
        dialect = self._dialect_now()
        return dialect.name == "sqlite" and dialect.paramstyle == "qmark"

    def _database_errors(self) -> tuple[type[BaseException], ...]:
        driver_error = getattr(self._dialect_now().loaded_dbapi, "Error", None)
        return (DBAPIError,) if driver_error is None else (DBAPIError, driver_error)

    def _inserts(self, table_name: str) -> RecordInserts:
        if table_name not in self._tables:
            self._tables[table_name] = RecordInserts(self.merger.models[table_name].__table__,
                                                     self._dialect_now(), self._raw())
        return self._tables[table_name]

    def _log_entries(self) -> LogEntries:
        if self._log is None:
            context = self.merger.context
            self._log = LogEntries(self._dialect_now(), self._raw(), context.bundle_id, context.now)
        return self._log

    def _held_statement(self) -> InsertStatement:
        if self._held is None:
            self._held = held_statement(self._dialect_now(), self._raw())
        return self._held

    def _origin(self, text: str) -> uuid.UUID:
        if text not in self._origins:
            self._origins[text] = uuid.UUID(text)
        return self._origins[text]
