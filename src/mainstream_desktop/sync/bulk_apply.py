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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

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


def merge_stream(merger: Merger, lines: Iterable[tuple[ChangeLine, str]],
                 progress: Callable[[int], None] | None = None, batch_size: int = BATCH_SIZE) -> None:
    """Every change of ``lines`` (change, raw line) merged as ``merger.apply`` would, in order;
    ``progress`` hears the number of changes read every few hundred."""
    applier = BulkApplier(merger, batch_size)
    with _no_cycle_collection(), _larger_page_cache(merger.session.connection()):
        for done, (change, raw_line) in enumerate(lines, start=1):
            applier.feed(change, raw_line)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done)
        applier.finish()


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


class _Pending(NamedTuple):
    change: ChangeLine
    raw_line: str
    origin: uuid.UUID


class _Lane(NamedTuple):
    origin: uuid.UUID
    known: set[int]


class _Prepared(NamedTuple):
    pending: _Pending
    inserts: RecordInserts
    row: tuple[Any, ...]
    log: tuple[Any, ...]


class BulkApplier:
    """Feeds a merger a stream of changes; new records go in by the batch."""

    def __init__(self, merger: Merger, batch_size: int = BATCH_SIZE) -> None:
        self.merger, self.batch_size = merger, batch_size
        self._pending: list[_Pending] = []
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
    def feed(self, change: ChangeLine, raw_line: str) -> None:
        key = (change.origin, change.table)
        lane = self._lanes[key] if key in self._lanes else self._open_lane(change)
        if (lane is not None and change.op == "insert" and change.workspace_id == self._workspace_text
                and change.seq not in lane.known):  # ``Merger.verdict`` is None: the bulk path
            lane.known.add(change.seq)  # ``Merger.remember``: whatever its outcome, it is here from now on
            self._to_batch(change, raw_line, lane.origin)
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

    def _to_batch(self, change: ChangeLine, raw_line: str, origin: uuid.UUID) -> None:
        """A new record for the batch (its change remembered already)."""
        if change.record_id in self._pending_records:  # one change per record and batch
            self.flush()
        self._pending.append(_Pending(change, raw_line, origin))
        self._pending_records.add(change.record_id)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def _feed_checked(self, change: ChangeLine, raw_line: str) -> None:
        merger = self.merger
        origin = self._origin(change.origin)
        verdict = merger.verdict(change, origin)
        if verdict is None and change.op == "insert" and self._takes_bulk_path(change.table):
            merger.remember(origin, change.seq)  # whatever its outcome, it is here from now on
            self._to_batch(change, raw_line, origin)
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
        """Apply the batch so far, in order."""
        batch, self._pending = self._pending, []
        self._pending_records.clear()
        if not batch:
            return
        run: list[_Prepared] = []
        for pending, row in zip(batch, self._new_rows(batch)):
            prepared = None if row is None else self._prepared(pending, row)
            if prepared is None or (run and run[0].inserts is not prepared.inserts):
                self._write(run)
                run = []
            if prepared is None:
                self._one_at_a_time(pending)
            else:
                run.append(prepared)
        self._write(run)

    # -- one batch -------------------------------------------------------------------------------
    def _new_rows(self, batch: list[_Pending]) -> list[tuple[Any, ...] | None]:
        """Per change, its record's row when it takes the bulk path: the record is not here, and
        the insert has every column, each value one its column can hold."""
        positions: dict[str, list[int]] = {}
        for position, pending in enumerate(batch):
            positions.setdefault(pending.change.table, []).append(position)
        rows: list[tuple[Any, ...] | None] = [None] * len(batch)
        connection = self.merger.session.connection()
        for table_name, table_positions in positions.items():
            inserts = self._inserts(table_name)
            records = [inserts.id_parameter(batch[position].change.record_id) for position in table_positions]
            present = inserts.present(connection, records, LOOKUP_CHUNK)
            new = [(position, record) for position, record in zip(table_positions, records) if record not in present]
            new_rows = inserts.rows([(batch[position].change.payload.get("values"), record) for position, record in new])
            for (position, _record), row in zip(new, new_rows):
                rows[position] = row
        return rows

    def _prepared(self, pending: _Pending, row: tuple[Any, ...]) -> _Prepared | None:
        try:
            log = self._log_entries().row(pending.change, row[self._inserts(pending.change.table).id_index])
        except Exception:  # noqa: BLE001 - the one-at-a-time path finds the reason again and rejects
            return None
        return _Prepared(pending, self._inserts(pending.change.table), row, log)

    def _write(self, run: list[_Prepared]) -> None:
        """A run of new records of one table and their change-log entries, in one savepoint."""
        if not run:
            return
        savepoint = self.merger.session.begin_nested()
        connection = self.merger.session.connection()  # emits the SAVEPOINT (the session opens it lazily)
        try:
            run[0].inserts.statement.execute(connection, [prepared.row for prepared in run])
            self._log_entries().statement.execute(connection, [prepared.log for prepared in run])
        except self._database_errors():
            savepoint.rollback()
            self._split(run)
            return
        savepoint.commit()
        self.merger.newest_hlc = max(self.merger.newest_hlc, *(prepared.pending.change.hlc for prepared in run))
        self.merger.outcome.add_new(len(run))  # known since ``feed``

    def _split(self, run: list[_Prepared]) -> None:
        """The database refused a row of the run: halves until the refused change is found."""
        if len(run) <= SPLIT_FLOOR:
            for prepared in run:
                self._one_at_a_time(prepared.pending)
            return
        middle = len(run) // 2
        self._write(run[:middle])
        self._write(run[middle:])

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

    def _one_at_a_time(self, pending: _Pending) -> None:
        category, why = self._merge_one(pending.change, pending.raw_line, pending.origin)
        self.merger.outcome.add(category, pending.change, why)

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
