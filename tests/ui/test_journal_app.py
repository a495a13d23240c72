"""The app's own moments in the technical journal, through the real start-up flow and unlock
screen: the start on a locked device and the wrong PINs typed at the unlock wait in the side file,
join the chain at the unlock with their own times; the login is journaled in the database, and
the logout and the stop wait in the side file for the next unlock."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import journal, journal_file, unlocked
from core.service import Ledger
from tests.ui.conftest import WAIT_MS
from tests.ui.unlock_support import finish, prepare, start, unlock_as, wait_gate_idle, wait_logged_in


@pytest.fixture
def device(tmp_path, receipt_file, monkeypatch):  # noqa: ANN001, ANN201
    made = prepare(tmp_path, receipt_file, monkeypatch)
    yield made
    finish(made)


def test_start_wrong_pin_unlock_login_logout_and_stop_are_journaled(qtbot, device, clock):
    flow = start(device, clock)
    assert [line["kind"] for line in journal_file.read_pending(device.path).lines] == ["app_started"]
    unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
    wait_gate_idle(qtbot, flow)
    waiting = journal_file.read_pending(device.path).lines
    assert [line["kind"] for line in waiting] == ["app_started", "wrong_pin"]
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    assert journal_file.read_pending(device.path).lines == []  # joined at the unlock, then emptied
    entries = list(reversed(journal.entries(flow.ledger.store.conn)))
    assert [e.kind for e in entries][-3:] == ["app_started", "wrong_pin", "login"]
    assert [e.at for e in entries][-3:-1] == [line["at"] for line in waiting]  # each keeps its own time
    assert entries[-1].agent_name == "Ilunga Kabeya"

    qtbot.mouseClick(flow.window.rail.logout, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not flow.window.ctx.runner.is_busy(), timeout=WAIT_MS)
    # Leaving waits in the side file, so the database ends where the agent left it.
    assert journal.entries(flow.ledger.store.conn, "logout") == []
    flow.close()
    device.flows.remove(flow)
    waiting = journal_file.read_pending(device.path).lines
    assert [line["kind"] for line in waiting] == ["logout", "app_stopped"]
    unlocked.remember(device.path, _key(device))
    ledger = Ledger.open(device.path)  # the next unlock joins them, each by whom and when
    try:
        entries = list(reversed(journal.entries(ledger.store.conn)))
        assert [(e.kind, e.agent_name) for e in entries[-2:]] == [("logout", "Ilunga Kabeya"), ("app_stopped", None)]
        assert [e.at for e in entries[-2:]] == [line["at"] for line in waiting]
    finally:
        ledger.close()
        unlocked.forget(device.path)


def test_a_start_and_stop_at_the_unlock_screen_wait_in_the_side_file(qtbot, device, clock):
    flow = start(device, clock)
    flow.close()
    device.flows.remove(flow)
    assert [line["kind"] for line in journal_file.read_pending(device.path).lines] == ["app_started", "app_stopped"]


def _key(device) -> bytes:  # noqa: ANN001
    from core import vault

    key = vault.unlock_with_pin(device.path, device.id_of("Mbuyi Tshala"), "5678")
    unlocked.forget(device.path)
    return key
