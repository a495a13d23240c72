"""A device locked by wrong PINs opens only with the supervisor's recovery: the key file (picked in
Qt's own file dialog), its passphrase, then a new PIN for an agent, who is then logged in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from core import unlocked, vault
from tests.ui.conftest import WAIT_MS, answer_next_dialog
from tests.ui.unlock_support import (LOCK_AFTER, PASSPHRASE, finish, prepare, start, tap_agent, unlock_as, wait_gate_idle,
                                     wait_logged_in)


@pytest.fixture
def device(tmp_path, receipt_file, monkeypatch):  # noqa: ANN001, ANN201
    made = prepare(tmp_path, receipt_file, monkeypatch)
    yield made
    finish(made)


def _lock_out(qtbot, flow) -> None:  # noqa: ANN001
    for _ in range(LOCK_AFTER):
        unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
        wait_gate_idle(qtbot, flow)
    assert flow.gate.current_view() is flow.gate.locked


def _pick_file(qtbot, recovery, path) -> None:  # noqa: ANN001
    """Through the file dialog: its file-name field, then Enter."""
    def act(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, QFileDialog) and dialog.objectName() == "recovery_file_dialog"
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)
    answer_next_dialog(qtbot, act)
    qtbot.mouseClick(recovery.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recovery.key_file.text() == str(path), timeout=WAIT_MS)


def _open_with(qtbot, flow, passphrase: str) -> None:  # noqa: ANN001
    recovery = flow.gate.recovery
    recovery.passphrase.clear()
    qtbot.keyClicks(recovery.passphrase, passphrase)
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    wait_gate_idle(qtbot, flow)


def test_recovery_opens_a_locked_device_with_a_new_pin(qtbot, device, clock):
    flow = start(device, clock)
    _lock_out(qtbot, flow)
    gate = flow.gate
    qtbot.mouseClick(gate.locked.recovery, Qt.MouseButton.LeftButton)
    assert gate.current_view() is gate.recovery
    recovery = gate.recovery
    assert gate.heading.text() == "Récupération"

    # Nothing chosen yet: said, nothing sent.
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    assert recovery.notice.text() == "Choisissez d'abord le fichier de la clé de récupération."

    _pick_file(qtbot, recovery, device.recovery_file)
    _open_with(qtbot, flow, "not the passphrase")
    assert "n'est pas le bon" in recovery.notice.text()
    assert vault.is_locked(device.path) and flow.window is None
    assert recovery.key_file.text() == str(device.recovery_file)  # what was chosen is kept

    _open_with(qtbot, flow, PASSPHRASE)
    assert recovery.pin_step.isVisible() and not recovery.key_step.isVisible()
    assert gate.heading.text() == "Choisir un nouveau code PIN"
    assert not vault.is_locked(device.path)
    assert recovery.passphrase.text() == ""  # not kept in a field once used

    tap_agent(qtbot, recovery.tiles, "Ilunga Kabeya")
    qtbot.keyClicks(recovery.new_pin, "2580")
    qtbot.keyClicks(recovery.again, "2581")
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    assert recovery.notice.text() == "Les deux codes PIN ne sont pas les mêmes. Tapez de nouveau le nouveau code PIN."
    assert recovery.again.text() == "" and recovery.new_pin.text() == "2580"
    qtbot.keyClicks(recovery.again, "2580")
    qtbot.keyClick(recovery.again, Qt.Key.Key_Return)
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")
    assert flow.ledger.agent_id == device.id_of("Ilunga Kabeya")

    # The new PIN opens the device from now on; the old one no longer does.
    qtbot.mouseClick(flow.window.rail.logout, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.window.login.lock_button, Qt.MouseButton.LeftButton)
    assert unlocked.recall(device.path) is None
    unlock_as(qtbot, flow, "Ilunga Kabeya", "1234")
    wait_gate_idle(qtbot, flow)
    assert flow.gate.unlock.notice.text().endswith(f": {LOCK_AFTER - 1}.")
    unlock_as(qtbot, flow, "Ilunga Kabeya", "2580")
    wait_logged_in(qtbot, flow, "Ilunga Kabeya")


def test_recovery_from_the_unlock_screen_and_back(qtbot, device, clock):
    """A supervisor may open a device that is not locked (an agent who forgot their PIN); Back
    returns to the screen the device stands at."""
    flow = start(device, clock)
    gate = flow.gate
    qtbot.waitUntil(lambda: bool(gate.unlock.tiles.buttons), timeout=WAIT_MS)
    qtbot.mouseClick(gate.unlock.recovery, Qt.MouseButton.LeftButton)
    assert gate.current_view() is gate.recovery
    qtbot.mouseClick(gate.recovery.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.current_view() is gate.unlock, timeout=WAIT_MS)


def test_a_key_file_that_cannot_be_read_is_said(qtbot, device, clock, tmp_path):
    flow = start(device, clock)
    gate = flow.gate
    qtbot.waitUntil(lambda: bool(gate.unlock.tiles.buttons), timeout=WAIT_MS)
    qtbot.mouseClick(gate.unlock.recovery, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(gate.recovery.key_file, str(tmp_path / "gone.pem"))
    _open_with(qtbot, flow, PASSPHRASE)
    assert gate.recovery.notice.text().startswith("Le fichier n'a pas pu être lu : ")
    assert flow.window is None


def test_a_weak_new_pin_is_refused_in_the_vault_s_words(qtbot, device, clock):
    flow = start(device, clock)
    gate = flow.gate
    qtbot.waitUntil(lambda: bool(gate.unlock.tiles.buttons), timeout=WAIT_MS)
    qtbot.mouseClick(gate.unlock.recovery, Qt.MouseButton.LeftButton)
    _pick_file(qtbot, gate.recovery, device.recovery_file)
    _open_with(qtbot, flow, PASSPHRASE)
    recovery = gate.recovery
    tap_agent(qtbot, recovery.tiles, "Mbuyi Tshala")
    qtbot.keyClicks(recovery.new_pin, "1111")
    qtbot.keyClicks(recovery.again, "1111")
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    wait_gate_idle(qtbot, flow)
    assert recovery.notice.kind == "error"
    # The policy is the vault's: its own message (core/messages), not the app's catch-all.
    assert recovery.notice.text() and not recovery.notice.text().startswith("Un problème")
    assert flow.window is None and recovery.new_pin.text() == "1111"  # nothing typed is lost
