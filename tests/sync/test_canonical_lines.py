"""The quick reading of canonical change lines (``sync/canonical_lines.py``) decides exactly as the
strict reader does, and the payload text it takes from a line is ``change_capture.dumps``'s.

A line given as bytes goes through the strict reader only (``parse_change``'s former path), so it
is the reference: for generated change entries, written by Python's ``json`` (the canonical form),
by orjson (a canonical form that writes small numbers differently), with spaces, with keys out of
order, with a duplicate key, with ``NaN`` or an overflowing number, the text and the bytes give the
same entry or the same refusal. Lines read together (``read_canonical_lines``) give each line's
own quick reading, and are left to one-by-one reading as soon as one of them is not canonical.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mainstream_desktop.db.change_capture import dumps
from mainstream_desktop.sync.bundle_format import BundleRefused, ChangeLine, parse_change
from mainstream_desktop.sync.canonical_lines import (
    canonical_reading,
    read_canonical,
    read_canonical_lines,
)

ORIGIN = "01a226ce-94b4-76c6-b457-6fa1047db47e"
TEXTS = st.text(alphabet=st.sampled_from(list('ab"\\\n\t\x01\x1f\x7fé€𝄞\u2028:,[]{}e-0.')), max_size=12)
NUMBERS = st.one_of(
    st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-1e-4, max_value=1e-4, allow_nan=False), st.sampled_from([1e-05, -2.5e-9, 1e16, 1.5e300, 0.0001]))
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXTS)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
                      max_leaves=15)


@st.composite
def change_entries(draw: st.DrawFn) -> dict[str, Any]:
    op = draw(st.sampled_from(["insert", "update", "delete", "resolve"]))
    payload = draw(st.dictionaries(st.sampled_from(["values", "fields", "base", "meta", "record_id"]), VALUES,
                                   max_size=3))
    return {"origin": ORIGIN, "seq": draw(st.integers(1, 10**6)),
            "hlc": "001795947404509-000000-01a226ce94b476c6b4576fa1047db47e", "actor": draw(TEXTS),
            "table": draw(st.sampled_from(["observation", "institution"])),
            "record_id": "01a226ce-99ee-7a45-b2d7-f5f78723881f",
            "workspace_id": draw(st.sampled_from([None, "01a226ce-99c7-71be-bd8a-20a415dcf823"])), "op": op,
            "payload": payload, "recorded_at": draw(st.sampled_from(["2026-11-29T10:16:44.509251", "yesterday"]))}


def python_line(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@st.composite
def lines(draw: st.DrawFn) -> str:
    entry = draw(change_entries())
    writer = draw(st.sampled_from(["python", "python", "orjson", "spaces", "unsorted", "duplicate", "nan", "big"]))
    if writer == "orjson" and _orjson_takes(entry):
        return orjson.dumps(entry, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    if writer == "spaces":
        return json.dumps(entry, ensure_ascii=False, sort_keys=True)
    if writer == "unsorted":
        return json.dumps(dict(reversed(entry.items())), ensure_ascii=False, separators=(",", ":"))
    line = python_line(entry)
    if writer == "duplicate":
        return '{"actor":"x",' + line[1:]
    if writer == "nan":
        return line.replace('"seq":', '"seq":NaN,"x":', 1)
    if writer == "big":
        return line.replace('"seq":', '"seq":1e999,"x":', 1)
    return line


def _read(line: str | bytes) -> tuple[str, Any]:
    try:
        return "entry", parse_change(line, "the line")
    except BundleRefused as exc:
        return "refused", str(exc)


def _without_payload_text(change: ChangeLine) -> ChangeLine:
    return change._replace(payload_json=None)


@settings(max_examples=1500, deadline=None)
@given(lines())
def test_the_quick_reading_decides_as_the_strict_one(line: str) -> None:
    quick, strict = _read(line), _read(line.encode("utf-8"))
    assert quick[0] == strict[0], line
    if quick[0] == "entry":
        assert _without_payload_text(quick[1]) == _without_payload_text(strict[1])
        assert json.dumps(quick[1].payload, sort_keys=True) == json.dumps(strict[1].payload, sort_keys=True)
        if quick[1].payload_json is not None:
            assert quick[1].payload_json == dumps(quick[1].payload), line


@settings(max_examples=500, deadline=None)
@given(change_entries())
def test_a_python_line_without_escapes_or_small_numbers_gives_its_payload_text(entry: dict[str, Any]) -> None:
    line = python_line(entry)
    change = parse_change(line, "the line")
    payload = dumps(entry["payload"])
    if "\\" not in payload and "e-" not in payload and "0.0000" not in payload and _orjson_takes(entry):
        assert change.payload_json == payload


def _orjson_takes(value: Any) -> bool:
    """Integers beyond 64 bits are left to the strict reader."""
    try:
        orjson.dumps(value)
    except orjson.JSONEncodeError:
        return False
    return True


@pytest.mark.parametrize("line", [
    '{"a":1,"a":2}', '{"a":NaN}', '{"a":1e999}', '{"a": 1}', '{"b":1,"a":2}', '[1,2', '{"a":18446744073709551616}',
    '{"a":"\\ud800"}'])
def test_lines_not_in_the_canonical_form_are_left_to_the_strict_reader(line: str) -> None:
    assert read_canonical(line) is None


def test_a_canonical_line_is_read_with_its_payload_text() -> None:
    line = ('{"actor":"a","hlc":"h","op":"insert","origin":"o","payload":{"values":{"note":"x","record_id":1,'
            '"value":0.5}},"record_id":"r","recorded_at":"t","seq":1,"table":"t","workspace_id":null}')
    value, payload_text = read_canonical(line) or (None, None)
    assert value == json.loads(line)
    assert payload_text == '{"values":{"note":"x","record_id":1,"value":0.5}}'


@pytest.mark.parametrize("payload", [{"v": 1e-05}, {"v": 2.5e-9}, {"v": "a\nb"}, {"v": 'say "hi"'}])
def test_a_payload_python_writes_otherwise_is_encoded_again(payload: dict[str, Any]) -> None:
    entry = {"actor": "a", "hlc": "h", "op": "insert", "origin": "o", "payload": payload, "record_id": "r",
             "recorded_at": "t", "seq": 1, "table": "t", "workspace_id": None}
    line = orjson.dumps(entry, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    quick = read_canonical(line)
    assert quick is not None and quick[1] is None


@settings(max_examples=400, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=6))
def test_lines_read_together_give_each_lines_own_reading(group: list[str]) -> None:
    """All canonical: each value and payload text is the line's own ``read_canonical``; one line
    not canonical (spaces, keys out of order, a duplicate key, NaN, an overflow): None."""
    values = read_canonical_lines([line.encode("utf-8") for line in group])
    one_by_one = [read_canonical(line) for line in group]
    if any(reading is None for reading in one_by_one):
        assert values is None
    else:
        assert values is not None
        assert [canonical_reading(value, line) for value, line in zip(values, group)] == one_by_one


def test_lines_that_only_join_into_the_canonical_text_are_not_canonical() -> None:
    """Two lines whose differences cancel out in length (a space too many, a number written
    shorter) are still refused: the array's elements are found by parsing, not by length."""
    assert read_canonical_lines([b'{"a": 1}', b'{"b":1E2}']) is None
    assert read_canonical_lines([b'{"a":1}', b'{"b":100.0}']) == [{"a": 1}, {"b": 100.0}]
