"""The cash session: open with a float; close to see and print the Z-report; no payment after."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle


def test_open_pay_and_close_with_z_report(qtbot, logged_in, demo_ledger, receipt_file):
    assert "Fermée" in logged_in.home.session_state.text()
    qtbot.mouseClick(logged_in.home.session_button, Qt.MouseButton.LeftButton)
    session = logged_in.session
    assert logged_in.current_view() is session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)

    qtbot.keyClicks(session.float_input, "5 000")
    qtbot.mouseClick(session.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.session_id is not None, timeout=WAIT_MS)
    assert demo_ledger.current_session_id() == session.session_id
    assert demo_ledger.session_report().opening_float == 500_000
    assert session.pages.currentIndex() == 1 and "Session ouverte" in session.state.text()

    # A payment in this session, then a void, so the Z-report has something to show.
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    kept = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period, amount=200_000,
                           method="cash")
    voided = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period, amount=100_000,
                             method="cash")
    demo_ledger.void(voided.receipt_no, "Montant erroné")
    logged_in.navigate("home")
    wait_idle(qtbot, logged_in)
    assert "Ouverte" in logged_in.home.session_state.text()
    assert logged_in.home.today_total.text() == logged_in.ctx.money(200_000)

    logged_in.navigate("session")
    qtbot.waitUntil(lambda: kept.receipt_no in session.running.text(), timeout=WAIT_MS)
    answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(session.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.closed_report is not None and session.pages.currentIndex() == 2,
                    timeout=WAIT_MS)
    report_text = session.last_report.text()
    for expected in (kept.receipt_no, voided.receipt_no, "Montant erroné", logged_in.ctx.money(200_000),
                     logged_in.ctx.money(700_000), "Espèces"):  # total, expected cash = float + cash
        assert expected in report_text, expected
    qtbot.waitUntil(lambda: session.print_status.state == "printed", timeout=WAIT_MS)
    assert kept.receipt_no.encode() in receipt_file.read_bytes()  # the Z-report went to the printer

    assert demo_ledger.current_session_id() is None
    report = demo_ledger.session_report(session.closed_report.session_id)
    assert report.closed_at and report.total_collected == 200_000 and report.expected_cash == 700_000

    # No payment until a new session.
    logged_in.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: logged_in.card.card is not None, timeout=WAIT_MS)
    assert not logged_in.card.pay_button.isEnabled() and logged_in.card.session_box.isVisible()


def test_cancelling_the_close_keeps_the_session(qtbot, logged_in, demo_ledger, with_session):
    logged_in.navigate("session")
    session = logged_in.session
    qtbot.waitUntil(lambda: session.session_id == with_session, timeout=WAIT_MS)
    answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.keyClick(session, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, logged_in)
    assert demo_ledger.current_session_id() == with_session


def test_a_bad_float_is_refused_and_kept(qtbot, logged_in, demo_ledger):
    logged_in.navigate("session")
    session = logged_in.session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)
    qtbot.keyClicks(session.float_input, "cinq mille")
    qtbot.keyClick(session.float_input, Qt.Key.Key_Return)
    assert "Montant invalide" in session.notice.text()
    assert session.float_input.text() == "cinq mille"
    assert demo_ledger.current_session_id() is None
