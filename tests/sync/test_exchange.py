"""Exchange between real data folders: a country site and the hub; two country sites editing the
same record; conflicts that resolve everywhere; gaps that hold and release; encryption; the
import ledger. Every folder is a real database opened with ``open_services``: its SQLite file, or
with ``--engines ...postgresql`` a database of its own on the test server (``tests/stores.py``)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mainstream_desktop.core import participation_specs as specs
from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.observation_dto import ObservationFilter
from mainstream_desktop.core.services import Services
from mainstream_desktop.models.exchange import ChangeLogEntry, HeldChange, ImportLedgerEntry
from mainstream_desktop.models.workspace import Workspace
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.bundle_format import BundleRefused
from mainstream_desktop.sync.conflicts import ConflictService
from mainstream_desktop.sync.exchange import ExchangeService
from mainstream_desktop.sync.keys import KeysLocked
from tests.core.test_table_import_apply import canonical, table
from tests.stores import Store


@pytest.fixture
def sites(tmp_path: Path, store: Store) -> Iterator[dict[str, Services]]:
    opened = {name: store.open(DataPaths(tmp_path / name), actor=f"{name}.user") for name in ("a", "b", "hub")}
    try:
        yield opened
    finally:
        for services in opened.values():
            services.close()


def exchange(services: Services) -> ExchangeService:
    return ExchangeService(services.uow, services.paths)


def trust_all(sites: dict[str, Services], code: str) -> None:
    for receiver in sites.values():
        for sender in sites.values():
            if sender is not receiver:
                exchange(receiver).keys.trust(exchange(sender).keys.local_card(), [code])


def send(sender: Services, receiver: Services, path: Path, *, full: bool = False) -> dict[str, int]:
    partner = exchange(receiver).keys.local_card().site_id
    exchange(sender).export("KEN", path, full=full, for_site=partner)
    report = exchange(receiver).import_bundle(path)
    assert report.reconciled
    return report.counts


def institution(services: Services, **values: object) -> str:
    return services.records.save("KEN", specs.INSTITUTIONS, {
        "name": "Ministry of Labour", "institution_type": "MINISTRY", "government_level": "NATIONAL", **values})


def values_of(services: Services, record_id: str) -> dict[str, object]:
    return dict(next(r for r in services.records.rows("KEN", specs.INSTITUTIONS) if r.id == record_id).values)


@pytest.fixture
def shared(sites: dict[str, Services], tmp_path: Path) -> tuple[dict[str, Services], str]:
    """Site a makes the workspace and one institution; b and the hub receive them."""
    sites["a"].workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot",
                                               lead_institution="State Department for Economic Planning"))
    record = institution(sites["a"], acronym="MOL")
    trust_all(sites, "KEN")
    for name in ("b", "hub"):
        send(sites["a"], sites[name], tmp_path / f"first-{name}.mdbundle")
    return sites, record


def test_country_to_hub_same_status_nothing_twice_and_only_new_changes_after(demo_services, tmp_path, store):
    hub = store.open(DataPaths(tmp_path / "hub"), actor="expert")
    try:
        country, central = exchange(demo_services), exchange(hub)
        bundle = tmp_path / "jam.mdbundle"
        country.export("JAM", bundle, for_site=central.keys.local_card().site_id)
        with pytest.raises(BundleRefused, match="unknown site"):
            central.preview(bundle)
        central.keys.trust(country.keys.local_card(), ["JAM"])
        preview = central.preview(bundle)
        assert preview.counts["new"] > 700 and preview.reconciled and not preview.applied
        assert not hub.workspaces.list_workspaces()  # the preview wrote nothing
        report = central.import_bundle(bundle)
        assert report.counts == preview.counts and report.applied
        assert bool(report.backup) is (store.engine == "sqlite")  # PostgreSQL: one transaction, no file to copy
        as_json = [(s.number, s.status, s.completeness, [str(m) for m in s.missing])
                   for s in hub.status.workspace_progress("JAM")]
        assert as_json == [(s.number, s.status, s.completeness, [str(m) for m in s.missing])
                           for s in demo_services.status.workspace_progress("JAM")]
        assert central.import_bundle(bundle).already_imported_on
        demo_services.records.save("JAM", specs.INSTITUTIONS, {
            "name": "Jamaica Diaspora Institute (demo)", "institution_type": "NGO", "government_level": "NATIONAL"})
        second = tmp_path / "jam-2.mdbundle"
        result = country.export("JAM", second, for_site=central.keys.local_card().site_id)
        assert result.changes == 1
        assert central.import_bundle(second).counts["new"] == 1
        names = {r.values["name"] for r in hub.records.rows("JAM", specs.INSTITUTIONS)}
        assert "Jamaica Diaspora Institute (demo)" in names
        documents = hub.documents.path_for(next(iter(hub_documents(hub))))
        assert documents.exists()  # attachments travel content-addressed
    finally:
        hub.close()


def hub_documents(hub: Services) -> list[str]:
    from sqlalchemy import select

    from mainstream_desktop.models.workspace import Document

    with hub.uow() as uow:
        return list(uow.session.scalars(select(Document.sha256)))


def test_a_flipped_byte_is_refused_and_changes_nothing(shared, tmp_path):
    sites, _record = shared
    institution(sites["a"], name="Central Bank", acronym="CBK")
    bundle = tmp_path / "b.mdbundle"
    exchange(sites["a"]).export("KEN", bundle, for_site=exchange(sites["b"]).keys.local_card().site_id)
    data = bytearray(bundle.read_bytes())
    before = len(sites["b"].records.rows("KEN", specs.INSTITUTIONS))
    for position in (40, len(data) // 2, len(data) - 30):
        damaged = tmp_path / f"damaged-{position}.mdbundle"
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        damaged.write_bytes(bytes(flipped))
        with pytest.raises(BundleRefused):
            exchange(sites["b"]).import_bundle(damaged)
    assert len(sites["b"].records.rows("KEN", specs.INSTITUTIONS)) == before


@pytest.mark.parametrize("order", ["a_first", "b_first"])
def test_two_sites_editing_one_field_agree_whatever_the_order(shared, tmp_path, order):
    sites, record = shared
    a, b, hub = sites["a"], sites["b"], sites["hub"]
    a.records.save("KEN", specs.INSTITUTIONS, {**values_of(a, record), "acronym": "MLSS"}, record)
    b.records.save("KEN", specs.INSTITUTIONS, {**values_of(b, record), "acronym": "MOLSS"}, record)
    pairs = [(a, b), (b, a)] if order == "a_first" else [(b, a), (a, b)]
    for number, (sender, receiver) in enumerate(pairs):
        counts = send(sender, receiver, tmp_path / f"edit-{number}.mdbundle")
        assert counts["conflicting"] == 1
    for sender in (a, b):
        send(sender, hub, tmp_path / f"to-hub-{id(sender)}.mdbundle")
    final = {name: values_of(site, record)["acronym"] for name, site in sites.items()}
    assert len(set(final.values())) == 1, final
    queues = {name: [(c.id, c.kept_value, c.other_value) for c in ConflictService(site.uow).conflicts("KEN")]
              for name, site in sites.items()}
    assert queues["a"] == queues["b"] == queues["hub"] and len(queues["a"]) == 1
    kept, other = queues["a"][0][1], queues["a"][0][2]
    assert {kept, other} == {"MLSS", "MOLSS"} and final["a"] == kept


def test_a_resolution_travels_and_closes_the_conflict_everywhere(shared, tmp_path):
    sites, record = shared
    a, b = sites["a"], sites["b"]
    a.records.save("KEN", specs.INSTITUTIONS, {**values_of(a, record), "acronym": "MLSS"}, record)
    b.records.save("KEN", specs.INSTITUTIONS, {**values_of(b, record), "acronym": "MOLSS"}, record)
    send(a, b, tmp_path / "1.mdbundle")
    send(b, a, tmp_path / "2.mdbundle")
    conflict = ConflictService(b.uow).conflicts("KEN")[0]
    ConflictService(b.uow).resolve(conflict.id, "value", "MoLSS")
    send(b, a, tmp_path / "3.mdbundle")
    for site in (a, b):
        assert values_of(site, record)["acronym"] == "MoLSS"
        assert ConflictService(site.uow).conflicts("KEN") == []
    history = ConflictService(a.uow).history(record)
    assert history[0].operation == "resolve" and history[0].fields["acronym"][1] == "MoLSS"
    assert ConflictService(a.uow).history(record, "institution") == history
    assert ConflictService(a.uow).history(record, "observation") == []


def test_edit_against_delete_is_a_conflict_not_a_silent_loss(shared, tmp_path):
    sites, record = shared
    a, b = sites["a"], sites["b"]
    a.records.delete("KEN", specs.INSTITUTIONS, record)
    b.records.save("KEN", specs.INSTITUTIONS, {**values_of(b, record), "acronym": "EDITED"}, record)
    assert send(a, b, tmp_path / "delete.mdbundle")["conflicting"] == 1
    assert send(b, a, tmp_path / "edit.mdbundle")["conflicting"] == 1
    queues = [[(c.id, c.field) for c in ConflictService(s.uow).conflicts("KEN")] for s in (a, b)]
    assert queues[0] == queues[1] and queues[0]
    alive = [any(r.id == record for r in s.records.rows("KEN", specs.INSTITUTIONS)) for s in (a, b)]
    assert alive[0] == alive[1]  # both sites agree on whether the record lives


def test_a_gap_holds_changes_until_the_missing_bundle_arrives(shared, tmp_path):
    sites, _record = shared
    a, b = sites["a"], sites["b"]
    partner = exchange(b).keys.local_card().site_id
    institution(a, name="Central Bank", acronym="CBK")
    first = tmp_path / "first.mdbundle"
    exchange(a).export("KEN", first, for_site=partner)
    institution(a, name="Statistics Office", acronym="KNBS")
    second = tmp_path / "second.mdbundle"
    exchange(a).export("KEN", second, for_site=partner)
    report = exchange(b).import_bundle(second)
    assert report.counts["held"] == 1 and "waiting for changes" in report.details[0][3]
    assert "Statistics Office" not in {r.values["name"] for r in b.records.rows("KEN", specs.INSTITUTIONS)}
    released = exchange(b).import_bundle(first)
    assert released.counts["new"] == 1 and released.released_held == 1
    assert {"Central Bank", "Statistics Office"} <= {r.values["name"] for r in b.records.rows("KEN", specs.INSTITUTIONS)}
    assert exchange(b).held("KEN") == []


def test_an_encrypted_bundle_opens_only_for_its_recipient(shared, tmp_path):
    sites, _record = shared
    a, b, hub = sites["a"], sites["b"], sites["hub"]
    institution(a, name="Central Bank", acronym="CBK")
    bundle = tmp_path / "secret.mdbundle"
    exchange(a).export("KEN", bundle, full=True, recipients=[exchange(hub).keys.local_card()])
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1")
    with pytest.raises(BundleRefused, match="encrypted for another site"):
        exchange(b).preview(bundle)
    assert exchange(hub).import_bundle(bundle).counts["new"] == 1


def test_the_same_bundle_id_with_other_content_is_refused_loudly(shared, tmp_path):
    sites, _record = shared
    a, b = sites["a"], sites["b"]
    institution(a, name="Central Bank", acronym="CBK")
    bundle = tmp_path / "x.mdbundle"
    exchange(a).export("KEN", bundle, for_site=exchange(b).keys.local_card().site_id)
    exchange(b).import_bundle(bundle)
    from mainstream_desktop.sync.bundle_format import SEAL_PLACEHOLDER
    from mainstream_desktop.sync.exchange import _seal

    rebuilt = tmp_path / "rebuilt.mdbundle"  # the same signed members stored uncompressed: other bytes
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.comment = SEAL_PLACEHOLDER
    _seal(rebuilt, exchange(a).keys.signing_key())
    bundle = rebuilt
    with pytest.raises(BundleRefused, match="same id"):
        exchange(b).import_bundle(bundle)


def test_a_bundle_for_a_workspace_the_signer_may_not_write_is_refused(shared, tmp_path):
    sites, _record = shared
    a, b = sites["a"], sites["b"]
    exchange(b).keys.trust(exchange(a).keys.local_card(), ["MDA"])  # no longer trusted for KEN
    bundle = tmp_path / "y.mdbundle"
    exchange(a).export("KEN", bundle, full=True)
    with pytest.raises(BundleRefused, match="not trusted for the workspace KEN"):
        exchange(b).preview(bundle)


def test_the_audit_trail_exports_every_change(shared, tmp_path):
    sites, record = shared
    target = tmp_path / "audit.csv"
    count = ConflictService(sites["b"].uow).export_audit("KEN", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # one byte-order mark, so spreadsheet programs read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["when", "user", "site"] and len(rows) == count + 1 and count >= 2
    assert any(row[5] == record for row in rows[1:])
    assert [json.loads(row[7]) for row in rows[1:]]  # each change's values as JSON, quotes and all

    from mainstream_desktop.core.errors import MainstreamError

    before = target.read_bytes()
    with pytest.raises(MainstreamError, match="Could not write"):
        ConflictService(sites["b"].uow).export_audit("KEN", tmp_path / "missing" / "audit.csv")
    with pytest.raises(MainstreamError):
        ConflictService(sites["b"].uow).export_audit("XXX", target)  # no such workspace: the old file stays
    assert target.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir() if "audit" in p.name) == [
        "audit.csv"]


def test_a_resolution_must_pass_the_tables_rules(shared, tmp_path):
    from mainstream_desktop.core.errors import InvalidInput

    sites, record = shared
    a, b = sites["a"], sites["b"]
    a.records.save("KEN", specs.INSTITUTIONS, {**values_of(a, record), "institution_type": "AGENCY"}, record)
    b.records.save("KEN", specs.INSTITUTIONS, {**values_of(b, record), "institution_type": "DONOR"}, record)
    send(a, b, tmp_path / "1.mdbundle")
    conflict = ConflictService(b.uow).conflicts("KEN")[0]
    with pytest.raises(InvalidInput, match="not a valid"):
        ConflictService(b.uow).resolve(conflict.id, "value", "NOT_A_CODE")
    ConflictService(b.uow).resolve(conflict.id, "other")
    assert ConflictService(b.uow).conflicts("KEN") == []


def test_the_first_bundle_back_to_a_partner_leaves_out_its_own_changes(shared, tmp_path):
    sites, _record = shared
    a, b = sites["a"], sites["b"]
    institution(b, name="Kenya Diaspora Desk", acronym="KDD")
    result = exchange(b).export("KEN", tmp_path / "back.mdbundle", for_site=exchange(a).keys.local_card().site_id)
    assert result.changes == 1  # not the workspace and institution a sent in the first place
    assert exchange(a).import_bundle(tmp_path / "back.mdbundle").counts["new"] == 1


def exchange_rows(services: Services) -> tuple[int, ...]:
    """Rows of the change log, the quarantine, the import ledger and the workspaces."""
    with services.uow() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(model)) or 0
                     for model in (ChangeLogEntry, HeldChange, ImportLedgerEntry, Workspace))


def test_an_incremental_bundle_for_a_workspace_not_here_is_refused(sites, tmp_path):
    """The hub has never had KEN: the latest changes alone would all wait for earlier ones forever;
    the import says what to do instead, and writes nothing."""
    a, b, hub = sites["a"], sites["b"], sites["hub"]
    a.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
    institution(a, acronym="MOL")
    trust_all(sites, "KEN")
    send(a, b, tmp_path / "first.mdbundle")
    institution(a, name="Central Bank", acronym="CBK")
    latest = tmp_path / "latest.mdbundle"
    exchange(a).export("KEN", latest, for_site=exchange(b).keys.local_card().site_id)
    before = exchange_rows(hub)
    for attempt in (exchange(hub).preview, exchange(hub).import_bundle):
        with pytest.raises(BundleRefused, match="only the latest changes of KEN.*import a full bundle of KEN first"):
            attempt(latest)
    assert exchange_rows(hub) == before
    everything = tmp_path / "everything.mdbundle"
    exchange(a).export("KEN", everything, full=True)
    assert exchange(hub).import_bundle(everything).counts["new"] >= 3


def test_an_encrypted_bundle_for_locked_keys_asks_for_them_not_says_no_key(shared, tmp_path):
    sites, _record = shared
    a, hub = sites["a"], sites["hub"]
    keys = exchange(hub).keys
    keys.protect("correct horse")
    keys.lock()
    bundle = tmp_path / "secret.mdbundle"
    exchange(a).export("KEN", bundle, full=True, recipients=[keys.local_card()])
    with pytest.raises(KeysLocked, match="passphrase"):
        exchange(hub).preview(bundle)
    keys.unlock("correct horse")
    assert exchange(hub).preview(bundle).total > 0


def test_a_records_history_is_read_through_the_change_logs_index(shared):
    """The history of one record must not read the whole change log (a workspace's log runs to
    hundreds of megabytes): the query's plan searches ix_change_log_record, with or without the
    table named."""
    from sqlalchemy import event

    sites, record = shared
    services = sites["a"]
    if services.engine.dialect.name != "sqlite":
        pytest.skip("the plan is SQLite's")
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if "FROM change_log" in statement:
            statements.append((statement, parameters))

    event.listen(services.engine, "before_cursor_execute", seen)
    try:
        for table in ("", "institution"):
            assert ConflictService(services.uow).history(record, table)
    finally:
        event.remove(services.engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    with services.engine.connect() as connection:
        for statement, parameters in statements:
            plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall())
            assert "USING INDEX ix_change_log_record" in plan and "SCAN change_log" not in plan, plan


def test_a_table_imported_again_at_two_sites_is_a_conflict_not_a_silent_overwrite(shared, tmp_path):
    """The table import writes by bulk statements; its updates still name the versions they replace,
    so two sites loading different editions of one value meet in the conflict queue, the same at
    every site, whatever the order."""
    sites, _record = shared
    a, b = sites["a"], sites["b"]
    a.table_imports.apply("KEN", table([canonical("KEN", 2020, 13000.0)]))
    send(a, b, tmp_path / "table.mdbundle")
    assert a.table_imports.apply("KEN", table([canonical("KEN", 2020, 14000.0)])).counts.updated == 1
    assert b.table_imports.apply("KEN", table([canonical("KEN", 2020, 15000.0)])).counts.updated == 1
    assert send(a, b, tmp_path / "a-to-b.mdbundle")["conflicting"] == 1
    assert send(b, a, tmp_path / "b-to-a.mdbundle")["conflicting"] == 1
    queues = [[(c.field, c.kept_value, c.other_value) for c in ConflictService(site.uow).conflicts("KEN")]
              for site in (a, b)]
    assert queues[0] == queues[1] and len(queues[0]) == 1
    field, kept, other = queues[0][0]
    assert field == "value" and {kept, other} == {14000.0, 15000.0}
    values = [[row.form.value for row in site.observations.page("KEN", ObservationFilter())] for site in (a, b)]
    assert values[0] == values[1] == [kept]


def test_a_bundle_for_a_partner_encrypted_only_for_others_is_refused(shared, tmp_path):
    """Encrypted for b but addressed to the hub: the hub could not open it, and its changes would
    count as sent to the hub; nothing is written and nothing counts as sent."""
    from mainstream_desktop.sync.exchange import ExportFailed

    sites, _record = shared
    a, b, hub = (exchange(sites[name]) for name in ("a", "b", "hub"))
    hub_id = hub.keys.local_card().site_id
    bundle = tmp_path / "wrong.mdbundle"
    with pytest.raises(ExportFailed, match="could not open it"):
        a.export("KEN", bundle, for_site=hub_id, recipients=[b.keys.local_card()])
    assert not bundle.exists() and not list(tmp_path.glob(".wrong*"))
    right = a.export("KEN", tmp_path / "right.mdbundle", for_site=hub_id,
                     recipients=[b.keys.local_card(), hub.keys.local_card()])
    assert right.encrypted and hub.import_bundle(right.path).reconciled


def test_changes_applied_counts_what_changed_something_here():
    from mainstream_desktop.sync.exchange import ImportReport

    counts = {"new": 3, "updated": 2, "unchanged": 4, "duplicate": 5, "conflicting": 1, "held": 6, "rejected": 7}
    report = ImportReport("b", "KEN", "a", "id", "changes", sum(counts.values()), counts, (), True)
    assert report.changes_applied == 6 and report.reconciled
    assert ImportReport("b", "KEN", "a", "id", "full", 7, {"rejected": 7}, (), True).changes_applied == 0
