"""The Z-report printed when a cash session closes."""
from __future__ import annotations

from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.zreport import z_report_document
from tests.printing.escpos_decoder import decode


def test_z_report_totals_voids_and_expected_cash(paid):
    ledger = paid.ledger
    ledger.pay(taxpayer_id=paid.taxpayer_id, tax_code="PAT", period="2026", amount=200_000,
               method="mobile_money", reference="MP-1")
    ledger.void(paid.payment.receipt_no, "Erreur de montant")
    report = ledger.close_session()
    job = decode(render_escpos(z_report_document(report, ledger.municipality), load_profile("generic-58")))
    lines = [line.rstrip() for line in job.lines]

    def row(left: str, right: str) -> str:
        return left + right.rjust(32 - len(left))

    assert "RAPPORT Z" in [line.strip() for line in lines]
    assert row("Patente (1)", "2 000 CDF") in lines
    assert row("Mobile money (1)", "2 000 CDF") in lines
    assert row("TOTAL ENCAISSÉ", "2 000 CDF") in lines
    assert "ANNULATIONS (1)" in lines and "  Motif : Erreur de montant" in lines
    assert row("ESPÈCES ATTENDUES", "0 CDF") in lines
    assert all(len(line) <= 32 for line in lines)
