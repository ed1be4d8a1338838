"""The fast export writes the very bytes the former one did.

The former export loaded each ``change_log`` entry as an ORM object, parsed its stored payload and
wrote the whole entry again with ``json.dumps`` (sorted keys, no spaces, non-ASCII kept). The
export now splices the stored payload text into a line it builds itself (``change_line``). These
tests hold the former encoding as the reference and compare bytes: on hand-made entries with the
awkward cases (non-ASCII, quotes, back-slashes, control characters, line separators, no
workspace), and on every entry of a real exported bundle.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mainstream_desktop.core.workspace_lookup import workspace_by_code
from mainstream_desktop.db.change_capture import dumps
from mainstream_desktop.models.exchange import ChangeLogEntry
from mainstream_desktop.sync import exchange
from mainstream_desktop.sync.bundle_format import CHANGES_NAME, change_line, parse_change
from tests.sync.conftest import Site


def reference_line(origin: uuid.UUID, seq: int, hlc: str, actor: str, table: str, record_id: uuid.UUID,
                   workspace_id: uuid.UUID | None, operation: str, payload: str, recorded_at: datetime) -> bytes:
    """The former ``exchange._line``, kept word for word as the reference."""
    return json.dumps({
        "origin": str(origin), "seq": seq, "hlc": hlc, "actor": actor,
        "table": table, "record_id": str(record_id),
        "workspace_id": str(workspace_id) if workspace_id else None, "op": operation,
        "payload": json.loads(payload), "recorded_at": recorded_at.isoformat()},
        ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"


def fast_line(origin: uuid.UUID, seq: int, hlc: str, actor: str, table: str, record_id: uuid.UUID,
              workspace_id: uuid.UUID | None, operation: str, payload: str, recorded_at: datetime) -> bytes:
    return change_line(actor=actor, hlc=hlc, op=operation, origin=str(origin), payload=payload,
                       record_id=str(record_id), recorded_at=recorded_at.isoformat(), seq=seq, table=table,
                       workspace_id=None if workspace_id is None else str(workspace_id)).encode("utf-8")


AWKWARD_TEXT = [
    "plain", "", "Ministère de l'Économie", "Министерство", "移民局", "emoji \U0001f30d", 'quote " inside',
    "back\\slash", "new\nline\ttab\r", "control \x00\x01\x1f\x7f", "separators \u2028 \u2029", "</script>",
    "\ufeffbom", "a/b",
]


def payloads() -> list[dict[str, Any]]:
    values = {f"field_{n}": text for n, text in enumerate(AWKWARD_TEXT)}
    return [
        {"values": {**values, "number": 82.0, "big": 1e16, "small": 5e-324, "negative": -0.0, "integer": 10 ** 30,
                    "flag": True, "nothing": None, "list": [1, "二", [None]], "nested": {"z": 1, "a": {"b": []}}}},
        {"fields": {"acronym": ["", "MLSS"], "deleted_at": [None, "2026-11-29T10:16:44.519117+00:00"]},
         "meta": {"updated_at": "2026-11-29T10:16:44.504535+00:00", "updated_by": "usér"}},
        {},
    ]


@pytest.mark.parametrize("workspace_id", [uuid.UUID("01a226ce-99c7-71be-bd8a-20a415dcf823"), None])
@pytest.mark.parametrize("actor", AWKWARD_TEXT)
def test_the_line_is_byte_identical_to_the_former_encoding(actor: str, workspace_id: uuid.UUID | None) -> None:
    origin, record = uuid.UUID("01a226ce-94b4-76c6-b457-6fa1047db47e"), uuid.uuid4()
    for number, payload in enumerate(payloads()):
        for recorded_at in (datetime(2026, 11, 29, 10, 16, 44, 509251), datetime(2026, 11, 29, 10, 16, 44),
                            datetime(2026, 11, 29, 10, 16, 44, 1, tzinfo=UTC)):
            entry = (origin, number + 1, "001795947404509-000000-01a226ce94b476c6b4576fa1047db47e", actor,
                     "instituti\u00f6n", record, workspace_id, "update", dumps(payload), recorded_at)
            assert fast_line(*entry) == reference_line(*entry)


def test_the_line_reads_back(tmp_path: Path) -> None:
    origin, record = uuid.uuid4(), uuid.uuid4()
    line = fast_line(origin, 7, "001795947404509-000000-" + origin.hex, "usér", "institution", record, None,
                     "insert", dumps(payloads()[0]), datetime(2026, 1, 2, 3, 4, 5))
    change = parse_change(line[:-1], "the line")
    assert (change.origin, change.seq, change.record_id, change.workspace_id) == (str(origin), 7, str(record), None)
    assert change.payload == payloads()[0] and change.actor == "usér"


def former_lines(country: Site, code: str) -> bytes:
    """The former encoding of every ``change_log`` entry of the workspace, in (origin, seq) order."""
    assert country.services is not None
    with country.services.uow() as uow:
        workspace = workspace_by_code(uow.session, code).id
        rows = uow.session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.workspace_id == workspace).order_by(
            ChangeLogEntry.origin_site_id, ChangeLogEntry.seq)).all()
        return b"".join(reference_line(r.origin_site_id, r.seq, r.hlc, r.actor, r.table_name, r.record_id,
                                       r.workspace_id, r.operation, r.payload, r.recorded_at) for r in rows)


def test_an_exported_bundle_holds_exactly_the_former_lines(country: Site, tmp_path: Path) -> None:
    """Every line of a real full export (the demo's JAM: inserts, updates, documents) equals
    the former encoding of its ``change_log`` row, in order."""
    expected = former_lines(country, "JAM")
    result = country.exchange.export("JAM", tmp_path / "out.mdbundle", full=True)
    with zipfile.ZipFile(result.path) as archive:
        names = sorted(n for n in archive.namelist() if CHANGES_NAME.fullmatch(n))
        written = b"".join(archive.read(name) for name in names)
    assert expected.count(b"\n") > 100 and b'"op":"update"' in expected and b'"table":"document"' in expected
    assert written == expected


def test_batches_straddling_members_keep_every_line_once(country: Site, hub: Site, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 5 entries into members of 7 lines: the members split where the cap says, hold the
    former lines in order, and the bundle imports whole."""
    monkeypatch.setattr(exchange, "CHANGES_PER_MEMBER", 7)
    monkeypatch.setattr(exchange, "ENTRY_BATCH", 5)
    expected = former_lines(country, "JAM")
    result = country.exchange.export("JAM", tmp_path / "small-members.mdbundle", full=True)
    with zipfile.ZipFile(result.path) as archive:
        names = sorted(n for n in archive.namelist() if CHANGES_NAME.fullmatch(n))
        members = [archive.read(name) for name in names]
    assert names == [f"changes/{n:04d}.jsonl" for n in range(1, len(names) + 1)]
    assert [member.count(b"\n") for member in members[:-1]] == [7] * (len(members) - 1)
    assert 1 <= members[-1].count(b"\n") <= 7
    assert b"".join(members) == expected
    report = hub.exchange.import_bundle(result.path)
    assert report.applied and report.reconciled and report.total == expected.count(b"\n") == result.changes
