"""The agent types the PIN the moment the app opens: the PIN field has the keyboard at start."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_pin_can_be_typed_at_once_when_the_app_opens(qtbot, window):
    login = window.login
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin, timeout=2_000)
    qtbot.keyClicks(QApplication.focusWidget(), "1234")
    assert login.pin.text() == "1234"
