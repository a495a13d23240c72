"""A wrong PIN cannot open the database: it gets no key, and nothing else opens the file."""
from __future__ import annotations

import pytest

from core import unlocked, vault
from core.errors import QuittanceError
from core.service import Ledger
from tests.vault.conftest import encrypted_copy, open_encrypted


def test_right_pin_gives_the_key_that_opens_the_encrypted_file(device):
    path, key, ids = device
    cipher = encrypted_copy(path, key)
    assert vault.is_encrypted(cipher) and vault.is_encrypted(path)  # the device's own store is SQLCipher
    unlocked_key = vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert unlocked_key == key
    assert open_encrypted(cipher, unlocked_key) == [("T07-2026-000001",)]
    ledger = Ledger.open(path)  # the device's database, opened with the key the PIN gave
    try:
        assert {agent.name for agent in ledger.agents()} == {"Ilunga Kabeya", "Mbuyi Tshala"}
    finally:
        ledger.close()
    assert unlocked.recall(path) == key  # remembered for this process only


def test_wrong_pin_gets_no_key_and_the_file_stays_shut(device):
    path, key, ids = device
    cipher = encrypted_copy(path, key)
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "4321")
    assert refused.value.code == "vault_wrong_pin"
    assert refused.value.message("fr").startswith("Code PIN erroné. Encore 9 code(s)")
    assert unlocked.recall(path) is None
    import sqlcipher3

    for guess in (b"\0" * 32, bytes(reversed(key))):  # without the key, the file is noise
        with pytest.raises(sqlcipher3.DatabaseError):
            open_encrypted(cipher, guess)


def test_another_agents_pin_does_not_open_this_agents_wrap(device):
    path, _key, ids = device
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "5678")  # Mbuyi's PIN
    assert refused.value.code == "vault_wrong_pin"


def test_the_envelope_holds_no_key_and_no_pin_in_clear(device):
    path, key, _ids = device
    text = vault.envelope_path(path).read_text()
    assert key.hex() not in text and "1234" not in text and "5678" not in text
    assert oct(vault.envelope_path(path).stat().st_mode & 0o777) == "0o600"


def test_a_pin_in_the_environment_opens_it_for_scripts_and_a_wrong_one_counts(device, monkeypatch):
    path, key, ids = device
    monkeypatch.setenv("QUITTANCE_PIN", "5678")
    assert vault.key_without_asking(path) == key
    unlocked.forget(path)
    monkeypatch.setenv("QUITTANCE_PIN", "0000")
    with pytest.raises(QuittanceError) as refused:
        vault.key_without_asking(path)
    assert refused.value.code == "vault_wrong_pin" and refused.value.params["tries_left"] == 9
    monkeypatch.setenv("QUITTANCE_AGENT", "Mbuyi Tshala")
    monkeypatch.setenv("QUITTANCE_PIN", "1234")  # Ilunga's PIN, Mbuyi named: refused
    with pytest.raises(QuittanceError):
        vault.key_without_asking(path)
    monkeypatch.delenv("QUITTANCE_PIN")
    assert vault.key_without_asking(path) is None  # nobody typed anything: no key


def test_open_wrap_of_a_device_with_no_pin_yet(tmp_path, keystore):
    path = tmp_path / "demo.db"
    path.write_bytes(b"\x07" * 4096)
    vault.on_initialised(path, b"k" * 32, [("a1", "Demo", None)], open_wrap=True)
    unlocked.forget(path)
    assert vault.key_without_asking(path) == b"k" * 32
    assert vault.agents_listed(path) == []
