"""Recording a payment: prefilled with the oldest arrears, partial allowed, cash or mobile money,
confirmed with the amount in words, committed, previewed, printed to the receipt file."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle


def open_payment(qtbot, main, taxpayer_id: str):  # noqa: ANN001
    main.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: main.card.card is not None and main.card.pay_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(main.card.pay_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is main.payment
    return main.payment


def confirm(qtbot, seen: dict | None = None) -> None:  # noqa: ANN001
    def act(dialog) -> None:  # noqa: ANN001
        if seen is not None:
            seen["amount"] = dialog.findChild(QLabel, "confirm_amount").text()
            seen["words"] = dialog.findChild(QLabel, "confirm_words").text()
            seen["body"] = dialog.body.text()
        dialog.accept()
    answer_next_dialog(qtbot, act)


def test_payment_of_the_oldest_arrears_ends_in_a_receipt_file(qtbot, logged_in, demo_ledger, with_session,
                                                              receipt_file):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    card = demo_ledger.reads.taxpayer_card(taxpayer_id)
    oldest = card.oldest_due()
    payment_view = open_payment(qtbot, logged_in, taxpayer_id)

    # Prefilled: the oldest arrears line, its whole balance.
    line = payment_view._selected_line()
    assert (line.tax_code, line.period) == (oldest.tax_code, oldest.period)
    assert payment_view.amount.text() == logged_in.ctx.money_plain(oldest.due)

    seen: dict = {}
    confirm(qtbot, seen)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    assert seen["amount"] == logged_in.ctx.money(oldest.due)
    assert "francs congolais" in seen["words"]
    assert card.taxpayer["name"] in seen["body"] and "Espèces" in seen["body"]

    receipt = payment_view.receipt
    qtbot.waitUntil(lambda: payment_view.pages.currentWidget() is receipt, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: receipt.print_status.state == "printed", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: receipt.preview.pixmap() is not None and not receipt.preview.pixmap().isNull(),
                    timeout=WAIT_MS)
    number = receipt.payment.receipt_no
    assert number in receipt.recorded.text()
    assert f"{oldest.tax_label} {oldest.period}" in receipt.summary.text()  # the tax's name, not its code
    other_due = card.total_due - oldest.due  # this taxpayer owes more than one line
    assert f"Autres sommes dues (autres taxes et périodes) : {logged_in.ctx.money(other_due)}" in \
        receipt.summary.text()
    assert "Imprimé" in receipt.print_status.notice.text()

    stored = demo_ledger.payment(number)
    assert (stored.taxpayer_id, stored.tax_code, stored.period, stored.amount, stored.method) == (
        taxpayer_id, oldest.tax_code, oldest.period, oldest.due, "cash")
    assert demo_ledger.reads.receipt_facts(number).copies_printed == 1
    data = receipt_file.read_bytes()
    assert data.startswith(b"\x1b@")  # ESC @: every job starts with a reset
    assert number.encode() in data
    assert b"DUPLICATA" not in data

    # Back on the card, the line is paid and the payment is in the history.
    qtbot.mouseClick(receipt.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logged_in.card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    assert logged_in.card.payments_model.payment(0).receipt_no == number


def test_partial_mobile_money_payment_needs_its_reference(qtbot, logged_in, demo_ledger, with_session):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    oldest = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment_view = open_payment(qtbot, logged_in, taxpayer_id)
    payment_view.amount.clear()
    qtbot.keyClicks(payment_view.amount, "1 500")
    qtbot.mouseClick(payment_view.method_buttons["mobile_money"], Qt.MouseButton.LeftButton)
    assert payment_view.reference.isVisible()
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)  # no reference yet: refused here
    assert "référence" in payment_view.notice.text()
    assert payment_view.amount.text() == "1 500"  # nothing typed is lost

    qtbot.keyClicks(payment_view.reference, "MP2611221432")
    confirm(qtbot)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payment_view.receipt.payment is not None, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    stored = demo_ledger.payment(payment_view.receipt.payment.receipt_no)
    assert (stored.amount, stored.method, stored.reference) == (150_000, "mobile_money", "MP2611221432")
    assert stored.balance_after == oldest.due - 150_000
    assert demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due().due == oldest.due - 150_000


def test_refused_amount_keeps_the_form(qtbot, logged_in, demo_ledger, with_session):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    oldest = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment_view = open_payment(qtbot, logged_in, taxpayer_id)
    payment_view.amount.clear()
    qtbot.keyClicks(payment_view.amount, "99999999")
    # Refused as it is typed, with the most that can be paid on this line, before any dialog.
    assert payment_view.notice.isVisible()
    assert "dépasse le reste à payer" in payment_view.notice.text()
    assert logged_in.ctx.money(oldest.due) in payment_view.notice.text()
    assert payment_view.amount.property("invalid") is True
    opened: list = []

    def close_any_dialog() -> None:  # once: a dialog, had one opened, would block the click
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.objectName())
            dialog.reject()
    QTimer.singleShot(300, close_any_dialog)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.wait(400)
    assert opened == []  # Continue opened no confirmation
    assert "dépasse le reste à payer" in payment_view.notice.text()
    assert payment_view.amount.text() == "99999999"
    assert payment_view.pages.currentIndex() == 0
    assert demo_ledger.reads.taxpayer_card(taxpayer_id).payments == []


def test_failed_print_keeps_the_payment_and_offers_a_retry(qtbot, logged_in, demo_ledger, with_session, tmp_path):
    receipt_file = tmp_path / "later" / "receipt.bin"
    # A printer file in a folder that does not exist yet: the print fails like an unreachable printer.
    demo_ledger.save_setting("printer", {"uri": receipt_file.as_uri(), "profile": "generic-58"})
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    payment_view = open_payment(qtbot, logged_in, taxpayer_id)
    confirm(qtbot)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    status = payment_view.receipt.print_status
    qtbot.waitUntil(lambda: status.state == "failed", timeout=WAIT_MS)
    assert status.retry_button.isVisible()
    assert "enregistré" in status.notice.text()  # "…le paiement est enregistré…"
    number = payment_view.receipt.payment.receipt_no
    assert demo_ledger.payment(number).amount > 0
    assert demo_ledger.reads.receipt_facts(number).copies_printed == 0

    receipt_file.parent.mkdir()  # the agent fixes the printer
    qtbot.mouseClick(status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.state == "printed", timeout=WAIT_MS)
    assert number.encode() in receipt_file.read_bytes()
    assert demo_ledger.reads.receipt_facts(number).copies_printed == 1


def test_no_payment_without_an_open_session(qtbot, logged_in, demo_ledger):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    logged_in.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: logged_in.card.card is not None, timeout=WAIT_MS)
    assert not logged_in.card.pay_button.isEnabled()
    assert logged_in.card.session_box.isVisible()
    qtbot.mouseClick(logged_in.card.session_button, Qt.MouseButton.LeftButton)
    assert logged_in.current_view() is logged_in.session
