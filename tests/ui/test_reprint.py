"""Reprinting from the payment history: the copy says DUPLICATA and is counted."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears


def test_reprint_from_history_prints_a_duplicata(qtbot, logged_in, demo_ledger, with_session, receipt_file):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=line.due, method="cash")
    demo_ledger.record_print(payment.receipt_no)  # the original went out at the time

    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    card.payments_table.selectRow(0)
    assert card.reprint_button.isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the keyboard path
    qtbot.waitUntil(lambda: card.print_status.state == "printed", timeout=WAIT_MS)

    data = receipt_file.read_bytes()
    assert b"DUPLICATA" in data and payment.receipt_no.encode() in data
    assert demo_ledger.reads.receipt_facts(payment.receipt_no).copies_printed == 2
    assert payment.receipt_no in card.print_status.notice.text()

    # A second reprint is copy 3, still a duplicata.
    qtbot.mouseClick(card.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_ledger.reads.receipt_facts(payment.receipt_no).copies_printed == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: card.print_status.state == "printed", timeout=WAIT_MS)
    assert b"DUPLICATA" in receipt_file.read_bytes()
