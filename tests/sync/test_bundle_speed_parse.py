"""The fast reading of change lines refuses exactly what the former one refused.

The former ``strict_loads`` walked every character of a line in Python to guess its nesting, then
walked the parsed value again for depth and non-finite numbers. Now a line whose brackets number
no more than the depth cap skips the scan (it cannot nest deeper than its bracket count), the scan
itself counts the brackets left once the strings are dropped (a split on quotes when the line has
no escape, a regular expression otherwise), numbers too large to be finite are refused as they are
parsed, and the value is walked only when the scan found 17 or 18 containers open at once. These tests keep the former functions as the reference and compare
decisions on generated documents, and check that the scan stays linear on hostile text.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mainstream_desktop.sync import bundle_format
from mainstream_desktop.sync.bundle_format import (
    MAX_JSON_DEPTH,
    MAX_LINE_BYTES,
    BundleRefused,
    parse_change,
    strict_loads,
)
from mainstream_desktop.sync.bundle_reader import _lines

# -- the former reader, word for word -------------------------------------------------------------


def former_nesting_guess(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _former_no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _former_no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _former_depth(value: Any, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    if isinstance(value, dict):
        return max((_former_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_former_depth(v, level + 1) for v in value), default=level)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a number that is not finite")
    return level


def former_strict_loads(text: str) -> tuple[bool, Any]:
    """(accepted, value) as the former ``strict_loads`` decided."""
    try:
        if text.count("[") + text.count("{") > 0 and former_nesting_guess(text) > MAX_JSON_DEPTH + 2:
            raise ValueError("nested too deeply")
        value = json.loads(text, object_pairs_hook=_former_no_duplicates, parse_constant=_former_no_constants)
        _former_depth(value)
        return True, value
    except (ValueError, RecursionError):
        return False, None


def current_strict_loads(text: str) -> tuple[bool, Any]:
    try:
        return True, strict_loads(text, "the text")
    except BundleRefused:
        return False, None


# -- generated documents --------------------------------------------------------------------------

KEYS = st.sampled_from(["a", "b", "[", "{", '"', "\\", "]}", "é"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                    st.text(alphabet='ab[]{}"\\\n\u2028é', max_size=8))


def nested(depth: int, leaf: Any, kinds: str) -> Any:
    for kind in kinds[:depth]:
        leaf = [leaf] if kind == "l" else {"k": leaf}
    return leaf


@st.composite
def documents(draw: st.DrawFn) -> str:
    """JSON text near the depth cap, with brackets in strings and keys, some of it damaged."""
    width = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
                         max_leaves=12)
    depth = draw(st.integers(0, MAX_JSON_DEPTH + 4))
    kinds = draw(st.text(alphabet="ld", min_size=depth, max_size=depth))
    value = nested(depth, draw(width), kinds)
    text = json.dumps(value, ensure_ascii=draw(st.booleans()), separators=draw(st.sampled_from([(",", ":"), (", ", ": ")])))
    damage = draw(st.sampled_from(["", "", "", "dup", "cut", "nan", "big", "bracket", "quote"]))
    if damage == "dup" and text.startswith("{") and text != "{}":
        text = '{"k": 1, ' + text[1:]
    elif damage == "cut":
        text = text[:draw(st.integers(0, len(text)))]
    elif damage == "nan":
        text = text.replace("0", draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e400", "1E400"])), 1)
    elif damage == "big":
        text = f"[{text}, 1.5e308, 2e308]"
    elif damage == "bracket":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(["[", "{", "]", "}", "[[[[[[[[[[[[[[[[[[[["])) + text[at:]
    elif damage == "quote":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(['"', '\\"', "\\"])) + text[at:]
    return text


@settings(max_examples=400, deadline=None)
@given(documents())
def test_strict_loads_decides_as_before(text: str) -> None:
    former, current = former_strict_loads(text), current_strict_loads(text)
    assert current[0] == former[0], text
    assert json.dumps(current[1], sort_keys=True) == json.dumps(former[1], sort_keys=True)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet='[]{}"\\a,: \n', max_size=80))
def test_the_nesting_scan_matches_the_former_walk(text: str) -> None:
    """Exact up to the cap; past it both only need to say "past the cap"."""
    cap = MAX_JSON_DEPTH + 2
    former, current = former_nesting_guess(text), bundle_format._nesting_guess(text)
    assert min(former, cap + 1) == min(current, cap + 1)


@pytest.mark.parametrize("levels", range(1, MAX_JSON_DEPTH + 5))
@pytest.mark.parametrize("kinds", ["l", "d", "ld"])
def test_the_depth_cap_is_where_the_format_puts_it(levels: int, kinds: str) -> None:
    """``{"a":{"a":...1}}``: 16 levels are read, 17 are refused (section 2.5); with an empty container
    innermost the verdict is the former one too."""
    leaves: tuple[Any, ...] = (1, [], {})
    for leaf in leaves:
        text = json.dumps(nested(levels, leaf, kinds * levels))
        assert current_strict_loads(text)[0] == former_strict_loads(text)[0], text
    assert current_strict_loads(json.dumps(nested(levels, 1, kinds * levels)))[0] == (levels <= MAX_JSON_DEPTH)


HOSTILE = {
    "escaped-quotes-never-closed": '{"a":"' + '\\"' * 1_000_000 + "[" * 40,
    "backslash-quote-pairs": '"\\' * 1_000_000 + "[" * 40,
    "quotes-only": '"' * 2_000_001 + "[" * 40,
    "wide-brackets": "[]" * 1_000_000,
    "deep-brackets": "[" * 2_000_000,
    "deep-after-a-long-string": '["' + "x" * 2_000_000 + '",' + "[" * 40 + "]" * 40 + "]",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_scanned_in_linear_time(name: str) -> None:
    """No input makes the scan quadratic (a 2 MB line would then take hours); each of these takes a
    fraction of a second, and the verdict is the former one."""
    text = HOSTILE[name]
    started = time.perf_counter()
    current = current_strict_loads(text)[0]
    assert time.perf_counter() - started < 10
    assert current == former_strict_loads(text)[0]


def test_duplicate_keys_are_named() -> None:
    with pytest.raises(BundleRefused, match="duplicate key 'b'"):
        strict_loads(b'{"a": {"b": 1, "c": 2, "b": 3}}', "the text")


@pytest.mark.parametrize("token", ["1e999", "-1e400", "1E309"])
def test_numbers_too_large_to_be_finite_are_refused(token: str) -> None:
    with pytest.raises(BundleRefused, match="not finite"):
        strict_loads(f'{{"a": [{token}]}}', "the text")


# -- change lines ---------------------------------------------------------------------------------

ORIGIN = "01a226ce-94b4-76c6-b457-6fa1047db47e"


def change_text(**fields: Any) -> str:
    line = {"origin": ORIGIN, "seq": 3, "hlc": "001795947404509-000000-01a226ce94b476c6b4576fa1047db47e",
            "actor": "user-A", "table": "institution", "record_id": "01a226ce-99ee-7a45-b2d7-f5f78723881f",
            "workspace_id": "01a226ce-99c7-71be-bd8a-20a415dcf823", "op": "update",
            "payload": {"fields": {"acronym": ["", "MLSS"]}}, "recorded_at": "2026-11-29T10:16:44.509251"}
    return json.dumps({**line, **fields})


@pytest.mark.parametrize("written", [
    ORIGIN.upper(), ORIGIN.replace("-", ""), "{" + ORIGIN + "}", "urn:uuid:" + ORIGIN, ORIGIN])
def test_ids_in_any_form_uuid_reads_are_normalized(written: str) -> None:
    change = parse_change(change_text(origin=written, record_id=written, workspace_id=written), "the line")
    assert change.origin == change.record_id == change.workspace_id == ORIGIN


@pytest.mark.parametrize("fields", [
    {"origin": "not-an-id"}, {"record_id": ORIGIN + "0"}, {"workspace_id": ""},
    {"hlc": "００１795947404509-000000-01a226ce94b476c6b4576fa1047db47e"},  # digits, but not ASCII ones
    {"hlc": "١٧٩٥٩٤٧٤٠٤٥٠٩٠٠-000000-01a226ce94b476c6b4576fa1047db47e"},
    {"seq": True}, {"seq": 0}, {"actor": 5}, {"op": "merge"}, {"payload": []}, {"extra": 1}])
def test_bad_change_lines_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(BundleRefused):
        parse_change(change_text(**fields).encode("utf-8"), "the line")


def test_bytes_and_text_read_the_same() -> None:
    text = change_text(actor="usér")
    assert parse_change(text, "the line") == parse_change(text.encode("utf-8"), "the line")


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_lines_split_across_reads(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr("mainstream_desktop.sync.bundle_reader.CHUNK", chunk)
    data = b'{"a":1}\n\n  \n{"b":"\xc3\xa9"}\r\n{"c":3}'
    digest = hashlib.sha256()
    assert list(_lines(io.BytesIO(data), digest)) == data.split(b"\n")
    assert digest.digest() == hashlib.sha256(data).digest()


def test_a_line_past_the_cap_is_refused_whichever_read_ends_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mainstream_desktop.sync.bundle_reader.MAX_LINE_BYTES", 10)
    for data in (b"0123456789\n0123456789A\n", b"01234567890\n", b"short\n0123456789A"):
        with pytest.raises(BundleRefused, match="longer than the format allows"):
            list(_lines(io.BytesIO(data), hashlib.sha256()))
    assert list(_lines(io.BytesIO(b"0123456789\n0123456789"), hashlib.sha256())) == [b"0123456789"] * 2
    assert MAX_LINE_BYTES == 4 << 20
