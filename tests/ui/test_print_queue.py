"""When the printer is dead: the payment is recorded anyway, the agent copies the receipt number and
its verification code onto a stub, the receipt waits in the print queue (which survives a restart)
and prints by itself once the printer answers; the Z-report counts what is still unprinted.

The printer is a real TCP socket on 127.0.0.1: bound but not listening, it refuses connections
like a printer that is off; once it listens it takes jobs and answers status queries."""
from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.service import Ledger
from core.token import verification_code
from printing.transports import STATUS_QUERY
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter
from tests.ui.conftest import WAIT_MS, log_in, taxpayer_with_arrears, wait_idle
from tests.ui.test_payment import confirm, open_payment


class SleepingPrinter(LoopbackPrinter):
    """A printer that is switched off (connections refused) until `wake()`."""

    def __init__(self) -> None:  # noqa: D107 - LoopbackPrinter's fields, without listening yet
        self.slow, self.drop_first, self.status = False, False, b"\x12\x12"  # status: paper fine
        self.received = []
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def wake(self) -> None:
        self.server.listen(4)
        self.thread.start()

    def close(self) -> None:
        self._stop = True
        if self.thread.is_alive():
            self.thread.join(5)
        self.server.close()

    def texts(self) -> list[str]:
        return [decode(job.replace(STATUS_QUERY, b"")).text() for job in self.received if job]


@pytest.fixture
def printer(demo_ledger: Ledger):
    made = SleepingPrinter()
    demo_ledger.save_setting("printer", {"uri": made.uri, "profile": "generic-58"})
    yield made
    made.close()


def fast_retries(main) -> None:  # noqa: ANN001
    main.ctx.print_queue.backoff_ms = (300, 600)  # the loop's rhythm, not a timed assertion


def taxpayers_who_owe(ledger: Ledger, count: int) -> list[str]:
    found = []
    for result in ledger.reads.search("a", limit=200):
        if ledger.reads.taxpayer_card(result.hit.taxpayer_id).oldest_due() is not None:
            found.append(result.hit.taxpayer_id)
        if len(found) == count:
            return found
    raise AssertionError("the demo seed has too few taxpayers who owe")


def pay_through_the_app(qtbot, main, ledger: Ledger, taxpayer_id: str | None = None):  # noqa: ANN001
    payment_view = open_payment(qtbot, main, taxpayer_id or taxpayer_with_arrears(ledger))
    confirm(qtbot)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payment_view.pages.currentIndex() == 1, timeout=WAIT_MS)
    return payment_view.receipt


def test_a_dead_printer_shows_the_stub_then_the_queue_prints_the_receipt_once_it_answers(
        qtbot, logged_in, demo_ledger, with_session, printer):
    fast_retries(logged_in)
    panel = pay_through_the_app(qtbot, logged_in, demo_ledger)
    number = panel.payment.receipt_no
    assert demo_ledger.payment(number).amount > 0  # recorded, whatever the printer does
    assert "Paiement enregistré" in panel.recorded.text()

    status = panel.print_status
    qtbot.waitUntil(lambda: status.state == "failed", timeout=WAIT_MS)
    # What the agent copies onto the citizen's stub, large.
    assert panel.stub.isVisible()
    assert panel.stub.number.text() == number
    assert panel.stub.code.text() == verification_code(demo_ledger.payment(number).token)
    assert panel.stub.code.property("role") == panel.stub.number.property("role") == "big"
    assert "s'imprimera tout seul" in status.notice.text()
    qtbot.waitUntil(lambda: logged_in.queue_badge.isVisible(), timeout=WAIT_MS)
    assert logged_in.queue_badge.text() == "À imprimer : 1"

    printer.wake()  # the agent switches the printer on; nobody touches the app
    qtbot.waitUntil(lambda: status.state == "printed", timeout=WAIT_MS)
    assert not panel.stub.isVisible() and not status.retry_button.isVisible()
    assert "Imprimé" in status.notice.text() and "Non imprimé" not in status.notice.text()
    qtbot.waitUntil(lambda: not logged_in.queue_badge.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    texts = printer.texts()
    assert len(texts) == 1 and number in texts[0] and "DUPLICATA" not in texts[0]  # one original, no more
    assert demo_ledger.reads.receipt_facts(number).copies_printed == 1
    assert demo_ledger.reads.unprinted_count() == 0


def test_a_payment_never_waits_for_a_printer_that_hangs(qtbot, logged_in, demo_ledger, with_session, monkeypatch):
    """A printer that takes the connection and then hangs holds the printer's own thread; the
    next payment is recorded and shown all the same."""
    from printing import service

    released = threading.Event()
    real = service.print_if_unprinted

    def hanging(*args, **kwargs):  # noqa: ANN002, ANN003
        released.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "print_if_unprinted", hanging)
    first_taxpayer, *others = taxpayers_who_owe(demo_ledger, 6)
    first = pay_through_the_app(qtbot, logged_in, demo_ledger, first_taxpayer)
    first_no = first.payment.receipt_no
    assert first.print_status.state == "printing"
    for taxpayer_id in others:  # more payments than the general pool has threads
        logged_in.payment.receipt.doneRequested.emit()
        panel = pay_through_the_app(qtbot, logged_in, demo_ledger, taxpayer_id)
        assert panel.payment.receipt_no != first_no
        assert "Paiement enregistré" in panel.recorded.text()
        assert demo_ledger.payment(panel.payment.receipt_no).amount > 0
        assert demo_ledger.reads.receipt_facts(first_no).copies_printed == 0  # still stuck in the printer
        assert first.print_status.notice.text() == f"Impression en cours : le reçu {panel.payment.receipt_no}…"
    released.set()
    qtbot.waitUntil(lambda: demo_ledger.reads.unprinted_count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: first.print_status.state == "printed", timeout=WAIT_MS)
    assert panel.payment.receipt_no in first.print_status.notice.text()  # the receipt on screen, not an older one
    wait_idle(qtbot, logged_in)


def test_the_queue_survives_a_restart_and_drains_when_the_printer_answers(qtbot, demo_ledger, with_session, printer):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    # Recorded before the restart, with no printer answering: nothing printed.
    payments = [demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period, amount=amount,
                                method="cash") for amount in (10_000, 20_000)]
    path = demo_ledger.store.path
    demo_ledger.close()
    from desktop.app import build_window

    ledger = Ledger.open(path, clock=demo_ledger.clock)  # the app started again on the same file
    main = build_window(ledger, demo=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        fast_retries(main)
        log_in(qtbot, main)
        qtbot.waitUntil(lambda: main.queue_badge.isVisible(), timeout=WAIT_MS)
        assert main.queue_badge.text() == "À imprimer : 2"
        qtbot.mouseClick(main.queue_badge, Qt.MouseButton.LeftButton)
        view = main.print_queue
        assert main.current_view() is view
        qtbot.waitUntil(lambda: len(view.row_buttons) == 2, timeout=WAIT_MS)
        for payment in payments:
            [row] = [row for row in view.findChildren(QWidget, f"queue_row_{payment.receipt_no}") if row.isVisible()]
            texts = [child.text() for child in row.findChildren(QLabel)]
            assert payment.receipt_no in texts and verification_code(payment.token) in texts
        qtbot.waitUntil(lambda: view.status.property("role") == "error", timeout=WAIT_MS)
        assert "Imprimante injoignable" in view.status.text() and "Prochain essai automatique" in view.status.text()

        printer.wake()
        qtbot.waitUntil(lambda: main.ctx.print_queue.count == 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "Tous les reçus sont imprimés" in view.status.text(), timeout=WAIT_MS)
        assert view.row_buttons == {} and not main.queue_badge.isVisible()
        assert not [row for row in view.rows_host.findChildren(QWidget) if row.isVisible()]
        assert not view.print_all_button.isEnabled()
        texts = printer.texts()
        assert [payments[0].receipt_no in texts[0], payments[1].receipt_no in texts[1]] == [True, True]  # oldest first
        assert [ledger.reads.receipt_facts(p.receipt_no).copies_printed for p in payments] == [1, 1]
    finally:
        main.shutdown()
        main.close()
        ledger.close()


def test_print_one_from_the_queue(qtbot, logged_in, demo_ledger, with_session, receipt_file):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    # Recorded while the ledger was used from elsewhere (the command line): never printed.
    logged_in.ctx.print_queue.backoff_ms = (3_600_000,)
    demo_ledger.save_setting("printer", {"uri": "tcp://127.0.0.1:1", "profile": "generic-58"})
    payment = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period, amount=5_000,
                              method="cash")
    logged_in.show_print_queue()
    view = logged_in.print_queue
    qtbot.waitUntil(lambda: payment.receipt_no in view.row_buttons, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: logged_in.ctx.print_queue.state == "waiting", timeout=WAIT_MS)
    # The agent sets a printer that works, comes back and prints that one receipt by hand.
    demo_ledger.save_setting("printer", {"uri": receipt_file.as_uri(), "profile": "generic-58"})
    qtbot.waitUntil(lambda: view.row_buttons[payment.receipt_no].isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(view.row_buttons[payment.receipt_no], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.row_buttons == {}, timeout=WAIT_MS)
    assert payment.receipt_no.encode() in receipt_file.read_bytes()
    assert demo_ledger.reads.receipt_facts(payment.receipt_no).copies_printed == 1


def test_the_z_report_on_screen_counts_receipts_not_printed(qtbot, logged_in, demo_ledger, with_session, printer):
    fast_retries(logged_in)
    pay_through_the_app(qtbot, logged_in, demo_ledger)
    qtbot.waitUntil(lambda: logged_in.payment.receipt.print_status.state == "failed", timeout=WAIT_MS)
    logged_in.navigate("session")
    session = logged_in.session
    qtbot.waitUntil(lambda: "Reçus pas encore imprimés" in session.running.text(), timeout=WAIT_MS)
    assert "Reçus pas encore imprimés</td><td align='right' style='padding:4px 0'><b>1</b>" in session.running.text()
    assert demo_ledger.session_report().unprinted == 1


@pytest.mark.parametrize("lang, title, badge, waiting", [
    ("en", "Receipts to print", "To print: 1", "Next try by itself in"),
    ("pt", "Recibos a imprimir", "A imprimir: 1", "Próxima tentativa automática"),
])
def test_the_queue_speaks_the_agents_language(qtbot, logged_in, demo_ledger, with_session, printer,
                                              lang, title, badge, waiting):
    fast_retries(logged_in)
    logged_in.set_language(lang)
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period, amount=5_000, method="cash")
    qtbot.keyClick(logged_in.workspace, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # the keyboard path
    view = logged_in.print_queue
    assert logged_in.current_view() is view
    qtbot.waitUntil(lambda: waiting in view.status.text(), timeout=WAIT_MS)
    assert view.title.text() == title and logged_in.queue_badge.text() == badge
    for french in ("Reçus", "imprimer", "Prochain", "Imprimante"):
        assert french not in view.status.text() + view.title.text() + view.explain.text()
    printer.wake()
    qtbot.waitUntil(lambda: not logged_in.queue_badge.isVisible(), timeout=WAIT_MS)
