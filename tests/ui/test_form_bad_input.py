"""Bad input on the real payment and registration screens: each case shows the refusal in the
error notice, marks the field, keeps what was typed, and records nothing. A wrong device clock is
refused too, and a clock more than a day ahead is recorded only once the agent confirms it."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop.theme import DANGER_BG
from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle
from tests.ui.test_payment import confirm, open_payment
from tests.ui.test_register import _open_form


def count(ledger, table: str) -> int:
    return ledger.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


PAYMENT_CASES = [
    ("amount 1,5,5", "1,5,5", None, "Montant invalide"),
    ("amount 1.2.3", "1.2.3", None, "Montant invalide"),
    ("amount inf", "inf", None, "Montant invalide"),
    ("amount nan", "nan", None, "Montant invalide"),
    ("amount 1e5", "1e5", None, "Montant invalide"),
    ("amount negative", "-5000", None, "Montant invalide"),
    ("amount empty", "", None, "Montant invalide"),
    ("amount Arabic-Indic digits", "١٥٠٠٠", None, "Montant invalide"),
    ("amount fullwidth digits", "１５０００", None, "Montant invalide"),
    ("amount past int64", str(2**63), None, "Montant trop élevé"),
    ("amount above the maximum per payment", "100 000 001", None, "Montant trop élevé"),
    ("escape in reference", "1 500", "MP26\x1b[31m", "« Référence du paiement »"),
    ("bidi override in reference", "1 500", "MP\u202e6211", "« Référence du paiement »"),
]


@pytest.mark.parametrize("amount, reference, needle", [c[1:] for c in PAYMENT_CASES],
                         ids=[c[0] for c in PAYMENT_CASES])
def test_the_payment_form_refuses_bad_input(qtbot, logged_in, demo_ledger, with_session, amount, reference,
                                            needle):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    view = open_payment(qtbot, logged_in, taxpayer_id)
    payments = count(demo_ledger, "payments")
    view.amount.setText(amount)  # as pasted: QTest types ASCII only
    if reference is not None:
        qtbot.mouseClick(view.method_buttons["mobile_money"], Qt.MouseButton.LeftButton)
        view.reference.setText(reference)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert needle in view.notice.text()
    field = view.amount if reference is None else view.reference
    assert field.property("invalid") is True
    assert view.amount.text() == amount and view.pages.currentIndex() == 0
    wait_idle(qtbot, logged_in)
    assert count(demo_ledger, "payments") == payments


REGISTRATION_CASES = [
    ("NUL in name", "name", "Mwamba\x00Odette", "« Nom »"),
    ("escape in name", "name", "Mwamba \x1b[2J", "« Nom »"),
    ("C1 in business name", "business_name", "Boutique\x85Odette", "« Raison sociale »"),
    ("bidi override in id number", "id_number", "0412\u202e88-2231", "« N° d'identification »"),
    ("DEL in address", "address", "Avenue\x7f Lumumba", "« Adresse »"),
]


@pytest.mark.parametrize("field, text, needle", [c[1:] for c in REGISTRATION_CASES],
                         ids=[c[0] for c in REGISTRATION_CASES])
def test_the_registration_form_refuses_invisible_characters(qtbot, logged_in, demo_ledger, field, text, needle):
    form = _open_form(qtbot, logged_in)
    taxpayers = count(demo_ledger, "taxpayers")
    if field != "name":
        form.name.setText("Mwamba Odette")
    widget = getattr(form, field)
    widget.setText(text)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert needle in form.notice.text()
    assert widget.property("invalid") is True and widget.text() == text
    wait_idle(qtbot, logged_in)
    assert count(demo_ledger, "taxpayers") == taxpayers


def looks_red(field) -> bool:  # noqa: ANN001
    """What the agent sees: the field's own background, right of any text, is the error pink."""
    image = field.grab().toImage()
    return image.pixelColor(image.width() - 12, image.height() // 2).name() == DANGER_BG


def wholly_in_view(widget) -> bool:  # noqa: ANN001
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("lat, lon, wrong", [("inf", "22.4", "lat"), ("-5.9", "nan", "lon"), ("-5,9", "-inf", "lon"),
                                             ("91", "22.4", "lat"), ("abc", "200", "both")])
def test_manual_coordinates_must_be_finite_and_in_range(qtbot, logged_in, lat, lon, wrong):
    logged_in.resize(1024, 600)
    panel = _open_form(qtbot, logged_in).location_panel
    qtbot.mouseClick(panel.manual_button, Qt.MouseButton.LeftButton)
    panel.lat.setText(lat)
    panel.lon.setText(lon)
    qtbot.mouseClick(panel.use_manual, Qt.MouseButton.LeftButton)
    assert "Coordonnées invalides" in panel.notice.text()
    assert panel.location() is None
    marked = {"lat": [panel.lat], "lon": [panel.lon], "both": [panel.lat, panel.lon]}[wrong]
    for field in (panel.lat, panel.lon):
        assert looks_red(field) == (field in marked)
    qtbot.waitUntil(lambda: wholly_in_view(panel.notice) and wholly_in_view(marked[0]), timeout=WAIT_MS)
    panel.lat.setText("-5.9")
    panel.lon.setText("22.4")
    qtbot.mouseClick(panel.use_manual, Qt.MouseButton.LeftButton)
    assert panel.location() is not None and not looks_red(panel.lat) and not looks_red(panel.lon)


def test_the_payment_form_marks_only_the_field_still_wrong_and_shows_it(qtbot, logged_in, demo_ledger,
                                                                        with_session):
    logged_in.resize(1024, 600)
    view = open_payment(qtbot, logged_in, taxpayer_with_arrears(demo_ledger))
    view.amount.setText("1,5,5")
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert looks_red(view.amount)
    view.amount.setText("1 500")
    qtbot.mouseClick(view.method_buttons["mobile_money"], Qt.MouseButton.LeftButton)
    view.reference.setText("MP26\x1b[31m")
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    assert "« Référence du paiement »" in view.notice.text()
    assert not looks_red(view.amount), "the amount is right now, yet still outlined in red"
    assert looks_red(view.reference)
    qtbot.waitUntil(lambda: wholly_in_view(view.reference), timeout=WAIT_MS)
    view.reference.setText("MP261122.1043")
    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.receipt.payment is not None, timeout=WAIT_MS)
    assert not looks_red(view.reference)


def test_a_clock_behind_the_last_record_refuses_to_record(qtbot, logged_in, demo_ledger, clock):
    clock.advance(hours=-1)
    form = _open_form(qtbot, logged_in)
    form.name.setText("Mwamba Odette")
    taxpayers = count(demo_ledger, "taxpayers")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Réglez la date et l'heure" in form.notice.text(), timeout=WAIT_MS)
    assert form.name.text() == "Mwamba Odette"
    assert count(demo_ledger, "taxpayers") == taxpayers


@pytest.mark.parametrize("accept", [True, False])
def test_a_clock_days_ahead_records_only_once_confirmed(qtbot, logged_in, demo_ledger, with_session, clock,
                                                       accept):
    clock.advance(days=3)
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    view = open_payment(qtbot, logged_in, taxpayer_id)
    payments = count(demo_ledger, "payments")
    seen: dict = {}

    def answer(dialog) -> None:  # noqa: ANN001
        seen["text"] = dialog.body.text()
        dialog.accept() if accept else dialog.reject()

    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    answer_next_dialog(qtbot, answer)
    qtbot.waitUntil(lambda: "text" in seen, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert "plus d'un jour" in seen["text"]
    if accept:
        qtbot.waitUntil(lambda: view.receipt.payment is not None, timeout=WAIT_MS)
        assert count(demo_ledger, "payments") == payments + 1
    else:
        qtbot.waitUntil(lambda: "plus d'un jour" in view.notice.text(), timeout=WAIT_MS)
        assert count(demo_ledger, "payments") == payments


def lines_as_shown(label) -> list[str]:  # noqa: ANN001
    """The label's text broken into lines as Qt breaks it at the label's width."""
    from PySide6.QtGui import QTextLayout, QTextOption

    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_the_maximum_per_payment_is_never_broken_across_lines(qtbot, logged_in, demo_ledger, with_session,
                                                              language):
    """At 1024x600 in Portuguese the message broke as "…é 100" / "000 000 CDF": the agent, told
    to check the number of zeros, read a maximum of 100."""
    logged_in.set_language(language)
    logged_in.resize(1024, 600)
    view = open_payment(qtbot, logged_in, taxpayer_with_arrears(demo_ledger))
    view.amount.setText("100 000 001")
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    lines = lines_as_shown(view.notice.label)
    assert len(lines) >= 2
    for before, after in zip(lines, lines[1:]):
        assert not (re.search(r"\d$", before.rstrip()) and re.match(r"\d{3}\b", after.lstrip())), lines
    shown = " ".join(lines).replace("\u00a0", " ").replace("\u202f", " ")
    assert "100 000 000 CDF" in shown or "CDF 100,000,000" in shown
