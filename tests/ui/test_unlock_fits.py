"""The unlock, locked and recovery screens on a 1024 x 600 tablet, in French, English and
Portuguese: every control at least 44 px, text at least 12 pt, and what the agent must see (names,
PIN, OK, the message, the way to recovery) in view without scrolling, none of it cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from tests.ui.conftest import WAIT_MS
from tests.ui.test_touch_targets import _too_small
from tests.ui.unlock_support import LOCK_AFTER, PASSPHRASE, finish, prepare, start, unlock_as, wait_gate_idle

SIZE = (1024, 600)


@pytest.fixture
def device(tmp_path, receipt_file, monkeypatch):  # noqa: ANN001, ANN201
    made = prepare(tmp_path, receipt_file, monkeypatch)
    yield made
    finish(made)


def _in_view(widget: QWidget) -> bool:
    """Wholly inside the visible part of its scroll area (and of the window)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    viewport = parent.viewport() if parent is not None else widget.window()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def _small_text(view: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.text()[:30]!r} {w.font().pointSizeF()}pt"
            for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton) + view.findChildren(QLineEdit)
            if w.isVisible() and 0 < w.font().pointSizeF() < 12]


def _check(view: QWidget, *must_see: QWidget) -> None:
    assert _too_small(view) == []
    assert _small_text(view) == []
    hidden = [f"{type(w).__name__} {w.objectName()!r}" for w in must_see if not (w.isVisible() and _in_view(w))]
    assert hidden == []


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_every_unlock_screen_fits_a_small_tablet(qtbot, device, clock, lang):
    flow = start(device, clock)
    gate = flow.gate
    gate.resize(*SIZE)
    qtbot.mouseClick(gate.language_buttons[lang], Qt.MouseButton.LeftButton)
    unlock = gate.unlock
    unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
    wait_gate_idle(qtbot, flow)
    _check(unlock, *unlock.tiles.buttons.values(), unlock.pin, unlock.ok_button, unlock.notice,
           unlock.not_listed, unlock.recovery)
    qtbot.mouseClick(unlock.not_listed, Qt.MouseButton.LeftButton)  # the longest message of the screen
    qtbot.wait(50)
    _check(unlock, unlock.pin, unlock.ok_button, unlock.notice, unlock.recovery)

    for _ in range(LOCK_AFTER - 1):
        unlock_as(qtbot, flow, "Ilunga Kabeya", "0000")
        wait_gate_idle(qtbot, flow)
    qtbot.waitUntil(lambda: gate.current_view() is gate.locked, timeout=WAIT_MS)
    qtbot.wait(50)
    _check(gate.locked, gate.locked.text, gate.locked.recovery)

    qtbot.mouseClick(gate.locked.recovery, Qt.MouseButton.LeftButton)
    recovery = gate.recovery
    recovery.key_file.setText(str(device.recovery_file))
    qtbot.keyClicks(recovery.passphrase, "wrong")
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    wait_gate_idle(qtbot, flow)
    _check(recovery, recovery.key_file, recovery.browse, recovery.passphrase, recovery.notice, recovery.go,
           recovery.back_button)
    recovery.passphrase.clear()
    qtbot.keyClicks(recovery.passphrase, PASSPHRASE)
    qtbot.mouseClick(recovery.go, Qt.MouseButton.LeftButton)
    wait_gate_idle(qtbot, flow)
    qtbot.wait(50)
    _check(recovery, *recovery.tiles.buttons.values(), recovery.new_pin, recovery.again, recovery.notice,
           recovery.go)
    assert gate.heading.text() and _in_view(gate.heading)
