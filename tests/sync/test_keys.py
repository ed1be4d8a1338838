"""Site cards, private keys and the trust list (``sync/keys.py``) and the ``mainstream keys``
commands: two real data folders, a country site and a hub, exchange cards and trust each other."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import stat
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mainstream_desktop import cli, cli_common
from mainstream_desktop.core.errors import InvalidInput, MainstreamError, NotFound
from mainstream_desktop.core.services import Services, open_services
from mainstream_desktop.core.site_identity import create_local_site
from mainstream_desktop.enums import SiteKind
from mainstream_desktop.paths import DataPaths
from mainstream_desktop.sync import keys as keys_module
from mainstream_desktop.sync.keys import (
    MAX_CARD_BYTES,
    InvalidCard,
    KeyService,
    KeysLocked,
    KeyStoreError,
    SigningKeyChanged,
    SiteCard,
    TrustRefused,
    fingerprint,
    public_key_b64,
    read_card,
    sign,
    verify_signature,
    write_card,
)

FINGERPRINT = re.compile(r"^(?:[0-9A-F]{4} ){7}[0-9A-F]{4}$")
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def other_services(tmp_path: Path, template_database: Path) -> Iterator[Services]:
    """A second data folder: the GMG hub, with its own identity and keys."""
    paths = DataPaths(tmp_path / "other")
    paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, paths.database)
    opened = open_services(paths, actor="tester", create_identity=False)
    create_local_site(opened.uow, paths.keys, "GMG hub", SiteKind.HUB)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def country(services: Services) -> KeyService:
    return KeyService(services.uow, services.paths.keys)


@pytest.fixture
def hub(other_services: Services) -> KeyService:
    return KeyService(other_services.uow, other_services.paths.keys)


@pytest.fixture
def hub_card(hub: KeyService) -> SiteCard:
    return hub.local_card()


def card_document(card: SiteCard) -> dict[str, object]:
    return json.loads(keys_module.card_to_json(card))


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def new_key_b64() -> str:
    return public_key_b64(Ed25519PrivateKey.generate())


def card_with_key(card: SiteCard, signing_key: str) -> SiteCard:
    return replace(card, signing_key=signing_key, fingerprint=fingerprint(signing_key))


# --- cards -------------------------------------------------------------------------------------

def test_card_round_trip_between_two_sites(country: KeyService, hub: KeyService, tmp_path: Path) -> None:
    card = hub.local_card()
    path = tmp_path / "hub-card.json"
    write_card(path, card)

    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "mainstream-site-card" and document["format_version"] == 1
    assert set(document) == {"format", "format_version", "site_id", "name", "kind", "signing_key",
                             "age_recipient", "fingerprint"}
    received = read_card(path)
    assert received == card
    assert received.kind == "HUB" and received.name == "GMG hub"
    assert received.age_recipient.startswith("age1")
    assert str(hub.age_identity().to_public()) == received.age_recipient
    assert public_key_b64(hub.signing_key()) == received.signing_key

    info = country.trust(received, ["jam"], hub=True)
    assert (info.site_id, info.name, info.fingerprint, info.workspaces, info.is_hub) == (
        card.site_id, "GMG hub", card.fingerprint, ("JAM",), True)
    assert not list(tmp_path.glob("*.partial"))


def test_local_card_is_stable_and_makes_the_age_identity_once(country: KeyService, services: Services) -> None:
    assert not (services.paths.keys / "site_age.txt").exists()
    first = country.local_card()
    second = KeyService(services.uow, services.paths.keys).local_card()
    site = services.site()
    assert site is not None
    assert first == second
    assert (first.site_id, first.name, first.kind, first.signing_key) == (
        site.site_id, site.name, "COUNTRY", site.public_key)
    assert (services.paths.keys / "site_age.txt").read_text(encoding="ascii").strip().splitlines()[-1].startswith(
        "AGE-SECRET-KEY-1")


def test_fingerprint_is_eight_groups_of_four_hex_digits_of_the_sha256(hub_card: SiteCard) -> None:
    raw = base64.b64decode(hub_card.signing_key)
    expected = hashlib.sha256(raw).hexdigest()[:32].upper()

    assert FINGERPRINT.match(hub_card.fingerprint)
    assert hub_card.fingerprint.replace(" ", "") == expected
    assert fingerprint(hub_card.signing_key) == hub_card.fingerprint
    known = base64.b64encode(bytes(range(32))).decode()
    assert fingerprint(known) == " ".join(
        re.findall("....", hashlib.sha256(bytes(range(32))).hexdigest()[:32].upper()))


def _small_order_key() -> str:
    return base64.b64encode(bytes([1]) + bytes(31)).decode()  # the neutral point


def _not_on_curve_key() -> str:
    return base64.b64encode((2).to_bytes(32, "little")).decode()


TAMPERINGS = {
    "wrong fingerprint": (lambda d: d | {"fingerprint": "0000 " * 7 + "0000"}, "does not match"),
    "bad base64": (lambda d: d | {"signing_key": "not*base64!"}, "base64"),
    "31-byte key": (lambda d: d | {"signing_key": base64.b64encode(bytes(31)).decode()}, "31 bytes"),
    "33-byte key": (lambda d: d | {"signing_key": base64.b64encode(bytes(33)).decode()}, "33 bytes"),
    "extra field": (lambda d: d | {"comment": "hello"}, "unknown field"),
    "missing field": (lambda d: {k: v for k, v in d.items() if k != "age_recipient"}, "missing field"),
    "wrong format": (lambda d: d | {"format": "something-else"}, "format"),
    "newer version": (lambda d: d | {"format_version": 2}, "update the program"),
    "version as text": (lambda d: d | {"format_version": "1"}, "whole number"),
    "version as bool": (lambda d: d | {"format_version": True}, "whole number"),
    "site id not a uuid": (lambda d: d | {"site_id": "site-1"}, "not a UUID"),
    "site id braces": (lambda d: d | {"site_id": "{" + str(d["site_id"]) + "}"}, "lower-case UUID"),
    "unknown kind": (lambda d: d | {"kind": "ADMIN"}, "kind"),
    "name not text": (lambda d: d | {"name": 42}, "name is not text"),
    "empty name": (lambda d: d | {"name": "  "}, "name"),
    "control character in name": (lambda d: d | {"name": "hub\x00"}, "control"),
    "bad age recipient": (lambda d: d | {"age_recipient": "age1notarecipient"}, "age recipient"),
    "ssh recipient": (lambda d: d | {"age_recipient": "ssh-ed25519 AAAA"}, "age recipient"),
    "small-order key": (lambda d: d | {"signing_key": _small_order_key(),
                                       "fingerprint": fingerprint(_small_order_key())}, "not a valid Ed25519"),
    "key not on the curve": (lambda d: d | {"signing_key": _not_on_curve_key(),
                                            "fingerprint": fingerprint(_not_on_curve_key())}, "not a valid Ed25519"),
    "key swapped, fingerprint kept": (lambda d: d | {"signing_key": new_key_b64()}, "does not match"),
}


@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_tampered_cards_are_refused(name: str, hub_card: SiteCard, tmp_path: Path) -> None:
    change, reason = TAMPERINGS[name]
    path = write_json(tmp_path / "card.json", change(card_document(hub_card)))

    with pytest.raises(InvalidCard, match=re.escape(reason)) as refused:
        read_card(path)
    assert isinstance(refused.value, MainstreamError)
    assert "\n" not in refused.value.message


def test_a_duplicate_field_is_refused(hub_card: SiteCard, tmp_path: Path) -> None:
    text = keys_module.card_to_json(hub_card).decode()
    text = text.replace('"name": "GMG hub",', '"name": "GMG hub",\n  "name": "Evil hub",')
    path = tmp_path / "card.json"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(InvalidCard, match="'name' appears twice"):
        read_card(path)


@pytest.mark.parametrize("content, reason", [
    (b"", "not valid JSON"),
    (b"this is not json", "not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2, 3]", "not a JSON object"),
    (b'{"format": NaN}', "not valid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "larger than"),
], ids=["empty", "text", "not utf-8", "a list", "NaN", "deep nesting"])
def test_files_that_are_not_cards_are_refused(content: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    path.write_bytes(content)

    with pytest.raises(InvalidCard, match=reason):
        read_card(path)


def test_a_huge_card_is_refused_before_parsing(hub_card: SiteCard, tmp_path: Path) -> None:
    valid = keys_module.card_to_json(hub_card)
    path = tmp_path / "card.json"
    path.write_bytes(valid[:-2] + b" " * MAX_CARD_BYTES + valid[-2:])  # still valid JSON

    with pytest.raises(InvalidCard, match="larger than 64 KB"):
        read_card(path)


def test_a_missing_card_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidCard, match="cannot read the site card"):
        read_card(tmp_path / "nowhere.json")


def test_write_card_is_atomic(hub_card: SiteCard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    path = folder / "card.json"
    path.write_text("old content", encoding="utf-8")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys_module.os, "replace", full_disk)
    with pytest.raises(KeyStoreError, match="No space left on device"):
        write_card(path, hub_card)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in folder.iterdir()) == ["card.json"]


def test_write_card_into_a_missing_folder_is_a_clear_error(hub_card: SiteCard, tmp_path: Path) -> None:
    with pytest.raises(KeyStoreError, match="cannot write"):
        write_card(tmp_path / "no" / "such" / "card.json", hub_card)


# --- trust list --------------------------------------------------------------------------------

def test_trust_list_and_untrust(country: KeyService, hub_card: SiteCard) -> None:
    assert country.trusted() == []

    info = country.trust(hub_card, ["jam", " mda ", "JAM"])

    assert info.workspaces == ("JAM", "MDA")
    assert info.is_hub is False and info.kind == "HUB"
    assert info.age_recipient == hub_card.age_recipient and info.signing_key == hub_card.signing_key
    assert info.added_at is not None
    assert country.trusted() == [info]
    assert country.trusted_site(hub_card.site_id) == info
    assert country.trusted_site(uuid.UUID(hub_card.site_id)) == info
    assert country.trusted_by_key(hub_card.signing_key) == info

    again = country.trust(replace(hub_card, name="GMG hub Geneva"), ["SRB"], hub=True)
    assert (again.name, again.workspaces, again.is_hub) == ("GMG hub Geneva", ("SRB",), True)
    assert len(country.trusted()) == 1

    removed = country.untrust(hub_card.site_id)
    assert removed.site_id == hub_card.site_id
    assert country.trusted() == [] and country.trusted_site(hub_card.site_id) is None
    with pytest.raises(NotFound, match="not in the trust list"):
        country.untrust(hub_card.site_id)
    with pytest.raises(NotFound):
        country.untrust("not-a-site-id")


@pytest.mark.parametrize("code", ["J", "JAMAICA-001", "JA M", "", "ÉCU"])
def test_bad_workspace_codes_are_refused(country: KeyService, hub_card: SiteCard, code: str) -> None:
    with pytest.raises(InvalidInput, match="not a workspace code"):
        country.trust(hub_card, [code])
    assert country.trusted() == []


def test_a_changed_signing_key_is_refused_without_replace_key(country: KeyService, hub_card: SiteCard) -> None:
    country.trust(hub_card, ["JAM"], hub=True)
    rekeyed = card_with_key(hub_card, new_key_b64())

    with pytest.raises(SigningKeyChanged) as refused:
        country.trust(rekeyed, ["JAM"], hub=True)
    message = refused.value.message
    assert "changed" in message and hub_card.fingerprint in message and rekeyed.fingerprint in message
    assert country.trusted_site(hub_card.site_id).signing_key == hub_card.signing_key  # type: ignore[union-attr]

    replaced = country.trust(rekeyed, ["JAM"], hub=True, replace_key=True)
    assert replaced.signing_key == rekeyed.signing_key and replaced.fingerprint == rekeyed.fingerprint


def test_own_card_and_own_key_are_refused(country: KeyService, hub_card: SiteCard) -> None:
    own = country.local_card()
    with pytest.raises(TrustRefused, match="own card"):
        country.trust(own, ["JAM"])
    impostor = replace(own, site_id=str(uuid.uuid4()), name="impostor")
    with pytest.raises(TrustRefused, match="own signing key"):
        country.trust(impostor, ["JAM"])
    assert country.trusted() == []


def test_one_key_cannot_be_trusted_for_two_sites(country: KeyService, hub_card: SiteCard) -> None:
    country.trust(hub_card, ["JAM"])
    twin = replace(hub_card, site_id=str(uuid.uuid4()), name="twin")

    with pytest.raises(TrustRefused, match="already trusted for another site"):
        country.trust(twin, ["MDA"])


def test_only_a_hub_card_can_be_trusted_as_hub(hub: KeyService, country: KeyService) -> None:
    with pytest.raises(TrustRefused, match="only a hub"):
        hub.trust(country.local_card(), ["JAM"], hub=True)


def test_a_card_built_in_code_gets_the_same_checks(country: KeyService, hub_card: SiteCard) -> None:
    with pytest.raises(InvalidCard, match="does not match"):
        country.trust(replace(hub_card, fingerprint="0000 " * 7 + "0000"), ["JAM"])


def test_may_write_rules(country: KeyService, hub: KeyService, hub_card: SiteCard) -> None:
    local_id = country.local_site_id()
    country_card = country.local_card()
    stranger = str(uuid.uuid4())
    hub.trust(country_card, ["JAM"])
    country.trust(hub_card, [], hub=True)

    assert country.may_write(local_id, "ANYTHING") and country.may_write(uuid.UUID(local_id), "jam")
    assert hub.may_write(country_card.site_id, "JAM") and hub.may_write(country_card.site_id, "jam")
    assert not hub.may_write(country_card.site_id, "MDA")
    assert not hub.may_write(stranger, "JAM") and not hub.may_write("garbage", "JAM")
    assert not country.may_write(hub_card.site_id, "JAM")  # the hub writes the review layer only
    assert country.may_write_review(hub_card.site_id) and country.trusted_site(hub_card.site_id).is_hub  # type: ignore[union-attr]
    assert not hub.may_write_review(country_card.site_id) and hub.may_write_review(hub.local_site_id())
    hub.untrust(country_card.site_id)
    assert not hub.may_write(country_card.site_id, "JAM")


# --- private keys ------------------------------------------------------------------------------

def test_signatures(country: KeyService, hub_card: SiteCard) -> None:
    card = country.local_card()
    signature = sign(country.signing_key(), b"manifest bytes")

    assert len(signature) == 64
    assert verify_signature(card.signing_key, b"manifest bytes", signature)
    assert not verify_signature(card.signing_key, b"manifest bytez", signature)
    assert not verify_signature(hub_card.signing_key, b"manifest bytes", signature)
    assert not verify_signature(card.signing_key, b"manifest bytes", signature[:63])
    assert not verify_signature(card.signing_key, b"manifest bytes", bytes(64))
    assert not verify_signature("not base64", b"manifest bytes", signature)
    assert not verify_signature(_small_order_key(), b"manifest bytes", signature)
    assert not verify_signature(card.signing_key, "text", signature)  # type: ignore[arg-type]
    assert not verify_signature(None, b"x", None)  # type: ignore[arg-type]


@posix_only
def test_key_files_are_owner_only(country: KeyService, services: Services) -> None:
    country.local_card()
    for name in ("site_ed25519.pem", "site_age.txt"):
        assert stat.S_IMODE((services.paths.keys / name).stat().st_mode) == 0o600, name
    country.protect("correct horse")
    for name in ("site_ed25519.pem", "site_age.txt"):
        assert stat.S_IMODE((services.paths.keys / name).stat().st_mode) == 0o600, name
    assert not list(services.paths.keys.glob("*.partial")) and not list(services.paths.keys.glob(".*"))


def test_protect_unlock_and_wrong_passphrase(country: KeyService, services: Services) -> None:
    card = country.local_card()
    plain_identity = str(country.age_identity())
    assert not country.is_protected()
    with pytest.raises(InvalidInput, match="must not be empty"):
        country.protect("")

    country.protect("correct horse")

    keys_dir = services.paths.keys
    assert country.is_protected()
    assert (keys_dir / "site_ed25519.pem").read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert (keys_dir / "site_age.txt").read_bytes().startswith(b"age-encryption.org/v1\n")
    assert b"AGE-SECRET-KEY" not in (keys_dir / "site_age.txt").read_bytes()
    assert country.signing_key() is not None  # still unlocked after protecting

    country.lock()
    fresh = KeyService(services.uow, keys_dir)
    with pytest.raises(KeysLocked):
        fresh.signing_key()
    with pytest.raises(KeysLocked):
        fresh.age_identity()
    assert fresh.local_card() == card  # the card shows while locked
    with pytest.raises(KeysLocked, match="wrong passphrase"):
        fresh.unlock("wrong horse")
    with pytest.raises(KeysLocked):
        fresh.signing_key()

    fresh.unlock("correct horse")

    assert public_key_b64(fresh.signing_key()) == card.signing_key
    assert str(fresh.age_identity()) == plain_identity
    assert verify_signature(card.signing_key, b"data", sign(fresh.signing_key(), b"data"))
    # unlocked for the process: another service on the same folder sees the keys
    assert public_key_b64(KeyService(services.uow, keys_dir).signing_key()) == card.signing_key


def test_a_key_file_from_another_site_is_refused(country: KeyService, services: Services,
                                                 other_services: Services) -> None:
    shutil.copyfile(other_services.paths.keys / "site_ed25519.pem", services.paths.keys / "site_ed25519.pem")

    with pytest.raises(KeyStoreError, match="does not belong to this site"):
        country.signing_key()


# --- command line ------------------------------------------------------------------------------

@pytest.fixture
def data_dirs(tmp_path: Path, template_database: Path) -> tuple[Path, Path]:
    """Two data folders (country, hub) opened and closed once, for the command line."""
    dirs = (tmp_path / "country", tmp_path / "hub")
    for data_dir in dirs:
        data_dir.mkdir()
        shutil.copyfile(template_database, data_dir / "mainstream.sqlite3")
    assert cli.main(["--data-dir", str(dirs[1]), "init", "--kind", "hub", "--site-name", "GMG hub"]) == 0
    return dirs


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean_failure(code: int, out: str, err: str) -> str:
    assert code == 1, (out, err)
    assert out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mainstream: "), err
    return lines[0]


def test_cli_show_export_trust_list_untrust(data_dirs: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    country, hub = (str(d) for d in data_dirs)
    card_file = tmp_path / "hub-card.json"

    code, out, err = run_cli(capsys, "--data-dir", hub, "keys", "show")
    assert code == 0, err
    shown = dict(line.split(":", 1) for line in out.splitlines())
    shown = {key.strip(): value.strip() for key, value in shown.items()}
    assert shown["name"] == "GMG hub" and shown["kind"] == "HUB" and shown["protected"] == "no"
    assert FINGERPRINT.match(shown["fingerprint"]) and shown["age recipient"].startswith("age1")

    code, out, err = run_cli(capsys, "--data-dir", hub, "keys", "export-card", "--out", str(card_file))
    assert code == 0, err
    card = read_card(card_file)
    assert card.site_id == shown["site id"] and card.fingerprint == shown["fingerprint"]

    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "trust", str(card_file),
                             "--workspace", "jam", "--workspace", "MDA", "--hub")
    assert code == 0, err
    assert "GMG hub" in out and card.fingerprint in out and "JAM, MDA" in out
    assert "by phone" in out

    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "list")
    assert code == 0, err
    assert out.splitlines() == [f"{card.site_id}\tGMG hub\tHUB\t{card.fingerprint}\tJAM,MDA\thub"]

    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "untrust", card.site_id)
    assert code == 0, err
    assert "no longer trusted: GMG hub" in out
    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "list")
    assert code == 0 and "no trusted sites" in out


def test_cli_refusals_exit_1_with_one_line(data_dirs: tuple[Path, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    country, hub = (str(d) for d in data_dirs)
    own_card, hub_card = tmp_path / "own.json", tmp_path / "hub.json"
    assert run_cli(capsys, "--data-dir", country, "keys", "export-card", "--out", str(own_card))[0] == 0
    assert run_cli(capsys, "--data-dir", hub, "keys", "export-card", "--out", str(hub_card))[0] == 0

    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "trust", str(own_card)))
    assert "own card" in line
    document = json.loads(hub_card.read_text(encoding="utf-8"))
    tampered = write_json(tmp_path / "tampered.json", document | {"name": "Evil hub", "fingerprint": "0" * 39})
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "trust", str(tampered)))
    assert "fingerprint" in line
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "trust", str(hub_card),
                                         "--workspace", "not a code"))
    assert "workspace code" in line
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "untrust", str(uuid.uuid4())))
    assert "not in the trust list" in line
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "trust", str(tmp_path / "none")))
    assert "cannot read" in line

    assert run_cli(capsys, "--data-dir", country, "keys", "trust", str(hub_card), "--workspace", "JAM")[0] == 0
    rekeyed = card_with_key(read_card(hub_card), new_key_b64())
    write_card(tmp_path / "rekeyed.json", rekeyed)
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "trust",
                                         str(tmp_path / "rekeyed.json"), "--workspace", "JAM"))
    assert "changed" in line and rekeyed.fingerprint in line
    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "trust", str(tmp_path / "rekeyed.json"),
                             "--workspace", "JAM", "--replace-key")
    assert code == 0, err
    assert "replaced the signing key" in out and rekeyed.fingerprint in out


def test_cli_protect(data_dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    country = str(data_dirs[0])
    monkeypatch.delenv("MAINSTREAM_PASSPHRASE", raising=False)
    answers = iter(["one passphrase", "another one"])
    monkeypatch.setattr(cli_common.getpass, "getpass", lambda prompt="": next(answers))
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "protect"))
    assert "differ" in line

    monkeypatch.setenv("MAINSTREAM_PASSPHRASE", "")
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", country, "keys", "protect"))
    assert "empty" in line

    monkeypatch.setenv("MAINSTREAM_PASSPHRASE", "correct horse")
    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "protect")
    assert code == 0, err
    assert "protected" in out
    code, out, err = run_cli(capsys, "--data-dir", country, "keys", "show")
    assert code == 0 and "protected:     yes" in out
    assert (data_dirs[0] / "keys" / "site_ed25519.pem").read_bytes().startswith(b"-----BEGIN ENCRYPTED")


def test_cli_exchange_with_protected_keys_asks_for_the_passphrase(data_dirs: tuple[Path, Path], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Signing a bundle and opening one encrypted for this site need the private keys: with them
    protected, export, verify and import unlock them from $MAINSTREAM_PASSPHRASE or a prompt."""
    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths
    from mainstream_desktop.sync.exchange import ExchangeService

    country, hub = (str(d) for d in data_dirs)
    with_services = open_services(DataPaths(data_dirs[0]), actor="officer")
    try:
        with_services.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
    finally:
        with_services.close()
    cards = {name: tmp_path / f"{name}.json" for name in ("country", "hub")}
    for name, folder in (("country", country), ("hub", hub)):
        assert run_cli(capsys, "--data-dir", folder, "keys", "export-card", "--out", str(cards[name]))[0] == 0
    assert run_cli(capsys, "--data-dir", hub, "keys", "trust", str(cards["country"]), "--workspace", "KEN")[0] == 0
    monkeypatch.setenv("MAINSTREAM_PASSPHRASE", "correct horse")
    for folder in (country, hub):
        assert run_cli(capsys, "--data-dir", folder, "keys", "protect")[0] == 0

    for folder_path in data_dirs:  # as a new process would start: the keys unlocked by "protect" forgotten
        opened = open_services(DataPaths(folder_path), actor="officer")
        try:
            ExchangeService(opened.uow, opened.paths).keys.lock()
        finally:
            opened.close()
    bundle = tmp_path / "ken.mdbundle"
    code, out, err = run_cli(capsys, "--data-dir", country, "export", "KEN", "--out", str(bundle), "--full",
                             "--encrypt-to", str(cards["hub"]))
    assert code == 0, err

    monkeypatch.delenv("MAINSTREAM_PASSPHRASE")
    monkeypatch.setattr(cli_common.getpass, "getpass", lambda prompt="": (_ for _ in ()).throw(EOFError()))
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", hub, "verify", str(bundle)))
    assert "no passphrase given" in line and "MAINSTREAM_PASSPHRASE" in line
    monkeypatch.setattr(cli_common.getpass, "getpass", lambda prompt="": "wrong horse")
    line = assert_clean_failure(*run_cli(capsys, "--data-dir", hub, "import", str(bundle)))
    assert "wrong passphrase" in line
    monkeypatch.setattr(cli_common.getpass, "getpass", lambda prompt="": "correct horse")
    code, out, err = run_cli(capsys, "--data-dir", hub, "verify", str(bundle))
    assert code == 0 and "valid bundle" in out, err
    assert ", trusted for KEN\n" in out and "'import --dry-run' shows which would be accepted" in out
    code, out, err = run_cli(capsys, "--data-dir", hub, "import", str(bundle))
    assert code == 0 and "imported" in out, err


def test_cli_imports_several_bundles_in_turn_and_a_refused_one_does_not_stop_the_rest(
        data_dirs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hub with bundles from a USB stick: the first two applied in the order given, a damaged one
    refused on standard error without stopping the one after it, exit 3; all of them again: nothing to do."""
    from mainstream_desktop.core.dto import WorkspaceForm
    from mainstream_desktop.core.participation_specs import INSTITUTIONS
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths

    country, hub = (str(d) for d in data_dirs)
    card = tmp_path / "country.json"
    assert run_cli(capsys, "--data-dir", country, "keys", "export-card", "--out", str(card))[0] == 0
    assert run_cli(capsys, "--data-dir", hub, "keys", "trust", str(card), "--workspace", "KEN")[0] == 0
    bundles = []
    for number, name in enumerate(("Ministry of Labour", "Ministry of Health")):
        opened = open_services(DataPaths(data_dirs[0]), actor="officer")
        try:
            if number == 0:
                opened.workspaces.create(WorkspaceForm(code="KEN", country_iso3="KEN", title="Kenya pilot"))
            opened.records.save("KEN", INSTITUTIONS, {"name": name, "institution_type": "MINISTRY",
                                                      "government_level": "NATIONAL"})
        finally:
            opened.close()
        bundles.append(tmp_path / f"ken-{number}.mdbundle")
        assert run_cli(capsys, "--data-dir", country, "export", "KEN", "--out", str(bundles[-1]))[0] == 0
    damaged = tmp_path / "damaged.mdbundle"
    data = bytearray(bundles[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))

    code, out, err = run_cli(capsys, "--data-dir", hub, "import", str(bundles[0]), str(damaged), str(bundles[1]))
    assert code == 3 and "Traceback" not in err
    assert out.count("imported (backup") == 2 and "ken-0.mdbundle" in out and "ken-1.mdbundle" in out
    assert err.startswith("mainstream: damaged.mdbundle: the bundle") and err.rstrip().endswith(
        "1 of 3 bundles were not imported (see above)")
    opened = open_services(DataPaths(data_dirs[1]), actor="expert")
    try:
        names = {row.values["name"] for row in opened.records.rows("KEN", INSTITUTIONS)}
    finally:
        opened.close()
    assert {"Ministry of Labour", "Ministry of Health"} <= names

    code, out, err = run_cli(capsys, "--data-dir", hub, "import", "--json", str(bundles[1]), str(bundles[0]))
    assert code == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["file"]).name for r in reports] == ["ken-1.mdbundle", "ken-0.mdbundle"]
    assert all(r["already_imported_on"] and not r["applied"] for r in reports)

    code, out, err = run_cli(capsys, "--data-dir", hub, "import", "--json", str(damaged))
    assert code == 3 and "seal does not match" in err
    assert [json.loads(line) for line in out.splitlines()] == [
        {"file": str(damaged), "applied": False, "refused": err.strip().removeprefix("mainstream: ")}]

    code, out, err = run_cli(capsys, "--data-dir", hub, "exchange-status", "KEN")
    assert code == 0, err
    assert "trusted for KEN" in out and "ken-1.mdbundle" in out and "0 changes waiting, 0 rejected" in out
    code, out, err = run_cli(capsys, "--data-dir", hub, "exchange-status", "KEN", "--json")
    status = json.loads(out)
    assert [p["last_received_file"] for p in status["partners"]] == ["ken-1.mdbundle"]
    code, out, err = run_cli(capsys, "--data-dir", hub, "exchange-status", "XYZ")
    assert code == 1 and out == "" and "no workspace 'XYZ'" in err
