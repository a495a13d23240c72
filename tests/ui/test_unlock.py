"""The unlock screen of an encrypted device: the agent types their PIN once and is in; wrong PINs
count down to the device's lockout; the demo opens with no PIN; locking forgets the key."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import unlocked, vault
from tests.ui.conftest import WAIT_MS
from tests.ui.unlock_support import LOCK_AFTER, PULLED, finish, prepare, start, unlock_as, wait_gate_idle, wait_logged_in


@pytest.fixture
def device(tmp_path, receipt_file, monkeypatch):  # noqa: ANN001, ANN201
    made = prepare(tmp_path, receipt_file, monkeypatch)
    yield made
    finish(made)


def test_the_pin_opens_the_device_and_logs_the_agent_in(qtbot, device, clock):
    flow = start(device, clock)
    gate = flow.gate
    assert flow.window is None and flow.ledger is None  # nothing of the ledger before the PIN
    qtbot.waitUntil(lambda: len(gate.unlock.tiles.buttons) == 2, timeout=WAIT_MS)
    names = [b.text() for b in gate.unlock.tiles.buttons.values()]
    assert sorted(names) == ["Ilunga Kabeya", "Mbuyi Tshala"]  # the pulled agent has no key here yet
    assert gate.heading.text() == "Ouvrir cet appareil"
    unlock_as(qtbot, flow, "Mbuyi Tshala", "5678")
    wait_logged_in(qtbot, flow, "Mbuyi Tshala")  # straight to the main window: no second PIN
    assert flow.gate is None
    assert flow.window.current_view() is flow.window.home
    assert flow.ledger.agent_id == device.id_of("Mbuyi Tshala")
    assert unlocked.recall(device.path) is not None


def test_the_keypad_types_the_pin(qtbot, device, clock):
    flow = start(device, clock)
    unlock = flow.gate.unlock
    qtbot.waitUntil(lambda: bool(unlock.tiles.buttons), timeout=WAIT_MS)
    keys = {b.text(): b for b in unlock.keypad.findChildren(type(unlock.ok_button))}
    for digit in "1234":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    assert unlock.pin.text() == "1234"
    qtbot.mouseClick(keys["OK"], Qt.MouseButton.LeftButton)
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")  # the first name is chosen at the start


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, device, clock):
    flow = start(device, clock)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
    wait_gate_idle(qtbot, flow)
    notice = flow.gate.unlock.notice
    assert notice.isVisible() and notice.kind == "error"
    assert notice.text() == f"PIN erroné. Essais restants avant le blocage de l'appareil : {LOCK_AFTER - 1}."
    assert flow.gate.unlock.pin.text() == "" and flow.window is None
    unlock_as(qtbot, flow, "Ilunga Kabeya", "9999")
    wait_gate_idle(qtbot, flow)
    assert notice.text().endswith(f": {LOCK_AFTER - 2}.")
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")  # the right PIN still opens, and the count is cleared
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    assert not vault.is_locked(device.path)


def test_too_many_wrong_pins_show_the_locked_screen(qtbot, device, clock):
    flow = start(device, clock)
    for _ in range(LOCK_AFTER):
        unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
        wait_gate_idle(qtbot, flow)
    gate = flow.gate
    assert gate.current_view() is gate.locked
    assert "Seule la récupération par un superviseur" in gate.locked.text.text()
    assert vault.is_locked(device.path)
    flow.close()  # the app closed and started again: still locked, the PIN is not even offered
    flow = start(device, clock)
    qtbot.waitUntil(lambda: flow.gate.current_view() is flow.gate.locked, timeout=WAIT_MS)
    assert flow.gate.locked.recovery.isVisible()


def test_an_agent_not_listed_is_told_how_to_get_in(qtbot, device, clock):
    flow = start(device, clock)
    unlock = flow.gate.unlock
    qtbot.waitUntil(lambda: bool(unlock.tiles.buttons), timeout=WAIT_MS)
    qtbot.mouseClick(unlock.not_listed, Qt.MouseButton.LeftButton)
    assert unlock.notice.isVisible()
    assert "collègue" in unlock.notice.text() and "récupération" in unlock.notice.text()
    assert PULLED[0] not in [b.text() for b in unlock.tiles.buttons.values()]


def test_language_chosen_on_the_unlock_screen_is_kept(qtbot, device, clock):
    flow = start(device, clock)
    gate = flow.gate
    qtbot.mouseClick(gate.language_buttons["pt"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.heading.text() == "Abrir este aparelho", timeout=WAIT_MS)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    assert flow.languages.current == "pt"
    qtbot.waitUntil(lambda: flow.ledger.setting("language") == "pt", timeout=WAIT_MS)


def test_lock_forgets_the_key_and_asks_the_pin_again(qtbot, device, clock):
    flow = start(device, clock)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    window = flow.window
    qtbot.mouseClick(window.rail.logout, Qt.MouseButton.LeftButton)
    assert window.on_login_screen() and window.login.lock_button.isVisible()
    assert unlocked.recall(device.path) is not None  # a colleague may still switch in
    qtbot.mouseClick(window.login.lock_button, Qt.MouseButton.LeftButton)
    assert flow.window is None and flow.ledger is None
    assert unlocked.recall(device.path) is None
    assert flow.gate is not None and flow.gate.isVisible()
    unlock_as(qtbot, flow, "Mbuyi Tshala", "5678")
    wait_logged_in(qtbot, flow, "Mbuyi Tshala")


def test_the_login_left_unused_after_a_logout_locks_the_device(qtbot, device, clock):
    flow = start(device, clock)
    flow.idle_lock.setInterval(200)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    assert not flow.idle_lock.isActive()  # nobody is timed out while working
    qtbot.mouseClick(flow.window.rail.logout, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.gate is not None and flow.window is None, timeout=WAIT_MS)
    assert unlocked.recall(device.path) is None


def test_the_demo_opens_with_no_pin_on_its_login(qtbot, tmp_path, receipt_file, monkeypatch, clock):
    device = prepare(tmp_path, receipt_file, monkeypatch, open_wrap=True)
    try:
        flow = start(device, clock, demo=True)
        assert flow.gate is None
        window = flow.window
        assert window.on_login_screen() and window.login.demo_banner.isVisible()
        assert not window.login.lock_button.isVisible()  # nothing to lock: the demo opens itself
        qtbot.mouseClick(window.rail.logout, Qt.MouseButton.LeftButton)
        assert flow.window is window
    finally:
        finish(device)


def test_a_plain_database_opens_as_before(qtbot, demo_ledger, clock):
    from desktop.start_flow import StartFlow

    path = demo_ledger.store.path
    demo_ledger.close()
    flow = StartFlow(path, clock=clock)
    try:
        assert flow.start() is None
        assert flow.gate is None and flow.window.on_login_screen()
        assert not flow.window.login.lock_button.isVisible()
        assert not flow.window.settings.change_pin.isVisibleTo(flow.window.settings)
    finally:
        flow.close()


def test_a_file_that_does_not_open_with_the_right_pin_is_said_on_the_screen(qtbot, device, clock):
    flow = start(device, clock)
    qtbot.waitUntil(lambda: bool(flow.gate.unlock.tiles.buttons), timeout=WAIT_MS)
    device.path.write_bytes(b"not a database, damaged behind the app's back " * 100)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")  # the key opens: the file does not
    notice = flow.gate.unlock.notice
    qtbot.waitUntil(lambda: notice.kind == "error", timeout=WAIT_MS)
    assert notice.text() and flow.window is None and flow.ledger is None
    assert flow.gate.unlock.ok_button.isEnabled()  # nothing stuck: the agent may try again
    assert unlocked.recall(device.path) is None
