"""With no printer set, the app says where to set one (Settings), not a command-line flag."""
from __future__ import annotations

import pytest

from desktop.printer_gateway import PrinterGateway

WHERE = {"fr": "Paramètres", "en": "Settings", "pt": "Definições"}


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_printing_with_no_printer_points_to_settings(ledger, taxpayer, lang):
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    ledger.open_session(0)
    receipt = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash").receipt_no
    outcome = PrinterGateway(ledger).print_receipt(receipt, lang)
    assert not outcome.ok
    assert "--printer" not in outcome.message
    assert WHERE[lang] in outcome.message
    assert ledger.payment(receipt).receipt_no == receipt  # the payment stays recorded
