"""The municipality can require longer PINs or a passphrase: set on the server, pulled by the
device with the municipality's configuration, enforced at every PIN set or change."""
from __future__ import annotations

import subprocess
import sys

import pytest

from core import unlocked, vault
from core.auth import login
from core.errors import QuittanceError
from core.pin_change import change_agent_pin
from core.pin_policy import PinPolicy, check_strength
from tests.cli_support import REPO, run
from tests.sync_e2e.support import in_process, sync
from tests.vault.conftest import fresh_device, keystore_env


def _policy(server, *argv: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    return subprocess.run([sys.executable, "-m", "sync.server.cli", "--data", str(server.settings.data_dir),
                           "pin-policy", *argv], cwd=REPO, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)


def test_a_longer_pin_required_by_the_server_reaches_the_device(tmp_path, server, keystore):
    path = tmp_path / "device.db"
    ledger, key = fresh_device(path, server)
    ilunga = server.agent_id("Ilunga Kabeya")
    try:
        assert login(ledger, ilunga, "1234").ok  # today's 4-digit PIN still opens: the policy is for new PINs
        done = _policy(server, "set", "--min-length", "6")
        assert done.returncode == 0, done.stderr
        assert "at least 6 characters" in done.stdout
        sync(ledger, in_process(server))
        assert ledger.municipality.pin_min_length == 6
        with pytest.raises(QuittanceError) as refused:
            change_agent_pin(ledger, ilunga, "2468", old_pin="1234")
        assert refused.value.code == "vault_pin_too_weak"
        assert refused.value.message("fr") == ("Ce code PIN est trop faible : la commune exige au moins 6 "
                                               "caractères, pas tous identiques.")
        assert refused.value.message("en").startswith("This PIN is too weak: the municipality requires at least 6")
        assert refused.value.message("pt").startswith("Este PIN é demasiado fraco: o município exige pelo menos 6")
        assert login(ledger, ilunga, "1234").ok  # the refusal lost nothing: the old PIN still works
        change_agent_pin(ledger, ilunga, "246813", old_pin="1234")
    finally:
        ledger.close()
    unlocked.forget(path)
    assert vault.unlock_with_pin(path, ilunga, "246813") == key
    # the command line, before the database is open, enforces the policy the device last saw
    result = run("--db", path, "pin", "change", "--as", "Ilunga Kabeya", pin="246813",
                 env={**keystore_env(keystore), "QUITTANCE_NEW_PIN": "1357", "LANGUAGE": "en"})
    assert result.returncode == 2 and "at least 6 characters" in result.stderr
    assert vault.unlock_with_pin(path, ilunga, "246813") == key


def test_a_passphrase_policy(tmp_path, server, keystore):
    path = tmp_path / "device.db"
    ledger, _key = fresh_device(path, server)
    mbuyi = server.agent_id("Mbuyi Tshala")
    try:
        assert _policy(server, "set", "--passphrase").returncode == 0
        shown = _policy(server, "show")
        assert "a passphrase of at least 4 characters (12 at least for a passphrase)" in shown.stdout
        sync(ledger, in_process(server))
        assert ledger.municipality.pin_passphrase is True
        for weak in ("975318642097", "court"):
            with pytest.raises(QuittanceError) as refused:
                change_agent_pin(ledger, mbuyi, weak, old_pin="5678")
            assert refused.value.code == "vault_passphrase_too_weak"
            assert "phrase de passe" in refused.value.message("fr")
        change_agent_pin(ledger, mbuyi, "manioc pluie marché", old_pin="5678")
        assert login(ledger, mbuyi, "manioc pluie marché").ok
    finally:
        ledger.close()


def test_the_server_refuses_a_policy_out_of_bounds(server):
    done = _policy(server, "set", "--min-length", "2")
    assert done.returncode == 2 and "between 4 and 64" in done.stderr


@pytest.mark.parametrize("pin, policy, ok", [
    ("1234", PinPolicy(), True), ("1111", PinPolicy(), False), ("123", PinPolicy(), False),
    ("12345678", PinPolicy(8), True), ("1234567", PinPolicy(8), False),
    ("deux mots ici", PinPolicy(4, True), True), ("123456789012", PinPolicy(4, True), False),
])
def test_strength_rules(pin, policy, ok):
    if ok:
        check_strength(pin, policy)
    else:
        with pytest.raises(QuittanceError):
            check_strength(pin, policy)
