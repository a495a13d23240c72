"""Recovery end to end: the server makes the municipality's recovery key (a real `quittance-server`
process), a device enrolls and wraps its key for it, its agents lock it with wrong PINs, and a
supervisor's `quittance recover` (a real process) opens it, clears the lockout and sets a new PIN.
Nobody else can: a wrong passphrase, another municipality's key, and an edited wrap are refused."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from core import unlocked, vault
from core.errors import QuittanceError
from core.vault_crypto import new_recovery_key
from sync.server.db import reading
from sync.server.schema import recovery_keys
from tests.cli_support import REPO, run
from tests.vault.conftest import fresh_device, keystore_env

PASSPHRASE = "la mairie garde cette phrase"


def _server_cli(server, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:  # noqa: ANN001
    data = server.settings.data_dir
    return subprocess.run([sys.executable, "-m", "sync.server.cli", "--data", str(data), *argv], cwd=REPO,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **(env or {})},
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)


def _lock(path, agent_id) -> None:  # noqa: ANN001
    for _ in range(vault.MAX_WRONG_PINS):
        with pytest.raises(QuittanceError):
            vault.unlock_with_pin(path, agent_id, "0000")
    assert vault.is_locked(path)


@pytest.fixture
def recovery_file(server, tmp_path):  # noqa: ANN001, ANN201
    out = tmp_path / "recovery-key.pem"
    made = _server_cli(server, "recovery-key", "create", "--out", str(out), "--json",
                       env={"QUITTANCE_RECOVERY_PASSPHRASE": PASSPHRASE})
    assert made.returncode == 0, made.stderr
    public = json.loads(made.stdout)["public_key"]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert b"ENCRYPTED PRIVATE KEY" in out.read_bytes()
    with reading(server.engine) as conn:  # the server keeps the public half only
        assert conn.execute(select(recovery_keys.c.public_key)).scalars().all() == [public]
    return out, public


def test_a_locked_device_is_recovered_by_the_supervisor(tmp_path, server, keystore, recovery_file):
    out, public = recovery_file
    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    ilunga = server.agent_id("Ilunga Kabeya")
    from core.auth import login

    assert login(ledger, ilunga, "1234").ok
    ledger.close()
    assert vault.recovery_public_key(path) == public  # from the enrollment answer, wrapped at once
    unlocked.forget(path)
    _lock(path, ilunga)
    env = {**keystore_env(keystore), "LANGUAGE": "fr"}
    refused = run("--db", path, "recover", "--key", out, "--as", "Ilunga Kabeya", pin=None,
                  env={**env, "QUITTANCE_RECOVERY_PASSPHRASE": "pas la bonne phrase", "QUITTANCE_NEW_PIN": "97531"})
    assert refused.returncode == 2 and "clé de récupération" in refused.stderr
    assert vault.is_locked(path)
    done = run("--db", path, "recover", "--key", out, "--as", "Ilunga Kabeya", pin=None,
               env={**env, "QUITTANCE_RECOVERY_PASSPHRASE": PASSPHRASE, "QUITTANCE_NEW_PIN": "97531"})
    assert done.returncode == 0, done.stderr
    assert "Appareil récupéré" in done.stdout and "Ilunga Kabeya" in done.stdout
    assert not vault.is_locked(path)
    assert vault.unlock_with_pin(path, ilunga, "97531") == key
    with pytest.raises(QuittanceError):
        vault.unlock_with_pin(path, ilunga, "1234")


def test_recovery_after_every_agent_is_gone_and_the_keystore_lost(tmp_path, server, keystore, recovery_file):
    out, _public = recovery_file
    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    from core.auth import login

    assert login(ledger, server.agent_id("Ilunga Kabeya"), "1234").ok
    ledger.close()
    unlocked.forget(path)
    keystore.path.unlink()  # a reinstalled system: the device secret is gone with the keystore
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_pin(path, server.agent_id("Ilunga Kabeya"), "1234")
    assert refused.value.code == "vault_device_secret_missing"
    done = run("--db", path, "recover", "--key", out, "--as", "Mbuyi Tshala", "--json", pin=None,
               env={**keystore_env(keystore), "QUITTANCE_RECOVERY_PASSPHRASE": PASSPHRASE,
                    "QUITTANCE_NEW_PIN": "24680"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"agent": "Mbuyi Tshala", "recovered": True}
    mbuyi = server.agent_id("Mbuyi Tshala")
    assert vault.agents_listed(path) == [(mbuyi, "Mbuyi Tshala")]  # the old wraps went with the old secret
    assert vault.unlock_with_pin(path, mbuyi, "24680") == key


def test_nobody_else_can_recover(tmp_path, server, keystore, recovery_file):
    out, _public = recovery_file
    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    ledger.close()
    unlocked.forget(path)
    other_pem, _other_public = new_recovery_key("une autre commune, une autre clé")
    for pem, passphrase in ((other_pem, "une autre commune, une autre clé"), (out.read_bytes(), "wrong"),
                            (b"not a key", PASSPHRASE)):
        with pytest.raises(QuittanceError) as refused:
            vault.unlock_with_recovery(path, pem, passphrase)
        assert refused.value.code == "vault_recovery_refused"
    assert unlocked.recall(path) is None
    assert vault.unlock_with_recovery(path, out.read_bytes(), PASSPHRASE) == key


def test_a_device_enrolled_without_a_recovery_key_says_so(tmp_path, server, keystore):
    path = tmp_path / "device.db"
    ledger, _key = fresh_device(path, server)
    ledger.close()
    pem, _public = new_recovery_key(PASSPHRASE)
    with pytest.raises(QuittanceError) as refused:
        vault.unlock_with_recovery(path, pem, PASSPHRASE)
    assert refused.value.code == "vault_no_recovery"


def test_an_envelope_made_after_enrollment_gets_the_recovery_wrap_at_next_login(tmp_path, server, keystore,
                                                                                 recovery_file):
    from core.auth import login
    from sync.client.enroll import enroll_ledger
    from tests.server.support import make_device
    from tests.sync_e2e.support import in_process, quick_backoff

    out, public = recovery_file
    from core.service import Ledger
    from core.store import Store

    path = tmp_path / "device.db"
    Ledger(Store(path, create=True, plain=True)).close()  # as an older version left it: plain
    ledger = make_device(path, server, "T07")  # enrolled as a plain database, no envelope yet
    enroll_ledger(ledger, "http://testserver", server.enrollment_code("T07", ("Ilunga Kabeya",)),
                  transport=in_process(server), backoff=quick_backoff())
    assert not vault.has_envelope(path) and not vault.is_encrypted(path)
    key = ledger.store.encrypt_in_place(None, [], open_wrap=True)  # encrypted later (the store's migration)
    assert vault.is_encrypted(path)
    assert vault.recovery_public_key(path) is None
    try:
        assert login(ledger, server.agent_id("Ilunga Kabeya"), "1234").ok
    finally:
        ledger.close()
    assert vault.recovery_public_key(path) == public
    unlocked.forget(path)
    assert vault.unlock_with_recovery(path, out.read_bytes(), PASSPHRASE) == key


def test_recovery_key_create_refuses_a_short_passphrase_and_an_existing_file(server, tmp_path):
    out = tmp_path / "key.pem"
    short = _server_cli(server, "recovery-key", "create", "--out", str(out),
                        env={"QUITTANCE_RECOVERY_PASSPHRASE": "court"})
    assert short.returncode == 2 and "at least 12 characters" in short.stderr and not out.exists()
    out.write_text("the treasurer's other key")
    again = _server_cli(server, "recovery-key", "create", "--out", str(out),
                        env={"QUITTANCE_RECOVERY_PASSPHRASE": PASSPHRASE})
    assert again.returncode == 2 and "never written over another" in again.stderr
    assert out.read_text() == "the treasurer's other key"
    no_terminal = _server_cli(server, "recovery-key", "create", "--out", str(tmp_path / "new.pem"))
    assert no_terminal.returncode == 2 and "QUITTANCE_RECOVERY_PASSPHRASE" in no_terminal.stderr
    shown = _server_cli(server, "recovery-key", "show")
    assert "No recovery key yet" in shown.stdout
