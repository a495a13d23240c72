"""Fixtures for the desktop tests: a seeded demo device per test, the real main window, offscreen.

Each test gets its own copy of one seeded database, its own printer file, and a window that is
shut down (receivers stopped, background work drained, signal connections cut) afterwards."""
from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported anywhere

import shutil  # noqa: E402
from datetime import datetime, timedelta, timezone  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from core.demo import ensure_demo  # noqa: E402
from core.service import Ledger  # noqa: E402
from tests.device_sqlite import copy_device  # noqa: E402

DATA = Path(__file__).parent / "data"
NMEA_LOG = Path(__file__).resolve().parents[2] / "resources" / "demo" / "kananga.nmea"
WAIT_MS = 15_000


class MovableClock:
    """The device clock, which a test can move forward (e.g. past a login lockout)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    ledger = ensure_demo(path, taxpayers=2_000)
    ledger.close()
    return path


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def receipt_file(tmp_path: Path) -> Path:
    return tmp_path / "printer-output.bin"


@pytest.fixture
def demo_ledger(demo_template: Path, tmp_path: Path, clock: MovableClock, receipt_file: Path):
    path = tmp_path / "demo.db"
    copy_device(demo_template, path)  # the file with its key envelope
    ledger = Ledger.open(path, clock=clock)
    ledger.save_setting("printer", {"uri": receipt_file.as_uri(), "profile": "generic-58"})
    ledger.save_setting("gps", {"source": "file", "file": str(NMEA_LOG), "replay_interval_ms": 20,
                                "threshold_m": 10.0, "uere_m": 5.0})
    yield ledger
    ledger.close()


@pytest.fixture
def window(qtbot, demo_ledger: Ledger):
    from desktop.app import build_window

    main = build_window(demo_ledger, demo=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()
    main.close()


def wait_idle(qtbot, main) -> None:  # noqa: ANN001
    """Until every background operation has delivered its result to the UI."""
    qtbot.waitUntil(lambda: not main.ctx.runner.is_busy(), timeout=WAIT_MS)


def find(main: QWidget, cls, name: str):  # noqa: ANN001
    widget = main.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def log_in(qtbot, main, agent_index: int = 0, pin: str = "1234") -> None:  # noqa: ANN001
    """Through the real login screen: tap a name, type the PIN, press OK."""
    buttons = list(main.login.agent_buttons.values())
    qtbot.mouseClick(buttons[agent_index], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(main.login.pin, pin)
    qtbot.mouseClick(main.login.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.root.currentWidget() is main.workspace, timeout=WAIT_MS)
    wait_idle(qtbot, main)


_WAITING_FOR_DIALOGS: list[dict] = []  # polls not yet answered, stopped when their test ends


@pytest.fixture(autouse=True)
def _no_dialog_poll_outlives_its_test():
    yield
    for waiting in _WAITING_FOR_DIALOGS:
        waiting["stopped"] = True  # else it would answer the next test's dialog (and close it)
    _WAITING_FOR_DIALOGS.clear()


def answer_next_dialog(qtbot, act: Callable[[QWidget], None]) -> None:  # noqa: ANN001
    """Act on the next modal dialog once it is up (exec() blocks the test's own call)."""
    waiting = {"stopped": False}
    _WAITING_FOR_DIALOGS.append(waiting)

    def poll() -> None:
        if waiting["stopped"]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        waiting["stopped"] = True
        act(dialog)

    QTimer.singleShot(0, poll)


@pytest.fixture
def logged_in(qtbot, window):
    log_in(qtbot, window)
    return window


@pytest.fixture
def with_session(demo_ledger: Ledger) -> str:
    agent = demo_ledger.agents()[0]
    demo_ledger.act_as(agent.id)
    return demo_ledger.open_session(0)


def taxpayer_with_arrears(ledger: Ledger) -> str:
    """A seeded taxpayer who owes for a past period (the oldest arrears come first)."""
    for result in ledger.reads.search("a", limit=200):
        card = ledger.reads.taxpayer_card(result.hit.taxpayer_id)
        oldest = card.oldest_due()
        if oldest is not None and oldest.is_arrears and len([b for b in card.balances if b.due > 0]) > 1:
            return result.hit.taxpayer_id
    raise AssertionError("the demo seed has no taxpayer with arrears")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, as key events carrying the characters (QTest's
    keyClicks only knows ASCII, and names here are Thérèse and Kabasélé)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
