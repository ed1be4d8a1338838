"""The quick way to read a change line written in the canonical form (``docs/bundle-format.md`` §7).

Owns: recognising a canonical change line, reading it with a C parser (orjson) instead of the
strict reader of ``bundle_format``, and taking its payload's canonical text from the line itself,
so an import need not encode every payload again for the change log.

The quick reading gives exactly what the strict reading gives, because it is used only when
orjson's sorted, compact output of the parsed line is the line itself, byte for byte:

- a duplicate key would make the parsed object smaller, so its output shorter than the line;
- ``NaN``, ``Infinity`` and numbers too large to be finite are not read back as written (orjson
  refuses the first two and writes ``null`` for the third);
- a number too large for 64 bits, a lone surrogate or any other JSON orjson does not take goes
  to the strict reader, which decides as before;
- nesting is bounded before either parser runs (``bundle_format._nesting_bound``).

Anything else falls back to the strict reader, which then accepts or refuses it as it always has.

The payload's text from the line is orjson's canonical form of the payload. It is Python's
(``change_capture.dumps``, what the change log stores) too, except in two places, where the
payload is encoded again by Python instead: a text with an escape (a backslash), and a number
below 1e-4 in size, which Python writes with an exponent (``1e-05``) and orjson may not
(``0.00001`` or ``2.5e-9``). Such a number holds ``0.0000`` or ends in ``e-`` and digits; a text
that merely contains these only costs the slower encoding.
"""

from __future__ import annotations

import re
from typing import Any, cast

import orjson

_SORTED = orjson.OPT_SORT_KEYS
_PAYLOAD_KEY = ',"payload":'
_AFTER_PAYLOAD = ',"record_id":'  # the key after "payload" in sorted order; a quote inside a text is escaped
_NEGATIVE_EXPONENT = re.compile(r"e-[0-9]+[,}\]]")  # as a number ends; an id's "e-" is followed by hex and "-" or '"'


def read_canonical(line: str) -> tuple[Any, str | None] | None:
    """``(value, payload text)`` when ``line`` is canonical JSON, else None (read it strictly).

    ``payload text`` is the canonical text of the value's ``payload`` member when the value is a
    change entry whose payload Python would write the same way, else None."""
    try:
        value = orjson.loads(line)
        again = orjson.dumps(value, option=_SORTED)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    if again.decode("utf-8") != line:
        return None
    return canonical_reading(value, line)


def read_canonical_lines(lines: list[bytes]) -> list[Any] | None:
    """The values of ``lines`` when every one of them is canonical JSON, else None (read each with
    ``read_canonical``). One sorted, compact output for the whole list: the lines joined by commas
    in brackets are a JSON array whose elements are found by parsing it, so the output is that
    text exactly when each value's output is its own line (and it costs a third of one output per
    line)."""
    try:
        values = [orjson.loads(line) for line in lines]
        again = orjson.dumps(values, option=_SORTED)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    return values if again[1:-1] == b",".join(lines) else None  # the output is a list: in brackets


def canonical_reading(value: Any, line: str) -> tuple[Any, str | None]:
    """What ``read_canonical`` gives for a canonical ``line`` whose value is ``value``."""
    return value, _payload_text(line) if isinstance(value, dict) else None


def payload_texts(lines: list[str]) -> list[str | None]:
    """``_payload_text`` of each canonical change line, with the checks for Python's form run once
    over all the payloads when none of them needs Python's encoding (the common case)."""
    slices = [_payload_slice(line) for line in lines]
    if None not in slices and _python_writes_the_same("\n".join(cast(list[str], slices))):
        return slices
    return [None if text is None or not _python_writes_the_same(text) else text for text in slices]


def _payload_text(line: str) -> str | None:
    text = _payload_slice(line)
    return text if text is not None and _python_writes_the_same(text) else None


def _payload_slice(line: str) -> str | None:
    """The payload member's text in a canonical change line."""
    start = line.find(_PAYLOAD_KEY)
    end = line.rfind(_AFTER_PAYLOAD)
    if start < 0 or end < start:
        return None
    return line[start + len(_PAYLOAD_KEY):end]


def _python_writes_the_same(payload_text: str) -> bool:
    """Whether ``payload_text``, orjson's canonical form of a payload (or several, joined by line
    breaks), is also Python's: no escape, no number below 1e-4 in size."""
    return "\\" not in payload_text and "0.0000" not in payload_text and not _NEGATIVE_EXPONENT.search(payload_text)

