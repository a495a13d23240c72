"""An agent who opens a cash session because a payment needed one is taken back to that
taxpayer's payment, with what was typed kept and the amount field in hand."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle


def _open_the_session(qtbot, main, float_text: str = "0") -> None:  # noqa: ANN001
    session = main.session
    assert main.current_view() is session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)
    qtbot.keyClicks(session.float_input, float_text)
    qtbot.mouseClick(session.open_button, Qt.MouseButton.LeftButton)


def test_from_the_card_without_a_session_back_to_the_payment(qtbot, logged_in, demo_ledger):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.card is not None and card.session_box.isVisible(), timeout=WAIT_MS)
    assert not card.pay_button.isEnabled()

    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    _open_the_session(qtbot, logged_in, "5 000")
    payment = logged_in.payment
    qtbot.waitUntil(lambda: logged_in.current_view() is payment, timeout=WAIT_MS)
    assert demo_ledger.current_session_id() is not None
    assert payment.card.taxpayer["id"] == taxpayer_id
    assert payment.title.text().endswith(card.card.taxpayer["name"])
    oldest = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    assert payment.amount.text() == logged_in.ctx.money_plain(oldest.due)  # ready: the oldest due
    assert payment.amount.hasFocus()
    assert logged_in.rail.buttons["search"].isChecked()  # the rail says where the agent is

    # Cancel goes back to the same card, which now takes payments.
    qtbot.keyClick(payment.amount, Qt.Key.Key_Escape)
    assert logged_in.current_view() is card and card.taxpayer_id == taxpayer_id
    qtbot.waitUntil(lambda: card.pay_button.isEnabled(), timeout=WAIT_MS)
    assert not card.session_box.isVisible()


def test_a_payment_refused_for_want_of_a_session_comes_back_as_typed(qtbot, logged_in, demo_ledger, with_session):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.pay_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(card.pay_button, Qt.MouseButton.LeftButton)
    payment = logged_in.payment
    assert logged_in.current_view() is payment
    payment.amount.clear()
    qtbot.keyClicks(payment.amount, "1 234")
    demo_ledger.close_session()  # closed meanwhile (another window, the command line)

    answer_next_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(payment.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payment.session_button.isVisible(), timeout=WAIT_MS)
    assert payment.notice.isVisible()

    qtbot.mouseClick(payment.session_button, Qt.MouseButton.LeftButton)
    _open_the_session(qtbot, logged_in)
    qtbot.waitUntil(lambda: logged_in.current_view() is payment, timeout=WAIT_MS)
    assert payment.card.taxpayer["id"] == taxpayer_id
    logged_in.activateWindow()  # offscreen, the window stays inactive after the confirmation dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    assert payment.amount.text() == "1 234" and payment.amount.hasFocus()
    assert not payment.notice.isVisible() and not payment.session_button.isVisible()
    assert payment.continue_button.isEnabled()


def test_going_elsewhere_first_cancels_the_way_back(qtbot, logged_in, demo_ledger):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    logged_in.open_card(taxpayer_id)
    card = logged_in.card
    qtbot.waitUntil(lambda: card.card is not None and card.session_box.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(card.session_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(logged_in.rail.buttons["home"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(logged_in.rail.buttons["session"], Qt.MouseButton.LeftButton)
    _open_the_session(qtbot, logged_in)
    qtbot.waitUntil(lambda: logged_in.session.session_id is not None, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert logged_in.current_view() is logged_in.session
