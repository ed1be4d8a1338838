"""What turns the JSON values of incoming inserts into the parameters the database driver gets,
one value at a time and a whole column of a batch at once, stored exactly as the ORM would store
them.

Owns: the per-column converters of the bulk path (``bulk_rows``).

A value's converter (``ColumnConverter.one``) is the column's ``change_capture.column_decoder``
(the rules of ``decode``: same values, same errors) followed, when the statement goes to the
driver directly (SQLite), by SQLAlchemy's own bind processor of the column's type for the
dialect. Three shortcuts skip the detour through Python objects for the text forms the writer
uses, each only when the dialect's processor is seen to give what the shortcut gives:

- an id in lower case with hyphens is stored as its 32 hex digits (``UUID.hex``);
- a date ``YYYY-MM-DD`` is stored as it is;
- a date and time ``YYYY-MM-DDTHH:MM:SS.ffffff`` with or without an offset is stored as
  ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy's SQLite format keeps the wall time and drops the
  offset); it is still parsed, so a value that is not a real time fails with ``decode``'s error.

A column's converter (``ColumnConverter.many``) gives for a column of values exactly the list
``one`` gives value by value, or None when one of them fails (the caller then goes row by row to
find it). It is quicker where a column holds one kind of value only: values that repeat are
converted once each; texts are checked by their types and longest length at once; ids, dates and
times in the writer's forms are matched all together, joined by line breaks (counting the pieces
afterwards proves no value held a break); any other column is ``one`` mapped over it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Column

from mainstream_desktop.db.change_capture import column_decoder, decoded_type
from mainstream_desktop.sync.bundle_format import (
    CANONICAL_UUID,
    column_pattern,
    joined_if_all_match,
)

Converter = Callable[[Any], Any]
ColumnBatch = Callable[[list[Any]], list[Any] | None]

_UUID_FORM = CANONICAL_UUID.pattern
_DATE_FORM = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DATETIME_FORM = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}(?:[+-][0-9]{2}:[0-9]{2})?"
_SAMPLE_UUID = uuid.UUID("0123abcd-4567-89ef-0123-456789abcdef")
_SAMPLE_DATE = date(987, 6, 5)
_SAMPLE_TIMES = (datetime(987, 6, 5, 4, 3, 2, 1), datetime(2026, 12, 31, 23, 59, 58, 999999,
                                                           tzinfo=timezone(timedelta(hours=-5, minutes=-30))))


class ColumnConverter:
    """One column's JSON values as driver parameters: ``one`` value, or ``many`` (a batch's column)."""

    def __init__(self, column: Column[Any], processor: Converter | None) -> None:
        self.one: Converter = json_converter(column, processor)
        self.many: ColumnBatch = _column_batch(column, processor, self.one)


def json_converter(column: Column[Any], processor: Converter | None) -> Converter:
    """A JSON value of ``column`` as the driver's parameter: ``column_decoder``, then ``processor``
    (with a shortcut for the writer's forms of ids, dates and times when ``processor`` stores them
    as the shortcut does)."""
    decoder = column_decoder(column)
    if processor is None:
        return decoder
    composed = _composed(decoder, processor)
    form = _shortcut_form(column, processor)
    if form is None:
        return composed
    pattern, check, stored = form
    return _shortcut(composed, re.compile(pattern), check, stored)


def _shortcut_form(column: Column[Any], processor: Converter) -> tuple[str, Callable[[str], Any] | None,
                                                                       Callable[[str], str]] | None:
    """The writer's text form of the column's values whose stored parameter the shortcut makes
    without Python objects: (pattern, the check a value passes, the stored text), when
    ``processor`` is seen to store values so."""
    python_type = decoded_type(column)  # uuid, date and datetime columns decode to their own types
    if python_type is uuid.UUID and processor(_SAMPLE_UUID) == _SAMPLE_UUID.hex:
        return _UUID_FORM, None, _uuid_hex
    if python_type is date and processor(_SAMPLE_DATE) == _SAMPLE_DATE.isoformat():
        return _DATE_FORM, date.fromisoformat, _same_text
    if python_type is datetime and all(processor(sample) == _wall_time(sample) for sample in _SAMPLE_TIMES):
        return _DATETIME_FORM, datetime.fromisoformat, _wall_time_text
    return None


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


# -- whole columns --------------------------------------------------------------------------------
REPEATS = 4  # a column of texts, booleans or integers with at most a quarter as many distinct values
SAMPLE = 64  # values first looked at for repeats


def _column_batch(column: Column[Any], processor: Converter | None, one: Converter) -> ColumnBatch:
    return _few_distinct_first(_column_batch_by_kind(column, processor, one), one)


def _few_distinct_first(by_kind: ColumnBatch, one: Converter) -> ColumnBatch:
    """A column of one type (text, boolean or integer) whose values repeat (a workspace's id, the
    time of one transaction, a code, a flag) is converted once per distinct value: equal values
    of one of these types are the same value. Anything else goes to ``by_kind``."""
    def convert_column(values: list[Any]) -> list[Any] | None:
        sample = values[:SAMPLE]
        try:
            if len(set(sample)) * REPEATS > len(sample):  # ids and other all-different columns: not worth a look
                return by_kind(values)
            distinct = set(values)
        except TypeError:  # a list or an object where a value belongs: refused by ``by_kind``
            return by_kind(values)
        if len(distinct) * REPEATS > len(values) or not _one_kind(distinct, values):
            return by_kind(values)
        try:
            converted = {value: one(value) for value in distinct}
        except Exception:  # noqa: BLE001 - the row-by-row path finds the value and its reason
            return None
        if all(converted[value] is value for value in distinct):  # texts stored as they are: the column itself
            return values
        return list(map(converted.__getitem__, values))
    return convert_column


def _one_kind(distinct: set[Any], values: list[Any]) -> bool:
    """Every value is a text, or every value a boolean, or every value an integer. Texts are told
    from the distinct values alone (no other JSON value equals a text, so none hides in the set
    behind one); ``True``, ``1`` and ``1.0`` are equal, so numbers are told from every value."""
    kinds = set(map(type, distinct))
    if kinds == {str}:
        return True
    return len(kinds) == 1 and kinds <= {bool, int} and set(map(type, values)) == kinds


def _column_batch_by_kind(column: Column[Any], processor: Converter | None, one: Converter) -> ColumnBatch:
    def each(values: list[Any]) -> list[Any] | None:
        try:
            return list(map(one, values))
        except Exception:  # noqa: BLE001 - the row-by-row path finds the value and its reason
            return None

    try:
        none_stays_none = one(None) is None
    except Exception:  # noqa: BLE001 - a column whose converter refuses null: no shortcut for nulls
        none_stays_none = False
    form = None if processor is None else _shortcut_form(column, processor)
    if form is not None:
        whole = column_pattern(form[0])
        check, stored = form[1], form[2]
        return _formed_column(whole, check, stored, each, none_stays_none)
    if decoded_type(column) not in (uuid.UUID, datetime, date, bool, int, float):  # column_decoder's text rule
        return _text_column(getattr(column.type, "length", None), processor, each, none_stays_none)
    if decoded_type(column) is float:
        return _float_column(processor, each, none_stays_none)
    return _plain_column(each, none_stays_none)


def _only_nulls(values: list[Any]) -> bool:
    return values.count(None) == len(values)


def _formed_column(whole: re.Pattern[str], check: Callable[[str], Any] | None, stored: Callable[[str], str],
                   each: ColumnBatch, none_stays_none: bool) -> ColumnBatch:
    def convert_column(values: list[Any]) -> list[Any] | None:
        if none_stays_none and _only_nulls(values):
            return values
        if set(map(type, values)) != {str}:
            return each(values)
        joined = joined_if_all_match(whole, values)
        if joined is None:
            return each(values)
        if stored is _uuid_hex:  # ids: no check, all different
            return joined.replace("-", "").split("\n")
        distinct = set(values)  # dates and times repeat (one transaction's records share theirs)
        if check is not None:
            try:
                for _ in map(check, distinct):
                    pass
            except ValueError:
                return None
        if stored is _same_text:
            return values
        return _each_distinct(stored, values, distinct)
    return convert_column


def _text_column(length: int | None, processor: Converter | None, each: ColumnBatch,
                 none_stays_none: bool) -> ColumnBatch:
    def convert_column(values: list[Any]) -> list[Any] | None:
        if none_stays_none and _only_nulls(values):
            return values
        if set(map(type, values)) != {str}:
            return each(values)
        if length is not None and max(map(len, values), default=0) > length:
            return None
        if processor is None:
            return values
        try:  # the text decoder gives a text within the length as it is
            return _each_distinct(processor, values, set(values))
        except Exception:  # noqa: BLE001 - the row-by-row path finds the value and its reason
            return None
    return convert_column


def _each_distinct(convert: Converter, values: list[str], distinct: set[str]) -> list[Any]:
    """``convert`` mapped over texts, called once per distinct text (equal texts are the same
    value; a code list's few codes fill whole columns)."""
    converted = {value: convert(value) for value in distinct}
    return list(map(converted.__getitem__, values))


def _float_column(processor: Converter | None, each: ColumnBatch, none_stays_none: bool) -> ColumnBatch:
    """Numbers that are all floating point: the float decoder gives each as it is."""
    def convert_column(values: list[Any]) -> list[Any] | None:
        if none_stays_none and _only_nulls(values):
            return values
        if set(map(type, values)) != {float}:
            return each(values)
        if processor is None:
            return values
        try:
            return list(map(processor, values))
        except Exception:  # noqa: BLE001 - the row-by-row path finds the value and its reason
            return None
    return convert_column


def _plain_column(each: ColumnBatch, none_stays_none: bool) -> ColumnBatch:
    def convert_column(values: list[Any]) -> list[Any] | None:
        if none_stays_none and _only_nulls(values):
            return values
        return each(values)
    return convert_column
