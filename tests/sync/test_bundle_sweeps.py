"""Sweeps over damaged bundles and failing media (QUALITY.md R2-R6).

- R5 truncation: every prefix of the small signed bundle (and every 3rd of its age-encrypted form)
  is refused; ``-m slow`` adds every prefix of the encrypted one and of the JAM bundle.
- R6 tamper: one byte flipped at many positions of the small signed bundle (every header,
  directory and end-record byte, every 4th byte of member data) and at every 2nd position of the
  encrypted one; every byte, three masks, under ``slow``. Flips are counted by region of the zip.
- R2 fuzz: Hypothesis mutations of valid bundles (and raw bytes) through preview; only
  ``BundleRefused`` may escape.
- R4: export to a full disk or read-only media fails with ``ExportFailed``, leaves no partial
  file and keeps an existing target; an import that cannot back up or decrypt writes nothing.
- R3: an import of the JAM bundle in a child process is killed with SIGKILL at random moments;
  the database must pass ``PRAGMA integrity_check`` and hold all of the bundle or none of it.

Every test records its counts in the session's ``reliability`` collector
(``test-results/reliability.json``). Tests that expose a bug are ``xfail(strict=True)``.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mainstream_desktop.core.errors import MainstreamError
from mainstream_desktop.db.backup import BackupError
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync import exchange as exchange_module
from mainstream_desktop.sync.bundle_format import BundleRefused
from mainstream_desktop.sync.exchange import ExportFailed, ImportFailed
from tests.sync.conftest import (
    COPY_IGNORE,
    SMALL_CODE,
    Reliability,
    Site,
    World,
    db_fingerprint,
    table_counts,
    zip_layout,
)


# -- a hub for the sweeps (verify writes nothing, so one per module) ----------------------------------
@pytest.fixture(scope="module")
def sweep_hub(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    paths = DataPaths(tmp_path_factory.mktemp("sweep") / "hub")
    shutil.copytree(world.hub_root, paths.root, ignore=COPY_IGNORE)
    site = Site(paths).open()
    try:
        yield site
    finally:
        site.close()


@pytest.fixture(scope="module")
def sweep_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sweep-inbox")


def scratch_files(site: Site) -> list[Path]:
    folder = site.paths.root / "tmp"
    return list(folder.rglob("*")) if folder.exists() else []


def clean_scratch(site: Site) -> int:
    """Remove what a failed verify left in tmp/; how many entries there were."""
    leftovers = scratch_files(site)
    for child in (site.paths.root / "tmp").iterdir() if leftovers else ():
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    return len(leftovers)


@dataclass
class Tally:
    """Outcomes of a sweep: refused, accepted (verify passed) or a crash (another exception)."""

    outcomes: dict[int, str] = field(default_factory=dict)
    crashes: Counter[str] = field(default_factory=Counter)
    leftovers: int = 0
    seconds: float = 0.0

    def count(self, kind: str) -> int:
        return sum(1 for outcome in self.outcomes.values() if outcome == kind)

    @property
    def crashed(self) -> int:
        return sum(1 for outcome in self.outcomes.values() if outcome.startswith("crash"))


def check(site: Site, path: Path, action: str = "verify") -> str:
    try:
        if action == "verify":
            with site.exchange.verify(path):
                pass
        else:
            getattr(site.exchange, action)(path)
    except BundleRefused:
        return "refused"
    except Exception as exc:  # noqa: BLE001 - counting crashes is the point
        return f"crash:{type(exc).__name__}"
    return "accepted"


def _run(site: Site, keys: Iterable[int], target: Path, action: str) -> Tally:
    tally = Tally()
    started = time.monotonic()
    for key in keys:  # the file at ``target`` is ready when the key comes
        outcome = check(site, target, action)
        tally.outcomes[key] = outcome
        if outcome.startswith("crash"):
            tally.crashes[outcome[6:]] += 1
        tally.leftovers += 1 if clean_scratch(site) else 0
    tally.seconds = round(time.monotonic() - started, 2)
    return tally


def truncations(site: Site, data: bytes, target: Path, lengths: Iterable[int], action: str = "verify") -> Tally:
    """Every prefix length in ``lengths`` (cut in place, longest first: no rewriting of the file)."""
    target.write_bytes(data)

    def cut() -> Iterator[int]:
        for length in sorted(set(lengths), reverse=True):
            os.truncate(target, length)
            yield length
    return _run(site, cut(), target, action)


def flips(site: Site, data: bytes, target: Path, positions: Iterable[int], mask: int = 0xFF) -> Tally:
    """One byte XOR ``mask`` at each position (changed in place and put back)."""
    target.write_bytes(data)

    def flip() -> Iterator[int]:
        with target.open("r+b") as handle:
            for position in positions:
                handle.seek(position)
                handle.write(bytes([data[position] ^ mask]))
                handle.flush()
                yield position
                handle.seek(position)
                handle.write(data[position:position + 1])
                handle.flush()
    return _run(site, flip(), target, "verify")


def flipped(data: bytes, positions: Iterable[int], mask: int = 0xFF) -> Iterator[tuple[int, bytes]]:
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= mask
        yield position, bytes(changed)


def regions(data: bytes) -> dict[int, str]:
    """For every byte of a zip: which part of the file holds it."""
    entries, cd_start, cd_end = zip_layout(data)
    where = {i: "end-records" for i in range(cd_end, len(data))}
    where.update({i: "central-directory" for i in range(cd_start, cd_end)})
    for entry in entries:
        where.update({i: "local-header" for i in range(entry.local, entry.data)})
        where.update({i: f"data:{entry.name}" for i in range(entry.data, entry.data_end)})
    return {i: where.get(i, "gap") for i in range(len(data))}


# -- R5: truncation ----------------------------------------------------------------------------------
def test_r5_truncation_sweep_signed(sweep_hub: Site, world: World, sweep_folder: Path,
                                    reliability: Reliability) -> None:
    data = world.small_bundle.read_bytes()
    before = sweep_hub.fingerprint()
    tally = truncations(sweep_hub, data, sweep_folder / "cut.mdbundle", range(len(data)), "import_bundle")
    print(f"R5 signed: {len(tally.outcomes)} prefixes, {tally.count('refused')} refused, "
          f"{tally.count('accepted')} accepted, {tally.crashed} crashes ({tally.seconds} s)")
    reliability.record("R5.signed_small", prefixes=len(tally.outcomes), refused=tally.count("refused"),
                       accepted=tally.count("accepted"), crashes=tally.crashed, seconds=tally.seconds)
    assert tally.count("refused") == len(data), dict(tally.crashes)
    assert sweep_hub.fingerprint() == before


@pytest.mark.parametrize("stride", [pytest.param(3, id="every-3rd"),
                                    pytest.param(1, id="every", marks=pytest.mark.slow)])
def test_r5_truncation_sweep_encrypted(sweep_hub: Site, world: World, sweep_folder: Path,
                                       reliability: Reliability, stride: int) -> None:
    """Every prefix (every 3rd in the default run: each attempt decrypts into tmp/)."""
    data = world.encrypted_bundle.read_bytes()
    before = sweep_hub.fingerprint()
    tally = truncations(sweep_hub, data, sweep_folder / "cut.mdbundle", range(0, len(data), stride))
    print(f"R5 encrypted: {len(tally.outcomes)} prefixes, {tally.count('refused')} refused, "
          f"{tally.crashed} crashes, {tally.leftovers} left scratch files behind ({tally.seconds} s)")
    reliability.record("R5.slow.encrypted_small" if stride == 1 else "R5.encrypted_small", prefixes=len(tally.outcomes),
                       refused=tally.count("refused"), accepted=tally.count("accepted"), crashes=tally.crashed,
                       left_scratch=tally.leftovers, seconds=tally.seconds)
    assert tally.count("refused") == len(tally.outcomes), dict(tally.crashes)
    assert sweep_hub.fingerprint() == before


def test_r5_a_cut_encrypted_bundle_reads_as_damaged_not_as_a_full_disk(sweep_hub: Site, world: World,
                                                                        sweep_folder: Path) -> None:
    data = world.encrypted_bundle.read_bytes()
    cut = sweep_folder / "cut-encrypted.mdbundle"
    for length in (len(data) // 2, len(data) - 1):
        cut.write_bytes(data[:length])
        with pytest.raises(BundleRefused) as refused:
            sweep_hub.exchange.verify(cut)
        assert "cut-encrypted.mdbundle cannot be decrypted: it is damaged or incomplete" in str(refused.value)
        assert "disk" not in str(refused.value)


@pytest.mark.slow
def test_r5_truncation_sweep_full_jam(sweep_hub: Site, world: World, sweep_folder: Path,
                                      reliability: Reliability) -> None:
    data = world.jam_bundle.read_bytes()
    tally = truncations(sweep_hub, data, sweep_folder / "cut.mdbundle", range(len(data)))
    print(f"R5 JAM: {len(tally.outcomes)} prefixes, {tally.count('refused')} refused, {tally.crashed} crashes")
    reliability.record("R5.slow.signed_jam", prefixes=len(tally.outcomes), refused=tally.count("refused"),
                       accepted=tally.count("accepted"), crashes=tally.crashed, seconds=tally.seconds)
    assert tally.count("refused") == len(data), dict(tally.crashes)


# -- R6: tamper -------------------------------------------------------------------------------------
def default_positions(data: bytes, stride: int = 4) -> list[int]:
    """Every byte outside member data, every ``stride``-th byte inside it."""
    where = regions(data)
    return [i for i in range(len(data)) if not where[i].startswith("data:") or i % stride == 0]


@dataclass
class FlipSweep:
    tally: Tally
    where: dict[int, str]

    def by_region(self, kind: str) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for position, outcome in self.tally.outcomes.items():
            if outcome == kind or (kind == "crash" and outcome.startswith("crash")):
                counts[self.where[position].split(":")[0]] += 1
        return dict(counts)

    def positions(self, kind: str) -> list[int]:
        return sorted(p for p, o in self.tally.outcomes.items() if o == kind)


@pytest.fixture(scope="module")
def signed_flips(sweep_hub: Site, world: World, sweep_folder: Path, reliability: Reliability) -> FlipSweep:
    data = world.small_bundle.read_bytes()
    before = sweep_hub.fingerprint()
    result = FlipSweep(flips(sweep_hub, data, sweep_folder / "flip.mdbundle", default_positions(data)), regions(data))
    assert sweep_hub.fingerprint() == before
    accepted = result.positions("accepted")
    imports = sum(1 for p in accepted[:3] if _imports(sweep_hub, data, p, sweep_folder))
    tally = result.tally
    reliability.record("R6.signed_small", size=len(data), flips=len(tally.outcomes), refused=tally.count("refused"),
                       accepted=len(accepted), crashes=tally.crashed, crash_types=dict(tally.crashes),
                       accepted_by_region=result.by_region("accepted"), crash_by_region=result.by_region("crash"),
                       accepted_sampled_that_preview_imports=f"{imports} of {min(3, len(accepted))}",
                       seconds=tally.seconds)
    print(f"R6 signed: {len(tally.outcomes)} flips of {len(data)} bytes: {tally.count('refused')} refused, "
          f"{len(accepted)} accepted {result.by_region('accepted')}, {tally.crashed} crashes {dict(tally.crashes)}")
    return result


def _imports(site: Site, data: bytes, position: int, folder: Path) -> bool:
    path = folder / f"accepted-{position}.mdbundle"
    path.write_bytes(next(flipped(data, [position]))[1])
    try:
        report = site.exchange.preview(path)  # the real import path, rolled back
    except MainstreamError:
        return False
    return report.reconciled and report.total > 0


def contents(data: bytes) -> dict[str, bytes]:
    """Every member's name and uncompressed bytes: what a bundle says, whatever its encoding."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {entry.filename: archive.read(entry) for entry in archive.infolist()}


def test_r6_no_accepted_flip_changes_what_the_bundle_says(signed_flips: FlipSweep, world: World,
                                                          reliability: Reliability) -> None:
    """A flip that verifies must have left every member's name and content as signed: it can only sit in
    zip bookkeeping or in slack of the deflate encoding (the final-block bit, padding bits, trailing bytes)."""
    data = world.small_bundle.read_bytes()
    original = contents(data)
    changed = [p for p, d in flipped(data, signed_flips.positions("accepted")) if contents(d) != original]
    in_data = signed_flips.by_region("accepted").get("data", 0)
    reliability.record("R6.signed_small", accepted_with_changed_content=len(changed),
                       accepted_in_deflate_slack=in_data)
    assert changed == []


def test_r6_flips_never_crash_the_reader(signed_flips: FlipSweep) -> None:
    assert dict(signed_flips.tally.crashes) == {}


def test_r6_every_flip_of_a_signed_bundle_is_refused(signed_flips: FlipSweep) -> None:
    accepted = signed_flips.positions("accepted")
    assert accepted == [], f"{len(accepted)} flips verify: {signed_flips.by_region('accepted')}"


@pytest.fixture(scope="module")
def encrypted_flips(sweep_hub: Site, world: World, sweep_folder: Path, reliability: Reliability) -> Tally:
    data = world.encrypted_bundle.read_bytes()
    before = sweep_hub.fingerprint()
    tally = flips(sweep_hub, data, sweep_folder / "flip.mdbundle", range(0, len(data), 2))
    assert sweep_hub.fingerprint() == before
    reliability.record("R6.encrypted_small", size=len(data), flips=len(tally.outcomes),
                       refused=tally.count("refused"), accepted=tally.count("accepted"), crashes=tally.crashed,
                       left_scratch=tally.leftovers, seconds=tally.seconds)
    print(f"R6 encrypted: {len(tally.outcomes)} flips: {tally.count('refused')} refused, "
          f"{tally.count('accepted')} accepted, {tally.crashed} crashes, {tally.leftovers} left scratch behind")
    return tally


def test_r6_every_flip_of_an_encrypted_bundle_is_refused(encrypted_flips: Tally) -> None:
    assert encrypted_flips.count("refused") == len(encrypted_flips.outcomes), dict(encrypted_flips.crashes)


def test_r6_failed_decryption_leaves_no_scratch(encrypted_flips: Tally) -> None:
    assert encrypted_flips.leftovers == 0


@pytest.mark.slow
@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_r6_full_flip_sweep(sweep_hub: Site, world: World, sweep_folder: Path, reliability: Reliability,
                            mask: int) -> None:
    """Every byte of the small bundle (signed and encrypted) and every 31st of JAM, with three masks: no flip
    that verifies changes a member, and every flip of the encrypted bundle is refused."""
    for name, source, stride in (("small", world.small_bundle, 1), ("jam", world.jam_bundle, 31),
                                 ("encrypted", world.encrypted_bundle, 1)):
        data = source.read_bytes()
        if name == "encrypted":
            tally = flips(sweep_hub, data, sweep_folder / "flip.mdbundle", range(len(data)), mask)
            reliability.record(f"R6.slow.{name}.mask{mask:#04x}", flips=len(tally.outcomes),
                               refused=tally.count("refused"), crashes=tally.crashed, seconds=tally.seconds)
            assert tally.count("refused") == len(tally.outcomes)
            continue
        where = regions(data)
        tally = flips(sweep_hub, data, sweep_folder / "flip.mdbundle", range(0, len(data), stride), mask)
        result = FlipSweep(tally, where)
        reliability.record(f"R6.slow.{name}.mask{mask:#04x}", flips=len(tally.outcomes),
                           refused=tally.count("refused"), accepted_by_region=result.by_region("accepted"),
                           crash_types=dict(tally.crashes), seconds=tally.seconds)
        print(f"R6 slow {name} mask {mask:#04x}: {len(tally.outcomes)} flips, {tally.count('refused')} refused, "
              f"accepted {result.by_region('accepted')}, crashes {dict(tally.crashes)}")
        original = contents(data)
        assert not [p for p, d in flipped(data, result.positions("accepted"), mask) if contents(d) != original]


# -- R2: fuzzing --------------------------------------------------------------------------------------
def mutate(data: bytes, edits: list[tuple[str, int, Any]]) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in edits:
        position %= max(len(buffer), 1)
        if kind == "flip" and buffer:
            buffer[position] ^= value
        elif kind == "set":
            buffer[position:position + len(value)] = value
        elif kind == "insert":
            buffer[position:position] = value
        elif kind == "delete":
            del buffer[position:position + value]
        elif kind == "truncate":
            del buffer[position:]
    return bytes(buffer)


EDITS = st.lists(st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(1, 255)),
    st.tuples(st.just("set"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 20), st.just(0))), min_size=1, max_size=4)


def fuzz(site: Site, bases: list[bytes], folder: Path, examples: int, reliability: Reliability, key: str) -> Counter[str]:
    """Hypothesis-made inputs through the hub's preview (the whole import path, rolled back): each ends
    refused, accepted (then it must say exactly what a valid bundle says) or in a crash."""
    import pyrage

    outcomes: Counter[str] = Counter()
    target = folder / "fuzz.mdbundle"
    identity = site.exchange.keys.age_identity()

    def said(data: bytes) -> dict[str, bytes]:
        """What a bundle says: its members, after decryption for an age-encrypted one."""
        return contents(pyrage.decrypt(data, [identity]) if data.startswith(b"age-") else data)

    valid = [said(base) for base in bases]

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(st.one_of(
        st.tuples(st.sampled_from(range(len(bases))), EDITS).map(lambda t: mutate(bases[t[0]], t[1])),
        st.binary(max_size=2048),
        st.binary(max_size=512).map(lambda b: b"PK\x03\x04" + b)))
    def run(data: bytes) -> None:
        target.write_bytes(data)
        outcome = check(site, target, "preview")
        if outcome == "accepted" and said(data) not in valid:
            outcome = "accepted-changed"
        outcomes[outcome] += 1
        clean_scratch(site)

    started = time.monotonic()
    run()
    crashes = {k[6:]: v for k, v in outcomes.items() if k.startswith("crash")}
    figures = {"executions": sum(outcomes.values()), "refused": outcomes["refused"],
               "accepted_unchanged_content": outcomes["accepted"], "accepted_changed_content":
               outcomes["accepted-changed"], "uncaught_exceptions": sum(crashes.values()),
               "uncaught_types": crashes, "seconds": round(time.monotonic() - started, 1)}
    reliability.record(key, **figures)
    print(f"{key}: {figures}")
    return outcomes


@pytest.fixture(scope="module")
def fuzzed(sweep_hub: Site, world: World, sweep_folder: Path, reliability: Reliability) -> Counter[str]:
    before = sweep_hub.fingerprint()
    bases = [world.small_bundle.read_bytes(), world.encrypted_bundle.read_bytes()]
    outcomes = fuzz(sweep_hub, bases, sweep_folder, 300, reliability, "R2")
    assert sweep_hub.fingerprint() == before
    return outcomes


def test_r2_fuzzed_input_never_imports_other_content(fuzzed: Counter[str]) -> None:
    assert sum(fuzzed.values()) == 300
    assert fuzzed["accepted-changed"] == 0


def test_r2_fuzzed_input_is_only_ever_refused(fuzzed: Counter[str]) -> None:
    assert not [k for k in fuzzed if k.startswith("crash")], dict(fuzzed)


@pytest.mark.slow
def test_r2_fuzz_long(sweep_hub: Site, world: World, sweep_folder: Path, reliability: Reliability) -> None:
    bases = [world.small_bundle.read_bytes(), world.encrypted_bundle.read_bytes(), world.jam_bundle.read_bytes()]
    outcomes = fuzz(sweep_hub, bases, sweep_folder, 5000, reliability, "R2.slow")
    assert outcomes["accepted-changed"] == 0
    assert not [k for k in outcomes if k.startswith("crash")], dict(outcomes)


# -- R4: full disk and read-only media ---------------------------------------------------------------
OLD_CONTENT = b"an older bundle the user keeps\n"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """The export's target on the "stick", already holding an older file of the same name."""
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "out.mdbundle"
    path.write_bytes(OLD_CONTENT)
    return path


class _DiskFull:
    """A file whose writes fail with ``code`` once ``limit`` bytes were written."""

    def __init__(self, raw: Any, limit: int, code: int) -> None:
        self._raw, self._left, self._code = raw, limit, code

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            self._raw.write(bytes(data[:self._left]))
            self._left = 0
            raise OSError(self._code, os.strerror(self._code))
        self._left -= len(data)
        return self._raw.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def failing_zipfile(limit: int, code: int) -> type[zipfile.ZipFile]:
    real = zipfile.ZipFile

    class FailingZipFile(real):  # type: ignore[misc, valid-type]
        def __init__(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> None:
            self._wrapped = None
            if isinstance(file, (str, os.PathLike)) and mode in ("w", "a"):
                raw = open(file, {"w": "w+b", "a": "r+b"}[mode])  # noqa: SIM115 - closed in close()
                self._wrapped = raw
                file = _DiskFull(raw, limit, code)
            super().__init__(file, mode, *args, **kwargs)

        def close(self) -> None:
            try:
                super().close()
            finally:
                if self._wrapped is not None:
                    self._wrapped.close()

    return FailingZipFile


def export_fails(country: Site, target: Path, reliability: Reliability, case: str, expected: str,
                 code: str = SMALL_CODE, **options: Any) -> None:
    database = country.fingerprint()
    with pytest.raises(ExportFailed) as failed:
        country.exchange.export(code, target, **options)
    message = str(failed.value)
    print(f"R4 {case}: {message}")
    assert expected in message and "nothing was written" in message
    assert target.read_bytes() == OLD_CONTENT, "the existing target was touched"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name], "a partial file was left"
    assert country.fingerprint() == database, "a failed export changed the database"
    reliability.add("R4", "clean_failures")
    reliability.figures["R4"].setdefault("cases", []).append(case)


@pytest.mark.parametrize("limit", [0, 300, 1500])
@pytest.mark.parametrize("encrypted", [False, True], ids=["signed", "encrypted"])
def test_r4_export_to_a_full_disk(country: Site, world: World, target: Path, reliability: Reliability,
                                  monkeypatch: pytest.MonkeyPatch, limit: int, encrypted: bool) -> None:
    monkeypatch.setattr(zipfile, "ZipFile", failing_zipfile(limit, errno.ENOSPC))
    options: dict[str, Any] = {"full": True, "recipients": [world.hub_card] if encrypted else []}
    export_fails(country, target, reliability, f"ENOSPC after {limit} bytes ({'age' if encrypted else 'zip'})",
                 "the disk is full", **options)


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_r4_export_disk_full_in_the_middle_of_a_member(country: Site, target: Path, reliability: Reliability,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo workspace's lines are enough for the compressor to write while the member is open:
    the zip then cannot be closed (``ValueError``), which must still read as a full disk, and the
    half-written zip must not complain when it is collected."""
    monkeypatch.setattr(zipfile, "ZipFile", failing_zipfile(20_000, errno.ENOSPC))
    export_fails(country, target, reliability, "ENOSPC inside a member", "the disk is full", code="JAM", full=True)
    gc.collect()


def test_r4_export_to_read_only_media_where_nothing_can_be_removed(
        country: Site, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only stick the partial file was never made, and removing it fails as well: the
    message is still the read-only one, not the failed clean-up."""
    monkeypatch.setattr(zipfile, "ZipFile", failing_zipfile(0, errno.EROFS))
    real_unlink = Path.unlink

    def read_only_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == target.parent:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", read_only_unlink)
    with pytest.raises(ExportFailed, match="read-only; nothing was written"):
        country.exchange.export(SMALL_CODE, target)
    assert target.read_bytes() == OLD_CONTENT


def test_r4_export_disk_full_while_encrypting(country: Site, world: World, target: Path,
                                              reliability: Reliability, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyrage

    def encrypt_file(source: str, destination: str, recipients: Any) -> None:
        Path(destination).write_bytes(b"age-encryption.org/v1\n-> X25519 half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pyrage, "encrypt_file", encrypt_file)
    export_fails(country, target, reliability, "ENOSPC while encrypting", "the disk is full",
                 recipients=[world.hub_card])


def test_r4_export_disk_full_at_fsync_and_rename(country: Site, target: Path, reliability: Reliability,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(exchange_module, "_fsync", no_space)
    export_fails(country, target, reliability, "ENOSPC at fsync", "the disk is full")
    monkeypatch.undo()
    monkeypatch.setattr(exchange_module.os, "replace", no_space)
    export_fails(country, target, reliability, "ENOSPC at rename", "the disk is full")


def test_r4_export_to_read_only_media(country: Site, target: Path, reliability: Reliability,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfile, "ZipFile", failing_zipfile(0, errno.EROFS))
    export_fails(country, target, reliability, "EROFS at first write", "read-only")
    monkeypatch.undo()

    def read_only(*args: Any) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(exchange_module.os, "replace", read_only)
    export_fails(country, target, reliability, "EROFS at rename", "read-only")


def test_r4_failed_export_for_a_partner_does_not_advance_what_was_sent(
        country: Site, world: World, target: Path, reliability: Reliability, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the partner's "sent" frontier advanced on a failed export, the next one would skip changes."""
    monkeypatch.setattr(zipfile, "ZipFile", failing_zipfile(500, errno.ENOSPC))
    export_fails(country, target, reliability, "ENOSPC for a partner", "the disk is full",
                 for_site=world.hub_card.site_id)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_r4_export_to_a_real_read_only_folder(country: Site, target: Path, reliability: Reliability) -> None:
    target.parent.chmod(0o500)
    try:
        export_fails(country, target, reliability, "a real read-only folder", "")
    finally:
        target.parent.chmod(0o700)


def test_r4_export_to_a_missing_folder(country: Site, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="does not exist"):
        country.exchange.export(SMALL_CODE, tmp_path / "unplugged" / "out.mdbundle")
    assert not (tmp_path / "unplugged").exists()


def test_r4_import_without_room_for_the_backup(hub: Site, small_bundle: Path, reliability: Reliability,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(*args: Any, **kwargs: Any) -> None:
        raise BackupError(f"could not write a backup: [Errno {errno.ENOSPC}] {os.strerror(errno.ENOSPC)}")

    monkeypatch.setattr(exchange_module, "backup_database", no_room)
    database = hub.fingerprint()
    with pytest.raises(ImportFailed, match="backup"):
        hub.exchange.import_bundle(small_bundle)
    assert hub.fingerprint() == database
    reliability.add("R4", "clean_failures")
    reliability.figures["R4"].setdefault("cases", []).append("import: ENOSPC for the backup")


def decrypt_without_room(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyrage

    def decrypt_file(source: str, destination: str, identities: Any) -> None:
        Path(destination).write_bytes(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pyrage, "decrypt_file", decrypt_file)


def test_r4_import_without_room_to_decrypt(hub: Site, encrypted_bundle: Path, reliability: Reliability,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    decrypt_without_room(monkeypatch)
    database = hub.fingerprint()
    with pytest.raises(MainstreamError):
        hub.exchange.import_bundle(encrypted_bundle)
    assert hub.fingerprint() == database
    reliability.add("R4", "clean_failures")
    reliability.figures["R4"].setdefault("cases", []).append("import: ENOSPC while decrypting")


def test_r4_import_without_room_to_decrypt_says_so(hub: Site, encrypted_bundle: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    decrypt_without_room(monkeypatch)
    with pytest.raises(MainstreamError) as failed:
        hub.exchange.import_bundle(encrypted_bundle)
    assert "full" in str(failed.value)


# -- R3: kill -9 during import -------------------------------------------------------------------------
CHILD = r"""
import sys, time
from pathlib import Path
from mainstream_desktop.core.services import open_services
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync.exchange import ExchangeService
services = open_services(DataPaths(Path(sys.argv[1])), actor="killed")
exchange = ExchangeService(services.uow, services.paths)
print("ready", flush=True)
started = time.monotonic()
report = exchange.import_bundle(Path(sys.argv[2]))
print("done", round(time.monotonic() - started, 3), report.applied, flush=True)
services.close()
"""


@dataclass
class KillRun:
    delay: float
    killed: bool
    integrity: list[str]
    in_ledger: bool
    state: str  # none | all | half
    litter: int  # files the killed process left: backups/*.partial, tmp/*


class KillLab:
    """Copies of the hub, a child that imports one bundle (JAM unless told), and the reference outcomes."""

    def __init__(self, world: World, folder: Path, bundle: Path | None = None) -> None:
        self.world, self.folder = world, folder
        source = bundle or world.jam_bundle
        self.bundle = Path(shutil.copy2(source, folder / source.name))
        with zipfile.ZipFile(self.bundle) as archive:
            self.bundle_id = json.loads(archive.read("manifest.json"))["bundle_id"]
        self.before = db_fingerprint(world.hub_root / "mainstream.sqlite3")
        self._after: dict[str, int] | None = None
        self.runs = 0
        self._lock = threading.Lock()

    def fresh(self) -> DataPaths:
        with self._lock:
            self.runs += 1
            paths = DataPaths(self.folder / f"{self.bundle.stem}-hub-{self.runs}")
        shutil.copytree(self.world.hub_root, paths.root, ignore=COPY_IGNORE)
        return paths

    def after(self) -> dict[str, int]:
        """Rows per table after a complete import (made once, only when a run needs it)."""
        with self._lock:
            if self._after is None:
                paths = DataPaths(self.folder / f"{self.bundle.stem}-reference")
                shutil.copytree(self.world.hub_root, paths.root, ignore=COPY_IGNORE)
                done = subprocess.run([sys.executable, "-c", CHILD, str(paths.root), str(self.bundle)],
                                      check=False, capture_output=True, text=True, timeout=300)
                assert "done" in done.stdout, done.stderr[-2000:]
                self._after = table_counts(paths.database)
            return self._after

    def run(self, delay: float) -> KillRun:
        paths = self.fresh()
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(paths.root), str(self.bundle)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            ready = child.stdout.readline()
            assert ready.strip() == "ready", ready + (child.stderr.read() if child.stderr else "")
            time.sleep(delay)
            killed = child.poll() is None
            if killed:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            for stream in (child.stdout, child.stderr):
                if stream is not None:
                    stream.close()
        return self.inspect(paths, delay, killed)

    def inspect(self, paths: DataPaths, delay: float, killed: bool) -> KillRun:
        connection = sqlite3.connect(paths.database)  # a normal open, as the next start would do
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            in_ledger = connection.execute("SELECT count(*) FROM sync_import_ledger WHERE bundle_id = ?",
                                           (self.bundle_id,)).fetchone()[0] == 1
        finally:
            connection.close()
        if in_ledger:
            state = "all" if table_counts(paths.database) == self.after() else "half"
        else:
            state = "none" if db_fingerprint(paths.database) == self.before else "half"
        litter = len(list(paths.backups.glob("*.partial*"))) + len(list((paths.root / "tmp").glob("*")))
        return KillRun(delay, killed, integrity, in_ledger, state, litter)


def kill_test(labs: list[tuple[KillLab, float]], reliability: Reliability, key: str) -> list[KillRun]:
    """Each (lab, delay): import that lab's bundle in a child, SIGKILL it ``delay`` s after it is ready.
    Two children run at a time (each in its own copy of the hub)."""
    from concurrent.futures import ThreadPoolExecutor

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda plan: plan[0].run(plan[1]), labs))
    for (lab, delay), result in zip(labs, runs):
        print(f"{key}: {lab.bundle.name} killed {delay:.2f} s after it was ready: "
              f"{'killed' if result.killed else 'finished first'}, integrity {result.integrity[:1]}, "
              f"bundle {result.state}" + (f", {result.litter} leftover files" if result.litter else ""))
    kills = [r for r in runs if r.killed]
    corrupt = sum(1 for r in runs if r.integrity != ["ok"])
    half = sum(1 for r in runs if r.state == "half")
    line = (f"{len(kills)} kills: {corrupt} corrupt databases (integrity_check), {half} half-applied bundles "
            f"({sum(1 for r in kills if r.state == 'none')} none, {sum(1 for r in kills if r.state == 'all')} all; "
            f"{len(runs) - len(kills)} runs finished before the kill)")
    print(f"{key}: {line}")
    reliability.record(key, summary=line, kills=len(kills), runs=len(runs), corrupt=corrupt, half_applied=half,
                       none=sum(1 for r in runs if r.state == "none"), all=sum(1 for r in runs if r.state == "all"),
                       delays=[round(r.delay, 2) for r in runs], seconds=round(time.monotonic() - started, 1),
                       runs_leaving_partial_files=sum(1 for r in runs if r.litter))
    assert corrupt == 0
    assert half == 0
    return runs


def r3_seed() -> int:
    return int(os.environ.get("R3_SEED", time.time_ns() % 1_000_000))


def test_r3_kill_9_during_import(world: World, tmp_path: Path, reliability: Reliability) -> None:
    """Six kills 0-3 s into the JAM import (verify, backup, merge: ~6 s), four 0-0.5 s into the small
    bundle's (which ends and commits within that time, so some kills land around the commit)."""
    seed = r3_seed()
    print(f"R3 seed {seed} (set R3_SEED to repeat)")
    rng = random.Random(seed)
    jam, small = KillLab(world, tmp_path), KillLab(world, tmp_path, world.small_bundle)
    plan = [(jam, rng.uniform(0, 3)) for _ in range(6)] + [(small, rng.uniform(0, 0.5)) for _ in range(4)]
    runs = kill_test(plan, reliability, "R3")
    reliability.record("R3", seed=seed)
    assert any(r.killed for r in runs)


@pytest.mark.slow
def test_r3_kill_9_during_import_long(world: World, tmp_path: Path, reliability: Reliability) -> None:
    """Thirty kills spread over the whole JAM import (its measured length, the commit included) and twenty
    over the small bundle's."""
    jam = KillLab(world, tmp_path)
    paths = jam.fresh()
    done = subprocess.run([sys.executable, "-c", CHILD, str(paths.root), str(jam.bundle)], check=False, capture_output=True,
                          text=True, timeout=300)
    assert "done" in done.stdout, done.stderr[-2000:]
    length = float(done.stdout.split()[-2])
    jam._after = table_counts(paths.database)
    seed = r3_seed()
    rng = random.Random(seed)
    print(f"R3 slow: the JAM import takes {length:.2f} s in the child; seed {seed}")
    small = KillLab(world, tmp_path, world.small_bundle)
    plan = [(jam, rng.uniform(0, length * 1.05)) for _ in range(30)] + [(small, rng.uniform(0, 0.6))
                                                                         for _ in range(20)]
    kill_test(plan, reliability, "R3.slow")
    reliability.record("R3.slow", seed=seed, jam_import_seconds=length)
