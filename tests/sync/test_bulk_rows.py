"""What the bulk path stores is what the ORM stores (``sync/bulk_rows.py``,
``change_capture.column_decoder``).

- Observations (UUID, date, datetime, boolean, floating point, enumeration and text columns) merged
  through the bulk path straight to the driver, through the bulk path by SQLAlchemy Core, and one
  change at a time: the same rows, read back with raw SQL and through the ORM (with the Python
  types the ORM gives).
- Every column of every synced table: a JSON value's converter gives SQLAlchemy's bind processor
  applied to ``decode``'s value, or fails where ``decode`` fails; ``column_decoder`` gives
  ``decode``'s value or its very error.
- The payload text is ``change_capture.dumps``'s.
- A batch's change-log rows and record ids made a column at a time are those made one by one.
- Rows go in by multi-row statements of few distinct sizes, within the driver's limit on
  parameters, in order.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

from mainstream_desktop.core.services import Services
from mainstream_desktop.db.change_capture import column_decoder, decode, dumps, synced_models
from mainstream_desktop.models.profile import Observation
from mainstream_desktop.sync.bulk_columns import ColumnConverter, json_converter
from mainstream_desktop.sync.bulk_rows import (
    InsertStatement,
    LogEntries,
    RecordInserts,
    payload_text,
    statement_sizes,
)
from mainstream_desktop.sync.bundle_format import ChangeLine
from mainstream_desktop.sync.merge import Merger

from .test_bulk_apply import (
    NOW,
    Incoming,
    Line,
    Receiver,
    context_for,
    core_statements_unless,
    in_batches,
    make_receiver,
    one_at_a_time,
)

SQLITE = create_engine("sqlite://").dialect


@pytest.fixture
def receiver(services: Services) -> Receiver:
    return make_receiver(services)
COLUMNS = [column for model in sorted(synced_models().values(), key=lambda m: m.__tablename__)
           for column in model.__table__.c]


# -- stored rows ----------------------------------------------------------------------------------
FORMS: list[dict[str, Any]] = [
    {},
    {"value": 12, "is_preferred": False, "note": "crème brûlée ✓ 𝄞"},
    {"created_at": "2026-11-29T11:38:14.177271", "updated_at": "2026-11-29T16:38:14.5+05:30"},
    {"created_at": "2026-11-29T11:38:14Z", "deleted_at": "1999-12-31T23:59:59.999999-08:00", "value": None},
    {"period_start": "0987-06-05", "period_end": "2019-12-31", "period_type": "YEAR", "value": -0.0},
    {"value": 1.5e-300, "sex": "F", "direction": "EMIGRATION", "obs_status": "E"},
    {"created_at": "2026-11-29 11:38:14.177271+00:00", "source_table_ref": "x" * 300},
]


def observations_in_every_form(receiver: Receiver) -> list[Line]:
    incoming = Incoming(receiver)
    lines = [incoming.observation(number, **FORMS[number % len(FORMS)]) for number in range(3 * len(FORMS))]
    record_id = str(uuid.uuid4())  # ids in upper case: not the writer's form, stored all the same
    lines.append(incoming.observation(99, id=record_id.upper(), record_id=record_id,
                                      source_id=receiver.source_id.upper()))
    return lines


def stored(receiver: Receiver, lines: list[Line], how: str) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    """The observations of ``lines`` merged ``how``: their rows by raw SQL and through the ORM."""
    with receiver.services.uow() as uow, core_statements_unless(how != "bulk, Core"):
        uow.discard_on_exit()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        (one_at_a_time if how == "one at a time" else in_batches(1000))(merger, lines)
        assert dict(merger.outcome.counts) == {"new": len(lines)}
        connection = uow.session.connection()
        raw_rows = [tuple(row) for row in connection.exec_driver_sql("SELECT * FROM observation ORDER BY id")]
        uow.session.expire_all()
        records = [{column.key: getattr(record, column.key) for column in Observation.__table__.c}
                   for record in uow.session.scalars(select(Observation).order_by(Observation.id))]
        return raw_rows, records


def test_the_bulk_path_stores_rows_as_the_orm_does(receiver: Receiver) -> None:
    lines = observations_in_every_form(receiver)
    one_by_one = stored(receiver, lines, "one at a time")
    assert stored(receiver, lines, "bulk, driver") == one_by_one
    assert stored(receiver, lines, "bulk, Core") == one_by_one
    raw_rows, records = one_by_one
    assert len(raw_rows) == len(records) == 3 * len(FORMS) + 1
    for record in records:  # what the ORM reads back is typed
        assert isinstance(record["id"], uuid.UUID) and isinstance(record["source_id"], uuid.UUID)
        assert type(record["period_start"]) is date and isinstance(record["created_at"], datetime)
        assert type(record["is_preferred"]) is bool and (record["value"] is None or type(record["value"]) is float)
    with receiver.services.uow() as uow:  # SQLAlchemy's SQLite forms (none of the rows above is kept)
        uow.discard_on_exit()
        merger = Merger(uow.session, context_for(uow.session, receiver))
        in_batches(1000)(merger, lines)
        forms = uow.session.connection().exec_driver_sql(
            "SELECT id, source_id, period_start, created_at, updated_at, is_preferred FROM observation").all()
    assert len(forms) == len(lines)
    for ids in forms:
        assert re.fullmatch(r"[0-9a-f]{32}", ids[0]) and re.fullmatch(r"[0-9a-f]{32}", ids[1])
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", ids[2])
        assert all(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}", t) for t in ids[3:5])
        assert ids[5] in (0, 1)


# -- one value at a time, every column -------------------------------------------------------------
def _texts() -> st.SearchStrategy[str]:
    stamp = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
    return st.one_of(
        st.text(max_size=50), st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.uuids().map(
            lambda u: u.hex), st.dates().map(date.isoformat), stamp.map(datetime.isoformat),
        stamp.map(lambda d: d.isoformat(sep=" ")), stamp.map(lambda d: d.isoformat() + "+05:30"),
        stamp.map(lambda d: d.isoformat(timespec="microseconds") + "-11:00"),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}(\+[0-9]{2}:[0-9]{2})?",
                      fullmatch=True),
        st.from_regex(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", fullmatch=True))


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         _texts(), st.text(min_size=200, max_size=400))


def _outcome(function: Any, value: Any) -> tuple[str, Any]:
    try:
        return "value", function(value)
    except Exception as exc:  # noqa: BLE001 - the kind and message are what is compared
        return "error", (type(exc), str(exc))


@settings(max_examples=400, deadline=None)
@given(column=st.sampled_from(COLUMNS), value=JSON_SCALARS)
def test_a_column_decoder_is_decode(column: Any, value: Any) -> None:
    assert _outcome(column_decoder(column), value) == _outcome(lambda v: decode(column, v), value)


@settings(max_examples=600, deadline=None)
@given(column=st.sampled_from(COLUMNS), value=JSON_SCALARS)
def test_a_converter_is_decode_then_the_bind_processor(column: Any, value: Any) -> None:
    processor = column.type._cached_bind_processor(SQLITE)
    convert = json_converter(column, processor)
    expected = _outcome(lambda v: decode(column, v) if processor is None else processor(decode(column, v)), value)
    got = _outcome(convert, value)
    assert got[0] == expected[0]
    if got[0] == "value":
        assert got == expected


@pytest.mark.parametrize("value", ["2026-11-29T11:38:14.177271+00:00", "2026-02-29T00:00:00.000000",
                                   "2024-02-30T00:00:00.000000+00:00", "2026-11-29T24:00:00.000000"])
def test_the_datetime_shortcut_checks_the_time_exists(value: str) -> None:
    column = Observation.__table__.c.created_at
    processor = column.type._cached_bind_processor(SQLITE)
    assert _outcome(json_converter(column, processor), value)[0] == _outcome(
        lambda v: processor(decode(column, v)), value)[0]


JSON = st.recursive(JSON_SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=10), JSON, max_size=6))
def test_the_payload_text_is_dumps(payload: dict[str, Any]) -> None:
    assert payload_text(payload) == dumps(payload)


WRITER_FORMS = st.one_of(
    st.uuids().map(str), st.dates().map(date.isoformat),
    st.datetimes().map(lambda moment: moment.isoformat(timespec="microseconds")),
    st.datetimes().map(lambda moment: moment.isoformat(timespec="microseconds") + "+05:30"),
    st.sampled_from(["2024-02-30", "2026-11-29T24:00:00.000000", "0123ABCD-4567-89EF-0123-456789ABCDEF", "a\nb"]))


@settings(max_examples=500, deadline=None)
@given(column=st.sampled_from(COLUMNS), data=st.data())
def test_a_whole_column_converts_as_its_values_one_by_one(column: Any, data: st.DataObject) -> None:
    """``ColumnConverter.many`` gives ``one`` mapped over the column, or None when ``one`` fails on
    one of its values; columns of one writer's form, of nulls, of a few repeated values, and mixed."""
    processor = column.type._cached_bind_processor(SQLITE)
    converter = ColumnConverter(column, processor)
    kind = data.draw(st.sampled_from([WRITER_FORMS, JSON_SCALARS, st.none(), st.text(max_size=3),
                                      st.one_of(JSON_SCALARS, st.lists(st.integers(), max_size=2),
                                                st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))]))
    shape = data.draw(st.sampled_from(["same", "few", "any"]))
    if shape == "same":
        values = [data.draw(kind)] * data.draw(st.integers(1, 5))
    elif shape == "few":  # a few values repeated in any order: converted once per distinct value
        few = data.draw(st.lists(kind, min_size=1, max_size=3))
        values = data.draw(st.lists(st.sampled_from(few), min_size=4, max_size=40))
    else:
        values = data.draw(st.lists(kind, min_size=1, max_size=8))
    one_by_one = _outcome(lambda column_values: [converter.one(value) for value in column_values], values)
    whole = converter.many(list(values))
    if one_by_one[0] == "error":
        assert whole is None
    else:
        assert whole == one_by_one[1]


ORIGINS = ["01a22719-3331-7416-864a-d58ad98d5eaa", "01a22719-0000-7000-8000-000000000001"]
WORKSPACES = [None, "01a22719-0000-7000-8000-0000000000ff", ORIGINS[0]]
RECORDED = ["2026-11-29T11:38:18.198974", "2026-11-29T11:38:18.198974+00:00", "2026-11-29T11:38:18Z",
            "2026-11-29 11:38:18", "not a time"]
CHANGES = st.builds(
    ChangeLine, origin=st.sampled_from(ORIGINS), seq=st.integers(1, 2**40),
    hlc=st.just("001795964635835-000000-01a227d588bb7d7d85b2fdfefb209c50"), actor=st.sampled_from(["a.user", "ä"]),
    table=st.just("observation"), record_id=st.uuids().map(str), workspace_id=st.sampled_from(WORKSPACES),
    op=st.just("insert"), payload=st.dictionaries(st.text(max_size=5), JSON_SCALARS, max_size=3),
    recorded_at=st.sampled_from(RECORDED), payload_json=st.one_of(st.none(), st.just('{"values":{}}')))


@settings(max_examples=200, deadline=None)
@given(changes=st.lists(CHANGES, min_size=1, max_size=12), raw=st.booleans())
def test_a_batch_of_change_log_rows_is_its_rows_one_by_one(changes: list[ChangeLine], raw: bool) -> None:
    """``LogEntries.rows`` (columns: origins, workspaces and times converted once each, payload
    texts as they came unless one is missing) gives ``row`` of each change."""
    records = [uuid.UUID(change.record_id).hex for change in changes]
    one_by_one = [LogEntries(SQLITE, raw, "bundle-1", NOW).row(change, record) for change, record in zip(changes, records)]
    assert LogEntries(SQLITE, raw, "bundle-1", NOW).rows(changes, records) == one_by_one


@settings(max_examples=200, deadline=None)
@given(records=st.lists(st.one_of(st.uuids().map(str), st.uuids().map(lambda value: str(value).upper()),
                                  st.uuids().map(lambda value: value.hex)), min_size=1, max_size=8))
def test_a_batch_of_record_ids_is_its_ids_one_by_one(records: list[str]) -> None:
    inserts = RecordInserts(Observation.__table__, SQLITE, True)
    assert inserts.id_parameters(records) == [inserts.id_parameter(record) for record in records]


# -- multi-row statements ---------------------------------------------------------------------------
@given(count=st.integers(0, 5000), largest=st.sampled_from([1, 3, 7, 100, 1024]))
def test_statement_sizes_cover_the_rows_with_few_distinct_sizes(count: int, largest: int) -> None:
    sizes = statement_sizes(count, largest)
    assert sum(sizes) == count and all(0 < size <= largest for size in sizes)
    assert len(set(sizes)) <= 1 + largest.bit_length()  # the driver's statement cache keeps them all
    assert statement_sizes(2500, 1024) == [1024, 1024, 256, 128, 64, 4]


@pytest.mark.parametrize(("limit", "count"), [(999, 2500), (32766, 2500), (10, 7), (3, 5)])
def test_rows_go_in_by_statements_within_the_drivers_limit_and_in_order(limit: int, count: int) -> None:
    """SQLite before 3.32 allows 999 parameters per statement; a row of three columns then goes at
    most 333 to a statement (and with a limit of 3, one row at a time)."""
    table = Table("sample", MetaData(), Column("id", Integer, primary_key=True, autoincrement=False),
                  Column("label", String(20)), Column("amount", Integer))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    statement = InsertStatement(table, engine.dialect, raw=True)
    rows = [(number, f"row {number}", number * 3) for number in range(count)]
    issued: list[int] = []
    with engine.begin() as connection:
        driver = connection.connection.driver_connection
        driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
        driver.set_trace_callback(lambda sql: issued.append(sql.count("(") - 1) if sql.startswith("INSERT") else None)
        statement.execute(connection, [_in_order(statement.names, row) for row in rows])
        stored = connection.exec_driver_sql("SELECT id, label, amount FROM sample ORDER BY rowid").all()
    assert [tuple(row) for row in stored] == rows
    largest = min(1024, max(1, limit // 3))
    assert issued == statement_sizes(count, largest)  # 2,500 rows in six statements, not 2,500


def _in_order(names: tuple[str, ...], row: tuple[Any, ...]) -> tuple[Any, ...]:
    """``row`` (id, label, amount) in the statement's column order."""
    by_name = dict(zip(("id", "label", "amount"), row))
    return tuple(by_name[name] for name in names)
