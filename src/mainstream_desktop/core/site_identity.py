"""This installation's identity: a UUID, a name, a kind (country or hub) and an Ed25519 signing
key pair, made on first run. The private key stays in the data folder's ``keys/`` (owner-only
permissions); the public key is stored in the ``site`` table and travels with bundles.
"""

from __future__ import annotations

import base64
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.problems import error
from mainstream_desktop.db.unit_of_work import UnitOfWorkFactory
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.models.workspace import Site

PRIVATE_KEY_FILE = "site_ed25519.pem"


@dataclass(frozen=True)
class SiteIdentity:
    site_id: str
    name: str
    kind: SiteKind
    public_key: str


def local_site(uow_factory: UnitOfWorkFactory) -> SiteIdentity | None:
    with uow_factory() as uow:
        site = uow.session.scalars(select(Site).where(Site.is_local)).first()
        return _identity(site) if site else None


def create_local_site(
    uow_factory: UnitOfWorkFactory, keys_dir: Path, name: str, kind: SiteKind
) -> SiteIdentity:
    """Make this installation's identity once; later calls return the existing one unchanged."""
    name = name.strip()
    if not name:
        raise InvalidInput([error("site_name", "required", "The site needs a name.")])
    existing = local_site(uow_factory)
    if existing is not None:
        return existing
    public_key = _make_key_pair(keys_dir)
    with uow_factory() as uow:
        site = Site(name=name, kind=kind, public_key=public_key, is_local=True,
                    created_at=uow_factory.clock())
        uow.session.add(site)
        uow.session.flush()
        return _identity(site)


def _make_key_pair(keys_dir: Path) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    keys_dir.mkdir(parents=True, exist_ok=True)
    private_key = Ed25519PrivateKey.generate()
    pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    key_path = keys_dir / PRIVATE_KEY_FILE
    partial = key_path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(key_path)
    raw_public = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw_public).decode("ascii")


def _identity(site: Site) -> SiteIdentity:
    return SiteIdentity(str(site.id), site.name, SiteKind(site.kind), site.public_key)


def ensure_local_site(uow_factory: UnitOfWorkFactory, keys_dir: Path) -> SiteIdentity:
    """First use of a data folder gives it a country identity named after the host;
    ``mainstream init`` chooses otherwise before first use."""
    return local_site(uow_factory) or create_local_site(
        uow_factory, keys_dir, platform.node() or "mainstream", SiteKind.COUNTRY)
