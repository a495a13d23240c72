"""The supervisor's reconciliation screen (issue 11), driven with pytest-qt against the real server
(the app over SQLite and PostgreSQL, through SupervisorClient's transport seam) on a day of cash
pushed by real devices: the agents' table, the count by note and coin with its running variance,
the sign-off after a confirmation that shows the variance, the handover receipt saved, a second
sign-off that settles the shortfall, and cached figures marked as not live."""
from __future__ import annotations


import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication

from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache, SupervisorClient
from sync.server.schema import cash_signoffs
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.reconcile_support import cash_day
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.supervisor_support import Switch

WAIT = 15_000


@pytest.fixture
def screen(qtbot, server, tmp_path):  # noqa: ANN001, ANN201, F811
    day = cash_day(server, tmp_path)
    add_supervisor(server)
    transport = Switch(server.client._transport)
    client = SupervisorClient("http://testserver", transport, cache=SupervisorCache(tmp_path / "cache.db"),
                              max_attempts=1, backoff=Backoff(sleep=lambda _s: None))
    client.login(SUPERVISOR, PASSWORD)
    app = QApplication.instance()
    if not app.property("quittance_themed"):  # as desktop.app does: the real sizes and fonts
        apply_theme(app)
        app.setProperty("quittance_themed", True)
    tasks = TaskRunner()
    [spec] = [s for s in SCREENS if s.key == "reconciliation"]
    widget = spec.make(SupervisorContext(client, tasks, language="en"), None)
    widget.day.setDate(QDate(2026, 11, 24))
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.table.rowCount() == 2, timeout=WAIT)
    widget.transport, widget.day_figures = transport, day
    yield widget
    # A delivered reading may ask for the next (the day, then its agent): let the chain finish
    # before the server and the client close under a worker.
    for _ in range(3):
        qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=WAIT)
        qtbot.wait(20)
    widget.close()
    widget.deleteLater()  # closed here, not by qtbot (whose teardown runs first, under running jobs)
    tasks.wait_for_done()
    client.close()


def cells(widget, row: int) -> list[str]:  # noqa: ANN001
    return [widget.table.item(row, column).text().replace("\xa0", " ") for column in range(5)]


def test_count_sign_off_save_the_receipt_and_settle_the_shortfall(qtbot, screen, server, tmp_path):  # noqa: F811
    assert cells(screen, 0) == ["Ilunga Kabeya", "CDF 67,000", "CDF 0", "-CDF 67,000", "No"]
    assert cells(screen, 1)[:2] == ["Mbuyi Tshala", "CDF 19,000"]
    assert "fetched at" in screen.fetched.text()
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.detail is not None and bool(screen.count.spins), timeout=WAIT)
    assert list(screen.count.spins)[:3] == ["20000", "10000", "5000"]
    # Every note and coin has its field with − and + a finger can hit, on the 1024×600 screen.
    qtbot.wait(50)
    controls = [w for kind in (QAbstractButton, QAbstractSpinBox) for w in screen.findChildren(kind)
                if w.isVisibleTo(screen)]
    assert len([w for w in controls if isinstance(w, QAbstractSpinBox)]) == 10 + 1  # CDF's ten notes, the day
    small = [(w.objectName() or w.text(), w.width(), w.height()) for w in controls
             if isinstance(w, QAbstractButton) and (w.height() < 44 or w.width() < 44)]
    assert not small, small
    assert screen.count.width() <= screen.detail_area.viewport().width()  # no sideways scrolling
    sessions = screen.sessions.text().replace("\xa0", " ")
    assert "Session T07, opened at 07:30: float CDF 50,000 + cash CDF 15,000 (cash receipts: 3) = CDF 65,000; " \
           "Z-report: CDF 65,000" in sessions  # Kananga's clock, as the agent's day
    assert "Expected cash: CDF 67,000" in screen.figures.text().replace("\xa0", " ")
    # Typed: 3 × 20 000 and 1 × 5 000; the total and the variance follow every step.
    screen.count.spins["20000"].setValue(3)
    assert "CDF 60,000" in screen.total.text().replace("\xa0", " ")
    qtbot.mouseClick(screen.count.spins["5000"].parentWidget().plus, Qt.MouseButton.LeftButton)
    assert screen.total.text().replace("\xa0", " ") == "Counted now: CDF 65,000"
    assert screen.variance.text().replace("\xa0", " ") == "Variance: -CDF 2,000 (shortfall)"
    screen.note.setText("2 000 CDF manquants")
    asked: list[str] = []
    screen.confirm = lambda text: asked.append(text) or False  # the supervisor says no: nothing is sent
    qtbot.mouseClick(screen.sign, Qt.MouseButton.LeftButton)
    assert "Variance: -CDF 2,000" in asked[0].replace("\xa0", " ") and server.rows(cash_signoffs) == []
    screen.confirm = lambda text: True
    qtbot.mouseClick(screen.sign, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(screen, 0)[4] == "Yes (1)", timeout=WAIT)
    assert "Signed off: record 1" in screen.notice.text()
    assert cells(screen, 0)[2:4] == ["CDF 65,000", "-CDF 2,000"]
    qtbot.waitUntil(lambda: "Sign-off 1 by Kalala Mwamba" in screen.history.text(), timeout=WAIT)
    assert screen.count.total() == 0 and screen.note.text() == ""  # a fresh count for the next handover
    # The handover receipt, where the supervisor chose.
    target = tmp_path / "remise.pdf"
    screen.ask_path = lambda name: str(target) if name == "handover-2026-11-24-1.pdf" else None
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.saved_path == target, timeout=WAIT)
    assert target.read_bytes().startswith(b"%PDF") and "remise.pdf" in screen.notice.text()
    # The agent brings the 2 000 CDF: a second sign-off settles it.
    screen.count.spins["1000"].setValue(2)
    assert screen.variance.text().replace("\xa0", " ") == "Variance: CDF 0 (balanced)"
    qtbot.mouseClick(screen.sign, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(screen, 0)[4] == "Yes (2)", timeout=WAIT)
    assert cells(screen, 0)[2:4] == ["CDF 67,000", "CDF 0"]
    assert len(server.rows(cash_signoffs)) == 2


def test_a_refused_count_says_why_and_cached_figures_say_when(qtbot, screen, server):  # noqa: F811
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(screen.count.spins), timeout=WAIT)
    screen.count.spins["20000"].setValue(3)
    screen.confirm = lambda text: True
    screen.transport.down = True
    qtbot.mouseClick(screen.sign, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in screen.notice.text(), timeout=WAIT)
    assert screen.count.total() == 6_000_000  # what was typed is kept
    assert server.rows(cash_signoffs) == []
    qtbot.mouseClick(screen.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not live" in screen.fetched.text(), timeout=WAIT)
    assert screen.table.rowCount() == 2  # the last figures, still shown
    qtbot.waitUntil(lambda: screen.detail_cached, timeout=WAIT)
    assert not screen.sign.isEnabled()  # a decision is never made on cached figures
