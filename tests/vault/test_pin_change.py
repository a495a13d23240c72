"""A PIN change wraps the key again and never re-encrypts the database: its bytes are the same
after `quittance pin change`, and the old PIN no longer opens it."""
from __future__ import annotations

import hashlib

import pytest

from core import unlocked, vault
from core.auth import login
from core.errors import QuittanceError
from core.pin_change import change_agent_pin
from core.service import Ledger
from core.store import Store
from tests.cli_support import run
from tests.conftest import make_ledger
from tests.vault.conftest import encrypted_copy, keystore_env, open_encrypted


def _digest(path) -> str:  # noqa: ANN001
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pin_change_command_rewraps_only(device, keystore):
    path, key, ids = device
    cipher = encrypted_copy(path, key)
    before = {p.name: _digest(p) for p in (path, cipher)}
    envelope_before = vault.envelope_path(path).read_bytes()
    result = run("--db", path, "pin", "change", "--as", "Ilunga Kabeya", pin="1234",
                 env={**keystore_env(keystore), "QUITTANCE_NEW_PIN": "86420", "LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("PIN of Ilunga Kabeya changed: the key was wrapped again; "
                                     "the database itself was not rewritten.")
    assert {p.name: _digest(p) for p in (path, cipher)} == before  # not a byte of either database
    assert vault.envelope_path(path).read_bytes() != envelope_before
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert refused.value.code == "vault_wrong_pin"
    new_key = vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "86420")
    assert new_key == key and open_encrypted(cipher, new_key) == [("T07-2026-000001",)]
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "5678") == key  # the colleague's PIN is untouched
    ledger = Ledger.open(path)  # the app's login follows the agent's wrap, not the old hash
    try:
        assert not login(ledger, ids["Ilunga Kabeya"], "1234").ok
        assert login(ledger, ids["Ilunga Kabeya"], "86420").ok
    finally:
        ledger.close()


def test_a_wrong_current_pin_changes_nothing(device, keystore):
    path, _key, ids = device
    envelope_before = vault.envelope_path(path).read_bytes()
    result = run("--db", path, "pin", "change", "--as", "Ilunga Kabeya", pin="4321",
                 env={**keystore_env(keystore), "QUITTANCE_NEW_PIN": "86420", "LANGUAGE": "pt"})
    assert result.returncode == 2 and "PIN errado. Mais 9 PIN(s)" in result.stderr
    assert vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert vault.envelope_path(path).read_bytes() == envelope_before  # the count moved, and the right PIN cleared it


def test_no_new_pin_and_no_terminal_is_a_clear_refusal(device, keystore):
    path, _key, _ids = device
    result = run("--db", path, "pin", "change", "--as", "Ilunga Kabeya", pin="1234",
                 env={**keystore_env(keystore), "LANGUAGE": "fr"})
    assert result.returncode == 2
    assert "Donnez le nouveau code PIN dans QUITTANCE_NEW_PIN" in result.stderr


def test_the_app_changes_a_pin_with_the_database_open(device):
    path, key, ids = device
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "5678") == key
    ledger = Ledger.open(path)
    try:
        with pytest.raises(QuittanceError) as refused:
            change_agent_pin(ledger, ids["Mbuyi Tshala"], "97531", old_pin="0000")
        assert refused.value.code == "cli_pin_wrong"
        change_agent_pin(ledger, ids["Mbuyi Tshala"], "97531", old_pin="5678")
    finally:
        ledger.close()
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "97531") == key


def test_a_plain_device_changes_the_pin_hash(tmp_path):
    path = tmp_path / "plain.db"
    Ledger(Store(path, create=True, plain=True)).close()  # as an older version left it: plain
    make_ledger(path).close()
    assert not vault.is_encrypted(path)
    result = run("--db", path, "pin", "change", "--as", "Mbuyi Tshala", pin="5678",
                 env={"QUITTANCE_NEW_PIN": "97531"})
    assert result.returncode == 0, result.stderr
    ledger = Ledger.open(path)
    try:
        mbuyi = ledger.find_agent("Mbuyi Tshala").id
        assert ledger.check_pin(mbuyi, "97531") and not ledger.check_pin(mbuyi, "5678")
    finally:
        ledger.close()
    assert not vault.envelope_path(path).exists()
