"""An encrypted device for the unlock screens' tests: the real encrypted store with the demo's
agents and a third (as if pulled from the server: a PIN the server knows, no key on this device
yet), its real key envelope, a recovery key file, and the real start-up flow
(desktop/start_flow.py) over it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core import unlocked, vault
from core.service import Ledger
from tests.ui.conftest import NMEA_LOG, WAIT_MS

# Wrong PINs in a row that lock the device: the vault's own number.
LOCK_AFTER = vault.MAX_WRONG_PINS

PULLED = ("Tshibola Mukendi", "2468")
PASSPHRASE = "mairie de Kananga 2026"


@dataclass
class Device:
    path: Path
    agents: dict[str, tuple[str, str]]  # name -> (agent id, PIN)
    recovery_file: Path
    flows: list = field(default_factory=list)

    def id_of(self, name: str) -> str:
        return self.agents[name][0]


def prepare(tmp_path: Path, receipt_file: Path, monkeypatch: pytest.MonkeyPatch, *,
            open_wrap: bool = False) -> Device:
    for name in ("QUITTANCE_PIN", "QUITTANCE_AGENT"):
        monkeypatch.delenv(name, raising=False)  # nobody types a PIN in advance here
    return _real_device(tmp_path, receipt_file, open_wrap=open_wrap)


def _settings(ledger: Ledger, receipt_file: Path, demo: bool) -> None:
    ledger.save_setting("printer", {"uri": receipt_file.as_uri(), "profile": "generic-58"})
    ledger.save_setting("gps", {"source": "file", "file": str(NMEA_LOG), "replay_interval_ms": 20,
                                "threshold_m": 10.0, "uere_m": 5.0})
    if not demo:
        ledger.save_setting("demo", False)  # a town's device: no demo banner, its PINs its own


def _agents(ledger: Ledger) -> dict[str, tuple[str, str]]:
    pins = {"Ilunga Kabeya": "1234", "Mbuyi Tshala": "5678", PULLED[0]: PULLED[1]}
    return {a.name: (a.id, pins[a.name]) for a in ledger.agents()}


def _real_device(tmp_path: Path, receipt_file: Path, *, open_wrap: bool) -> Device:
    """The real encrypted store and key envelope: a device initialised with the demo's two agents
    (each wrapped under their PIN), a third arriving as the server sends agents (a PIN hash, no
    wrap here), and the municipality's recovery key (core/vault_crypto, as `quittance-server
    recovery create` makes it) handed to the envelope as enrollment does."""
    from core import reference
    from core.config import hash_pin
    from core.demo import DEMO_AGENTS, demo_municipality, ensure_demo
    from core.ids import new_id
    from core.vault_crypto import new_recovery_key

    path = tmp_path / "device.db"
    if open_wrap:
        ledger = ensure_demo(path, taxpayers=200)
    else:
        ledger = Ledger.open(path, create=True)
        ledger.initialise(demo_municipality(), "T07", DEMO_AGENTS)
    _settings(ledger, receipt_file, open_wrap)
    with ledger.store.transaction() as conn:
        reference.apply_server_records(conn, [reference.agent_record(new_id(), PULLED[0], hash_pin(PULLED[1]))])
    agents = _agents(ledger)
    pem, public = new_recovery_key(PASSPHRASE)
    vault.set_recovery_key(path, ledger.store.key, public)
    ledger.close()
    recovery_file = tmp_path / "kananga-recovery.pem"
    recovery_file.write_bytes(pem)
    unlocked.forget(path)
    return Device(path, agents, recovery_file)


def start(device: Device, clock, **options):  # noqa: ANN001, ANN201
    from desktop.app import application
    from desktop.start_flow import StartFlow

    application()  # themed, as `run_gui` makes it before the flow starts
    flow = StartFlow(device.path, clock=clock, env={"LANG": "fr_FR.UTF-8"}, **options)
    device.flows.append(flow)
    assert flow.start() is None
    return flow


def finish(device: Device) -> None:
    for flow in device.flows:
        flow.close()


def tap_agent(qtbot, tiles, name: str) -> None:  # noqa: ANN001
    tile = next(b for b in tiles.buttons.values() if b.text() == name)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)


def unlock_as(qtbot, flow, name: str, pin: str) -> None:  # noqa: ANN001
    """Through the real unlock screen: wait for the names, tap one, type the PIN, Enter."""
    gate = flow.gate
    qtbot.waitUntil(lambda: gate.current_view() is gate.unlock and bool(gate.unlock.tiles.buttons), timeout=WAIT_MS)
    tap_agent(qtbot, gate.unlock.tiles, name)
    qtbot.keyClicks(gate.unlock.pin, pin)
    qtbot.keyClick(gate.unlock.pin, Qt.Key.Key_Return)


def wait_logged_in(qtbot, flow, name: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: flow.window is not None and flow.window.root.currentWidget() is flow.window.workspace
                    and flow.window.rail.agent.text() == name, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not flow.window.ctx.runner.is_busy(), timeout=WAIT_MS)


def wait_gate_idle(qtbot, flow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: flow.gate is not None and not flow.gate.runner.is_busy(), timeout=WAIT_MS)
