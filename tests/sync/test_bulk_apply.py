"""The bulk path of the merge (``sync/bulk_apply.py``) gives what the one-at-a-time path gives.

Each case merges the same incoming changes twice into the same receiver database, each time in a
transaction rolled back afterwards: once through ``merge_stream`` (batches, one ``executemany`` per
run) and once through ``Merger.apply`` called change by change. The outcome (counts and details, in
order) and every row of every table must be equal. Hypothesis draws sequences of changes that mix
new records with everything that must not take the bulk path (records already here, an insert then
an update of the same record, deletes, held and rejected changes, duplicates, values a column
cannot hold, broken references and unique keys), and batch sizes down to one.
"""

from __future__ import annotations

import gc
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.services import Services
from mainstream_desktop.db.change_capture import local_site_id
from mainstream_desktop.models.profile import DataSource, Observation
from mainstream_desktop.models.workspace import Workspace
from mainstream_desktop.sync import bulk_apply
from mainstream_desktop.sync.bulk_apply import merge_groups, merge_stream
from mainstream_desktop.sync.bundle_format import ChangeLine, parse_change
from mainstream_desktop.sync.merge import MergeContext, Merger

NOW = datetime(2026, 11, 29, 10, 0, 0, 123456, tzinfo=UTC)
ORIGIN = "01a22719-3331-7416-864a-d58ad98d5eaa"
UNTRUSTED = "01a22719-0000-7000-8000-000000000001"
WAITING = "01a22719-0000-7000-8000-000000000002"  # the bundle assumes changes of it that are not here
OTHER_WORKSPACE = "01a22719-0000-7000-8000-0000000000ff"
Line = tuple[ChangeLine, str]


# -- the receiver ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Receiver:
    services: Services
    workspace_id: str
    source_id: str


@pytest.fixture
def receiver(services: Services) -> Receiver:
    return make_receiver(services)


def make_receiver(services: Services) -> Receiver:
    """A site with the workspace KEN and one data source (observations refer to both)."""
    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
    with services.uow() as uow:
        workspace = uow.session.scalars(select(Workspace).where(Workspace.code == "KEN")).one()
        source = DataSource(workspace_id=workspace.id, name="Census 2019", source_type="CENSUS")
        uow.session.add(source)
        uow.session.flush()
        return Receiver(services, str(workspace.id), str(source.id))


def merged(receiver: Receiver, lines: list[Line], run: Callable[[Merger, list[Line]], None]) -> tuple[Any, str]:
    """(outcome, fingerprint of every table) after ``run`` merged ``lines``; nothing is kept."""
    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        session = uow.session
        session.info["applying"] = True
        context = MergeContext(local_site_id(session), uuid.UUID(receiver.workspace_id), "KEN", "bundle-1",
                               {WAITING: 7}, NOW, lambda site, code, table: site != UNTRUSTED, {ORIGIN: 10_000})
        merger = Merger(session, context)
        run(merger, lines)
        merger.finish()
        return (dict(merger.outcome.counts), list(merger.outcome.details)), fingerprint(session)


def one_at_a_time(merger: Merger, lines: list[Line]) -> None:
    for change, raw_line in lines:
        merger.apply(change, raw_line)


def in_batches(size: int, group_size: int = bulk_apply.GROUP_SIZE) -> Callable[[Merger, list[Line]], None]:
    def run(merger: Merger, lines: list[Line]) -> None:
        merge_stream(merger, lines, batch_size=size, group_size=group_size)
    return run


def fingerprint(session: Session) -> str:
    """Every row of every table, in a total order, hashed (read inside the open transaction)."""
    connection = session.connection()
    digest = hashlib.sha256()
    catalogue = inspect(connection)  # SQLite or PostgreSQL
    for table in sorted(catalogue.get_table_names()):
        width = len(catalogue.get_columns(table))
        order = ", ".join(str(i + 1) for i in range(width))
        digest.update(f"\x00{table}\x00".encode())
        for row in connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {order}'):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


# -- incoming changes -----------------------------------------------------------------------------
@dataclass
class Incoming:
    """Change lines as another site writes them, numbered per origin."""

    receiver: Receiver
    seqs: dict[str, int] = field(default_factory=dict)
    clock: int = 1_795_952_294_193

    def line(self, table: str, record_id: str, op: str, payload: dict[str, Any], *, origin: str = ORIGIN,
             seq: int | None = None, workspace_id: str | None = None, recorded_at: str = "2026-11-29T11:38:18.198974"
             ) -> Line:
        if seq is None:
            seq = self.seqs[origin] = self.seqs.get(origin, 0) + 1
        self.clock += 1
        entry = {"actor": "a.user", "hlc": f"{self.clock:015d}-000000-{uuid.UUID(origin).hex}", "op": op,
                 "origin": origin, "payload": payload, "record_id": record_id, "recorded_at": recorded_at,
                 "seq": seq, "table": table,
                 "workspace_id": self.receiver.workspace_id if workspace_id is None else workspace_id}
        raw_line = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return parse_change(raw_line, "a test line"), raw_line

    def observation(self, number: int, line: dict[str, Any] | None = None, **values: Any) -> Line:
        """A new observation's insert; ``values`` change its values (``record_id``: the line's, when
        it is not ``id``), ``line`` the line's other fields (``origin``, ``seq``, ``workspace_id``)."""
        record_id = str(values.pop("id", uuid.uuid4()))
        return self.line("observation", str(values.pop("record_id", record_id)), "insert",
                         {"values": observation_values(self.receiver, record_id, number) | values}, **(line or {}))

    def update(self, table: str, record_id: str, fields: dict[str, list[Any]], **line: Any) -> Line:
        return self.line(table, record_id, "update", {"fields": fields, "meta": {
            "updated_at": "2026-11-29T12:00:00.000001+00:00", "updated_by": "a.user"}}, **line)

    def delete(self, table: str, record_id: str) -> Line:
        return self.line(table, record_id, "delete", {"fields": {"deleted_at": [None, "2026-11-29T13:00:00+00:00"]},
                                                      "meta": {"seen_hlc": "", "updated_at": "2026-11-29T13:00:00+00:00",
                                                               "updated_by": "a.user"}})


def observation_values(receiver: Receiver, record_id: str, number: int) -> dict[str, Any]:
    """Every column of a new observation but ``revision``, its natural key made unique by ``number``."""
    values = {
        "id": record_id, "workspace_id": receiver.workspace_id, "source_id": receiver.source_id,
        "indicator_code": "MIG_STOCK_IMM", "period_start": "2020-07-01", "period_end": "2020-07-01",
        "period_type": "POINT", "sex": "T", "age_group": "TOTAL", "partner_country": f"{number % 1_000_000:06d}",
        "direction": "IMMIGRATION", "migration_type": "_T", "voluntariness": "_T", "duration_class": "_T",
        "skill_level": "_T", "occupation_isco": "_T", "education_isced": "_T", "sector_isic": "_T",
        "value": float(number), "unit_code": "PERSONS", "obs_status": "A", "data_type_flag": "B",
        "source_table_ref": "generated", "is_preferred": True, "note": "", "created_at": "2026-11-29T11:38:14.177271+00:00",
        "created_by": "a.user", "updated_at": "2026-11-29T11:38:14.177271+00:00", "updated_by": "a.user",
        "deleted_at": None}
    assert set(values) == {c.name for c in Observation.__table__.c} - {"revision"}
    return values


def source_values(receiver: Receiver, record_id: str, number: int) -> dict[str, Any]:
    values = {
        "id": record_id, "workspace_id": receiver.workspace_id, "name": f"Survey {number}", "global_source_code": "",
        "producer_institution_id": None, "source_type": "SURVEY", "periodicity": "ANNUAL",
        "last_reference_year": None if number % 2 else 2000 + number % 30, "coverage_notes": "",
        "has_country_of_birth": bool(number % 3), "has_citizenship": False, "has_previous_residence": True,
        "has_sex_age": number % 5 == 0, "has_reason_for_migration": False, "access": "PUBLIC",
        "url_or_reference": "", "quality_rating": number % 4 or None, "gap_notes": "ä€𝄞",
        "created_at": "2026-11-29T11:38:14+00:00", "created_by": "a.user",
        "updated_at": "2026-11-29T11:38:14.000001", "updated_by": "a.user", "deleted_at": None}
    assert set(values) == {c.name for c in DataSource.__table__.c} - {"revision"}
    return values


# -- a generated mix of changes --------------------------------------------------------------------
VALUE_FORMS: list[dict[str, Any]] = [  # how other writers may spell values (all valid)
    {},
    {"created_at": "2026-11-29T11:38:14.177271", "value": 12},
    {"created_at": "2026-11-29T16:38:14.177271+05:30", "updated_at": "2026-11-29T11:38:14Z"},
    {"deleted_at": "2026-11-30T00:00:00+00:00", "value": None, "note": "crème brûlée ✓"},
    {"period_start": "2019-01-01", "period_end": "2019-12-31", "period_type": "YEAR", "is_preferred": False},
    {"created_at": "2026-11-29 11:38:14.177271+00:00"},
    {"value": 1e300, "note": "x" * 5000},
]
BAD_VALUES: list[dict[str, Any]] = [  # values their column cannot hold
    {"sex": "TOO LONG"}, {"period_start": "2021-02-30"}, {"value": "many"}, {"is_preferred": "yes"},
    {"created_at": "yesterday"}, {"value": True}, {"note": None}, {"source_id": "not-an-id"},
]
KINDS = ["new"] * 10 + ["new_source", "again", "update", "update_unknown", "delete", "bad_value",
         "missing_column", "extra_column", "id_mismatch", "broken_reference", "same_natural_key", "duplicate_seq",
         "other_workspace", "untrusted", "waiting", "unknown_table", "new_then_update", "uppercase_ids", "many_new"]


def changes_from(receiver: Receiver, steps: list[tuple[str, int]]) -> list[Line]:
    """A sequence of incoming changes from drawn (kind, number) steps."""
    incoming = Incoming(receiver)
    lines: list[Line] = []
    observations: list[tuple[str, int]] = []  # (record id, number) of the observations sent
    for kind, number in steps:
        lines.extend(_step(incoming, receiver, kind, number, observations))
    return lines


def _step(incoming: Incoming, receiver: Receiver, kind: str, number: int,
          observations: list[tuple[str, int]]) -> list[Line]:
    if kind in ("again", "update", "delete", "same_natural_key"):
        if not observations:
            kind = "new"
        else:
            return [_about_earlier(incoming, kind, number, observations[number % len(observations)])]
    if kind == "new":
        observations.append((str(uuid.uuid4()), number))
        return [incoming.observation(number, id=observations[-1][0], **VALUE_FORMS[number % len(VALUE_FORMS)])]
    if kind == "many_new":  # a long run (numbers close together: natural keys may meet earlier ones)
        return [line for step in range(12) for line in _step(incoming, receiver, "new", number + step, observations)]
    if kind == "new_then_update":
        observations.append((str(uuid.uuid4()), number))
        record_id = observations[-1][0]
        return [incoming.observation(number, id=record_id),
                incoming.update("observation", record_id, {"value": [float(number), number + 0.5]})]
    if kind == "uppercase_ids":
        observations.append((str(uuid.uuid4()), number))
        return [incoming.observation(number, id=observations[-1][0].upper(), record_id=observations[-1][0],
                                     source_id=receiver.source_id.upper(), workspace_id=f"{{{receiver.workspace_id}}}")]
    if kind == "new_source":
        record_id = str(uuid.uuid4())
        return [incoming.line("data_source", record_id, "insert", {"values": source_values(receiver, record_id, number)})]
    return [_odd_line(incoming, receiver, kind, number)]


def _about_earlier(incoming: Incoming, kind: str, number: int, earlier: tuple[str, int]) -> Line:
    """A change of (or like) an observation sent before: the records it names are here, or held."""
    record_id, earlier_number = earlier
    if kind == "again":
        changed = {"note": "sent again, edited"} if number % 2 else {}
        return incoming.observation(earlier_number, id=record_id, **changed)
    if kind == "update":
        return incoming.update("observation", record_id, {"note": ["", f"note {number}"]})
    if kind == "delete":
        return incoming.delete("observation", record_id)
    return incoming.observation(earlier_number)  # same natural key, another id


def _odd_line(incoming: Incoming, receiver: Receiver, kind: str, number: int) -> Line:
    """The changes that are held, rejected or duplicates (or merged one at a time)."""
    if kind == "update_unknown":
        return incoming.update("observation", str(uuid.uuid4()), {"note": ["", "x"]})
    if kind == "bad_value":
        return incoming.observation(number, **BAD_VALUES[number % len(BAD_VALUES)])
    if kind == "missing_column":
        line = incoming.observation(number)
        del line[0].payload["values"]["note"]
        return incoming.line("observation", line[0].record_id, "insert", line[0].payload,
                             seq=line[0].seq, origin=line[0].origin)
    if kind == "extra_column":
        return incoming.observation(number, colour="blue")
    if kind == "id_mismatch":
        return incoming.observation(number, record_id=str(uuid.uuid4()))
    if kind == "broken_reference":
        return incoming.observation(number, source_id=str(uuid.uuid4()))
    if kind == "duplicate_seq":
        return incoming.observation(number, line={"seq": 1 + number % max(incoming.seqs.get(ORIGIN, 1), 1)})
    if kind == "other_workspace":
        return incoming.observation(number, line={"workspace_id": OTHER_WORKSPACE}) if number % 2 else \
            incoming.observation(number, workspace_id=OTHER_WORKSPACE)  # the line is right, the value is not
    if kind == "untrusted":
        return incoming.line("observation", str(uuid.uuid4()), "insert", {"values": observation_values(
            receiver, str(uuid.uuid4()), number)}, origin=UNTRUSTED)
    if kind == "waiting":
        record_id = str(uuid.uuid4())
        return incoming.line("observation", record_id, "insert", {"values": observation_values(
            receiver, record_id, number)}, origin=WAITING)
    assert kind == "unknown_table", kind
    return incoming.line("no_such_table", str(uuid.uuid4()), "insert", {"values": {}})


# -- the properties ----------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 999_999)), min_size=1, max_size=40),
       batch_size=st.sampled_from([1, 2, 3, 5, 8, 1000]), group_size=st.sampled_from([1, 2, 3, 7, 128]),
       raw=st.booleans())
def test_batches_give_what_one_change_at_a_time_gives(receiver: Receiver, steps: list[tuple[str, int]],
                                                      batch_size: int, group_size: int, raw: bool) -> None:
    """Whatever the batches, and the groups the changes come in (a group of new records of one
    table goes to the batch at once, any other group change by change)."""
    lines = changes_from(receiver, steps)
    expected = merged(receiver, lines, one_at_a_time)
    with core_statements_unless(raw):
        assert merged(receiver, lines, in_batches(batch_size, group_size)) == expected


@contextmanager
def core_statements_unless(raw: bool) -> Iterator[None]:
    """Within the block, the bulk path writes through SQLAlchemy Core (as on PostgreSQL) unless ``raw``."""
    saved = bulk_apply.BulkApplier._raw
    if not raw:
        bulk_apply.BulkApplier._raw = lambda self: False  # type: ignore[method-assign]
    try:
        yield
    finally:
        bulk_apply.BulkApplier._raw = saved  # type: ignore[method-assign]


# -- batch boundaries, an insert then an update, a bad row in a batch ---------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [1, 2, 9, 10, 11, 1000])
def test_batch_boundaries_change_nothing(receiver: Receiver, batch_size: int) -> None:
    """Runs of 10 new records cut at, before and after a batch boundary; a record already here and
    an update at the boundary."""
    incoming = Incoming(receiver)
    lines = [incoming.observation(n) for n in range(20)]
    lines.append(incoming.update("observation", lines[9][0].record_id, {"value": [9.0, 90.0]}))
    lines += [incoming.observation(n) for n in range(20, 30)]
    lines.append(incoming.observation(5, id=lines[5][0].record_id))  # sent again: unchanged
    outcome, state = merged(receiver, lines, in_batches(batch_size))
    assert outcome[0]["new"] == 30 and sum(outcome[0].values()) == len(lines)
    assert (outcome, state) == merged(receiver, lines, one_at_a_time)


def test_groups_that_cannot_go_to_the_batch_whole_go_change_by_change(receiver: Receiver,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Groups as a bundle reader gives them: each group below breaks one condition of the quick
    way (a record in the batch already, a sequence received before, a sequence twice, a record
    twice, an update among inserts); the outcome is the one-at-a-time one, and no batch ever holds
    two changes of one record. (An update let into the batch would still be merged on its own, as
    it has no row: that check only spares the work.)"""
    incoming = Incoming(receiver)
    first = [incoming.observation(n) for n in range(8)]
    sent_before = first[2][0]
    twice_seq = incoming.observation(101)
    twice_record = incoming.observation(103)
    groups = [
        first,
        [incoming.observation(2, id=sent_before.record_id, note="sent again")],  # its batch not applied yet
        [incoming.observation(100, line={"seq": first[3][0].seq})],  # a new record under a sequence received
        [twice_seq, incoming.observation(102, line={"seq": twice_seq[0].seq})],
        [twice_record, incoming.observation(103, id=twice_record[0].record_id, note="again")],
        [incoming.observation(104), incoming.update("observation", sent_before.record_id, {"value": [2.0, 2.5]})],
        [incoming.observation(n) for n in range(200, 210)],
    ]
    flush = bulk_apply.BulkApplier.flush

    def flush_checked(applier: bulk_apply.BulkApplier) -> None:
        records = [change.record_id for change in applier._changes]
        assert len(set(records)) == len(records), "a batch holds two changes of one record"
        flush(applier)

    monkeypatch.setattr(bulk_apply.BulkApplier, "flush", flush_checked)
    lines = [line for group in groups for line in group]
    outcome, state = merged(receiver, lines, lambda merger, _lines: merge_groups(merger, groups, batch_size=1000))
    assert outcome[0] == {"new": 21, "duplicate": 2, "conflicting": 2, "updated": 1}
    assert (outcome, state) == merged(receiver, lines, one_at_a_time)


def test_an_insert_then_an_update_of_the_same_record_in_one_batch(receiver: Receiver) -> None:
    incoming = Incoming(receiver)
    first, second = incoming.observation(1), incoming.observation(2)
    record_id = first[0].record_id
    lines = [first, incoming.update("observation", record_id, {"value": [1.0, 1.5], "note": ["", "revised"]}),
             second, incoming.update("observation", record_id, {"note": ["revised", "revised twice"]})]
    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        merge_stream(merger, lines, batch_size=1000)
        assert dict(merger.outcome.counts) == {"new": 2, "updated": 2}
        row = uow.session.get(Observation, uuid.UUID(record_id))
        assert row is not None and (row.value, row.note, row.revision) == (1.5, "revised twice", 3)


def test_one_bad_row_in_the_middle_of_a_batch_is_rejected_and_the_rest_land(receiver: Receiver) -> None:
    """A broken reference (the database refuses it) and a value too long (the converter refuses it),
    each in the middle of a run of 1,000: only they are rejected, each with its reason."""
    incoming = Incoming(receiver)
    lines = [incoming.observation(n) for n in range(500)]
    lines.append(incoming.observation(500, source_id=str(uuid.uuid4())))
    lines += [incoming.observation(n) for n in range(501, 700)]
    lines.append(incoming.observation(700, sex="TOO LONG"))
    lines += [incoming.observation(n) for n in range(701, 1000)]
    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        merge_stream(merger, lines)
        assert dict(merger.outcome.counts) == {"new": 998, "rejected": 2}
        assert sum(merger.outcome.counts.values()) == len(lines)  # the counts reconcile
        assert merger.outcome.details == [
            ("rejected", "observation", lines[500][0].record_id,
             "it breaks a rule of the table (a missing referenced record, a duplicate or an empty required value)"),
            ("rejected", "observation", lines[700][0].record_id, "sex: longer than 2 characters")]
        stored = uow.session.scalar(select(Observation.id).where(Observation.id == uuid.UUID(lines[500][0].record_id)))
        assert stored is None
        landed = uow.session.scalars(select(Observation.id)).all()
        assert len(landed) == 998


@pytest.mark.parametrize("raw", [True, False])
def test_a_refused_run_leaves_nothing_behind(receiver: Receiver, raw: bool) -> None:
    """Two new records with one natural key in one run: the run is rolled back whole, then the first
    lands as new and the second is rejected (a savepoint opened too late once left the first row in
    place, and it came back as 'updated')."""
    incoming = Incoming(receiver)
    lines = [incoming.observation(0), incoming.observation(0)]
    with core_statements_unless(raw):
        outcome, _state = merged(receiver, lines, in_batches(1000))
    assert outcome[0] == {"new": 1, "rejected": 1}
    assert outcome == merged(receiver, lines, one_at_a_time)[0]


def test_the_cycle_collector_is_back_after_a_stream_and_one_at_a_time_merges_leave_few_cycles(
        receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stream pauses automatic cycle collection (and gives it back, even after an error); the
    cycles SQLAlchemy leaves per one-at-a-time merge are collected every ``COLLECT_EVERY`` merges."""
    monkeypatch.setattr(bulk_apply, "COLLECT_EVERY", 100)
    incoming = Incoming(receiver)
    inserts = [incoming.observation(n) for n in range(1000)]
    updates = [incoming.update("observation", line[0].record_id, {"note": ["", "seen"]}) for line in inserts]
    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        merge_stream(merger, inserts)
        gc.collect()
        merge_stream(merger, updates)
        assert gc.isenabled()
        assert dict(merger.outcome.counts) == {"new": 1000, "updated": 1000}
        assert gc.collect() < 1000  # about five per merge since the last collection, not five thousand

        def broken() -> Iterator[Line]:
            yield incoming.observation(2000)
            raise RuntimeError("the bundle changed while it was read")
        with pytest.raises(RuntimeError):
            merge_stream(merger, broken())
        assert gc.isenabled()


def test_sqlite_keeps_more_pages_while_a_stream_goes_in_and_goes_back_after(receiver: Receiver) -> None:
    """16 MB of page cache during the stream (the default 2 MB before and after), given back after
    an error too."""
    incoming = Incoming(receiver)
    seen: list[int] = []

    def lines(session: Session, fail: bool) -> Iterator[Line]:
        yield incoming.observation(len(seen) * 10)
        seen.append(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())
        if fail:
            raise RuntimeError("the bundle changed while it was read")
        yield incoming.observation(len(seen) * 10 + 1)

    with receiver.services.uow() as uow:
        uow.discard_on_exit()
        before = uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        merge_stream(merger, lines(uow.session, fail=False))
        with pytest.raises(RuntimeError):
            merge_stream(merger, lines(uow.session, fail=True))
        after = uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    assert seen == [-bulk_apply.IMPORT_PAGE_CACHE_KB] * 2
    assert before == after != seen[0]


def context_for(session: Session, receiver: Receiver) -> MergeContext:
    session.info["applying"] = True
    return MergeContext(local_site_id(session), uuid.UUID(receiver.workspace_id), "KEN", "bundle-1", {}, NOW,
                        lambda site, code, table: True, {})


# -- a real bundle, end to end -----------------------------------------------------------------------
@pytest.fixture
def two_receivers(tmp_path: Path) -> Iterator[tuple[Services, Services, Services]]:
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths

    opened = [open_services(DataPaths(tmp_path / name), actor=f"{name}.user") for name in ("sender", "bulk", "single")]
    try:
        yield opened[0], opened[1], opened[2]
    finally:
        for services in opened:
            services.close()


def test_a_real_bundle_imports_as_it_did_one_change_at_a_time(two_receivers, tmp_path, monkeypatch) -> None:
    """A workspace of table-imported observations, then edits and deletes, exported twice; imported
    by the bulk path at one site and one change at a time at another: the same records, the same
    change log, the same counts."""
    from mainstream_desktop.sync import exchange as exchange_module
    from mainstream_desktop.sync.exchange import ExchangeService

    sender, bulk, single = two_receivers
    make_observations(sender, 600)
    exchanges = [ExchangeService(s.uow, s.paths) for s in (sender, bulk, single)]
    for receiver in exchanges[1:]:
        receiver.keys.trust(exchanges[0].keys.local_card(), ["KEN"])
    exchanges[0].export("KEN", tmp_path / "first.mdbundle", full=True)
    edit_some(sender)
    exchanges[0].export("KEN", tmp_path / "second.mdbundle", full=True)

    reports = {}
    for name, receiver in (("bulk", exchanges[1]), ("single", exchanges[2])):
        if name == "single":
            monkeypatch.setattr(exchange_module, "merge_groups", one_change_at_a_time)
        reports[name] = [receiver.import_bundle(tmp_path / f"{which}.mdbundle").counts for which in ("first", "second")]
    assert reports["bulk"] == reports["single"]
    assert reports["bulk"][0]["new"] >= 600 and reports["bulk"][1]["duplicate"] >= 600
    assert reports["bulk"][1]["updated"] > 0
    for table in ("observation", "data_source", "change_log", "sync_conflict", "step_state"):
        assert table_rows(bulk, table) == table_rows(single, table)


def one_change_at_a_time(merger: Merger, groups: Iterable[Sequence[Line]], progress: object = None) -> None:
    """``merge_groups`` as the import was before it: ``Merger.apply`` for each change."""
    for group in groups:
        for change, raw_line in group:
            merger.apply(change, raw_line)


def make_observations(services: Services, count: int) -> None:
    import pandas as pd

    from mainstream_desktop.core.imports.schema import CANONICAL_COLUMNS, ParsedTable

    services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
    frame = pd.DataFrame({
        "country_iso3": "KEN", "indicator_code": "MIG_STOCK_IMM", "indicator_label": "",
        "period_start": [datetime(1990 + n % 30, 7, 1).date() for n in range(count)],
        "period_end": [datetime(1990 + n % 30, 7, 1).date() for n in range(count)],
        "period_type": "POINT", "sex": "T", "age_group": "TOTAL",
        "partner_country": [["UGA", "TZA", "ETH", "SOM", "SSD", "RWA", "BDI", "COD", "IND", "CHN",
                             "USA", "GBR", "DEU", "FRA", "ITA", "NLD", "SWE", "NOR", "DNK", "FIN"][n // 30 % 20]
                            for n in range(count)],
        "direction": "IMMIGRATION", "migration_type": "_T", "voluntariness": "_T", "duration_class": "_T",
        "skill_level": "_T", "occupation_isco": "_T", "education_isced": "_T", "sector_isic": "_T",
        "value": [float(n) for n in range(count)], "unit_code": "PERSONS", "obs_status": "A",
        "data_type_flag": "B", "source_table_ref": "generated", "note": "", "origin": "generated"},
        columns=list(CANONICAL_COLUMNS))
    report = services.table_imports.apply("KEN", ParsedTable("template", "", "Benchmark table", frame))
    assert report.counts.added == count, report.rejected[:3]


def edit_some(services: Services) -> None:
    with services.uow() as uow:
        rows = uow.session.scalars(select(Observation).order_by(Observation.id).limit(40)).all()
        for number, row in enumerate(rows):
            if number % 4 == 0:
                row.deleted_at = NOW
            else:
                row.value = (row.value or 0) + 0.25
                row.note = f"checked {number}"


def table_rows(services: Services, table: str) -> list[tuple[Any, ...]]:
    with services.uow() as uow:
        connection = uow.session.connection()
        width = len(list(connection.exec_driver_sql(f'PRAGMA table_info("{table}")')))
        order = ", ".join(str(i + 1) for i in range(width))
        return [tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY {order}')]
