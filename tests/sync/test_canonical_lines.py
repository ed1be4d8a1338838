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
from mainstream_desktop.sync.bundle_format import (
    BundleRefused,
    ChangeLine,
    parse_change,
    parse_change_group,
)
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


# -- a group of lines checked field by field (``bundle_format.parse_change_group``) ---------------------------------

BAD_FIELD_VALUES = {
    "seq": [0, -3, True, 1.5, "7", None],
    "op": ["upsert", 1, None, ["insert"]],
    "hlc": ["001795947404509-000000-01A226CE94B476C6B4576FA1047DB47E", "x", "001795947404509-000000-01a226ce\n", 5],
    "origin": ["01A226CE-94B4-76C6-B457-6FA1047DB47E", "01a226ce94b476c6b4576fa1047db47e", "nope", 3, None],
    "record_id": ["{01a226ce-99ee-7a45-b2d7-f5f78723881f}", "01a226ce-99ee-7a45-b2d7-f5f78723881f\n", 7, None],
    "workspace_id": ["01A226CE-99C7-71BE-BD8A-20A415DCF823", "", 4, ["x"]],
    "table": [None, 3, ["observation"]],
    "actor": [None, 2, {"a": 1}],
    "recorded_at": [None, 1.5],
    "payload": [None, [], "values", 3],
}


@st.composite
def group_entries(draw: st.DrawFn) -> dict[str, Any]:
    """A change entry, sometimes with one field of a value ``parse_change`` refuses or writes otherwise, a
    field too many or too few, or nested deeper than the format allows."""
    entry = draw(change_entries())
    damage = draw(st.sampled_from([None, "deep", "extra", "missing", *BAD_FIELD_VALUES]))
    if damage == "extra":
        entry["note"] = draw(TEXTS)
    elif damage == "missing":
        del entry[draw(st.sampled_from(sorted(entry)))]
    elif damage == "deep":
        nested: Any = 1
        for _ in range(draw(st.integers(12, 18))):
            nested = {"n": nested}
        entry["payload"] = {"values": nested}
    elif damage is not None:
        entry[damage] = draw(st.sampled_from(BAD_FIELD_VALUES[damage]))
    return entry


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(lines(), group_entries().map(python_line)), min_size=1, max_size=6))
def test_a_group_checked_at_once_gives_each_lines_own_entry_or_none(group: list[str]) -> None:
    """Whatever the lines, the group's entries are exactly those ``parse_change`` gives line by line
    (payload text included), or None, and then each line is read on its own."""
    values = read_canonical_lines([line.encode("utf-8") for line in group])
    if values is None:
        return
    changes = parse_change_group(group, values)
    if changes is None:
        return
    one_by_one = [parse_change(line, "the line") for line in group]
    assert changes == one_by_one
    assert [type(change) for change in changes] == [ChangeLine] * len(group)
    assert [json.dumps(change.payload) for change in changes] == [json.dumps(change.payload) for change in one_by_one]


@settings(max_examples=200, deadline=None)
@given(st.lists(change_entries(), min_size=1, max_size=6))
def test_a_group_of_python_lines_is_read_at_once(entries: list[dict[str, Any]]) -> None:
    """Lines as the writer writes them take the group's way whenever orjson reads them all."""
    group = [python_line(entry) for entry in entries]
    values = read_canonical_lines([line.encode("utf-8") for line in group])
    if values is None:
        assert any(read_canonical(line) is None for line in group)
        return
    assert parse_change_group(group, values) == [parse_change(line, "the line") for line in group]


def test_one_line_nested_too_deeply_leaves_its_group_to_the_line_by_line_reading() -> None:
    entry = {"actor": "a", "hlc": "001795947404509-000000-01a226ce94b476c6b4576fa1047db47e", "op": "insert",
             "origin": ORIGIN, "payload": {}, "record_id": "01a226ce-99ee-7a45-b2d7-f5f78723881f",
             "recorded_at": "t", "seq": 1, "table": "observation", "workspace_id": None}
    deep: Any = 1
    for _ in range(15):
        deep = {"n": deep}
    flat, nested = python_line(entry), python_line({**entry, "payload": {"values": deep}})
    values = read_canonical_lines([flat.encode("utf-8"), nested.encode("utf-8")])
    assert values is not None
    assert parse_change_group([flat, flat], [values[0], values[0]]) is not None
    assert parse_change_group([flat, nested], values) is None
    with pytest.raises(BundleRefused, match="nested too deeply"):
        parse_change(nested, "the line")


VALID_ENTRY = {"actor": "a", "hlc": "001795947404509-000000-01a226ce94b476c6b4576fa1047db47e", "op": "insert",
               "origin": ORIGIN, "payload": {"values": {"value": 2.5}}, "record_id": "01a226ce-99ee-7a45-b2d7-f5f78723881f",
               "recorded_at": "2026-11-29T10:16:44.509251", "seq": 1, "table": "observation",
               "workspace_id": "01a226ce-99c7-71be-bd8a-20a415dcf823"}


@pytest.mark.parametrize(("field", "value"), [(field, value) for field, values in BAD_FIELD_VALUES.items()
                                              for value in values])
def test_a_field_parse_change_refuses_or_rewrites_leaves_the_group_to_the_line_by_line_reading(field: str,
                                                                                              value: Any) -> None:
    group = [python_line(VALID_ENTRY), python_line({**VALID_ENTRY, field: value})]
    values = read_canonical_lines([line.encode("utf-8") for line in group])
    assert values is not None
    assert parse_change_group(group[:1], values[:1]) == [parse_change(group[0], "the line")]
    assert parse_change_group(group, values) is None


@pytest.mark.parametrize("line", [
    python_line({**VALID_ENTRY, "extra": 1}),
    python_line({key: value for key, value in VALID_ENTRY.items() if key != "actor"}),
    json.dumps(list(VALID_ENTRY), separators=(",", ":")),
    "7"])
def test_a_line_that_is_not_a_change_entry_leaves_the_group_to_the_line_by_line_reading(line: str) -> None:
    group = [python_line(VALID_ENTRY), line]
    values = read_canonical_lines([text.encode("utf-8") for text in group])
    assert values is not None
    assert parse_change_group(group, values) is None
    with pytest.raises(BundleRefused, match="is not a change entry"):
        parse_change(line, "the line")
