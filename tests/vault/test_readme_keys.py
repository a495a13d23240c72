"""The README's "PINs, keys and recovery" blocks, run as written on a real terminal: the server
makes the recovery key and sets the PIN policy; on a device enrolled afterwards and locked by
wrong PINs, `recover` opens it, and `pin change` changes a PIN under the pulled policy."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from core import unlocked, vault
from core.auth import login
from core.errors import QuittanceError
from tests.readme_blocks import command_lines, readme_block
from tests.readme_terminal import run_on_terminal
from tests.sync_e2e.support import in_process, sync
from tests.vault.conftest import fresh_device, keystore_env

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "le trésorier garde la clé"


def _launcher(name: str) -> str:
    local = ROOT / ".venv" / "bin" / name
    if local.exists():
        return str(local)
    if os.environ.get("CI") == "true":
        pytest.fail(f"`make test` creates .venv/bin/{name}; it is missing")
    return str(Path(sys.executable).parent / name)


def _lines(containing: str) -> list[str]:
    return [line.split("  #")[0].rstrip().replace(".venv/bin/quittance-server", _launcher("quittance-server"))
            .replace(".venv/bin/quittance ", _launcher("quittance") + " ")
            for line in command_lines(readme_block(containing))]


def test_the_keys_blocks_work_as_written(tmp_path, keystore):
    from tests.server.support import TEST_CONFIG, Server

    data = tmp_path / "server-data"
    env = {**os.environ, **keystore_env(keystore), "QUITTANCE_SERVER_DATA": str(data), "TERM": "dumb",
           "LANGUAGE": "en"}
    env.pop("QUITTANCE_DATABASE_URL", None)
    env.pop("QUITTANCE_PIN", None)
    server = Server.start(data, f"sqlite:///{data / 'server.db'}", TEST_CONFIG)
    try:
        create, policy = _lines("recovery-key create --out recovery-key.pem")
        status, shown = run_on_terminal(create, tmp_path, env, {
            "Passphrase for the recovery key (12 characters or more):": PASSPHRASE,
            "The same passphrase again:": PASSPHRASE})
        assert status == 0, shown
        assert PASSPHRASE not in shown and "Keep it offline" in shown
        assert (tmp_path / "recovery-key.pem").stat().st_mode & 0o777 == 0o600
        status, shown = run_on_terminal(policy, tmp_path, env, {})
        assert status == 0 and "at least 6 characters" in shown, shown

        ledger, key = fresh_device(tmp_path / "device.db", server)  # enrolled after: gets the recovery key
        ilunga = server.agent_id("Ilunga Kabeya")
        try:
            sync(ledger, in_process(server))
            assert login(ledger, ilunga, "1234").ok
        finally:
            ledger.close()
        unlocked.forget(tmp_path / "device.db")
        for _ in range(vault.MAX_WRONG_PINS):
            with pytest.raises(QuittanceError):
                vault.unlock_with_pin(tmp_path / "device.db", ilunga, "0000")

        change, recover = _lines("pin change --as")
        status, shown = run_on_terminal(recover, tmp_path, env, {
            "Passphrase of the recovery key:": PASSPHRASE, "New PIN for Ilunga Kabeya:": "135792",
            "New PIN again:": "135792"})
        assert status == 0 and "Device recovered" in shown, shown
        status, shown = run_on_terminal(change, tmp_path, env, {
            "Current PIN for Ilunga Kabeya:": "135792", "New PIN for Ilunga Kabeya:": "1357",
            "New PIN again:": "1357"})
        assert status == 2 and "at least 6 characters" in shown, shown  # the pulled policy holds
        status, shown = run_on_terminal(change, tmp_path, env, {
            "Current PIN for Ilunga Kabeya:": "135792", "New PIN for Ilunga Kabeya:": "864213",
            "New PIN again:": "864213"})
        assert status == 0 and "PIN of Ilunga Kabeya changed" in shown, shown
        assert vault.unlock_with_pin(tmp_path / "device.db", ilunga, "864213") == key
    finally:
        server.close()
