"""Verifying a bundle before anything is written (EXCHANGE.md, step 1): decrypt an age-wrapped
bundle into the data folder's scratch space; read only the zip's directory first and refuse
anything odd (names outside the format, duplicates, links, encrypted entries, sizes and
compression ratios past the caps, members the manifest does not list); check the signature and
that the signer is trusted for the workspace; stream every member through SHA-256. The verified
bundle then yields its change lines, re-hashing as it reads, so a file swapped after the check is
still caught before the import commits.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import stat
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from mainstream_desktop.sync.bundle_format import (
    AGE_MAGIC,
    ATTACHMENT_NAME,
    CHANGES_NAME,
    MANIFEST,
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    SEAL_LENGTH,
    SEAL_PREFIX,
    SIGNATURE,
    ZIP_MAGIC,
    BundleRefused,
    ChangeLine,
    Manifest,
    parse_change,
    parse_change_group,
    parse_manifest,
    refuse,
    seal_message,
)
from mainstream_desktop.sync.canonical_lines import canonical_reading, read_canonical_lines

CHUNK = 1 << 20
HASHING_THREADS = 2  # members checked at once
LINES_PER_GROUP = 128  # change lines read together when they are canonical
DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError, zlib.error)

Trust = Callable[[str, str], "tuple[str, bool]"]
"""(sender site id, workspace code) -> (the sender's trusted signing key or "", may write it)."""


@dataclass(frozen=True)
class Decryptor:
    """Opens an age-encrypted bundle with this site's identity, read only when a bundle is encrypted
    (``identity`` raises what reading the keys raises: ``KeysLocked`` when they are protected and not
    unlocked, so the caller can ask for the passphrase)."""

    identity: Callable[[], Any]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class VerifiedBundle:
    """A bundle that passed every check; use as a context manager (it may hold a decrypted copy)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: Manifest, file_hash: str,
                 scratch: Path | None, encrypted: bool) -> None:
        self.path, self.archive, self.manifest, self.sha256 = path, archive, manifest, file_hash
        self._scratch, self.encrypted = scratch, encrypted

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def change_groups(self) -> Iterator[list[tuple[ChangeLine, str]]]:
        """Every change line in order, with its raw text, in groups of up to ``LINES_PER_GROUP`` (a
        group of lines that cannot be read together comes one line at a time, so the changes
        before a refused line come before its refusal); re-hashes each member as it reads."""
        expected = {m.path: m for m in self.manifest.members}
        names = sorted(n for n in expected if CHANGES_NAME.fullmatch(n))
        count = 0
        for name in names:
            digest = hashlib.sha256()
            try:
                with self.archive.open(name) as member:
                    for group in _groups(enumerate(_lines(member, digest), start=1)):
                        count += len(group)
                        yield from _group_changes(name, group)
            except DAMAGE as exc:
                raise refuse(f"{name} is damaged: {exc}") from exc
            if digest.hexdigest() != expected[name].sha256:
                raise refuse(f"{name} changed after it was checked: the bundle file is being modified")
        if count != self.manifest.total_changes:
            raise refuse(f"the bundle holds {count} changes but its manifest says {self.manifest.total_changes}")

    def attachment(self, sha256: str) -> IO[bytes]:
        return self.archive.open(f"attachments/{sha256}")

    def attachment_names(self) -> list[str]:
        return [m.path.split("/", 1)[1] for m in self.manifest.members if ATTACHMENT_NAME.fullmatch(m.path)]


def _group_changes(name: str, group: list[tuple[int, bytes]]) -> Iterator[list[tuple[ChangeLine, str]]]:
    """A group's changes with their texts: checked all at once when every line is canonical and
    ``parse_change_group`` takes them, else line by line (one line to a group), so each refusal
    keeps its place."""
    values = read_canonical_lines([line for _number, line in group])
    if values is not None:
        texts = [line.decode("utf-8") for _number, line in group]  # orjson read every line: valid UTF-8
        changes = parse_change_group(texts, values)
        if changes is not None:
            yield list(zip(changes, texts))
            return
    for position, (number, line) in enumerate(group):
        text = _text(line, name, number)
        canonical = None if values is None else canonical_reading(values[position], text)
        yield [(parse_change(text, f"{name} line {number}", canonical), text)]


def _text(line: bytes, name: str, number: int) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refuse(f"{name} line {number} is not valid: {exc}") from exc


def _groups(numbered_lines: Iterable[tuple[int, bytes]]) -> Iterator[list[tuple[int, bytes]]]:
    """The numbered lines that are not blank, ``LINES_PER_GROUP`` at a time (read together by
    ``read_canonical_lines``)."""
    group: list[tuple[int, bytes]] = []
    for number, line in numbered_lines:
        if not line or line.isspace():
            continue
        group.append((number, line))
        if len(group) >= LINES_PER_GROUP:
            yield group
            group = []
    if group:
        yield group


def _lines(member: IO[bytes], digest: Any) -> Iterator[bytes]:
    """The member's lines, without their ``\\n``; each chunk read is hashed on the way."""
    pending = b""
    for chunk in iter(lambda: member.read(CHUNK), b""):
        digest.update(chunk)
        lines = chunk.split(b"\n")
        lines[0] = pending + lines[0]  # the line the last chunk ended in
        pending = lines.pop()
        if len(pending) > MAX_LINE_BYTES or max(map(len, lines), default=0) > MAX_LINE_BYTES:
            raise refuse("a change line is longer than the format allows")
        yield from lines
    if pending:
        yield pending


def open_bundle(path: Path, trust: Trust, verify_signature: Callable[[str, bytes, bytes], bool],
                scratch_dir: Path, decryptor: Decryptor | None = None) -> VerifiedBundle:
    """Everything of EXCHANGE.md's "verify"; raises ``BundleRefused`` with the reason."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(AGE_MAGIC))
    except OSError as exc:
        raise refuse(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    scratch: Path | None = None
    zip_path, encrypted = path, False
    if not head.startswith(AGE_MAGIC) and not head.startswith(ZIP_MAGIC):
        raise refuse(f"{path.name} is not a Mainstream Desktop bundle (neither a zip nor age-encrypted)")
    try:
        if head.startswith(AGE_MAGIC):
            try:
                scratch = Path(tempfile.mkdtemp(prefix="bundle-", dir=scratch_dir))
            except OSError as exc:
                raise refuse(f"cannot decrypt into {scratch_dir}: {exc.strerror or exc}") from exc
            zip_path, encrypted = _decrypt(path, scratch, decryptor), True
        return _verify(zip_path, path, trust, verify_signature, scratch, encrypted)
    except BaseException:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise


def _decrypt(path: Path, scratch: Path, decryptor: Decryptor | None) -> Path:
    if decryptor is None:
        raise refuse("the bundle is encrypted and this site has no key to open it")
    identity = decryptor.identity()
    import pyrage

    target = scratch / "bundle.zip"
    try:
        pyrage.decrypt_file(str(path), str(target), [identity])
    except OSError as exc:
        if exc.errno is None:  # pyrage's own failure of a cut or damaged stream, not the disk's
            raise refuse(f"{path.name} cannot be decrypted: it is damaged or incomplete (was it copied whole?)"
                         ) from exc
        raise refuse(f"cannot decrypt {path.name} into {scratch}: {exc.strerror or exc} (is the disk full?)") from exc
    except Exception as exc:  # pyrage raises its own error types for every failure
        raise refuse("the bundle cannot be decrypted: it was encrypted for another site, or it is damaged") from exc
    os.chmod(target, 0o600)
    return target


def _verify(zip_path: Path, original: Path, trust: Trust, verify_signature: Callable[[str, bytes, bytes], bool],
            scratch: Path | None, encrypted: bool) -> VerifiedBundle:
    try:
        archive = zipfile.ZipFile(zip_path)
    except (*DAMAGE, ValueError) as exc:
        raise refuse(f"{original.name} is damaged: it is not a readable zip file") from exc
    try:
        _check_directory(archive)
        manifest_bytes = _read_small(archive, MANIFEST, MAX_MANIFEST_BYTES)
        signature = _read_small(archive, SIGNATURE, MAX_SIGNATURE_BYTES)
        manifest = parse_manifest(manifest_bytes)
        key, may_write = trust(manifest.sender_site_id, manifest.workspace_code)
        if not key:
            raise refuse(f"the bundle is signed by an unknown site, {manifest.sender_name or 'unnamed'} "
                         f"({manifest.sender_site_id}): check its card's fingerprint with the sender and trust it "
                         "first")
        if not verify_signature(key, manifest_bytes, signature):
            raise refuse("the signature does not match the manifest: the bundle was altered or forged")
        _check_seal(zip_path, archive, key, verify_signature)
        if not may_write:
            raise refuse(f"{manifest.sender_name or manifest.sender_site_id} is not trusted for the workspace "
                         f"{manifest.workspace_code}")
        _check_members(archive, manifest)
        file_hash = file_sha256(original)
        return VerifiedBundle(original, archive, manifest, file_hash, scratch, encrypted)
    except DAMAGE as exc:
        archive.close()
        raise refuse(f"{original.name} is damaged: {exc}") from exc
    except BaseException:
        archive.close()
        raise


def _check_seal(zip_path: Path, archive: zipfile.ZipFile, key: str,
                verify_signature: Callable[[str, bytes, bytes], bool]) -> None:
    """The zip comment signs every byte before it: headers, compressed data and directory."""
    size = zip_path.stat().st_size
    with zip_path.open("rb") as handle:
        digest = hashlib.sha256()
        remaining = size - SEAL_LENGTH
        while remaining > 0:
            chunk = handle.read(min(CHUNK, remaining))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
        tail = handle.read()
    if size <= SEAL_LENGTH or archive.comment != tail or not tail.startswith(SEAL_PREFIX):
        raise refuse("the bundle has no valid seal: it was altered, or it was not written by Mainstream Desktop")
    try:
        signature = base64.b64decode(tail[len(SEAL_PREFIX):], validate=True)
    except ValueError as exc:
        raise refuse("the bundle's seal is damaged") from exc
    if not verify_signature(key, seal_message(digest.digest()), signature):
        raise refuse("the bundle's seal does not match its content: a byte of the file was changed")


def _check_directory(archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_MEMBERS:
        raise refuse(f"the bundle has {len(entries)} members, more than the {MAX_MEMBERS} allowed")
    seen: set[str] = set()
    total = 0
    for entry in entries:
        name = entry.filename
        if name in seen:
            raise refuse(f"the bundle holds {name!r} twice")
        seen.add(name)
        if not (name in (MANIFEST, SIGNATURE) or CHANGES_NAME.fullmatch(name) or ATTACHMENT_NAME.fullmatch(name)):
            raise refuse(f"the bundle holds a member the format does not allow: {name[:80]!r}")
        mode = entry.external_attr >> 16
        if entry.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise refuse(f"{name} is a folder, a link or a device, not a file")
        if entry.flag_bits & 0x1:
            raise refuse(f"{name} is encrypted inside the zip; bundles never are")
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(f"{name} uses a compression the format does not allow")
        if entry.file_size > MAX_MEMBER_BYTES:
            raise refuse(f"{name} is larger than the format allows")
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise refuse(f"{name} expands more than a real bundle could (a zip bomb?)")
        total += entry.file_size
        if total > MAX_TOTAL_BYTES:
            raise refuse("the bundle is larger than the format allows")
    if MANIFEST not in seen or SIGNATURE not in seen:
        raise refuse("the bundle has no manifest or no signature")


def _read_small(archive: zipfile.ZipFile, name: str, cap: int) -> bytes:
    with archive.open(name) as member:
        data = member.read(cap + 1)
    if len(data) > cap:
        raise refuse(f"{name} is larger than the format allows")
    return data


def _check_members(archive: zipfile.ZipFile, manifest: Manifest) -> None:
    listed = {m.path: m for m in manifest.members}
    if len(listed) != len(manifest.members):
        raise refuse("the manifest lists a member twice")
    present = {e.filename for e in archive.infolist()} - {MANIFEST, SIGNATURE}
    if present != set(listed):
        extra, missing = sorted(present - set(listed)), sorted(set(listed) - present)
        raise refuse(f"the bundle's members do not match its manifest (extra: {extra[:3]}, missing: {missing[:3]})")
    for name, member in listed.items():
        if archive.getinfo(name).file_size != member.size:
            raise refuse(f"{name} does not have the size the manifest says")
    opening = threading.Lock()
    with ThreadPoolExecutor(max_workers=HASHING_THREADS, thread_name_prefix="mainstream-verify") as pool:
        digests = pool.map(lambda name: _member_sha256(archive, name, opening), listed)
        for (name, member), digest in zip(listed.items(), digests):  # in the manifest's order, whichever ends first
            if digest != member.sha256:
                raise refuse(f"{name} does not match its checksum: the bundle was altered or damaged")
            if ATTACHMENT_NAME.fullmatch(name) and name.split("/", 1)[1] != member.sha256:
                raise refuse(f"{name} is not named by its content")


def _member_sha256(archive: zipfile.ZipFile, name: str, opening: threading.Lock) -> str:
    """The member's SHA-256, inflated and hashed in a worker thread: zlib and SHA-256 release
    Python's lock, so two members are checked at once on two cores (the zip file lets members be
    read at once; ``opening`` keeps their opening one at a time)."""
    digest = hashlib.sha256()
    with opening:
        handle = archive.open(name)
    with handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


__all__ = ["BundleRefused", "Decryptor", "VerifiedBundle", "file_sha256", "open_bundle"]
