"""Login: pick a name, type the PIN; five wrong PINs lock that agent for five minutes."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, log_in, wait_idle


def _try_pin(qtbot, main, pin: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(main.login.pin, pin)
    qtbot.keyClick(main.login.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, main)


def test_demo_login_shows_the_pins_and_opens_home(qtbot, window, demo_ledger):
    assert window.login.demo_banner.isVisible()
    assert "1234" in window.login.demo_banner.text() and "5678" in window.login.demo_banner.text()
    log_in(qtbot, window, agent_index=1, pin="5678")
    assert window.current_view() is window.home
    assert window.rail.agent.text() == "Mbuyi Tshala"
    assert "Mbuyi Tshala" in window.home.greeting.text()
    assert demo_ledger.agent_id == demo_ledger.find_agent("Mbuyi Tshala").id


def test_keypad_types_the_pin(qtbot, window):
    keypad = {b.text(): b for b in window.login.findChildren(type(window.login.ok_button)) if b.text()}
    for digit in "1234":
        qtbot.mouseClick(keypad[digit], Qt.MouseButton.LeftButton)
    assert window.login.pin.text() == "1234"
    qtbot.mouseClick(keypad["⌫"], Qt.MouseButton.LeftButton)
    assert window.login.pin.text() == "123"
    qtbot.mouseClick(keypad["4"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad["OK"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT_MS)


def test_wrong_pin_says_how_many_tries_are_left(qtbot, window):
    _try_pin(qtbot, window, "0000")
    assert window.on_login_screen()
    assert window.login.notice.isVisible()
    assert "4" in window.login.notice.text()  # "Essais restants … : 4."
    assert window.login.pin.text() == ""


def test_five_wrong_pins_lock_the_login_for_five_minutes(qtbot, window, demo_ledger, clock):
    agent_id = window.login.selected_agent()[0]
    for _ in range(5):
        _try_pin(qtbot, window, "9999")
    notice = window.login.notice.text()
    assert "bloquée" in notice  # French by default: "la connexion est bloquée jusqu'à HH:MM"
    assert not window.login.ok_button.isEnabled()
    failures = demo_ledger.setting("login.failures")
    assert failures[agent_id]["locked_until"]

    # Even the right PIN is refused while locked, and the screen still says why.
    window.login.ok_button.setEnabled(True)
    _try_pin(qtbot, window, "1234")
    assert window.on_login_screen()
    assert "bloquée" in window.login.notice.text()

    # Five minutes later (the device clock moved), the right PIN works.
    clock.advance(minutes=5, seconds=1)
    qtbot.waitUntil(lambda: window.login.ok_button.isEnabled(), timeout=WAIT_MS)
    _try_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT_MS)
    assert agent_id not in (demo_ledger.setting("login.failures") or {})


def test_the_lock_is_per_agent(qtbot, window):
    for _ in range(5):
        _try_pin(qtbot, window, "9999")
    other = list(window.login.agent_buttons.values())[1]
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert window.login.ok_button.isEnabled()
    _try_pin(qtbot, window, "5678")
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.workspace, timeout=WAIT_MS)


def test_logout_returns_to_login(qtbot, logged_in):
    qtbot.mouseClick(logged_in.rail.logout, Qt.MouseButton.LeftButton)
    assert logged_in.on_login_screen()
    assert logged_in.ctx.agent_name == ""
