"""While the device is open: an agent pulled from the server gets their key at their first login
here (switching agent from a colleague's session), exactly once; "Change my PIN" in Settings."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import vault
from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.unlock_support import LOCK_AFTER, PULLED, finish, prepare, start, unlock_as, wait_gate_idle, wait_logged_in


@pytest.fixture
def device(tmp_path, receipt_file, monkeypatch):  # noqa: ANN001, ANN201
    made = prepare(tmp_path, receipt_file, monkeypatch)
    yield made
    finish(made)


def _switch_to(qtbot, window, name: str, pin: str) -> None:  # noqa: ANN001
    qtbot.mouseClick(window.rail.logout, Qt.MouseButton.LeftButton)
    assert window.on_login_screen()
    tile = next(b for b in window.login.agent_buttons.values() if b.text() == name)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.login.pin, pin)
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, window)


def test_a_pulled_agent_gets_their_key_at_their_first_login_here(qtbot, device, clock, monkeypatch):
    pulled_id = device.id_of(PULLED[0])
    calls: list[str] = []
    wrap = vault.ensure_agent_wrap

    def counted(db_path, data_key, agent_id, *args, **kwargs):  # noqa: ANN001, ANN202
        calls.append(agent_id)
        return wrap(db_path, data_key, agent_id, *args, **kwargs)
    # Whoever calls it (core/auth's own hook, or the login screen's), it goes through here.
    monkeypatch.setattr(vault, "ensure_agent_wrap", counted)

    flow = start(device, clock)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    window = flow.window

    _switch_to(qtbot, window, PULLED[0], "0000")  # a wrong PIN gives no key
    assert window.on_login_screen() and pulled_id not in calls
    window.login.pin.clear()
    _switch_to(qtbot, window, PULLED[0], PULLED[1])
    wait_logged_in(qtbot, flow, PULLED[0])
    assert calls.count(pulled_id) == 1  # exactly once: never the vault's hook and the screen both
    assert pulled_id in dict(vault.agents_listed(device.path))

    _switch_to(qtbot, window, "Ilunga Kabeya", "1234")
    before = calls.count(pulled_id)
    _switch_to(qtbot, window, PULLED[0], PULLED[1])
    wait_logged_in(qtbot, flow, PULLED[0])
    assert calls.count(pulled_id) - before <= 1  # a later login: at most the vault's own check

    # From now on they open the device alone.
    qtbot.mouseClick(window.rail.logout, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.login.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: PULLED[0] in [b.text() for b in flow.gate.unlock.tiles.buttons.values()], timeout=WAIT_MS)
    unlock_as(qtbot, flow, PULLED[0], PULLED[1])
    wait_logged_in(qtbot, flow, PULLED[0])


def _open_settings(qtbot, flow):  # noqa: ANN001, ANN202
    window = flow.window
    window.navigate("settings")
    card = window.settings.change_pin
    assert card.isVisibleTo(window.settings)
    return card


def _change(qtbot, flow, card, old: str, new: str, again: str) -> None:  # noqa: ANN001
    for field, text in ((card.old, old), (card.new, new), (card.again, again)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, flow.window)


def test_change_my_pin(qtbot, device, clock):
    flow = start(device, clock)
    unlock_as(qtbot, flow, "Mbuyi Tshala", "5678")
    wait_logged_in(qtbot, flow, "Mbuyi Tshala")
    card = _open_settings(qtbot, flow)
    assert card.title.text() == "Changer mon code PIN"

    _change(qtbot, flow, card, "5678", "2580", "2588")
    assert card.notice.text() == "Les deux codes PIN ne sont pas les mêmes. Tapez de nouveau le nouveau code PIN."
    _change(qtbot, flow, card, "1111", "2580", "2580")
    assert card.notice.text() == ("Votre code PIN actuel n'est pas celui-ci. Essais restants avant le blocage "
                                  f"de l'appareil : {LOCK_AFTER - 1}.")
    assert card.new.text() == "2580"  # only the wrong field is emptied
    _change(qtbot, flow, card, "5678", "7777", "7777")
    assert card.notice.kind == "error" and not card.notice.text().startswith("Un problème")  # the vault's policy
    assert card.new.text() == "7777"
    _change(qtbot, flow, card, "5678", "2580", "2580")
    assert card.notice.kind == "success"
    assert card.notice.text() == "Code PIN changé. Désormais, tapez le nouveau code PIN pour ouvrir cet appareil."
    assert card.old.text() == card.new.text() == card.again.text() == ""

    qtbot.mouseClick(flow.window.rail.logout, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.window.login.lock_button, Qt.MouseButton.LeftButton)
    unlock_as(qtbot, flow, "Mbuyi Tshala", "5678")
    wait_gate_idle(qtbot, flow)
    assert flow.window is None
    unlock_as(qtbot, flow, "Mbuyi Tshala", "2580")
    wait_logged_in(qtbot, flow, "Mbuyi Tshala")


def test_wrong_current_pins_lock_the_device_from_settings(qtbot, device, clock):
    flow = start(device, clock)
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    card = _open_settings(qtbot, flow)
    for _ in range(LOCK_AFTER):
        if flow.window is None:
            break
        _change(qtbot, flow, card, "9999", "2580", "2580")
    qtbot.waitUntil(lambda: flow.gate is not None and flow.gate.current_view() is flow.gate.locked, timeout=WAIT_MS)
    assert flow.window is None and vault.is_locked(device.path)
