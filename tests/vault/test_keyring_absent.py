"""Where the system has no keystore (keyring's fail backend: a bare Linux tablet, a headless box),
the device secret is kept in the envelope, which says so; everything still works, and the PIN is
then all that protects the key. With a keystore, the secret is there and not in the envelope."""
from __future__ import annotations

import base64
import json

import pytest

from core import device_secret, unlocked, vault
from core.errors import QuittanceError
from tests.vault.conftest import make_encrypted_device


def test_without_a_keystore_the_secret_is_in_the_envelope_and_pins_work(tmp_path, no_keystore):
    assert not device_secret.keystore_available()
    path = tmp_path / "device.db"
    key, ids = make_encrypted_device(path)
    data = json.loads(vault.envelope_path(path).read_text())
    assert data["secret"]["store"] == "envelope"
    assert len(base64.b64decode(data["secret"]["value"])) == 32
    assert vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234") == key
    unlocked.forget(path)
    with pytest.raises(QuittanceError):
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "4321")


def test_with_a_keystore_the_secret_stays_out_of_the_envelope(tmp_path, keystore):
    assert device_secret.keystore_available()
    path = tmp_path / "device.db"
    key, ids = make_encrypted_device(path)
    data = json.loads(vault.envelope_path(path).read_text())
    assert data["secret"] == {"store": "keyring"}
    assert device_secret.SERVICE in keystore.path.read_text()
    assert vault.unlock_with_pin(path, ids["Mbuyi Tshala"], "5678") == key


def test_the_files_copied_to_a_computer_without_the_keystore_do_not_open(tmp_path, keystore):
    path = tmp_path / "device.db"
    _key, ids = make_encrypted_device(path)
    unlocked.forget(path)
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # another computer: the same files, not the same keystore
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")  # even the right PIN
    assert refused.value.code == "vault_device_secret_missing"
    assert "trousseau" in refused.value.message("fr")


def test_initialised_twice_keeps_one_keystore_entry(tmp_path, keystore):
    """The store makes the envelope when it creates the file, `initialise` again with the agents."""
    path = tmp_path / "device.db"
    path.write_bytes(b"\x07" * 4096)
    vault.on_initialised(path, b"k" * 32, [], open_wrap=True)
    vault.on_initialised(path, b"k" * 32, [("a1", "Ilunga Kabeya", "1234")], open_wrap=False)
    assert keystore.path.read_text().count(device_secret.SERVICE) == 1
    unlocked.forget(path)
    assert vault.key_without_asking(path) is None  # no open wrap left
    assert vault.unlock_with_pin(path, "a1", "1234") == b"k" * 32
