"""After ten wrong PINs in a row, across agents and whichever way they were typed, the device locks:
even the right PIN is refused until a supervisor's recovery, which clears the count."""
from __future__ import annotations

import pytest

from core import unlocked, vault
from core.auth import login
from core.errors import QuittanceError
from core.service import Ledger
from core.vault_crypto import new_recovery_key
from tests.cli_support import run
from tests.vault.conftest import keystore_env

PASSPHRASE = "correct horse battery staple"


def _give_recovery(path, key) -> bytes:  # noqa: ANN001
    pem, public = new_recovery_key(PASSPHRASE)
    assert vault.set_recovery_key(path, key, public)
    return pem


def test_ten_wrong_pins_across_agents_and_ways_lock_the_device(device, keystore, monkeypatch):
    path, key, ids = device
    pem = _give_recovery(path, key)
    unlocked.forget(path)
    for n in range(4):  # the unlock screen, two agents
        agent = ids["Ilunga Kabeya"] if n % 2 else ids["Mbuyi Tshala"]
        with pytest.raises(QuittanceError) as refused:
            vault.unlock_with_pin(path, agent, f"99{n}9")
        assert refused.value.params["tries_left"] == 9 - n
    monkeypatch.setenv("QUITTANCE_PIN", "0000")  # a script's wrong PIN
    with pytest.raises(QuittanceError):
        vault.key_without_asking(path)
    monkeypatch.delenv("QUITTANCE_PIN")
    # the app's login against the database's hash, while it is open (an agent unlocked it earlier)
    ledger = Ledger.open(path, key=key)
    try:
        for _ in range(3):
            assert not login(ledger, ids["Mbuyi Tshala"], "1111").ok
    finally:
        ledger.close()
    # the command line, a real subprocess: its wrong PIN counts as well
    result = run("--db", path, "pin", "change", "--as", "Ilunga Kabeya", pin="2222",
                 env={**keystore_env(keystore), "QUITTANCE_NEW_PIN": "246810", "LANGUAGE": "fr"})
    assert result.returncode == 2, result.stderr
    assert "Code PIN erroné. Encore 1 code(s) erroné(s) sur cet appareil" in result.stderr
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "3333")  # the tenth
    assert refused.value.code == "vault_device_locked"
    assert vault.is_locked(path)
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")  # the right PIN, too late
    assert refused.value.code == "vault_device_locked"
    assert "superviseur" in refused.value.message("fr")
    with pytest.raises(QuittanceError):
        vault.key_without_asking(path)
    assert unlocked.recall(path) is None
    ledger = Ledger.open(path, key=key)  # still open in the app when the device locked
    try:
        result = login(ledger, ids["Ilunga Kabeya"], "1234")
        assert not result.ok and result.device_locked
    finally:
        ledger.close()
    # only the recovery opens it, and the count starts again from nothing
    assert vault.unlock_with_recovery(path, pem, PASSPHRASE) == key
    assert not vault.is_locked(path)
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234") == key
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "0000")
    assert refused.value.params["tries_left"] == 9


def test_a_right_pin_before_the_tenth_clears_the_count(device):
    path, key, ids = device
    for _ in range(9):
        with pytest.raises(QuittanceError):
            vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "0000")
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "5678") == key
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "0000")
    assert refused.value.params["tries_left"] == 9


def test_the_agents_own_five_minute_lock_still_holds(device):
    path, key, ids = device
    ledger = Ledger.open(path, key=key)  # open in the app: another agent unlocked it
    try:
        for _ in range(5):
            result = login(ledger, ids["Ilunga Kabeya"], "0000")
        assert result.locked_until is not None and not result.device_locked
        assert not login(ledger, ids["Ilunga Kabeya"], "1234").ok  # locked for five minutes
        assert login(ledger, ids["Mbuyi Tshala"], "5678").ok  # the device is not locked
    finally:
        ledger.close()
