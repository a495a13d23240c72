"""Amounts, periods and messages as the agent reads them in French, English and Portuguese:
CLDR separators and currency placement on every screen, an overpayment refused as it is typed,
periods in words, and messages already on screen following a live language switch."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle
from tests.ui.test_language import _choose
from tests.ui.test_payment import confirm, open_payment

NNBSP, NBSP = "\u202f", "\u00a0"
# An amount of 1 234,56 CDF as each language writes it, and the shape of any CDF amount.
WRITTEN = {"fr": f"1{NNBSP}234,56{NBSP}CDF", "en": f"CDF{NBSP}1,234.56", "pt": f"1{NBSP}234,56{NBSP}CDF"}
SHAPE = {
    "fr": re.compile(rf"^-?\d{{1,3}}({NNBSP}\d{{3}})*(,\d\d)?{NBSP}CDF$"),
    "en": re.compile(rf"^-?CDF{NBSP}\d{{1,3}}(,\d{{3}})*(\.\d\d)?$"),
    "pt": re.compile(rf"^-?\d{{1,3}}({NBSP}\d{{3}})*(,\d\d)?{NBSP}CDF$"),
}
AMOUNT_IN_TEXT = re.compile(rf"(CDF{NBSP})?\d[\d{NNBSP}{NBSP},.]*\d(?:{NBSP}CDF)?")


def _amounts(text: str) -> list[str]:
    """Every CDF amount written in a text (numbers that are not amounts, such as receipt
    numbers, carry no currency and are skipped)."""
    return [m.group(0) for m in AMOUNT_IN_TEXT.finditer(text) if "CDF" in m.group(0)]


def _pay_with_cents(demo_ledger) -> tuple[str, object]:  # noqa: ANN001
    """A taxpayer who owes more than one line, with 1 234,56 CDF paid off the oldest one."""
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=123_456, method="cash")
    return taxpayer_id, payment


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_every_amount_shown_follows_the_language(qtbot, logged_in, demo_ledger, with_session, language):
    logged_in.set_language(language)
    wait_idle(qtbot, logged_in)
    taxpayer_id, payment = _pay_with_cents(demo_ledger)
    shape, written = SHAPE[language], WRITTEN[language]

    # The card: the total due, the balances table, the payment history.
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    total = card.total_due.text()
    assert _amounts(total) and all(shape.match(a) for a in _amounts(total)), total
    for row in range(card.balances_model.rowCount()):
        for column in (2, 3, 4):
            shown = card.balances_model.index(row, column).data()
            assert shape.match(shown), (row, column, shown)
    assert card.payments_model.index(0, 3).data() == written

    # The payment form: the lines to pay, the balance hint, the field, then the confirmation.
    view = open_payment(qtbot, logged_in, taxpayer_id)
    lines = [view.line.itemText(i) for i in range(view.line.count() - 1)]
    assert lines and all(shape.match(_amounts(text)[-1]) for text in lines), lines
    hint = _amounts(view.due_hint.text())
    assert hint and shape.match(hint[0]), view.due_hint.text()
    view.amount.setText(written.replace("CDF", "").strip(NBSP))  # what the agent types, as they write it
    seen: dict = {}
    confirm(qtbot, seen)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert seen["amount"] == written
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.receipt, timeout=WAIT_MS)
    summary = view.receipt.summary.text()
    assert written in summary
    assert all(shape.match(a) for a in _amounts(summary)), summary
    wait_idle(qtbot, logged_in)

    # Home: today's total (two payments of 1 234,56 CDF).
    logged_in.navigate("home")
    qtbot.waitUntil(lambda: logged_in.home.today_total.text() != "", timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    today = logged_in.home.today_total.text()
    assert shape.match(today), today
    assert today == {"fr": f"2{NNBSP}469,12{NBSP}CDF", "en": f"CDF{NBSP}2,469.12",
                     "pt": f"2{NBSP}469,12{NBSP}CDF"}[language]

    # The cash session's running totals (the Z-report as it stands).
    logged_in.navigate("session")
    session = logged_in.session
    qtbot.waitUntil(lambda: today in session.running.text(), timeout=WAIT_MS)
    shown = _amounts(session.running.text())
    assert len(shown) >= 4 and all(shape.match(a) for a in shown), shown


@pytest.mark.parametrize("language, refused", [
    ("fr", "dépasse le reste à payer"), ("en", "is above the balance due"), ("pt", "excede o saldo devido")])
def test_an_overpayment_is_refused_as_it_is_typed(qtbot, logged_in, demo_ledger, with_session, language, refused):
    logged_in.set_language(language)
    wait_idle(qtbot, logged_in)
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    due = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due().due
    view = open_payment(qtbot, logged_in, taxpayer_id)
    assert not view.notice.isVisible()  # the balance itself is fine
    view.amount.clear()
    qtbot.keyClicks(view.amount, "99999999")
    assert view.notice.isVisible() and refused in view.notice.text()
    assert f"({logged_in.ctx.money(due)})" in view.notice.text()  # the most this line takes
    assert all(SHAPE[language].match(a) for a in _amounts(view.notice.text())), view.notice.text()
    assert view.amount.property("invalid") is True

    # Corrected as it is typed: the refusal and the red outline go at once.
    view.amount.clear()
    qtbot.keyClicks(view.amount, "100")
    assert not view.notice.isVisible()
    assert view.amount.property("invalid") is False


def test_above_the_maximum_per_payment_even_as_an_advance(qtbot, logged_in, demo_ledger, with_session):
    logged_in.set_language("en")
    view = open_payment(qtbot, logged_in, taxpayer_with_arrears(demo_ledger))
    view.line.setCurrentIndex(view.line.count() - 1)  # another tax or period
    tick = QPoint(10, view.advance.height() // 2)  # on the box: the widget is wider than its text
    qtbot.mouseClick(view.advance, Qt.MouseButton.LeftButton, pos=tick)
    assert view.advance.isChecked()
    qtbot.keyClicks(view.amount, "5000")
    assert not view.notice.isVisible()  # an advance may be more than what is owed
    qtbot.keyClicks(view.amount, "000000")  # 5,000,000,000: above 100,000,000
    assert view.notice.isVisible()
    assert f"The maximum per payment is CDF{NBSP}100,000,000" in view.notice.text()
    qtbot.mouseClick(view.advance, Qt.MouseButton.LeftButton, pos=tick)  # not an advance: above the balance too
    assert view.notice.isVisible()


def test_a_refusal_on_screen_follows_a_live_language_switch(qtbot, logged_in, demo_ledger, with_session):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    due = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due().due
    view = open_payment(qtbot, logged_in, taxpayer_id)
    view.amount.clear()
    qtbot.keyClicks(view.amount, "99999999")
    assert "dépasse le reste à payer" in view.notice.text()

    logged_in.navigate("settings")
    _choose(qtbot, logged_in, "en")
    assert "is above the balance due" in view.notice.text()
    assert "dépasse" not in view.notice.text()
    assert f"CDF{NBSP}" in view.notice.text()  # the amounts too, in English
    assert view.amount.text() == "99999999" and view.amount.property("invalid") is True

    _choose(qtbot, logged_in, "pt")
    assert "excede o saldo devido" in view.notice.text()
    assert f"{NBSP}CDF" in view.notice.text()
    assert f"{logged_in.ctx.money(due)}" in view.notice.text()


def test_other_messages_on_screen_follow_a_live_language_switch(qtbot, logged_in, demo_ledger, with_session):
    main = logged_in
    # The card's note of a receipt just voided, through the real void dialog.
    taxpayer_id, payment = _pay_with_cents(demo_ledger)
    main.open_card(taxpayer_id)
    card = main.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    card.payments_table.selectRow(0)

    def void(dialog) -> None:  # noqa: ANN001
        dialog.reason.setPlainText("Erreur de saisie")
        dialog.confirm_button.click()
    answer_next_dialog(qtbot, void)
    qtbot.mouseClick(card.void_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "annulé" in card.notice.text(), timeout=WAIT_MS)
    wait_idle(qtbot, main)

    main.navigate("settings")
    main.settings.notice.show_message("success", "Réglages enregistrés.")  # plain text cannot be said again

    _choose(qtbot, main, "en")
    assert card.notice.text() == f"Receipt {payment.receipt_no} is voided."
    assert not main.settings.notice.isVisible()  # gone rather than left in French
    _choose(qtbot, main, "pt")
    assert card.notice.text() == f"O recibo {payment.receipt_no} está anulado."


def test_a_print_failure_is_said_again_in_the_new_language_and_goes_after_a_good_retry(
        qtbot, logged_in, demo_ledger, with_session, tmp_path):
    receipt_file = tmp_path / "later" / "receipt.bin"
    # A printer file in a folder that does not exist yet fails like an unreachable printer.
    demo_ledger.save_setting("printer", {"uri": receipt_file.as_uri(), "profile": "generic-58"})
    taxpayer_id, payment = _pay_with_cents(demo_ledger)
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    card.payments_table.selectRow(0)
    qtbot.mouseClick(card.reprint_button, Qt.MouseButton.LeftButton)
    status = card.print_status
    qtbot.waitUntil(lambda: status.state == "failed", timeout=WAIT_MS)
    assert "Non imprimé" in status.notice.text() and payment.receipt_no in status.notice.text()

    logged_in.navigate("settings")
    _choose(qtbot, logged_in, "en")
    assert status.notice.text().startswith(f"Not printed: duplicate of receipt {payment.receipt_no}.")
    assert "Nothing is lost" in status.notice.text() and "Non imprimé" not in status.notice.text()

    receipt_file.parent.mkdir()  # the printer answers again
    qtbot.mouseClick(status.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status.state == "printed", timeout=WAIT_MS)
    assert status.notice.text().startswith("Printed:")
    assert "Not printed" not in status.notice.text() and status.notice.property("role") == "success"
    assert not status.retry_button.isVisible()
    assert payment.receipt_no.encode() in receipt_file.read_bytes()


@pytest.mark.parametrize("language, patente, monthly", [
    ("fr", "Patente 2026", "mars 2026"),
    ("en", "Patente 2026", "March 2026"),
    ("pt", "Patente 2026", "março de 2026"),
])
def test_periods_are_shown_in_words(qtbot, logged_in, demo_ledger, with_session, language, patente, monthly):
    from core.period_words import period_in_words, tax_and_period

    assert period_in_words("2026-03", language) == monthly
    assert tax_and_period("Patente", "2026", language) == patente
    assert tax_and_period("Droit de place", "2026-03", language) == f"Droit de place, {monthly}"
    logged_in.set_language(language)
    wait_idle(qtbot, logged_in)
    taxpayer_id, payment = _pay_with_cents(demo_ledger)
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.payments_model.rowCount() == 1, timeout=WAIT_MS)
    label = logged_in.ctx.tax_label(payment.tax_code)
    shown = card.payments_model.index(0, 2).data()
    assert shown == tax_and_period(label, payment.period, language)
    assert payment.tax_code not in shown.split()  # "Patente 2026", never "PAT 2026"
    periods = [card.balances_model.index(row, 1).data() for row in range(card.balances_model.rowCount())]
    assert not any(re.search(r"\d{4}-\d{2}", text) for text in periods), periods  # months in words


def test_a_monthly_line_reads_as_a_month_in_the_payment_form(qtbot, logged_in, demo_ledger, with_session):
    for result in demo_ledger.reads.search("a", limit=400):
        lines = demo_ledger.reads.taxpayer_card(result.hit.taxpayer_id).balances
        monthly = [line for line in lines if line.due > 0 and re.fullmatch(r"\d{4}-\d{2}", line.period)]
        if monthly:
            break
    else:
        pytest.skip("the demo seed has no monthly tax owed")
    logged_in.set_language("en")
    wait_idle(qtbot, logged_in)
    view = open_payment(qtbot, logged_in, result.hit.taxpayer_id)
    texts = [view.line.itemText(i) for i in range(view.line.count())]
    year, month = monthly[0].period.split("-")
    month_name = ("January February March April May June July August September October November "
                  "December").split()[int(month) - 1]
    assert any(f", {month_name} {year} — " in text for text in texts), texts
    assert not any(monthly[0].period in text for text in texts)
