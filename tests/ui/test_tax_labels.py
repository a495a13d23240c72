"""Tax names on screens follow the UI language, live (issue 9): the municipality's "Patente" is
"Business licence" in English and "Alvará comercial" in Portuguese, on the card, the payment form
and the session's totals; the printed receipt keeps the municipality's language."""
from __future__ import annotations

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, wait_idle
from tests.ui.test_payment import open_payment

ENGLISH = {"PAT": "Business licence", "IFO": "Property tax", "MAR": "Market stall fee", "VIG": "Vehicle tax",
           "PUB": "Billboard tax"}
FRENCH = {"PAT": "Patente", "IFO": "Impôt foncier", "MAR": "Droit de place au marché", "VIG": "Vignette",
          "PUB": "Taxe d'affichage"}


def _items(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_payment_form_and_the_card_switch_tax_names_live(qtbot, logged_in, demo_ledger, with_session):
    main = logged_in
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    view = open_payment(qtbot, main, taxpayer_id)
    assert _items(view.tax) == [f"{code} — {FRENCH[code]}" for code in sorted(FRENCH)]
    first = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    assert view.line.itemText(0).startswith(f"{FRENCH[first.tax_code]} {first.period}")

    main.set_language("en")
    wait_idle(qtbot, main)
    qtbot.waitUntil(lambda: view.tax.itemText(0) == f"IFO — {ENGLISH['IFO']}", timeout=WAIT_MS)
    assert _items(view.tax) == [f"{code} — {ENGLISH[code]}" for code in sorted(ENGLISH)]
    assert view.line.itemText(0).startswith(f"{ENGLISH[first.tax_code]} {first.period}")

    main.open_card(taxpayer_id)
    qtbot.waitUntil(lambda: main.card.balances_model.rowCount() > 0, timeout=WAIT_MS)
    names = {main.card.balances_model.index(row, 0).data() for row in range(main.card.balances_model.rowCount())}
    assert names and names <= set(ENGLISH.values())
    main.set_language("pt")
    wait_idle(qtbot, main)
    assert main.card.balances_model.index(0, 0).data() in {"Alvará comercial", "Imposto predial",
                                                           "Taxa de ocupação do mercado", "Imposto de circulação",
                                                           "Taxa de publicidade"}


def test_the_session_totals_name_taxes_in_the_ui_language_and_the_receipt_in_the_municipality(
        qtbot, logged_in, demo_ledger, with_session):
    main = logged_in
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    payment = demo_ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=line.due, method="cash")
    main.set_language("en")
    main.navigate("session")
    wait_idle(qtbot, main)
    qtbot.waitUntil(lambda: ENGLISH[line.tax_code] in main.session.running.text(), timeout=WAIT_MS)
    assert FRENCH[line.tax_code] not in main.session.running.text()
    # The receipt is printed in the municipality's language (French here), whatever the screen's.
    assert demo_ledger.reads.receipt_facts(payment.receipt_no).tax_label == FRENCH[line.tax_code]
