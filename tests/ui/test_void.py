"""Voiding a receipt from the history: a reason is required; the void is recorded, never a delete."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, type_text


def _card_with_one_receipt_selected(qtbot, logged_in, demo_ledger):  # noqa: ANN001
    """A taxpayer whose oldest line was just paid, their card open, the receipt selected."""
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=line.due, method="cash")
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    card.payments_table.selectRow(0)
    return taxpayer_id, line, payment, card


def test_void_with_a_reason(qtbot, logged_in, demo_ledger, with_session):
    taxpayer_id, line, payment, card = _card_with_one_receipt_selected(qtbot, logged_in, demo_ledger)
    assert card.void_button.isEnabled()

    # An empty reason is refused in the dialog; then the reason is written and confirmed.
    seen: dict = {}

    def act(dialog) -> None:  # noqa: ANN001
        dialog.confirm_button.click()
        seen["refused"] = dialog.isVisible() and dialog.notice.text()
        type_text(dialog.reason, "Erreur de contribuable : reçu établi au mauvais nom")
        dialog.confirm_button.click()

    answer_next_dialog(qtbot, act)
    qtbot.mouseClick(card.void_button, Qt.MouseButton.LeftButton)
    assert "motif" in seen["refused"]

    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1 and card.payments_model.payment(0).voided,
                    timeout=WAIT_MS)
    stored = demo_ledger.payment(payment.receipt_no)
    assert stored.voided and stored.void_reason == "Erreur de contribuable : reçu établi au mauvais nom"
    status = card.payments_model.index(0, 5).data()
    assert status.startswith("ANNULÉ") and "mauvais nom" in status
    assert not card.void_button.isEnabled()  # already voided
    assert "annulé" in card.notice.text()
    # The balance is owed again: the void gave it back.
    assert demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due().due == line.due
    qtbot.waitUntil(lambda: card.card.oldest_due() is not None and card.card.oldest_due().due == line.due,
                    timeout=WAIT_MS)


def test_keeping_the_receipt_changes_nothing(qtbot, logged_in, demo_ledger, with_session):
    _, _, payment, card = _card_with_one_receipt_selected(qtbot, logged_in, demo_ledger)
    answer_next_dialog(qtbot, lambda dialog: dialog.cancel_button.click())
    qtbot.keyClick(card, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not demo_ledger.payment(payment.receipt_no).voided


def test_the_void_button_never_reads_as_cancel(qtbot, logged_in, demo_ledger, with_session):
    from tests.ui.test_language import _choose

    _, _, _, card = _card_with_one_receipt_selected(qtbot, logged_in, demo_ledger)
    cancel_words = {"fr": "Annuler", "en": "Cancel", "pt": "Cancelar"}
    expected = {"fr": "Annuler le reçu…", "en": "Void receipt…", "pt": "Anular recibo…"}
    for code in ("fr", "en", "pt"):
        if code != "fr":
            logged_in.navigate("settings")
            _choose(qtbot, logged_in, code)
        assert card.void_button.text() == expected[code]
        assert card.void_button.text() != cancel_words[code]


def test_the_void_dialog_says_the_number_stays_used(qtbot, logged_in, demo_ledger, with_session):
    """A voided number is never reused (invariant 5): the agent is told so before confirming."""
    from tests.ui.test_language import _choose

    _, _, payment, card = _card_with_one_receipt_selected(qtbot, logged_in, demo_ledger)
    stays_used = {"fr": "Son numéro reste utilisé", "en": "Its number stays used", "pt": "O número continua usado"}
    for code in ("fr", "en", "pt"):
        if code != "fr":
            logged_in.navigate("settings")
            _choose(qtbot, logged_in, code)
            logged_in.open_card(payment.taxpayer_id)
            qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
            card.payments_table.selectRow(0)
        seen: dict = {}

        def act(dialog, seen=seen) -> None:  # noqa: ANN001
            seen["body"] = dialog.body.text()
            dialog.cancel_button.click()

        answer_next_dialog(qtbot, act)
        qtbot.mouseClick(card.void_button, Qt.MouseButton.LeftButton)
        assert stays_used[code] in seen["body"], (code, seen["body"])
        assert payment.receipt_no in seen["body"] and logged_in.ctx.money(payment.amount) in seen["body"]
    assert not demo_ledger.payment(payment.receipt_no).voided
