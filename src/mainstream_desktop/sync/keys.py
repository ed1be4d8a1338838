"""Keys and trust for exchange bundles: this site's card, its private keys, and the trust list.

- A **site card** is the public half of a site, as a small JSON file handed to partners: the
  site id, name and kind, the Ed25519 signing key (base64 of the 32 raw bytes), the age X25519
  recipient bundles are encrypted to, and a **fingerprint** of the signing key to read aloud on
  the phone (SHA-256 of the raw key, first 16 bytes, eight groups of four hex digits).
  ``read_card`` is strict: anything odd is an ``InvalidCard``.
- The **private keys** live in the data folder's ``keys/`` with owner-only permissions: the
  Ed25519 PEM made with the site identity (``core/site_identity.py``) and the age identity
  ``site_age.txt``, made on first use (its public recipient is kept beside it in
  ``site_age.pub`` so the card can be shown while the keys are locked). ``protect`` encrypts
  both with a passphrase; ``unlock`` then loads them into memory for the rest of the process.
- The **trust list** (``sync_trusted_site``) says whose signatures we accept and for which
  workspaces; a hub entry (``is_hub``) may also write the review layer. Re-trusting a site with
  a different signing key is refused unless the replacement is explicit.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from mainstream_desktop.core.errors import InvalidInput, MainstreamError, NotFound
from mainstream_desktop.core.problems import error
from mainstream_desktop.core.site_identity import PRIVATE_KEY_FILE, SiteIdentity, local_site
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.models.exchange import TrustedSite

CARD_FORMAT = "mainstream-site-card"
CARD_FORMAT_VERSION = 1
CARD_FIELDS = frozenset({"format", "format_version", "site_id", "name", "kind", "signing_key",
                         "age_recipient", "fingerprint"})
MAX_CARD_BYTES = 64 * 1024
MAX_NAME_LENGTH = 200
CARD_KINDS = ("COUNTRY", "HUB")
AGE_IDENTITY_FILE = "site_age.txt"
AGE_RECIPIENT_FILE = "site_age.pub"
SIGNING_KEY_FILE = PRIVATE_KEY_FILE
WORKSPACE_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
_AGE_ENCRYPTED_HEADER = b"age-encryption.org/v1\n"
_PEM_ENCRYPTED_HEADER = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


class InvalidCard(MainstreamError):
    """A site card file that cannot be read or fails a check."""

    code = "invalid_card"


class KeysLocked(MainstreamError):
    """The private keys are protected by a passphrase and not unlocked (or it was wrong)."""

    code = "keys_locked"


class KeyStoreError(MainstreamError):
    """A key or card file cannot be written or read (disk full, read-only media, damaged...)."""

    code = "key_store_error"


class TrustRefused(MainstreamError):
    """A card that may not be trusted as asked (our own card, a key already used elsewhere...)."""

    code = "trust_refused"


class SigningKeyChanged(TrustRefused):
    """Re-trusting a site whose card carries another signing key than the trusted one."""

    code = "signing_key_changed"


@dataclass(frozen=True)
class SiteCard:
    site_id: str
    name: str
    kind: str  # "COUNTRY" | "HUB"
    signing_key: str  # Ed25519 public key, base64 of the 32 raw bytes
    age_recipient: str  # "age1..." X25519 recipient
    fingerprint: str


@dataclass(frozen=True)
class TrustedSiteInfo:
    site_id: str
    name: str
    kind: str
    signing_key: str
    age_recipient: str
    fingerprint: str
    workspaces: tuple[str, ...]
    is_hub: bool
    added_at: datetime


# --- fingerprints and signatures ---------------------------------------------------------------

def fingerprint(signing_key_b64: str) -> str:
    """SHA-256 of the raw public key, first 16 bytes as 8 groups of 4 uppercase hex digits."""
    digest = hashlib.sha256(_decode_public_key(signing_key_b64)).hexdigest()[:32].upper()
    return " ".join(digest[index:index + 4] for index in range(0, 32, 4))


def sign(private_key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The Ed25519 signature (64 bytes) of ``data``."""
    return private_key.sign(data)


def verify_signature(signing_key_b64: str, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by the key; False on any
    failure (bad key, bad signature, wrong types); never raises."""
    try:
        raw = _decode_public_key(signing_key_b64)
        if not _is_valid_ed25519_point(raw) or len(signature) != 64:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(bytes(signature), bytes(data))
        return True
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False
    except Exception:  # noqa: BLE001 - a verifier answers yes or no, whatever it is handed
        return False


def public_key_b64(private_key: Ed25519PrivateKey) -> str:
    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _decode_public_key(signing_key_b64: str) -> bytes:
    """The 32 raw bytes of a canonical base64 Ed25519 public key; ValueError otherwise."""
    if not isinstance(signing_key_b64, str) or not signing_key_b64.isascii():
        raise ValueError("the signing key is not base64 text")
    try:
        raw = base64.b64decode(signing_key_b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the signing key is not valid base64") from exc
    if len(raw) != 32:
        raise ValueError(f"the signing key has {len(raw)} bytes instead of 32")
    if base64.b64encode(raw).decode("ascii") != signing_key_b64:
        raise ValueError("the signing key is not in canonical base64")
    return raw


# Edwards25519 (RFC 8032, section 5.1.3): decoding a point, and refusing the small-order ones
# (the library accepts any 32 bytes as a public key; a small-order key verifies forgeries).
_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _edwards_add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    (x1, y1), (x2, y2) = a, b
    t = _D * x1 * x2 * y1 * y2 % _P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, _P - 2, _P) % _P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, _P - 2, _P) % _P
    return x3, y3


def _is_valid_ed25519_point(raw: bytes) -> bool:
    if len(raw) != 32:
        return False
    y = int.from_bytes(raw, "little") & ((1 << 255) - 1)
    sign_bit = raw[31] >> 7
    if y >= _P:
        return False
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        if sign_bit:
            return False
        x = 0
    else:
        x = pow(x2, (_P + 3) // 8, _P)
        if (x * x - x2) % _P:
            x = x * _SQRT_M1 % _P
        if (x * x - x2) % _P:
            return False  # not on the curve
        if x & 1 != sign_bit:
            x = _P - x
    point = (x, y)
    for _ in range(3):  # times the cofactor 8
        point = _edwards_add(point, point)
    return point != (0, 1)


# --- card files --------------------------------------------------------------------------------

def card_to_json(card: SiteCard) -> bytes:
    document = {"format": CARD_FORMAT, "format_version": CARD_FORMAT_VERSION, "site_id": card.site_id,
                "name": card.name, "kind": card.kind, "signing_key": card.signing_key,
                "age_recipient": card.age_recipient, "fingerprint": card.fingerprint}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_card(path: Path, card: SiteCard) -> None:
    """Write the card atomically (a temporary file, fsync, rename): never a half-written card."""
    _atomic_write(Path(path), card_to_json(card), 0o644)


def read_card(path: Path) -> SiteCard:
    """Read and check a card file; anything wrong or unexpected raises ``InvalidCard``."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise InvalidCard(f"cannot read the site card {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_CARD_BYTES:
        raise InvalidCard(f"{path.name} is not a site card: larger than {MAX_CARD_BYTES // 1024} KB")
    return parse_card(data, path.name)


def parse_card(data: bytes, source: str = "the site card") -> SiteCard:
    """Check the bytes of a card file (see ``read_card``)."""
    if len(data) > MAX_CARD_BYTES:
        raise InvalidCard(f"{source} is not a site card: larger than {MAX_CARD_BYTES // 1024} KB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidCard(f"{source} is not a site card: not UTF-8 text") from exc
    try:
        document = json.loads(text, object_pairs_hook=_refuse_duplicate_keys,
                              parse_constant=_refuse_constant)
    except _DuplicateKey as exc:
        raise InvalidCard(f"{source} is not a valid site card: the field {exc.key!r} appears twice") from exc
    except (ValueError, RecursionError) as exc:
        raise InvalidCard(f"{source} is not a site card: not valid JSON") from exc
    if not isinstance(document, dict):
        raise InvalidCard(f"{source} is not a site card: not a JSON object")
    return _card_from_document(document, source)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _card_from_document(document: dict[str, Any], source: str) -> SiteCard:
    def refuse(reason: str) -> InvalidCard:
        return InvalidCard(f"{source} is not a valid site card: {reason}")

    if document.get("format") != CARD_FORMAT:
        raise refuse(f"the format is not {CARD_FORMAT!r}")
    version = document.get("format_version")
    if type(version) is not int:
        raise refuse("format_version is not a whole number")
    if version != CARD_FORMAT_VERSION:
        raise InvalidCard(f"{source} is a site card of format version {version}, which this program "
                          f"does not know (it reads version {CARD_FORMAT_VERSION}); update the program")
    unknown = sorted(set(document) - CARD_FIELDS)
    if unknown:
        raise refuse(f"unknown field(s) {', '.join(map(repr, unknown))}")
    missing = sorted(CARD_FIELDS - set(document))
    if missing:
        raise refuse(f"missing field(s) {', '.join(map(repr, missing))}")
    for field_name in sorted(CARD_FIELDS - {"format_version"}):
        if not isinstance(document[field_name], str):
            raise refuse(f"{field_name} is not text")
    site_id: str = document["site_id"]
    try:
        canonical = str(uuid.UUID(site_id))
    except ValueError as exc:
        raise refuse(f"the site id {site_id[:60]!r} is not a UUID") from exc
    if canonical != site_id:
        raise refuse(f"the site id {site_id[:60]!r} is not written as a lower-case UUID")
    name: str = document["name"]
    if not name.strip() or name != name.strip():
        raise refuse("the site name is empty or has spaces around it")
    if len(name) > MAX_NAME_LENGTH or any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise refuse(f"the site name is longer than {MAX_NAME_LENGTH} characters or has control characters")
    kind: str = document["kind"]
    if kind not in CARD_KINDS:
        raise refuse(f"the kind {kind[:20]!r} is not one of {', '.join(CARD_KINDS)}")
    signing_key: str = document["signing_key"]
    try:
        computed = fingerprint(signing_key)
    except ValueError as exc:
        raise refuse(str(exc)) from exc
    if not _is_valid_ed25519_point(_decode_public_key(signing_key)):
        raise refuse("the signing key is not a valid Ed25519 public key")
    age_recipient: str = document["age_recipient"]
    if not _is_age_recipient(age_recipient):
        raise refuse("the age recipient is not a valid 'age1...' X25519 recipient")
    if document["fingerprint"] != computed:
        raise refuse(f"the fingerprint {document['fingerprint'][:60]!r} does not match the signing key "
                     f"(whose fingerprint is {computed}): the card was altered")
    return SiteCard(site_id=site_id, name=name, kind=kind, signing_key=signing_key,
                    age_recipient=age_recipient, fingerprint=computed)


def _is_age_recipient(text: str) -> bool:
    if not text.startswith("age1") or len(text) > 200:
        return False
    try:
        return str(pyrage.x25519.Recipient.from_str(text)) == text
    except Exception:  # noqa: BLE001 - pyrage raises its own RecipientError (and others)
        return False


# --- files -------------------------------------------------------------------------------------

def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsync and rename;
    on failure the old file (if any) is untouched and no temporary file is left."""
    partial = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode == 0o600:
                os.chmod(partial, mode)  # whatever the umask or an existing ACL says
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _fsync_folder(path.parent)
    except OSError as exc:
        raise KeyStoreError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _read_file(path: Path, what: str) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyStoreError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc


def _age_identity_text(identity: Any) -> bytes:
    recipient = str(identity.to_public())
    return f"# public key: {recipient}\n{identity}\n".encode("ascii")


def _parse_age_identity(data: bytes, path: Path) -> Any:
    try:
        lines = [line.strip() for line in data.decode("ascii").splitlines()]
        secrets_found = [line for line in lines if line and not line.startswith("#")]
        if len(secrets_found) != 1:
            raise ValueError("expected one identity")
        return pyrage.x25519.Identity.from_str(secrets_found[0])
    except Exception as exc:  # pyrage raises its own IdentityError
        raise KeyStoreError(f"the age identity {path} is damaged; restore the keys folder from a backup") from exc


# --- the service -------------------------------------------------------------------------------

@dataclass
class _Unlocked:
    """Keys unlocked by passphrase, valid while the files on disk are the ones unlocked."""

    signing_file: bytes | None = None
    signing_key: Ed25519PrivateKey | None = None
    age_file: bytes | None = None
    age_identity: Any = None


_UNLOCKED: dict[Path, _Unlocked] = {}
_UNLOCKED_GUARD = threading.Lock()


class KeyService:
    """This site's keys and card, and the trust list, for one data folder."""

    def __init__(self, uow_factory: UnitOfWorkFactory, keys_dir: Path) -> None:
        self._uow = uow_factory
        self._keys = Path(keys_dir)

    # - paths -
    @property
    def signing_key_path(self) -> Path:
        return self._keys / SIGNING_KEY_FILE

    @property
    def age_identity_path(self) -> Path:
        return self._keys / AGE_IDENTITY_FILE

    @property
    def age_recipient_path(self) -> Path:
        return self._keys / AGE_RECIPIENT_FILE

    def _cache_key(self) -> Path:
        return self._keys.resolve()

    # - this site -
    def local_site_id(self) -> str:
        return self._site().site_id

    def _site(self) -> SiteIdentity:
        site = local_site(self._uow)
        if site is None:
            raise NotFound("this data folder has no site identity yet; run 'mainstream init' first")
        return site

    def local_card(self) -> SiteCard:
        """This site's card; makes its age identity on first use."""
        site = self._site()
        return SiteCard(site_id=site.site_id, name=site.name, kind=SiteKind(site.kind).name,
                        signing_key=site.public_key, age_recipient=self._age_recipient(),
                        fingerprint=fingerprint(site.public_key))

    def _age_recipient(self) -> str:
        data = _read_file(self.age_identity_path, "the age identity")
        if data is None:
            return str(self._create_age_identity().to_public())
        stored = _read_file(self.age_recipient_path, "the age recipient")
        if data.startswith(_AGE_ENCRYPTED_HEADER):
            unlocked = self._unlocked_age_identity(data)
            if unlocked is not None:
                return str(unlocked.to_public())
            recipient = stored.decode("ascii", "replace").strip() if stored is not None else ""
            if not _is_age_recipient(recipient):
                raise KeysLocked("the keys are protected by a passphrase: unlock them to show the age recipient")
            return recipient
        recipient = str(_parse_age_identity(data, self.age_identity_path).to_public())
        if stored is None or stored.decode("ascii", "replace").strip() != recipient:
            _atomic_write(self.age_recipient_path, f"{recipient}\n".encode("ascii"), 0o644)
        return recipient

    def _create_age_identity(self) -> Any:
        self._ensure_keys_folder()
        identity = pyrage.x25519.Identity.generate()
        _atomic_write(self.age_recipient_path, f"{identity.to_public()}\n".encode("ascii"), 0o644)
        _atomic_write(self.age_identity_path, _age_identity_text(identity), 0o600)
        return identity

    def _ensure_keys_folder(self) -> None:
        try:
            self._keys.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(self._keys, 0o700)
        except OSError as exc:
            raise KeyStoreError(f"cannot use the keys folder {self._keys}: {exc.strerror or exc}") from exc

    # - private keys -
    def signing_key(self) -> Ed25519PrivateKey:
        """This site's Ed25519 private key (``KeysLocked`` when protected and not unlocked)."""
        data = _read_file(self.signing_key_path, "the signing key")
        if data is None:
            raise KeyStoreError(f"the signing key {self.signing_key_path} is missing; "
                                "restore the keys folder from a backup")
        if data.startswith(_PEM_ENCRYPTED_HEADER):
            with _UNLOCKED_GUARD:
                unlocked = _UNLOCKED.get(self._cache_key())
                key = unlocked.signing_key if unlocked and unlocked.signing_file == data else None
            if key is None:
                raise KeysLocked("the keys are protected by a passphrase: unlock them first")
        else:
            key = self._load_signing_key(data, None)
        self._check_matches_site(key)
        return key

    def age_identity(self) -> Any:
        """This site's age X25519 identity, a ``pyrage.x25519.Identity`` (made on first use;
        ``KeysLocked`` when protected and not unlocked)."""
        data = _read_file(self.age_identity_path, "the age identity")
        if data is None:
            return self._create_age_identity()
        if data.startswith(_AGE_ENCRYPTED_HEADER):
            identity = self._unlocked_age_identity(data)
            if identity is None:
                raise KeysLocked("the keys are protected by a passphrase: unlock them first")
            return identity
        return _parse_age_identity(data, self.age_identity_path)

    def _unlocked_age_identity(self, data: bytes) -> Any:
        with _UNLOCKED_GUARD:
            unlocked = _UNLOCKED.get(self._cache_key())
            return unlocked.age_identity if unlocked and unlocked.age_file == data else None

    def _load_signing_key(self, data: bytes, passphrase: str | None) -> Ed25519PrivateKey:
        try:
            key = serialization.load_pem_private_key(
                data, passphrase.encode("utf-8") if passphrase is not None else None)
        except ValueError as exc:
            if passphrase is not None and "password" in str(exc).lower():
                raise KeysLocked("wrong passphrase") from exc
            raise KeyStoreError(f"the signing key {self.signing_key_path} is damaged; "
                                "restore the keys folder from a backup") from exc
        except (TypeError, UnsupportedAlgorithm) as exc:
            raise KeyStoreError(f"the signing key {self.signing_key_path} cannot be read: {exc}") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyStoreError(f"the signing key {self.signing_key_path} is not an Ed25519 key")
        return key

    def _check_matches_site(self, key: Ed25519PrivateKey) -> None:
        site = self._site()
        if public_key_b64(key) != site.public_key:
            raise KeyStoreError(f"the signing key in {self._keys} does not belong to this site "
                                f"({site.name}); restore this data folder's own keys folder")

    def is_protected(self) -> bool:
        """True when a private key file is encrypted with a passphrase."""
        signing = _read_file(self.signing_key_path, "the signing key") or b""
        age = _read_file(self.age_identity_path, "the age identity") or b""
        return signing.startswith(_PEM_ENCRYPTED_HEADER) or age.startswith(_AGE_ENCRYPTED_HEADER)

    def unlock(self, passphrase: str) -> None:
        """Load the protected keys with the passphrase and keep them in memory for this process
        (``KeysLocked("wrong passphrase")`` when it does not open them)."""
        signing_data = _read_file(self.signing_key_path, "the signing key")
        if signing_data is None:
            raise KeyStoreError(f"the signing key {self.signing_key_path} is missing; "
                                "restore the keys folder from a backup")
        age_data = _read_file(self.age_identity_path, "the age identity")
        if age_data is None:
            self._create_age_identity()
            age_data = _read_file(self.age_identity_path, "the age identity") or b""
        if signing_data.startswith(_PEM_ENCRYPTED_HEADER):
            signing_key = self._load_signing_key(signing_data, passphrase)
        else:
            signing_key = self._load_signing_key(signing_data, None)
        self._check_matches_site(signing_key)
        if age_data.startswith(_AGE_ENCRYPTED_HEADER):
            try:
                plain = pyrage.passphrase.decrypt(age_data, passphrase)
            except Exception as exc:  # pyrage.DecryptError
                raise KeysLocked("wrong passphrase") from exc
            identity = _parse_age_identity(plain, self.age_identity_path)
        else:
            identity = _parse_age_identity(age_data, self.age_identity_path)
        with _UNLOCKED_GUARD:
            _UNLOCKED[self._cache_key()] = _Unlocked(signing_data, signing_key, age_data, identity)

    def lock(self) -> None:
        """Forget the unlocked keys of this data folder."""
        with _UNLOCKED_GUARD:
            _UNLOCKED.pop(self._cache_key(), None)

    def protect(self, passphrase: str) -> None:
        """Encrypt both private key files with ``passphrase`` (already protected keys must be
        unlocked first: this is also how the passphrase is changed). The keys stay unlocked."""
        if not isinstance(passphrase, str) or not passphrase:
            raise InvalidInput([error("passphrase", "required", "The passphrase must not be empty.")])
        signing_key = self.signing_key()
        identity = self.age_identity()
        recipient = str(identity.to_public())
        self._ensure_keys_folder()
        _atomic_write(self.age_recipient_path, f"{recipient}\n".encode("ascii"), 0o644)
        age_data = bytes(pyrage.passphrase.encrypt(_age_identity_text(identity), passphrase))
        signing_data = signing_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
        _atomic_write(self.age_identity_path, age_data, 0o600)
        _atomic_write(self.signing_key_path, signing_data, 0o600)
        with _UNLOCKED_GUARD:
            _UNLOCKED[self._cache_key()] = _Unlocked(signing_data, signing_key, age_data, identity)

    # - trust list -
    def trust(self, card: SiteCard, workspaces: Sequence[str], hub: bool = False,
              replace_key: bool = False) -> TrustedSiteInfo:
        """Accept ``card``'s signatures for ``workspaces`` (and the review layer when ``hub``).
        Trusting a site again replaces its name, workspaces and hub flag; a changed signing key
        is refused unless ``replace_key``."""
        codes = _workspace_codes(workspaces)
        card = parse_card(card_to_json(card), f"the card of {card.name!r}")  # the same checks as a file
        local = self._site()
        if card.site_id == local.site_id:
            raise TrustRefused(f"this is this site's own card ({local.name}); "
                               "trust the card of the partner site instead")
        if card.signing_key == local.public_key:
            raise TrustRefused(f"the card of {card.name!r} carries this site's own signing key; refused")
        if hub and card.kind != "HUB":
            raise TrustRefused(f"{card.name} is a {card.kind.lower()} site: only a hub's card can be trusted "
                               "as the hub")
        site_uuid = uuid.UUID(card.site_id)
        with self._uow() as uow:
            session = uow.session
            same_key = session.scalars(select(TrustedSite).where(
                TrustedSite.signing_key == card.signing_key, TrustedSite.site_id != site_uuid)).first()
            if same_key is not None:
                raise TrustRefused(f"the signing key of {card.name!r} is already trusted for another site, "
                                   f"{same_key.name} ({same_key.site_id}); refused")
            row = session.get(TrustedSite, site_uuid)
            if row is not None and row.signing_key != card.signing_key and not replace_key:
                raise SigningKeyChanged(
                    f"the signing key of {row.name} ({card.site_id}) changed: trusted fingerprint "
                    f"{fingerprint(row.signing_key)}, the card's fingerprint {card.fingerprint}; confirm the "
                    "new fingerprint with the site by phone, then trust it again replacing the key")
            if row is None:
                row = TrustedSite(site_id=site_uuid, added_at=self._uow.clock(), added_by=self._uow.actor)
                session.add(row)
            elif row.signing_key != card.signing_key:
                row.added_at = self._uow.clock()
                row.added_by = self._uow.actor
            row.name = card.name
            row.kind = card.kind
            row.signing_key = card.signing_key
            row.age_recipient = card.age_recipient
            row.workspaces = ",".join(codes)
            row.is_hub = hub
            session.flush()
            return _info(row)

    def untrust(self, site_id: str | uuid.UUID) -> TrustedSiteInfo:
        """Remove a site from the trust list (returns what was removed)."""
        site_uuid = _site_uuid(site_id)
        with self._uow() as uow:
            row = uow.session.get(TrustedSite, site_uuid) if site_uuid else None
            if row is None:
                raise NotFound(f"the site {site_id} is not in the trust list")
            info = _info(row)
            uow.session.delete(row)
            return info

    def trusted(self) -> list[TrustedSiteInfo]:
        """The trust list, by name."""
        with self._uow() as uow:
            rows = uow.session.scalars(select(TrustedSite)).all()
            return sorted((_info(row) for row in rows), key=lambda info: (info.name.casefold(), info.site_id))

    def trusted_site(self, site_id: str | uuid.UUID) -> TrustedSiteInfo | None:
        site_uuid = _site_uuid(site_id)
        if site_uuid is None:
            return None
        with self._uow() as uow:
            row = uow.session.get(TrustedSite, site_uuid)
            return _info(row) if row is not None else None

    def trusted_by_key(self, signing_key_b64: str) -> TrustedSiteInfo | None:
        """The trusted site with this signing key, if any."""
        with self._uow() as uow:
            row = uow.session.scalars(select(TrustedSite).where(TrustedSite.signing_key == signing_key_b64)).first()
            return _info(row) if row is not None else None

    def may_write(self, site_id: str | uuid.UUID, workspace_code: str) -> bool:
        """True when changes to ``workspace_code`` signed by ``site_id`` are accepted: this site
        always; a trusted site for the workspaces it was trusted for. (The hub's review-layer
        rights are ``may_write_review``/``TrustedSiteInfo.is_hub``.)"""
        site_uuid = _site_uuid(site_id)
        if site_uuid is None:
            return False
        if str(site_uuid) == self._site().site_id:
            return True
        info = self.trusted_site(site_uuid)
        return info is not None and str(workspace_code).strip().upper() in info.workspaces

    def may_write_review(self, site_id: str | uuid.UUID) -> bool:
        """True when ``site_id`` may write the review layer: this site, or a site trusted as hub."""
        site_uuid = _site_uuid(site_id)
        if site_uuid is None:
            return False
        if str(site_uuid) == self._site().site_id:
            return True
        info = self.trusted_site(site_uuid)
        return info is not None and info.is_hub


def _site_uuid(site_id: str | uuid.UUID) -> uuid.UUID | None:
    if isinstance(site_id, uuid.UUID):
        return site_id
    try:
        return uuid.UUID(str(site_id).strip())
    except ValueError:
        return None


def _workspace_codes(workspaces: Sequence[str]) -> tuple[str, ...]:
    if isinstance(workspaces, str):
        workspaces = [workspaces]
    codes: list[str] = []
    for raw in workspaces:
        code = str(raw).strip().upper()
        if not WORKSPACE_CODE.match(code):
            raise InvalidInput([error("workspaces", "invalid_code",
                                      "{code!r} is not a workspace code (2 to 10 letters or digits, e.g. JAM).",
                                      code=str(raw)[:40])])
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _info(row: TrustedSite) -> TrustedSiteInfo:
    return TrustedSiteInfo(
        site_id=str(row.site_id), name=row.name, kind=row.kind, signing_key=row.signing_key,
        age_recipient=row.age_recipient, fingerprint=_safe_fingerprint(row.signing_key),
        workspaces=tuple(code for code in row.workspaces.split(",") if code), is_hub=bool(row.is_hub),
        added_at=row.added_at if row.added_at.tzinfo else row.added_at.replace(tzinfo=UTC))  # SQLite drops it


def _safe_fingerprint(signing_key_b64: str) -> str:
    try:
        return fingerprint(signing_key_b64)
    except ValueError:
        return "(invalid key)"
