"""An edited, deleted or truncated key envelope is a clear refusal, never a traceback nor a key,
and the database is not touched; a supervisor's recovery rewrites an edited one."""
from __future__ import annotations

import hashlib
import json

import pytest

from core import unlocked, vault
from core.errors import QuittanceError
from core.vault_crypto import new_recovery_key
from tests.cli_support import run
from tests.vault.conftest import encrypted_copy, keystore_env

PASSPHRASE = "la commune de Kananga"


def _sha(path) -> str:  # noqa: ANN001
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def recoverable(device):  # noqa: ANN001, ANN201
    path, key, ids = device
    pem, public = new_recovery_key(PASSPHRASE)
    vault.set_recovery_key(path, key, public)
    unlocked.forget(path)
    return path, key, ids, pem


def _edit(path, change) -> None:  # noqa: ANN001
    envelope = vault.envelope_path(path)
    data = json.loads(envelope.read_text())
    change(data)
    envelope.write_text(json.dumps(data))


def test_a_reset_count_of_wrong_pins_is_refused(recoverable):
    path, key, ids, pem = recoverable
    for _ in range(3):
        with pytest.raises(QuittanceError):
            vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "0000")
    _edit(path, lambda data: data.update(wrong_pins=0))  # a thief's way round the lockout
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert refused.value.code == "vault_envelope_damaged"
    assert "récupération par un superviseur" in refused.value.message("fr")
    assert vault.unlock_with_recovery(path, pem, PASSPHRASE) == key  # recovery rewrites it
    unlocked.forget(path)
    with pytest.raises(QuittanceError) as refused:  # an edited envelope's wraps are not trusted again
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert refused.value.code == "vault_no_wrap"


@pytest.mark.parametrize("edit", [
    lambda data: data["agents"][0].update(name="Quelqu'un d'autre"),
    lambda data: data["agents"][0].update(data=data["agents"][1]["data"]),
    lambda data: data.update(locked=False, mac="0" * 64),
])
def test_edited_envelope_gives_no_key(recoverable, edit):
    path, _key, ids, _pem = recoverable
    _edit(path, edit)
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert refused.value.code == "vault_envelope_damaged"
    assert unlocked.recall(path) is None


def test_truncated_and_garbage_envelopes(recoverable):
    path, _key, ids, _pem = recoverable
    envelope = vault.envelope_path(path)
    whole = envelope.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"", b"\xff\xfe not json", b"[]"):
        envelope.write_bytes(damaged)
        with pytest.raises(QuittanceError) as refused:
            vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
        assert refused.value.code == "vault_envelope_damaged"
        assert str(envelope) in refused.value.message("en")


def test_deleted_envelope_of_an_encrypted_database(recoverable, keystore):
    path, key, _ids, pem = recoverable
    cipher = encrypted_copy(path, key)
    before = _sha(cipher)
    vault.envelope_path(path).rename(vault.envelope_path(cipher))  # the encrypted file's own envelope
    vault.envelope_path(cipher).unlink()  # ... deleted
    with pytest.raises(QuittanceError) as refused:
        vault.key_without_asking(cipher)
    assert refused.value.code == "vault_envelope_missing"
    assert "sauvegarde" in refused.value.message("fr")
    key_file = path.with_name("recovery.pem")
    key_file.write_bytes(pem)
    env = {**keystore_env(keystore), "QUITTANCE_NEW_PIN": "86420", "LANGUAGE": "en"}
    for argv, pin in ((("pin", "change", "--as", "Ilunga Kabeya"), "1234"),
                      (("recover", "--key", key_file, "--as", "Ilunga Kabeya"), None)):
        result = run("--db", cipher, *argv, pin=pin, env={**env, "QUITTANCE_RECOVERY_PASSPHRASE": PASSPHRASE})
        assert result.returncode == 2 and f"The key file {cipher}.keys is missing" in result.stderr
    assert _sha(cipher) == before


def test_a_newer_envelope_version_says_update(device):
    path, _key, ids = device
    _edit(path, lambda data: data.update(version=2))
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, ids["Ilunga Kabeya"], "1234")
    assert refused.value.code == "vault_envelope_version"
