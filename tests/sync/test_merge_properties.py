"""R7 (QUALITY.md): stateful merge tests across three real sites.

Three data folders (sites A, B, C: each its own site id, keys and SQLite file) share one
workspace: A created it and full-exported it to the others, and every site trusts every other
for it. Hypothesis then drives a random history of these steps:

- edit one field of an institution at a site (acronym, name or sector codes; the two shared
  institutions are picked most often, so that sites edit the same fields concurrently);
- add an institution at a site; delete one at a site;
- export an incremental bundle from a site for another (``for_site``) into a pool, or deliver
  it (export and import at once);
- import any bundle of the pool at any site but its sender, in any order: late, repeated, meant
  for another site; preview one (a dry run must change nothing).

After every import the counts reconcile with the manifest, and importing a bundle a second time
changes nothing. At the end every site sends a full bundle to every other until a round
changes nothing, and then:

- idempotency: importing every bundle of the pool again at every site changes nothing;
- convergence (order independence): every site holds the same values in every column of every
  synced table (``revision``/``updated_at``/``updated_by`` aside), nothing held or rejected;
- no lost value: every value written to a field is its final value or a winner or loser in a
  site's conflict queue, unless a later edit of that field was made at a site that had already
  applied the write (a plain overwrite);
- conflict queues: identical at every site (ids, winners, losers, values, status), open and
  resolved, however many sites wrote the field concurrently.

The default run covers edits, new records, deletes and repeated values (``test_r7_repeated_values``
draws edit values from a small alphabet, so a value is often written back: X -> Y -> X, or the
same value at two sites). The slow runs (``-m slow``) explore longer histories of both kinds.

Site folders are built once per module (A's workspace, its full bundle imported at B and C,
trust) and copied for each example: opening a copy takes milliseconds. The summary line reads
``R7: <examples> examples x <steps> steps: 0 failures of idempotency, order-independence, no
lost value``.
"""

from __future__ import annotations

import functools
import json
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test
from sqlalchemy import select

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.errors import InvalidInput, NotFound
from mainstream_desktop.core.participation_specs import INSTITUTIONS
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.db.change_capture import encode, synced_models
from mainstream_desktop.models.exchange import ChangeLogEntry, SiteState, SyncConflict
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.conflicts import ConflictService
from mainstream_desktop.sync.exchange import ExchangeService, ImportReport

CODE = "JAM"
SITES = 3
NAMES = ("A", "B", "C")
BOOKKEEPING = frozenset({"revision", "updated_at", "updated_by"})
TRACKED = ("name", "acronym", "sector_codes", "deleted_at")
ALPHABET = {
    "acronym": ("X", "Y", "Z"),
    "name": ("Alpha", "Beta", "Gamma"),
    "sector_codes": ("", "HEALTH", "HEALTH,LABOUR"),
}
EDITABLE = tuple(ALPHABET)
INITIAL_INSTITUTIONS = ("Ministry of Labour", "Planning Institute")
DEFAULT_EXAMPLES, DEFAULT_STEPS = 15, 16
SLOW_EXAMPLES, SLOW_STEPS = 120, 30


# --- the sites ---------------------------------------------------------------------------------

@dataclass
class Site:
    name: str
    services: Services
    exchange: ExchangeService
    site_id: str

    @property
    def site_uuid(self) -> uuid.UUID:
        return uuid.UUID(self.site_id)


def open_site(folder: Path, name: str) -> Site:
    services = open_services(DataPaths(folder), actor=f"user-{name}")
    exchange = ExchangeService(services.uow, services.paths)
    return Site(name, services, exchange, exchange.keys.local_site_id())


@dataclass(frozen=True)
class Template:
    """Three site folders that share the workspace, and the ids of its first institutions."""

    root: Path
    institutions: tuple[str, ...]

    def copy_to(self, target: Path) -> list[Site]:
        sites = []
        for name in NAMES:
            shutil.copytree(self.root / name, target / name,
                            ignore=shutil.ignore_patterns(".instance.*", "backups", "logs", "tmp"))
            sites.append(open_site(target / name, name))
        return sites


def build_template(root: Path) -> Template:
    sites = [open_site(root / name, name) for name in NAMES]
    try:
        cards = [site.exchange.keys.local_card() for site in sites]
        for site in sites:
            for card in cards:
                if card.site_id != site.site_id:
                    site.exchange.keys.trust(card, [CODE])
        first = sites[0]
        first.services.workspaces.create(WorkspaceForm(code=CODE, country_iso3="JAM", title="Jamaica",
                                                       lead_institution="Planning Institute"))
        ids = {row.values["name"]: row.id for row in first.services.records.rows(CODE, INSTITUTIONS)}
        for name in INITIAL_INSTITUTIONS:
            if name not in ids:
                ids[name] = first.services.records.save(CODE, INSTITUTIONS, institution_values(name))
        bundle = root / "shared.mdbundle"
        first.exchange.export(CODE, bundle, full=True)
        for site in sites[1:]:
            report = site.exchange.import_bundle(bundle)
            assert report.reconciled and report.counts["rejected"] == report.counts["held"] == 0, report
        return Template(root, tuple(ids[name] for name in INITIAL_INSTITUTIONS))
    finally:
        for site in sites:
            site.services.close()


def institution_values(name: str, **changes: str) -> dict[str, Any]:
    return {"name": name, "acronym": "", "institution_type": "MINISTRY", "government_level": "NATIONAL",
            "sector_codes": "", **changes}


@pytest.fixture(scope="module")
def r7_template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("r7-template"))


# --- reading a site ----------------------------------------------------------------------------

def _rows(site: Site, sql: str) -> list[tuple[Any, ...]]:
    with site.services.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def synced_state(site: Site, keep_bookkeeping: bool) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows as stored (columns in name order, rows by id)."""
    state = {}
    for table_name, model in sorted(synced_models().items()):
        columns = sorted(c.name for c in model.__table__.columns if keep_bookkeeping or c.name not in BOOKKEEPING)
        state[table_name] = _rows(site, f"SELECT {', '.join(columns)} FROM {table_name} ORDER BY id")
    return state


def conflict_queue(site: Site, raw: bool = False) -> set[tuple[Any, ...]]:
    """(id, table, record, field, winner value, winner change, loser value, loser change, status);
    values as stored when ``raw``, else decoded (timestamps as instants, see ``normalised``)."""
    rows = _rows(site, "SELECT id, table_name, record_id, field, winner_value, winner_change, loser_value, "
                       "loser_change, status FROM sync_conflict")
    if raw:
        return set(rows)
    return {(id_, table, record, name, _value(table, name, winner), winner_change, _value(table, name, loser),
             loser_change, status) for id_, table, record, name, winner, winner_change, loser, loser_change, status
            in rows}


def _value(table_name: str, name: str, stored: str) -> Any:
    value = json.loads(stored)
    column = synced_models()[table_name].__table__.c[name]
    if isinstance(value, str) and _is_timestamp(column):
        return normalised("deleted_at", value)
    return json.dumps(value, sort_keys=True)


def _is_timestamp(column: Any) -> bool:
    try:
        return column.type.python_type is datetime
    except NotImplementedError:
        return False


def fingerprint(site: Site) -> dict[str, Any]:
    """What an import may change: the synced records (bookkeeping included), the change log, the
    conflict queue, held and rejected changes, frontiers. (Not the ledger or partner notes.)"""
    return {
        "records": synced_state(site, keep_bookkeeping=True),
        "change_log": _rows(site, "SELECT origin_site_id, seq, hlc FROM change_log ORDER BY origin_site_id, seq"),
        "conflicts": sorted(conflict_queue(site)),
        "held": _rows(site, "SELECT origin_site_id, seq, status, reason FROM sync_held_change "
                            "ORDER BY origin_site_id, seq"),
        "frontier": _rows(site, "SELECT origin_site_id, workspace_id, applied_seq FROM sync_frontier "
                                "ORDER BY origin_site_id, workspace_id"),
    }


def next_seq(site: Site) -> int:
    with site.services.uow() as uow:
        uow.discard_on_exit()
        value = uow.session.scalar(select(SiteState.next_seq).where(SiteState.site_id == site.site_uuid))
        return int(value or 1)


def record_changes(site: Site, record_id: str) -> frozenset[tuple[str, int]]:
    """The changes of one institution this site has applied, as (origin, seq)."""
    with site.services.uow() as uow:
        uow.discard_on_exit()
        rows = uow.session.execute(select(ChangeLogEntry.origin_site_id, ChangeLogEntry.seq).where(
            ChangeLogEntry.table_name == "institution", ChangeLogEntry.record_id == uuid.UUID(record_id)))
        return frozenset((str(origin), seq) for origin, seq in rows)


def local_entries(site: Site, after: int) -> list[tuple[str, int, str, str, str, str]]:
    """(origin, seq, table, record id, operation, payload) of this site's own changes from ``after``."""
    with site.services.uow() as uow:
        uow.discard_on_exit()
        rows = uow.session.execute(select(
            ChangeLogEntry.origin_site_id, ChangeLogEntry.seq, ChangeLogEntry.table_name, ChangeLogEntry.record_id,
            ChangeLogEntry.operation, ChangeLogEntry.payload).where(
            ChangeLogEntry.origin_site_id == site.site_uuid, ChangeLogEntry.seq >= after).order_by(
            ChangeLogEntry.seq))
        return [(str(origin), seq, table, str(record), operation, payload)
                for origin, seq, table, record, operation, payload in rows]


def field_values(site: Site) -> dict[tuple[str, str], Any]:
    """(institution id, field) -> the value this site holds (JSON form)."""
    table = synced_models()["institution"].__table__
    with site.services.uow() as uow:
        uow.discard_on_exit()
        rows = uow.session.execute(select(table)).mappings()
        return {(str(row["id"]), name): normalised(name, encode(row[name])) for row in rows for name in TRACKED}


def conflict_values(sites: list[Site]) -> dict[tuple[str, str], set[Any]]:
    """(institution id, field) -> every winner and loser value in any site's queue."""
    values: dict[tuple[str, str], set[Any]] = {}
    for site in sites:
        with site.services.uow() as uow:
            uow.discard_on_exit()
            for row in uow.session.scalars(select(SyncConflict).where(SyncConflict.table_name == "institution")):
                bucket = values.setdefault((str(row.record_id), row.field), set())
                bucket.add(normalised(row.field, json.loads(row.winner_value)))
                bucket.add(normalised(row.field, json.loads(row.loser_value)))
    return values


def normalised(name: str, value: Any) -> Any:
    """Timestamps compared as instants: SQLite gives them back without their zone (meaning UTC),
    while change lines carry them with ``+00:00``."""
    if name in ("deleted_at", "created_at", "updated_at") and isinstance(value, str):
        moment = datetime.fromisoformat(value)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    return value


def live_institutions(site: Site) -> dict[str, dict[str, Any]]:
    return {row.id: dict(row.values) for row in site.services.records.rows(CODE, INSTITUTIONS)}


# --- the history and its checks ----------------------------------------------------------------

@dataclass(frozen=True)
class Write:
    """One value written to one field of an institution by a local edit, add or delete."""

    record_id: str
    field: str
    value: Any
    change: tuple[str, int]  # (origin, seq)
    seen: frozenset[tuple[str, int]]  # the changes of the record the writing site had applied
    step: str


@dataclass
class History:
    writes: list[Write] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.steps.append(text)

    def record(self, site: Site, record_id: str, before_seq: int, seen: frozenset[tuple[str, int]]) -> None:
        for origin, seq, table_name, changed, operation, raw in local_entries(site, before_seq):
            if table_name != "institution" or changed != record_id:
                continue
            payload = json.loads(raw)
            if operation == "insert":
                written = {name: value for name, value in payload["values"].items() if name in TRACKED}
            else:
                written = {name: pair[1] for name, pair in payload["fields"].items() if name in TRACKED}
            for name, value in written.items():
                self.writes.append(Write(record_id, name, normalised(name, value),
                                         (origin, seq), seen, self.steps[-1]))


def sync_until_quiet(sites: list[Site], folder: Path, max_rounds: int = 5) -> int:
    """Every site sends a full bundle to every other until a round changes nothing; the rounds."""
    for number in range(1, max_rounds + 1):
        before = [fingerprint(site) for site in sites]
        bundles = []
        for site in sites:
            path = folder / f"full-{site.name}-{number}.mdbundle"
            site.exchange.export(CODE, path, full=True)
            bundles.append((site, path))
        for receiver in sites:
            for sender, path in bundles:
                if sender is not receiver:
                    check_reconciled(receiver.exchange.import_bundle(path))
        if [fingerprint(site) for site in sites] == before:
            return number
    raise AssertionError(f"the sites still changed after {max_rounds} rounds of full bundles")


def check_reconciled(report: ImportReport) -> None:
    if report.already_imported_on:
        return
    assert report.reconciled, report
    assert sum(report.counts.values()) == report.total, report


def check_converged(sites: list[Site]) -> None:
    reference = synced_state(sites[0], keep_bookkeeping=False)
    for site in sites[1:]:
        state = synced_state(site, keep_bookkeeping=False)
        for table_name, rows in reference.items():
            assert state[table_name] == rows, (
                f"{table_name} differs between {sites[0].name} and {site.name}:\n"
                f"  only at {sites[0].name}: {sorted(set(rows) - set(state[table_name]))[:4]}\n"
                f"  only at {site.name}: {sorted(set(state[table_name]) - set(rows))[:4]}")
    for site in sites:
        waiting = _rows(site, "SELECT status, reason FROM sync_held_change")
        assert not waiting, f"{site.name} still holds or rejects changes after full sync: {waiting[:4]}"


def check_no_lost_value(sites: list[Site], history: History) -> int:
    """Every write is final, queued, or overwritten by a site that had seen it. Returns how many
    writes had to be found (not plainly overwritten)."""
    final = field_values(sites[0])
    queued = conflict_values(sites)
    checked = 0
    for write in history.writes:
        overwritten = any(write.change in later.seen for later in history.writes
                          if later.record_id == write.record_id and later.field == write.field)
        if overwritten:
            continue
        checked += 1
        key = (write.record_id, write.field)
        assert write.value == final.get(key) or write.value in queued.get(key, set()), (
            f"lost value: {write.field}={write.value!r} written by change {write.change} ({write.step}) is "
            f"neither the final value ({final.get(key)!r}) nor in a conflict queue ({queued.get(key, set())})")
    return checked


def check_same_conflict_queues(sites: list[Site]) -> None:
    queues = [conflict_queue(site) for site in sites]
    for site, queue in zip(sites[1:], queues[1:], strict=True):
        assert queue == queues[0], (
            f"conflict queues differ: only at {sites[0].name}: {sorted(queues[0] - queue)}; "
            f"only at {site.name}: {sorted(queue - queues[0])}")


# --- the state machine -------------------------------------------------------------------------

class Stats:
    examples = 0
    steps = 0
    imports = 0
    conflicts = 0
    compared_conflicts = 0
    checked_writes = 0
    resolves = 0


@dataclass
class PoolBundle:
    path: Path
    sender: int
    receiver: int


def step(method: Callable[..., None]) -> Callable[..., None]:
    """A rule that marks the machine broken while it runs, so that a rule that raised leaves
    teardown skipping the final checks (the failure Hypothesis reports is the rule's own)."""

    @functools.wraps(method)
    def run(self: MergeMachine, *args: Any, **kwargs: Any) -> None:
        self.broken = True
        method(self, *args, **kwargs)
        self.broken = False
        self.stats.steps += 1

    return run


SITE = st.integers(0, SITES - 1)
PICK = st.integers(0, 1000)


class MergeMachine(RuleBasedStateMachine):
    """One history of three sites. ``fresh_values``: every edit writes a value never written to
    that field before (a letter of the small alphabet and a counter), so two sites never write
    the same value; otherwise values repeat (see ``test_r7_repeated_values``)."""

    template: Template
    stats: type[Stats] = Stats
    fresh_values = True
    with_deletes = True
    strict_queues = False

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="r7-"))
        self.sites = self.template.copy_to(self.folder)
        self.records = list(self.template.institutions)
        self.pool: list[PoolBundle] = []
        self.imported: set[tuple[int, int]] = set()
        self.history = History()
        self.counter = 0
        self.broken = False
        self.stats.examples += 1

    def teardown(self) -> None:
        try:
            if not self.broken:
                self.final_checks()
        finally:
            for site in self.sites:
                site.services.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # - editing (edits are the commonest step: two rules) -
    @rule(at=SITE, pick=PICK, name=st.sampled_from(EDITABLE), letter=st.integers(0, 2))
    @step
    def edit(self, at: int, pick: int, name: str, letter: int) -> None:
        self._edit(at, pick, name, letter)

    @rule(at=SITE, pick=PICK, name=st.sampled_from(EDITABLE), letter=st.integers(0, 2))
    @step
    def edit_another(self, at: int, pick: int, name: str, letter: int) -> None:
        self._edit(at, pick, name, letter)

    def pick(self, number: int) -> str:
        """A record, the shared first ones twice as likely as any other: collisions need them."""
        index = number % (len(self.records) + len(self.template.institutions))
        return self.records[index if index < len(self.records) else index - len(self.records)]

    def _edit(self, at: int, pick: int, name: str, letter: int) -> None:
        site, record_id = self.sites[at], self.pick(pick)
        self.counter += 1
        new = ALPHABET[name][letter]
        if self.fresh_values:
            new = f"{new or '-'}{self.counter}"
        self.history.note(f"edit at {site.name}: {record_id[-6:]}.{name} = {new!r}")
        current = live_institutions(site).get(record_id)
        if current is None:  # not here yet, or deleted here
            self.history.steps[-1] += " (not live here: skipped)"
            return
        self._change(site, record_id, lambda: site.services.records.save(
            CODE, INSTITUTIONS, {**current, name: new}, record_id))

    @rule(at=SITE)
    @step
    def add(self, at: int) -> None:
        site = self.sites[at]
        self.counter += 1
        name = f"Added {self.counter} at {site.name}"
        before = next_seq(site)
        record_id = site.services.records.save(CODE, INSTITUTIONS, institution_values(name, acronym=f"N{self.counter}"))
        self.history.note(f"add at {site.name}: {record_id[-6:]} {name!r}")
        self.history.record(site, record_id, before, frozenset())
        self.records.append(record_id)

    @precondition(lambda self: self.with_deletes)
    @rule(at=SITE, pick=PICK)
    @step
    def delete(self, at: int, pick: int) -> None:
        site, record_id = self.sites[at], self.pick(pick)
        self.history.note(f"delete at {site.name}: {record_id[-6:]}")
        if record_id not in live_institutions(site):
            self.history.steps[-1] += " (not live here: skipped)"
            return
        self._change(site, record_id, lambda: site.services.records.delete(CODE, INSTITUTIONS, record_id))

    @rule(at=SITE, pick=PICK, keep=st.booleans())
    @step
    def resolve(self, at: int, pick: int, keep: bool) -> None:
        """A person at a site answers one of its open conflicts (keeps the value, or takes the other)."""
        site = self.sites[at]
        service = ConflictService(site.services.uow)
        open_conflicts = service.conflicts(CODE)
        if not open_conflicts:
            self.history.note(f"resolve at {site.name}: no open conflict")
            return
        conflict = open_conflicts[pick % len(open_conflicts)]
        self.stats.resolves += 1
        self.history.note(f"resolve at {site.name}: {conflict.record_id[-6:]}.{conflict.field} "
                          f"{'kept' if keep else 'other'}")
        self._change(site, conflict.record_id, lambda: service.resolve(conflict.id, "kept" if keep else "other"))

    def _change(self, site: Site, record_id: str, action: Callable[[], Any]) -> None:
        seen = record_changes(site, record_id)
        before = next_seq(site)
        try:
            action()
        except (InvalidInput, NotFound) as exc:  # e.g. a name another institution has here
            self.history.steps[-1] += f" (refused: {type(exc).__name__})"
            return
        self.history.record(site, record_id, before, seen)

    # - exchanging -
    @rule(sender=SITE, offset=st.integers(1, SITES - 1))
    @step
    def export(self, sender: int, offset: int) -> None:
        self._export(sender, (sender + offset) % SITES)

    def _export(self, sender: int, receiver: int) -> int:
        source, target = self.sites[sender], self.sites[receiver]
        path = self.folder / f"bundle-{len(self.pool)}-{source.name}-for-{target.name}.mdbundle"
        result = source.exchange.export(CODE, path, for_site=target.site_id)
        self.pool.append(PoolBundle(path, sender, receiver))
        self.history.note(f"export {len(self.pool) - 1}: {source.name} for {target.name}, {result.changes} changes, "
                          f"base {_short(result.base_frontier)} new {_short(result.new_frontier)}")
        return len(self.pool) - 1

    @rule(sender=SITE, offset=st.integers(1, SITES - 1))
    @step
    def deliver(self, sender: int, offset: int) -> None:
        """The usual round: export for a partner, who imports it at once."""
        receiver = (sender + offset) % SITES
        self._import(receiver, self._export(sender, receiver))

    @rule(sender=SITE, offset=st.integers(1, SITES - 1))
    @step
    def deliver_again(self, sender: int, offset: int) -> None:
        receiver = (sender + offset) % SITES
        self._import(receiver, self._export(sender, receiver))

    @precondition(lambda self: self.pool)
    @rule(at=SITE, pick=PICK)
    @step
    def import_bundle(self, at: int, pick: int) -> None:
        self._import(at, pick % len(self.pool))

    @precondition(lambda self: self.pool)
    @rule(at=SITE, pick=PICK)
    @step
    def import_late(self, at: int, pick: int) -> None:
        """Any bundle of the pool, the oldest ones as likely: late, repeated, for someone else."""
        self._import(at, pick % len(self.pool))

    def _import(self, at: int, index: int) -> None:
        bundle = self.pool[index]
        if bundle.sender == at:  # a site does not import its own bundle (it does not trust itself)
            at = bundle.receiver
        site = self.sites[at]
        again = (at, index) in self.imported
        before = fingerprint(site) if again else None
        report = site.exchange.import_bundle(bundle.path)
        check_reconciled(report)
        self.history.note(f"import {index} at {site.name}: "
                          f"{'already imported' if report.already_imported_on else _counts(report)}")
        if again:
            assert report.already_imported_on, "a bundle imported twice was applied twice"
            assert fingerprint(site) == before, "importing a bundle again changed the database"
        self.imported.add((at, index))
        self.stats.imports += 1

    @precondition(lambda self: self.pool)
    @rule(at=SITE, pick=PICK)
    @step
    def preview(self, at: int, pick: int) -> None:
        index = pick % len(self.pool)
        bundle = self.pool[index]
        site = self.sites[bundle.receiver if bundle.sender == at else at]
        before = fingerprint(site)
        site.exchange.preview(bundle.path)
        assert fingerprint(site) == before, "a preview changed the database"
        self.history.note(f"preview {index} at {site.name}")

    # - the final checks -
    def final_checks(self) -> None:
        sync_until_quiet(self.sites, self.folder)
        settled = [fingerprint(site) for site in self.sites]
        for at, site in enumerate(self.sites):  # every bundle again, stale ones too: nothing changes
            for bundle in self.pool:
                if bundle.sender != at:
                    check_reconciled(site.exchange.import_bundle(bundle.path))
        assert [fingerprint(site) for site in self.sites] == settled, "a late or repeated bundle changed a site"
        check_converged(self.sites)
        self.stats.checked_writes += check_no_lost_value(self.sites, self.history)
        if self.strict_queues:
            check_same_conflict_queues(self.sites)
            self.stats.compared_conflicts += len(conflict_queue(self.sites[0]))
        else:
            self.stats.compared_conflicts += check_same_single_collision_conflicts(self.sites, self.history)
        self.stats.conflicts += len(conflict_queue(self.sites[0]))


def check_same_single_collision_conflicts(sites: list[Site], history: History) -> int:
    """The conflict queues agree on every field written at most twice (one collision at most;
    for ``deleted_at``, every write to the record counts, as any edit may meet a delete), and on
    every other table. Returns how many conflicts were compared."""
    writes: dict[tuple[str, str], int] = {}
    for write in history.writes:
        writes[(write.record_id, write.field)] = writes.get((write.record_id, write.field), 0) + 1
    per_record = {record: sum(n for (r, _), n in writes.items() if r == record) for record, _ in writes}

    def comparable(entry: tuple[Any, ...]) -> bool:
        _id, table, record, name = entry[:4]
        if table != "institution":
            return True
        record_id = str(uuid.UUID(str(record)))
        count = per_record.get(record_id, 0) if name == "deleted_at" else writes.get((record_id, name), 0)
        return count <= 2

    queues = [{entry for entry in conflict_queue(site) if comparable(entry)} for site in sites]
    for site, queue in zip(sites[1:], queues[1:], strict=True):
        assert queue == queues[0], (
            f"conflict queues differ on a single collision: only at {sites[0].name}: {sorted(queues[0] - queue)}; "
            f"only at {site.name}: {sorted(queue - queues[0])}")
    return len(queues[0])


def _short(frontier: dict[str, int]) -> str:
    return "{" + ", ".join(f"{origin[-4:]}:{seq}" for origin, seq in sorted(frontier.items())) + "}"


def _counts(report: ImportReport) -> str:
    return ", ".join(f"{name} {count}" for name, count in report.counts.items() if count)


def run_r7(template: Template, examples: int, steps: int, derandomize: bool, *, fresh_values: bool = True,
           with_deletes: bool = True, strict_queues: bool = False, shrink: bool = True) -> type[Stats]:
    stats = type("RunStats", (Stats,), {})
    machine = type("R7Machine", (MergeMachine,), {
        "template": template, "stats": stats, "fresh_values": fresh_values, "with_deletes": with_deletes,
        "strict_queues": strict_queues})
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if shrink else [])
    run_state_machine_as_test(machine, settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None, derandomize=derandomize,
        database=None if derandomize else settings.default.database, print_blob=True, phases=phases,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]))
    return stats


def report_r7(capsys: pytest.CaptureFixture[str], stats: type[Stats], steps: int) -> None:
    with capsys.disabled():
        print(f"\nR7: {stats.examples} examples x {steps} steps: 0 failures of idempotency, "
              f"order-independence, no lost value ({stats.steps} steps run, {stats.imports} imports, "
              f"{stats.conflicts} conflicts, {stats.compared_conflicts} compared across sites, {stats.resolves} resolved, "
              f"{stats.checked_writes} unsuperseded writes found final or queued)")


# --- the property tests ------------------------------------------------------------------------

def test_r7_merge_properties(r7_template: Template, capsys: pytest.CaptureFixture[str]) -> None:
    stats = run_r7(r7_template, DEFAULT_EXAMPLES, DEFAULT_STEPS, derandomize=True, strict_queues=True, shrink=False)
    report_r7(capsys, stats, DEFAULT_STEPS)


def test_r7_repeated_values(r7_template: Template, capsys: pytest.CaptureFixture[str]) -> None:
    stats = run_r7(r7_template, DEFAULT_EXAMPLES // 2, DEFAULT_STEPS, derandomize=True, fresh_values=False,
                   strict_queues=True, shrink=False)
    report_r7(capsys, stats, DEFAULT_STEPS)


@pytest.mark.slow
def test_r7_merge_properties_long(r7_template: Template, capsys: pytest.CaptureFixture[str]) -> None:
    stats = run_r7(r7_template, SLOW_EXAMPLES, SLOW_STEPS, derandomize=False, strict_queues=True)
    report_r7(capsys, stats, SLOW_STEPS)


@pytest.mark.slow
def test_r7_repeated_values_long(r7_template: Template, capsys: pytest.CaptureFixture[str]) -> None:
    stats = run_r7(r7_template, SLOW_EXAMPLES, SLOW_STEPS, derandomize=False, fresh_values=False, strict_queues=True)
    report_r7(capsys, stats, SLOW_STEPS)


# --- the smallest histories, one by one ----------------------------------------------------------

@pytest.fixture
def trio(r7_template: Template, tmp_path: Path) -> Iterator[list[Site]]:
    sites = r7_template.copy_to(tmp_path)
    try:
        yield sites
    finally:
        for site in sites:
            site.services.close()


class Exchange:
    """Edits and deliveries between the sites of one test, each edit a few milliseconds after the
    last (so that clock order is program order), every bundle numbered."""

    def __init__(self, sites: list[Site], folder: Path, record_id: str) -> None:
        self.sites, self.folder, self.record_id, self.count = sites, folder, record_id, 0

    def edit(self, site: Site, **values: str) -> None:
        time.sleep(0.005)
        current = live_institutions(site)[self.record_id]
        site.services.records.save(CODE, INSTITUTIONS, {**current, **values}, self.record_id)

    def delete(self, site: Site) -> None:
        time.sleep(0.005)
        site.services.records.delete(CODE, INSTITUTIONS, self.record_id)

    def send(self, sender: Site, receiver: Site) -> dict[str, int]:
        self.count += 1
        path = self.folder / f"{self.count}-{sender.name}-for-{receiver.name}.mdbundle"
        sender.exchange.export(CODE, path, for_site=receiver.site_id)
        report = receiver.exchange.import_bundle(path)
        check_reconciled(report)
        return {name: n for name, n in report.counts.items() if n}

    def values(self, site: Site) -> dict[str, Any]:
        held = field_values(site)
        return {name: held[(self.record_id, name)] for name in TRACKED}


@pytest.fixture
def exchange(trio: list[Site], r7_template: Template, tmp_path: Path) -> Exchange:
    return Exchange(trio, tmp_path, r7_template.institutions[0])


def test_one_collision_between_two_sites_gives_one_conflict_everywhere(trio: list[Site], exchange: Exchange) -> None:
    a, b, _c = trio
    exchange.edit(a, acronym="MLSS")
    exchange.edit(b, acronym="MoL")
    assert exchange.send(a, b) == {"duplicate": 20, "conflicting": 1}
    exchange.send(b, a)
    assert exchange.values(a) == exchange.values(b) and exchange.values(a)["acronym"] == "MoL"
    assert conflict_queue(a, raw=True) == conflict_queue(b, raw=True)
    (conflict,) = conflict_queue(a, raw=True)
    assert (json.loads(conflict[4]), json.loads(conflict[6])) == ("MoL", "MLSS")  # later stamp kept


def test_three_concurrent_edits_converge_and_keep_every_value(trio: list[Site], exchange: Exchange) -> None:
    a, b, c = trio
    for site, value in zip(trio, ("X", "Y", "Z"), strict=True):
        exchange.edit(site, acronym=value)
    for sender, receiver in ((b, a), (c, a), (c, b), (a, b), (a, c), (b, c)):
        exchange.send(sender, receiver)
    assert exchange.values(a) == exchange.values(b) == exchange.values(c)
    assert exchange.values(a)["acronym"] == "Z"
    queued = conflict_values(trio)[(exchange.record_id, "acronym")]
    assert {"X", "Y"} <= queued


@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-then-edit", "edit-then-delete"])
def test_edit_against_delete_converges_either_way(trio: list[Site], exchange: Exchange, delete_first: bool) -> None:
    a, b, _c = trio
    if delete_first:
        exchange.delete(a)
        exchange.edit(b, acronym="MoL")
    else:
        exchange.edit(b, acronym="MoL")
        exchange.delete(a)
    exchange.send(a, b)
    exchange.send(b, a)
    assert exchange.values(a) == exchange.values(b)
    assert (exchange.values(a)["deleted_at"] is None) == delete_first  # the later act wins
    assert conflict_queue(a) == conflict_queue(b) and len(conflict_queue(a)) == 1


def test_a_value_written_back_is_not_taken_for_the_old_one(trio: list[Site], exchange: Exchange) -> None:
    """A: '' -> X; B: '' -> Y; A: X -> '' (newest). At A, B's change ('' -> Y) finds '' and is
    applied as if A's '' were the base; at B, A's two changes conflict and A's '' wins."""
    a, b, _c = trio
    exchange.edit(a, acronym="X")
    exchange.edit(b, acronym="Y")
    exchange.edit(a, acronym="")
    exchange.send(a, b)
    exchange.send(b, a)
    assert exchange.values(a) == exchange.values(b), (exchange.values(a), exchange.values(b))


def test_a_value_written_back_by_another_site_is_not_taken_for_the_old_one(trio: list[Site],
                                                                          exchange: Exchange) -> None:
    """A: '' -> X, then X -> Y; B (later): '' -> X. At B, A's X -> Y finds X (B's own, newer) and
    is applied; at A, B's '' -> X conflicts with Y and wins by its newer stamp."""
    a, b, _c = trio
    exchange.edit(a, acronym="X")
    exchange.edit(a, acronym="Y")
    exchange.edit(b, acronym="X")
    exchange.send(a, b)
    exchange.send(b, a)
    assert exchange.values(a) == exchange.values(b), (exchange.values(a), exchange.values(b))


def test_delete_does_not_stamp_the_other_fields(trio: list[Site], exchange: Exchange) -> None:
    """B: acronym X1; A (later): acronym X3; B deletes. At B, A's X3 meets X1 stamped with the
    delete's clock and loses; at A, B's X1 meets X3 and loses. A keeps X3, B keeps X1."""
    a, b, _c = trio
    exchange.edit(b, acronym="X1")
    exchange.edit(a, acronym="X3")
    exchange.delete(b)
    exchange.send(a, b)
    exchange.send(b, a)
    assert exchange.values(a) == exchange.values(b), (exchange.values(a), exchange.values(b))


def test_one_collision_beside_a_delete_gives_the_same_conflict(trio: list[Site], exchange: Exchange) -> None:
    """C: name Alpha; A (later): name Gamma, then A deletes. The name conflict is (A's edit, C's
    edit) at C but (A's delete, C's edit) at A."""
    a, _b, c = trio
    exchange.edit(c, name="Alpha")
    exchange.edit(a, name="Gamma")
    exchange.delete(a)
    exchange.send(a, c)
    exchange.send(c, a)
    assert exchange.values(a) == exchange.values(c)
    named = {entry for entry in conflict_queue(a) if entry[3] == "name"}
    assert named == {entry for entry in conflict_queue(c) if entry[3] == "name"}, (
        named, {entry for entry in conflict_queue(c) if entry[3] == "name"})


def test_three_concurrent_edits_give_the_same_conflict_queue(trio: list[Site], exchange: Exchange) -> None:
    """A: X, B: Y, C: Z concurrently. A hears B then C: (X,Y) and (Y,Z). B and C hear C's Z
    before or with A's X: (X,Z) and (Y,Z). A's queue also still shows Y "kept" though Z is."""
    a, b, c = trio
    for site, value in zip(trio, ("X", "Y", "Z"), strict=True):
        exchange.edit(site, acronym=value)
    for sender, receiver in ((b, a), (c, a), (c, b), (a, b), (a, c), (b, c)):
        exchange.send(sender, receiver)
    sync_until_quiet(trio, exchange.folder)
    check_same_conflict_queues(trio)


def test_the_same_conflict_stores_the_same_values(trio: list[Site], exchange: Exchange) -> None:
    """A and B both delete the record: one conflict on deleted_at, same id at both sites, but the
    local side's timestamp is stored as '...' at one site and '...+00:00' at the other."""
    a, b, _c = trio
    exchange.delete(a)
    exchange.delete(b)
    exchange.send(a, b)
    exchange.send(b, a)
    assert {entry[0] for entry in conflict_queue(a, raw=True)} == {entry[0] for entry in conflict_queue(b, raw=True)}
    assert conflict_queue(a, raw=True) == conflict_queue(b, raw=True)


def test_a_change_held_at_the_hub_still_reaches_the_other_countries(trio: list[Site], tmp_path: Path) -> None:
    """Hub topology (A and C exchange only with B, incremental bundles). C makes a record and
    sends it to A; A's bundle for B that carries it is lost; A edits the record and sends that.
    B holds A's edit (no record yet) but takes A's frontier; B's bundle gives C that frontier
    without the edit; C's record reaches B, which releases the edit; B's next bundle for C
    starts after it. C never gets the edit, however often everyone syncs."""
    a, b, c = trio
    made_at_c = c.services.records.save(CODE, INSTITUTIONS, institution_values("Made at C"))
    exchange = Exchange(trio, tmp_path, made_at_c)
    exchange.send(c, a)
    a.exchange.export(CODE, tmp_path / "lost-on-the-way.mdbundle", for_site=b.site_id)
    exchange.edit(a, acronym="EDITED-AT-A")
    assert exchange.send(a, b) == {"held": 1}
    exchange.send(b, c)
    exchange.send(c, b)  # B now has the record: the held edit is applied there
    for _round in range(3):
        for sender, receiver in ((a, b), (b, a), (c, b), (b, c)):
            exchange.send(sender, receiver)
    assert exchange.values(b)["acronym"] == "EDITED-AT-A"
    assert exchange.values(c)["acronym"] == "EDITED-AT-A"


def test_a_site_that_took_a_clock_from_the_future_can_still_send(trio: list[Site], exchange: Exchange) -> None:
    """A imported a change stamped by a partner whose clock is a day ahead, at counter 999999:
    A's next local change is stamped ``...-1000000-...``."""
    from mainstream_desktop.db.change_capture import hlc_stamp, observe_hlc

    a, b, _c = trio
    ahead = int((time.time() + 86_400) * 1000)
    with a.services.uow() as uow:
        observe_hlc(uow.session, hlc_stamp(ahead, 999_999, b.site_uuid))
    exchange.edit(a, acronym="AFTER")
    exchange.send(a, b)
    assert exchange.values(b)["acronym"] == "AFTER"
