"""The bundle file format (specified in ``docs/bundle-format.md``): member names, caps, the
manifest and change-line shapes (read, and a change line written byte for byte), strict JSON
reading, and the one error every refusal raises.

A bundle is a zip (stored or deflate) holding ``manifest.json``, ``manifest.sig`` (Ed25519 over
the manifest's exact bytes), ``changes/NNNN.jsonl`` and ``attachments/<sha256>``. The zip's comment
is the file seal: an Ed25519 signature over the SHA-256 of every byte before the comment, so no
byte of the file (headers and compressed data included) can change unnoticed. Optionally the
whole zip is wrapped in age encryption. One bundle carries one workspace.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from json.encoder import encode_basestring
from operator import itemgetter, methodcaller
from typing import Any, NamedTuple

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.sync.canonical_lines import payload_texts, read_canonical

FORMAT = "mainstream-bundle"
FORMAT_VERSION = "1.0"
SUPPORTED_MAJOR = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES_NAME = re.compile(r"changes/([0-9]{4})\.jsonl")
ATTACHMENT_NAME = re.compile(r"attachments/([0-9a-f]{64})")
AGE_MAGIC = b"age-encryption.org/v1"
SEAL_PREFIX = b"MDSEAL1:"
SEAL_LENGTH = len(SEAL_PREFIX) + 88  # the zip comment: the prefix, then the base64 of a 64-byte signature
SEAL_PLACEHOLDER = SEAL_PREFIX + b"=" * 88
ZIP_MAGIC = b"PK\x03\x04"

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 1 << 30            # 1 GiB uncompressed, any one member
MAX_TOTAL_BYTES = 4 << 30             # 4 GiB uncompressed, the whole bundle
MAX_MANIFEST_BYTES = 16 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_RATIO = 200                       # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_LINE_BYTES = 4 << 20
MAX_JSON_DEPTH = 16
CHANGES_PER_MEMBER = 50_000
OPERATIONS = ("insert", "update", "delete", "resolve")


def seal_message(digest: bytes) -> bytes:
    """What the file seal signs: the SHA-256 of every byte of the zip before its comment."""
    return b"mainstream-bundle-seal-v1\n" + digest


class BundleRefused(MainstreamError):
    """The bundle is damaged, forged, untrusted, or not ours to read: nothing was written."""

    code = "bundle_refused"


def refuse(message: str) -> BundleRefused:
    return BundleRefused(message)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; ``1e999`` would otherwise become infinity."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number that is not finite")
    return value


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                            parse_float=_finite_float)


def strict_loads(data: bytes | str, what: str) -> Any:
    """JSON that refuses duplicate keys, NaN and Infinity (and numbers too large to be finite), and
    deep nesting."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        nesting = _nesting_bound(text)
        if nesting > MAX_JSON_DEPTH + 2:
            raise ValueError("nested too deeply")
        value = _DECODER.decode(text)
        if nesting > MAX_JSON_DEPTH:  # 17 or 18 containers: only the parsed value tells whether a value sits too deep
            _depth(value)
        return value
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refuse(f"{what} is not valid: {exc}") from exc


def _nesting_bound(text: str) -> int:
    """At least as many as the containers open at once in ``text``: the count of every bracket when
    that alone is within the cap (true of most documents, and cheap), else the scan outside strings."""
    brackets = text.count("[") + text.count("{")
    return brackets if brackets <= MAX_JSON_DEPTH else _nesting_guess(text)


# A string from its quote to the closing one, escapes skipped, or to the end of the text when it is never
# closed: every match succeeds without backtracking, so the scan stays linear on any input.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


def _outside_strings(text: str) -> str:
    """The text with every string taken out, quotes included."""
    if "\\" not in text:  # no escapes: every quote opens or closes a string
        return "".join(text.split('"')[::2])
    return _STRING.sub("", text)


def _nesting_guess(text: str) -> int:
    """Brackets open at once outside strings (exact for valid JSON; stops counting once past the cap):
    refuses a bomb of nesting before the parser recurses."""
    depth = deepest = 0
    for char in _NOT_A_BRACKET.sub("", _outside_strings(text)):
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH + 2:
                    break
        else:
            depth -= 1
    return deepest


@dataclass(frozen=True)
class Member:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str
    format_version: str
    created_at: str
    app_version: str
    sender_site_id: str
    sender_name: str
    sender_kind: str
    workspace_code: str
    workspace_id: str
    base_frontier: dict[str, int]
    new_frontier: dict[str, int]
    total_changes: int
    counts: dict[str, dict[str, int]]
    members: tuple[Member, ...]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise refuse(f"the manifest is not valid: {message}")


def _uuid_text(value: Any, what: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise refuse(f"the manifest is not valid: {what} is not an id") from exc


def _frontier(value: Any, what: str) -> dict[str, int]:
    _require(isinstance(value, dict), f"{what} must be an object")
    result = {}
    for origin, seq in value.items():
        _require(isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0, f"{what} holds a bad sequence")
        result[_uuid_text(origin, what)] = seq
    return result


MANIFEST_FIELDS = {"format", "format_version", "bundle_id", "kind", "created_at", "app_version", "sender",
                   "workspace", "base_frontier", "new_frontier", "counts", "members"}


def parse_manifest(data: bytes) -> Manifest:
    raw = strict_loads(data, "the manifest")
    _require(isinstance(raw, dict), "not an object")
    _require(raw.get("format") == FORMAT, "this is not a Mainstream Desktop bundle")
    version = raw.get("format_version")
    _require(isinstance(version, str) and re.fullmatch(r"[0-9]{1,3}\.[0-9]{1,3}", version) is not None,
             "no format version")
    major = version.split(".")[0]
    if int(major) > SUPPORTED_MAJOR:
        raise refuse(f"the bundle is in format {version}, newer than this program reads ({FORMAT_VERSION}): "
                     "update Mainstream Desktop to import it")
    _require(set(raw) <= MANIFEST_FIELDS | {"extensions"} and MANIFEST_FIELDS <= set(raw), "unexpected or missing fields")
    sender, workspace, counts = raw["sender"], raw["workspace"], raw["counts"]
    _require(isinstance(sender, dict) and isinstance(workspace, dict) and isinstance(counts, dict), "bad sections")
    _require(set(sender) == {"site_id", "name", "kind", "fingerprint"} and all(
        isinstance(sender[k], str) for k in sender), "the sender must be a site id, name, kind and fingerprint")
    _require(set(workspace) == {"code", "id"} and set(counts) == {"total", "by_table"}, "bad workspace or counts")
    _require(all(isinstance(raw[k], str) for k in ("bundle_id", "kind", "created_at", "app_version")),
             "bundle_id, kind, created_at and app_version must be text")
    _require(isinstance(raw["members"], list), "members must be a list")
    members = []
    for item in raw["members"]:
        _require(isinstance(item, dict) and set(item) == {"path", "size", "sha256"}, "a bad member entry")
        _require(isinstance(item["path"], str) and isinstance(item["size"], int) and not isinstance(item["size"], bool)
                 and isinstance(item["sha256"], str) and re.fullmatch(r"[0-9a-f]{64}", item["sha256"]) is not None,
                 "a bad member entry")
        members.append(Member(item["path"], item["size"], item["sha256"]))
    total = counts.get("total")
    _require(isinstance(total, int) and not isinstance(total, bool) and total >= 0, "no change count")
    by_table = counts.get("by_table", {})
    _require(isinstance(by_table, dict) and all(isinstance(v, dict) and all(
        isinstance(n, int) and not isinstance(n, bool) for n in v.values()) for v in by_table.values()),
        "bad counts by table")
    _require(raw["kind"] in ("changes", "full"), "unknown kind")
    code = workspace.get("code")
    _require(isinstance(code, str) and re.fullmatch(r"[A-Z0-9]{2,10}", code) is not None, "bad workspace code")
    return Manifest(
        _uuid_text(raw["bundle_id"], "bundle_id"), raw["kind"], version, str(raw["created_at"]),
        str(raw["app_version"]), _uuid_text(sender.get("site_id"), "sender"), str(sender.get("name", "")),
        str(sender.get("kind", "")), code, _uuid_text(workspace.get("id"), "workspace id"),
        _frontier(raw["base_frontier"], "base_frontier"), _frontier(raw["new_frontier"], "new_frontier"),
        total, {str(t): {str(op): n for op, n in v.items()} for t, v in by_table.items()}, tuple(members))


class ChangeLine(NamedTuple):
    """One change entry as read (a named tuple: an import makes one per line, five times faster
    than a frozen dataclass)."""

    origin: str
    seq: int
    hlc: str
    actor: str
    table: str
    record_id: str
    workspace_id: str | None
    op: str
    payload: dict[str, Any]
    recorded_at: str
    payload_json: str | None = None  # the payload's canonical text, when the line gave it (``canonical_lines``)


CHANGE_FIELDS = {"origin", "seq", "hlc", "actor", "table", "record_id", "workspace_id", "op", "payload", "recorded_at"}
HLC_PATTERN = re.compile(r"[0-9]{15}-[0-9]{6}-[0-9a-f]{32}")
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_text_fields = itemgetter("table", "actor", "recorded_at", "origin", "record_id")


def parse_change(line: bytes | str, where: str, canonical: tuple[Any, str | None] | None = None) -> ChangeLine:
    """The change entry of one line, read quickly when the line is canonical (``canonical_lines``),
    strictly otherwise; refused with the reason when it is not a valid change entry. ``canonical``:
    the line's ``read_canonical`` when the caller read it already (with others at once)."""
    text = line if isinstance(line, str) else None
    quick = None
    if text is not None and _nesting_bound(text) <= MAX_JSON_DEPTH:
        quick = canonical if canonical is not None else read_canonical(text)
    raw, payload_json = (strict_loads(line, where), None) if quick is None else quick
    if not isinstance(raw, dict) or raw.keys() != CHANGE_FIELDS:
        raise refuse(f"{where} is not a change entry")
    seq, payload = raw["seq"], raw["payload"]
    if not (isinstance(seq, int) and not isinstance(seq, bool) and seq > 0):
        raise refuse(f"{where} has a bad sequence number")
    if raw["op"] not in OPERATIONS or not isinstance(payload, dict):
        raise refuse(f"{where} has an unknown operation or payload")
    if not isinstance(raw["hlc"], str) or not HLC_PATTERN.fullmatch(raw["hlc"]):
        raise refuse(f"{where} has a bad clock stamp")
    table, actor, recorded_at, origin, record_id = _text_fields(raw)
    if not (isinstance(table, str) and isinstance(actor, str) and isinstance(recorded_at, str)
            and isinstance(origin, str) and isinstance(record_id, str)):
        raise refuse(f"{where} has a field of the wrong type")
    workspace = raw["workspace_id"]
    if workspace is not None and not isinstance(workspace, str):
        raise refuse(f"{where} has a bad workspace id")
    return ChangeLine(_line_uuid(origin, where), seq, raw["hlc"], actor, table, _line_uuid(record_id, where),
                      None if workspace is None else _line_uuid(workspace, where), raw["op"], payload, recorded_at,
                      payload_json)


def column_pattern(form: str) -> re.Pattern[str]:
    """Values of the text form ``form`` joined by line breaks (``joined_if_all_match``)."""
    return re.compile(f"(?:{form}\n)*{form}")


def joined_if_all_match(pattern: re.Pattern[str], column: Sequence[str]) -> str | None:
    """The texts of ``column`` joined by line breaks when every one has the form of ``pattern`` (a
    ``column_pattern``), else None: one match for the whole column, and the count of breaks proves
    that no value held one."""
    joined = "\n".join(column)
    return joined if pattern.fullmatch(joined) is not None and joined.count("\n") == len(column) - 1 else None


CHANGE_ORDER = tuple(sorted(CHANGE_FIELDS))  # the writer's order of a line's keys
_change_columns = itemgetter(*CHANGE_ORDER)
_HLC_COLUMN = column_pattern(HLC_PATTERN.pattern)
_UUID_COLUMN = column_pattern(CANONICAL_UUID.pattern)
_OPERATION_SET = frozenset(OPERATIONS)
_COUNT_BRACES = methodcaller("count", "{")
# A change line from its fields in order, without the per-call check of their number (there are all eleven).
_new_change_line = partial(tuple.__new__, ChangeLine)


def parse_change_group(texts: list[str], values: list[Any]) -> list[ChangeLine] | None:
    """The change entries of canonical lines read together (``values``: their parsed values, from
    ``canonical_lines.read_canonical_lines``), checked field by field for the whole group at once;
    None when one of them is not an entry ``parse_change`` gives from its quick reading as it is
    (nested deeply, or a field to refuse or an id to rewrite): each line is then read on its own.

    The checks are ``parse_change``'s; a text field is told by the types of its values, a field
    with a pattern by matching the values joined by line breaks (one value of another form, or
    holding a break, fails the match or the count of breaks)."""
    if any("[" in text for text in texts):
        if any(_nesting_bound(text) > MAX_JSON_DEPTH for text in texts):
            return None
    elif max(map(_COUNT_BRACES, texts)) > MAX_JSON_DEPTH:  # without brackets, the braces are ``_nesting_bound``
        return None
    if not all(value.__class__ is dict and tuple(value) == CHANGE_ORDER for value in values):
        return None
    actors, hlcs, ops, origins, payloads, records, recorded, seqs, tables, workspaces = zip(*map(_change_columns, values))
    try:
        if not (set(map(type, seqs)) == {int} and min(seqs) > 0 and set(ops) <= _OPERATION_SET
                and set(map(type, payloads)) == {dict} and set(map(type, workspaces)) <= {str, type(None)}):
            return None
    except TypeError:  # a list or an object where an operation belongs
        return None
    if not all(set(map(type, column)) == {str} for column in (hlcs, actors, tables, recorded, origins, records)):
        return None
    if not (joined_if_all_match(_HLC_COLUMN, hlcs) is not None
            and joined_if_all_match(_UUID_COLUMN, records) is not None
            and all(CANONICAL_UUID.fullmatch(origin) for origin in set(origins))
            and all(workspace is None or CANONICAL_UUID.fullmatch(workspace) for workspace in set(workspaces))):
        return None
    return list(map(_new_change_line, zip(origins, seqs, hlcs, actors, tables, records, workspaces, ops, payloads,
                                          recorded, payload_texts(texts))))


def _line_uuid(value: str, where: str) -> str:
    """The id in lower case with hyphens; the form the writer uses is already that and is kept as is."""
    if CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise refuse(f"{where} holds a bad id") from exc


_json_text = encode_basestring  # how json.dumps(..., ensure_ascii=False) writes a string


def change_line(*, actor: str, hlc: str, op: str, origin: str, payload: str, record_id: str, recorded_at: str,
                seq: int, table: str, workspace_id: str | None) -> str:
    """One change line as the writer emits it (section 7): keys sorted, no spaces, non-ASCII kept, the
    ``\\n`` included. ``payload`` is JSON text spliced in unchanged, so it must already be in that same
    canonical form (``change_capture.dumps`` writes every stored payload so); the result is then the
    bytes ``json.dumps(entry, ensure_ascii=False, separators=(",", ":"), sort_keys=True)`` gives."""
    workspace = "null" if workspace_id is None else _json_text(workspace_id)
    return (f'{{"actor":{_json_text(actor)},"hlc":{_json_text(hlc)},"op":{_json_text(op)},'
            f'"origin":{_json_text(origin)},"payload":{payload},"record_id":{_json_text(record_id)},'
            f'"recorded_at":{_json_text(recorded_at)},"seq":{seq:d},"table":{_json_text(table)},'
            f'"workspace_id":{workspace}}}\n')
