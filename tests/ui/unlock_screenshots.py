"""Screenshots of the unlock, locked and recovery screens, the login's Lock button and Settings'
"Change my PIN", at 1024 x 600 in French, English and Portuguese:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.unlock_screenshots docs/screenshots

writes unlock-{fr,en,pt}.png (a wrong PIN typed), unlock-not-listed-*.png, unlock-locked-*.png,
unlock-recovery-*.png (a refused passphrase), unlock-new-pin-*.png, unlock-login-lock-*.png and
unlock-change-pin-*.png. Over a device made by the real encrypted store and key envelope."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import application
from tests.ui.conftest import MovableClock
from tests.ui.unlock_support import PASSPHRASE, finish, prepare, start

SIZE = (1024, 600)
LANGUAGES = ("fr", "en", "pt")


def _settle(until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            break
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _type(widget: QWidget, text: str) -> None:
    widget.clear()
    QTest.keyClicks(widget, text)


def _submit_pin(flow, name: str, pin: str) -> None:  # noqa: ANN001
    unlock = flow.gate.unlock
    _settle(lambda: bool(unlock.tiles.buttons))
    next(b for b in unlock.tiles.buttons.values() if b.text() == name).click()
    _type(unlock.pin, pin)
    unlock.submit()
    _settle(lambda: not unlock.busy.isVisible())


def shots(folder: Path, work: Path, code: str) -> list[Path]:
    saved = []
    receipt = work / f"printer-{code}.bin"
    place = work / code
    place.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        device = prepare(place, receipt, patch)
        try:
            flow = start(device, MovableClock())
            gate = flow.gate
            gate.resize(*SIZE)
            gate.language_buttons[code].click()
            _settle(lambda: bool(gate.unlock.tiles.buttons))
            _submit_pin(flow, "Ilunga Kabeya", "0000")
            saved.append(_save(gate, folder, f"unlock-{code}"))
            gate.unlock.explain_not_listed()
            _settle()
            saved.append(_save(gate, folder, f"unlock-not-listed-{code}"))
            for _ in range(4):
                _submit_pin(flow, "Ilunga Kabeya", "0000")
            _settle(lambda: gate.current_view() is gate.locked)
            saved.append(_save(gate, folder, f"unlock-locked-{code}"))
            gate.locked.recovery.click()
            recovery = gate.recovery
            recovery.key_file.setText(str(device.recovery_file))
            _type(recovery.passphrase, "wrong")
            recovery.proceed()
            _settle(lambda: not recovery.busy.isVisible())
            saved.append(_save(gate, folder, f"unlock-recovery-{code}"))
            _type(recovery.passphrase, PASSPHRASE)
            recovery.proceed()
            _settle(lambda: recovery.pin_step.isVisible())
            _type(recovery.new_pin, "2580")
            _type(recovery.again, "2580")
            saved.append(_save(gate, folder, f"unlock-new-pin-{code}"))
            recovery.proceed()
            _settle(lambda: flow.window is not None and not flow.window.on_login_screen())
            window = flow.window
            window.resize(*SIZE)
            window.navigate("settings")
            card = window.settings.change_pin
            _type(card.old, "1111")  # not the current PIN: the tries left are said
            _type(card.new, "2468")
            _type(card.again, "2468")
            card.submit()
            _settle(lambda: not card.busy.isVisible())
            saved.append(_save(window, folder, f"unlock-change-pin-{code}"))
            window.logout()
            _settle()
            saved.append(_save(window, folder, f"unlock-login-lock-{code}"))
        finally:
            finish(device)
    return saved


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory(prefix="quittance-unlock-shots-") as work:
        for code in LANGUAGES:
            for path in shots(folder, Path(work), code):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
