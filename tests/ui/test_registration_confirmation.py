"""After registering a taxpayer: a confirmation naming who was recorded, with a payment at hand."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, type_text

CONFIRMED = {"fr": ("Contribuable enregistré : Zanzala Mwamba Odile", "N° d'identification : ZM-77120",
                    "Référence : MAR-KAT-9931", "Encaisser", "Enregistrer un autre"),
             "en": ("Taxpayer registered: Zanzala Mwamba Odile", "ID number: ZM-77120", "Reference: MAR-KAT-9931",
                    "Take a payment", "Register another"),
             "pt": ("Contribuinte registado: Zanzala Mwamba Odile", "N.º de identificação: ZM-77120",
                    "Referência: MAR-KAT-9931", "Cobrar", "Registar outro")}


def _register(qtbot, main, with_object: bool = True):  # noqa: ANN001
    qtbot.mouseClick(main.rail.buttons["new"], Qt.MouseButton.LeftButton)
    form = main.form
    type_text(form.name, "Zanzala Mwamba Odile")
    qtbot.keyClicks(form.id_number, "ZM-77120")
    if with_object:
        qtbot.mouseClick(form.objects.add_button, Qt.MouseButton.LeftButton)
        row = form.objects.rows[0]
        row.kind.setCurrentIndex(row.kind.findData("market_stall"))
        qtbot.keyClicks(row.reference, "MAR-KAT-9931")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    card = main.card
    qtbot.waitUntil(lambda: main.current_view() is card and card.registered_box.isVisible(), timeout=WAIT_MS)
    return card


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_registering_confirms_and_offers_a_payment(qtbot, logged_in, demo_ledger, with_session, language):
    logged_in.set_language(language)
    logged_in.resize(1024, 600)
    card = _register(qtbot, logged_in)
    box = card.registered_box
    name, id_line, reference, pay, another = CONFIRMED[language]
    assert box.text.text().splitlines() == [name, id_line, reference]
    assert box.pay_button.text() == pay and box.another_button.text() == another
    for widget in (box.pay_button, box.another_button, box.ok_button):
        assert widget.isVisible() and widget.height() >= 44
        corner = widget.mapTo(logged_in, widget.rect().bottomRight())
        assert corner.x() <= logged_in.width() and corner.y() <= logged_in.height()
    assert box.pay_button.hasFocus()  # Space takes the payment

    qtbot.mouseClick(box.pay_button, Qt.MouseButton.LeftButton)
    payment = logged_in.payment
    assert logged_in.current_view() is payment
    assert payment.card.taxpayer["id"] == card.taxpayer_id and payment.amount.hasFocus()
    qtbot.keyClick(payment.amount, Qt.Key.Key_Escape)
    assert logged_in.current_view() is card and not box.isVisible()  # said once, not on every visit


def test_without_a_session_the_payment_waits_for_one(qtbot, logged_in, demo_ledger):
    card = _register(qtbot, logged_in, with_object=False)
    box = card.registered_box
    assert box.text.text().splitlines() == ["Contribuable enregistré : Zanzala Mwamba Odile",
                                            "N° d'identification : ZM-77120"]
    qtbot.mouseClick(box.pay_button, Qt.MouseButton.LeftButton)
    session = logged_in.session
    assert logged_in.current_view() is session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)
    qtbot.keyClick(session.float_input, Qt.Key.Key_Return)
    payment = logged_in.payment
    qtbot.waitUntil(lambda: logged_in.current_view() is payment, timeout=WAIT_MS)
    assert payment.card.taxpayer["name"] == "Zanzala Mwamba Odile" and payment.amount.hasFocus()


def test_register_another_or_just_carry_on(qtbot, logged_in, demo_ledger):
    card = _register(qtbot, logged_in)
    qtbot.mouseClick(card.registered_box.another_button, Qt.MouseButton.LeftButton)
    form = logged_in.form
    assert logged_in.current_view() is form and form.is_draft_empty() and form.name.hasFocus()
    assert logged_in.rail.buttons["new"].isChecked()

    type_text(form.name, "Kapinga Tshilanda Rose")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.registered_box.isVisible() and "Kapinga" in card.registered_box.text.text(),
                    timeout=WAIT_MS)
    assert "Aucun n° d'identification ni référence d'objet" in card.registered_box.text.text()
    qtbot.mouseClick(card.registered_box.ok_button, Qt.MouseButton.LeftButton)
    assert not card.registered_box.isVisible() and logged_in.current_view() is card
    assert card.name.text() == "Kapinga Tshilanda Rose"


def test_an_edit_is_not_a_registration(qtbot, logged_in, demo_ledger):
    card = _register(qtbot, logged_in)
    qtbot.mouseClick(card.registered_box.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    form = logged_in.form
    assert logged_in.current_view() is form
    type_text(form.address, "Marché central")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logged_in.current_view() is card and "Marché" in card.identity_text.text(),
                    timeout=WAIT_MS)
    assert not card.registered_box.isVisible()
