"""Fixtures for the exchange-bundle reliability tests (QUALITY.md, R1-R6 and R8).

Built once per session: a country site holding the demo plus a small extra workspace ``KEN``,
the bundles it exports (JAM full, KEN small, KEN age-encrypted for the hub, MDA full), and a hub
site that trusts the country for JAM and KEN (not MDA). Each test gets its own copy of the hub
folder (``hub``), opened through the real ``open_services``.

Helpers:

- ``db_fingerprint``: sha256 of the schema and every row of every table (ordered by all columns,
  so the order is total), excluding nothing: equal fingerprints prove "nothing was written";
- ``files_snapshot``: every file under some folders with size and content hash, to prove that no
  file was written (or left behind) outside the program's own database;
- ``BundleKit``: the small bundle taken apart (manifest, change lines, the sender's signing key),
  to craft hostile bundles, re-signed with the sender's real key when a case needs a valid
  signature over an inconsistent bundle;
- ``reliability``: collects every test's figures and writes them to
  ``<repo>/test-results/reliability.json`` at the end of the session (a test's figures on
  PostgreSQL under its key plus ``.postgresql``).

The sites live on the engine of the session's ``store`` (``tests/stores.py``): run with
``--engines sqlite,postgresql`` these tests run on both.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mainstream_desktop.core.dto import WorkspaceForm
from mainstream_desktop.core.services import Services
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
from mainstream_desktop.sync.keys import SiteCard, sign
from tests.stores import ENGINE_NOW, Store, active, sqlite_fingerprint

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "test-results" / "reliability.json"
COPY_IGNORE = shutil.ignore_patterns(".instance.*", "backups", "logs")
SMALL_CODE = "KEN"


# -- fingerprints ---------------------------------------------------------------------------------
db_fingerprint = sqlite_fingerprint  # the store's own, under the name these tests use


def table_counts(database: Path) -> dict[str, int]:
    """Rows per table (every table)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def files_snapshot(folders: Iterable[Path], skip: Sequence[str] = ()) -> dict[str, tuple[int, str]]:
    """Every file under ``folders``: path -> (size, sha256). Names starting with one of ``skip``
    (the database and its WAL/SHM files, whose bytes SQLite may touch on a read) are left out."""
    result: dict[str, tuple[int, str]] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(folder.rglob("*")):
            if any(path.name.startswith(prefix) for prefix in skip):
                continue
            if path.is_dir():
                result[str(path) + "/"] = (0, "")
            else:
                data = path.read_bytes() if path.is_file() else b"<special>"
                result[str(path)] = (len(data), hashlib.sha256(data).hexdigest())
    return result


# -- the session's world --------------------------------------------------------------------------
@dataclass(frozen=True)
class World:
    country_root: Path
    hub_root: Path
    jam_bundle: Path
    small_bundle: Path
    encrypted_bundle: Path
    mda_bundle: Path
    country_card: SiteCard
    hub_card: SiteCard
    signer_pem: bytes


def _private_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory, store: Store, store_demo_template: DataPaths,
          store_template: DataPaths) -> World:
    """The country (demo + KEN), its bundles, and a hub that trusts it for JAM and KEN."""
    base = tmp_path_factory.mktemp("exchange-world")
    country_paths = DataPaths(base / "country")
    shutil.copytree(store_demo_template.root, country_paths.root, ignore=COPY_IGNORE)
    store.copied(store_demo_template, country_paths)
    bundles = base / "bundles"
    bundles.mkdir()
    hub_paths = DataPaths(base / "hub")
    hub_paths.root.mkdir(parents=True)
    if store.engine == "sqlite":
        shutil.copyfile(store_template.database, hub_paths.database)
    else:
        store.copied(store_template, hub_paths)
    hub = store.open(hub_paths, actor="hub-tester", create_identity=False)
    try:
        create_local_site(hub.uow, hub_paths.keys, "GMG hub", SiteKind.HUB)
        hub_exchange = ExchangeService(hub.uow, hub_paths)
        hub_card = hub_exchange.keys.local_card()
        country = store.open(country_paths, actor="country-tester")
        try:
            country.workspaces.create(WorkspaceForm(
                code=SMALL_CODE, country_iso3="KEN", title="Kenya pilot", lead_institution="Ministry of Planning",
                focal_point_name="A. Focal", focal_point_email="focal@example.org"))
            exchange = ExchangeService(country.uow, country_paths)
            country_card = exchange.keys.local_card()
            signer_pem = _private_pem(exchange.keys.signing_key())
            jam = exchange.export("JAM", bundles / "jam.mdbundle", full=True).path
            small = exchange.export(SMALL_CODE, bundles / "small.mdbundle", full=True).path
            encrypted = exchange.export(SMALL_CODE, bundles / "small-encrypted.mdbundle", full=True,
                                        recipients=[hub_card]).path
            mda = exchange.export("MDA", bundles / "mda.mdbundle", full=True).path
        finally:
            country.close()
        hub_exchange.keys.trust(country_card, ["JAM", SMALL_CODE])
    finally:
        hub.close()
    _keep(store, country_paths, hub_paths)
    return World(country_paths.root, hub_paths.root, jam, small, encrypted, mda, country_card, hub_card, signer_pem)


def _keep(store: Store, *folders: DataPaths) -> None:
    """The session's sites outlive the test that made them (their databases are templates)."""
    keep = getattr(store, "keep", None)
    if keep is not None:
        keep.update(getattr(store, "database_of")(paths) for paths in folders)


@dataclass
class Site:
    """One data folder opened through ``open_services`` (``close``/``reopen`` for the CLI)."""

    paths: DataPaths
    services: Services | None = None
    store: Store | None = None

    def __post_init__(self) -> None:
        if self.store is None:  # the engine of the test that makes the site
            self.store = active()

    def open(self) -> Site:
        if self.services is None:
            assert self.store is not None
            self.services = self.store.open(self.paths, actor="tester")
        return self

    @property
    def engine(self) -> str:
        assert self.store is not None
        return self.store.engine

    def cli_options(self) -> list[str]:
        """``mainstream`` options that open this site: its data folder, and its database."""
        assert self.store is not None
        url = self.store.database_url(self.paths)
        return ["--data-dir", str(self.paths.root), *(["--database-url", url] if url else [])]

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None

    @property
    def exchange(self) -> ExchangeService:
        assert self.services is not None, "the site is closed"
        return ExchangeService(self.services.uow, self.paths)

    def fingerprint(self) -> str:
        assert self.store is not None
        return self.store.fingerprint(self.paths)

    def files(self, *extra: Path) -> dict[str, tuple[int, str]]:
        """Every file of the data folder but the database (and of ``extra`` folders); folders are left
        out (verify may make the empty scratch folder tmp/)."""
        snapshot = files_snapshot([self.paths.root, *extra], skip=("mainstream.sqlite3", ".instance.", ".test-database"))
        return {path: value for path, value in snapshot.items() if not path.endswith("/")}


@pytest.fixture
def hub(world: World, tmp_path: Path, store: Store) -> Iterator[Site]:
    """This test's own copy of the hub (trusting the country for JAM and KEN), opened."""
    paths = DataPaths(tmp_path / "hub")
    shutil.copytree(world.hub_root, paths.root, ignore=COPY_IGNORE)
    store.copied(DataPaths(world.hub_root), paths)
    site = Site(paths, store=store).open()
    try:
        yield site
    finally:
        site.close()


@pytest.fixture
def country(world: World, tmp_path: Path, store: Store) -> Iterator[Site]:
    """This test's own copy of the country site (demo + KEN), opened."""
    paths = DataPaths(tmp_path / "country")
    shutil.copytree(world.country_root, paths.root, ignore=COPY_IGNORE)
    store.copied(DataPaths(world.country_root), paths)
    site = Site(paths, store=store).open()
    try:
        yield site
    finally:
        site.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder for incoming bundles (a USB stick), outside every data folder."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def jam_bundle(world: World, inbox: Path) -> Path:
    """A valid signed full bundle of JAM (816 changes, 19 attachments), copied into the inbox."""
    return Path(shutil.copy2(world.jam_bundle, inbox / "jam.mdbundle"))


@pytest.fixture
def small_bundle(world: World, inbox: Path) -> Path:
    """A valid signed full bundle of the small workspace KEN (a handful of records)."""
    return Path(shutil.copy2(world.small_bundle, inbox / "small.mdbundle"))


@pytest.fixture
def encrypted_bundle(world: World, inbox: Path) -> Path:
    """The small bundle age-encrypted for the hub."""
    return Path(shutil.copy2(world.encrypted_bundle, inbox / "small-encrypted.mdbundle"))


# -- crafting bundles -----------------------------------------------------------------------------
Entry = tuple["str | zipfile.ZipInfo", bytes]


@dataclass
class BundleKit:
    """The small bundle taken apart, to build variants of it.

    ``build`` writes a zip: the given members (default: the real change members), listed in the
    manifest with their true size and sha256 unless ``list_members`` is False, plus ``extra``
    entries written as given and never listed; then ``manifest.json`` and ``manifest.sig``
    (signed with the sender's real key unless ``signature`` or ``manifest_bytes`` say otherwise).
    """

    manifest: dict[str, Any]
    members: dict[str, bytes]
    signer: Ed25519PrivateKey
    folder: Path
    counter: list[int] = field(default_factory=lambda: [0])

    @property
    def lines(self) -> list[bytes]:
        return [line for line in self.members["changes/0001.jsonl"].split(b"\n") if line]

    def new_manifest(self) -> dict[str, Any]:
        return copy.deepcopy(self.manifest)

    @staticmethod
    def encode(manifest: dict[str, Any]) -> bytes:
        return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")

    @staticmethod
    def listing(members: dict[str, bytes]) -> list[dict[str, Any]]:
        return [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in members.items()]

    def build(self, name: str | None = None, *, manifest: dict[str, Any] | None = None,
              members: dict[str, bytes] | None = None, extra: Sequence[Entry] = (), list_members: bool = True,
              manifest_bytes: bytes | None = None, signature: bytes | None = None,
              signer: Ed25519PrivateKey | None = None, compression: int = zipfile.ZIP_DEFLATED,
              with_manifest: bool = True, with_signature: bool = True) -> Path:
        self.counter[0] += 1
        path = self.folder / (name or f"crafted-{self.counter[0]:03d}.mdbundle")
        members = dict(self.members) if members is None else members
        document = self.new_manifest() if manifest is None else manifest
        if list_members and manifest_bytes is None:
            document["members"] = self.listing(members)
        raw = self.encode(document) if manifest_bytes is None else manifest_bytes
        sig = sign(signer or self.signer, raw) if signature is None else signature
        entries: list[Entry] = list(members.items()) + list(extra)
        if with_manifest:
            entries.append(("manifest.json", raw))
        if with_signature:
            entries.append(("manifest.sig", sig))
        write_zip(path, entries, compression, seal=signer or self.signer)
        return path

    def with_lines(self, lines: Sequence[bytes], *, total: int | None = None, **options: Any) -> Path:
        """The small bundle with other change lines (counts follow unless ``total`` is given)."""
        manifest = self.new_manifest()
        manifest["counts"]["total"] = len(lines) if total is None else total
        data = b"".join(line + b"\n" for line in lines)
        return self.build(manifest=manifest, members={"changes/0001.jsonl": data}, **options)

    def line(self, index: int = 0) -> dict[str, Any]:
        return json.loads(self.lines[index])


def write_zip(path: Path, entries: Sequence[Entry], compression: int = zipfile.ZIP_DEFLATED,
              seal: Ed25519PrivateKey | None = None) -> Path:
    """A zip of ``entries`` written exactly as given (ZipInfo attributes kept; duplicates allowed),
    sealed like the exporter seals it when ``seal`` is the signing key (so a crafted bundle is
    refused for its own defect, not for a missing seal)."""
    import warnings

    from mainstream_desktop.sync.bundle_format import SEAL_PLACEHOLDER
    from mainstream_desktop.sync.exchange import _seal

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some cases
        with zipfile.ZipFile(path, "w", compression=compression) as archive:
            for name, data in entries:
                if isinstance(name, zipfile.ZipInfo):
                    archive.writestr(name, data)
                else:
                    archive.writestr(name, data, compress_type=compression)
            if seal is not None:
                archive.comment = SEAL_PLACEHOLDER
    if seal is not None:
        _seal(path, seal)
    return path


@pytest.fixture
def kit(world: World, inbox: Path) -> BundleKit:
    from cryptography.hazmat.primitives import serialization

    with zipfile.ZipFile(world.small_bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = {m["path"]: archive.read(m["path"]) for m in manifest["members"]}
    key = serialization.load_pem_private_key(world.signer_pem, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return BundleKit(manifest, members, key, inbox)


# -- figures --------------------------------------------------------------------------------------
class Reliability:
    """Figures of this session's reliability tests, written to one JSON file at the end. Each
    engine has its own figures (``figures`` are those of the engine of the test being run); those
    of PostgreSQL are written under their key plus ``.postgresql``."""

    def __init__(self) -> None:
        self.by_engine: dict[str, dict[str, dict[str, Any]]] = {}

    @property
    def figures(self) -> dict[str, dict[str, Any]]:
        return self.by_engine.setdefault(ENGINE_NOW[0], {})

    def record(self, key: str, **figures: Any) -> None:
        entry = self.figures.setdefault(key, {})
        entry.update(figures)
        entry["recorded_at"] = datetime.now(UTC).isoformat(timespec="seconds")

    def add(self, key: str, name: str, amount: int = 1) -> None:
        entry = self.figures.setdefault(key, {})
        entry[name] = entry.get(name, 0) + amount
        entry["recorded_at"] = datetime.now(UTC).isoformat(timespec="seconds")

    def all_figures(self) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for engine, figures in self.by_engine.items():
            merged.update({key if engine == "sqlite" or key.startswith("_") else f"{key}.{engine}": value
                           for key, value in figures.items()})
        return merged

    def write(self, path: Path = RESULTS) -> None:
        figures = self.all_figures()
        if not figures:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(existing, dict):
                existing = {}
        except (OSError, ValueError):
            existing = {}
        # figures of slow tests survive a later default run (which does not repeat them); the rest is this run's
        existing = {key: value for key, value in existing.items() if ".slow" in key and key not in figures}
        existing.update(figures)
        existing["_generated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        path.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def reliability() -> Iterator[Reliability]:
    collector = Reliability()
    started = time.monotonic()
    yield collector
    if collector.all_figures():
        ENGINE_NOW[0] = "sqlite"
        collector.record("_session", seconds=round(time.monotonic() - started, 1))
    collector.write()



# -- zip structure --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ZipEntryLayout:
    """Where one member lives in a zip file's bytes."""

    name: str
    central: int        # offset of its central directory header
    central_end: int    # end of that header (name, extra and comment included)
    local: int          # offset of its local file header
    data: int           # first byte of its (compressed) data
    data_end: int       # one past its last byte of data


CENTRAL_FIELDS = {"version_needed": (6, 2), "flags": (8, 2), "method": (10, 2), "crc": (16, 4), "csize": (20, 4), "usize": (24, 4),
                  "external_attr": (38, 4)}
LOCAL_FIELDS = {"version_needed": (4, 2), "flags": (6, 2), "method": (8, 2), "crc": (14, 4), "csize": (18, 4), "usize": (22, 4)}


def zip_layout(data: bytes) -> tuple[list[ZipEntryLayout], int, int]:
    """The members of a zip (one disk) and where its central directory starts and ends (the end
    records follow). Enough for the files this program and these tests write."""
    import struct

    eocd = data.rindex(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", data, eocd + 12)
    if cd_offset == 0xFFFFFFFF or cd_size == 0xFFFFFFFF:  # zip64 end record
        locator = data.rindex(b"PK\x06\x07", 0, eocd)
        (z64,) = struct.unpack_from("<Q", data, locator + 8)
        cd_size, cd_offset = struct.unpack_from("<QQ", data, z64 + 40)
    entries = []
    position = cd_offset
    while position < cd_offset + cd_size:
        assert data[position:position + 4] == b"PK\x01\x02", "not a central directory header"
        csize, usize, n, m, k = struct.unpack_from("<IIHHH", data, position + 20)
        (local,) = struct.unpack_from("<I", data, position + 42)
        name = data[position + 46:position + 46 + n].decode("utf-8")
        extra = data[position + 46 + n:position + 46 + n + m]
        if local == 0xFFFFFFFF or csize == 0xFFFFFFFF:
            local, csize = _zip64_values(extra, usize, csize, local)
        ln, lm = struct.unpack_from("<HH", data, local + 26)
        start = local + 30 + ln + lm
        entries.append(ZipEntryLayout(name, position, position + 46 + n + m + k, local, start, start + csize))
        position += 46 + n + m + k
    return entries, cd_offset, cd_offset + cd_size


def _zip64_values(extra: bytes, usize: int, csize: int, local: int) -> tuple[int, int]:
    import struct

    position = 0
    while position + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, position)
        if tag == 1:
            values = list(struct.unpack_from(f"<{size // 8}Q", extra, position + 4))
            if usize == 0xFFFFFFFF:
                values.pop(0)
            if csize == 0xFFFFFFFF:
                csize = values.pop(0)
            if local == 0xFFFFFFFF:
                local = values.pop(0)
            return local, csize
        position += 4 + size
    return local, csize


def patch_zip(path: Path, name: str, field_name: str, value: int, *, central: bool = True,
              local: bool = True) -> Path:
    """Overwrite one header field of member ``name`` (central and/or local header) in place."""
    data = bytearray(path.read_bytes())
    entry = next(e for e in zip_layout(bytes(data))[0] if e.name == name)
    if central:
        offset, size = CENTRAL_FIELDS[field_name]
        data[entry.central + offset:entry.central + offset + size] = value.to_bytes(size, "little")
    if local and field_name in LOCAL_FIELDS:
        offset, size = LOCAL_FIELDS[field_name]
        data[entry.local + offset:entry.local + offset + size] = value.to_bytes(size, "little")
    path.write_bytes(bytes(data))
    return path
