"""This installation's identity and Ed25519 signing key."""

from __future__ import annotations

import base64
import stat
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select

from mainstream_desktop.core.errors import InvalidInput
from mainstream_desktop.core.services import Services
from mainstream_desktop.core.site_identity import (
    PRIVATE_KEY_FILE,
    create_local_site,
    ensure_local_site,
    local_site,
)
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.models.workspace import Site
from tests.stores import Store


def _load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def test_new_folder_has_no_identity(bare_services: Services) -> None:
    assert local_site(bare_services.uow) is None
    assert bare_services.site() is None
    assert not (bare_services.paths.keys / PRIVATE_KEY_FILE).exists()


def test_create_local_site_writes_a_private_key_matching_the_stored_public_key(
    bare_services: Services,
) -> None:
    site = create_local_site(
        bare_services.uow, bare_services.paths.keys, "  Kingston office  ", SiteKind.COUNTRY)

    key_file = bare_services.paths.keys / PRIVATE_KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert [p.name for p in bare_services.paths.keys.iterdir()] == [PRIVATE_KEY_FILE]  # no .partial left
    private_key = _load_private_key(key_file)
    raw_public = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert base64.b64decode(site.public_key) == raw_public
    assert len(raw_public) == 32
    assert site.name == "Kingston office"
    assert site.kind is SiteKind.COUNTRY
    assert uuid.UUID(site.site_id).version == 7
    assert bare_services.site() == site


def test_the_stored_public_key_verifies_signatures_of_the_private_key(bare_services: Services) -> None:
    site = create_local_site(bare_services.uow, bare_services.paths.keys, "Hub", SiteKind.HUB)
    private_key = _load_private_key(bare_services.paths.keys / PRIVATE_KEY_FILE)
    message = b"bundle manifest"

    public_key = Ed25519PublicKey.from_public_bytes(base64.b64decode(site.public_key))

    public_key.verify(private_key.sign(message), message)  # raises InvalidSignature if not
    assert site.kind is SiteKind.HUB


def test_second_call_returns_the_same_identity_and_keeps_the_key(bare_services: Services) -> None:
    first = create_local_site(bare_services.uow, bare_services.paths.keys, "First", SiteKind.COUNTRY)
    key_bytes = (bare_services.paths.keys / PRIVATE_KEY_FILE).read_bytes()

    second = create_local_site(bare_services.uow, bare_services.paths.keys, "Second", SiteKind.HUB)

    assert second == first
    assert (bare_services.paths.keys / PRIVATE_KEY_FILE).read_bytes() == key_bytes
    assert ensure_local_site(bare_services.uow, bare_services.paths.keys) == first
    with bare_services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Site)) == 1


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_invalid_input(bare_services: Services, name: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        create_local_site(bare_services.uow, bare_services.paths.keys, name, SiteKind.COUNTRY)

    assert [(p.field, p.code) for p in raised.value.problems] == [("site_name", "required")]
    assert local_site(bare_services.uow) is None
    assert not (bare_services.paths.keys / PRIVATE_KEY_FILE).exists()


def test_ensure_local_site_makes_a_country_identity_once(bare_services: Services) -> None:
    site = ensure_local_site(bare_services.uow, bare_services.paths.keys)

    assert site.kind is SiteKind.COUNTRY
    assert site.name
    assert ensure_local_site(bare_services.uow, bare_services.paths.keys) == site
    assert (bare_services.paths.keys / PRIVATE_KEY_FILE).exists()


def test_identity_survives_reopening(bare_services: Services, store: Store) -> None:
    site = create_local_site(bare_services.uow, bare_services.paths.keys, "Chisinau", SiteKind.COUNTRY)
    paths = bare_services.paths
    bare_services.close()

    reopened = store.open(paths, actor="someone else")
    try:
        assert reopened.site() == site
    finally:
        reopened.close()
