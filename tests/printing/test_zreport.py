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


def test_closed_z_report_prints_the_signed_chain_head_an_auditor_can_check(paid):
    """Issue 8 §2: the Z-report anchors the ledger outside the file: the chain head at closing
    (seq and a short hash), signed by the device key, as text and as a QR code."""
    from core.anchors import parse_chain_head
    from tests.printing.test_qr_verify import _scan

    ledger = paid.ledger
    report = ledger.close_session()
    conn = ledger.store.conn
    closing = conn.execute("SELECT max(seq) FROM events WHERE type = 'session.closed'").fetchone()[0]
    seq, digest = conn.execute("SELECT seq, hash FROM events WHERE seq = ?", (closing - 1,)).fetchone()
    job = decode(render_escpos(z_report_document(report, ledger.municipality), load_profile("generic-58")))
    lines = [line.rstrip() for line in job.lines]
    at = lines.index("Registre signé jusqu'à")
    assert lines[at + 1] == f"n° {seq}".ljust(32 - 16) + digest[:16]
    printed = "".join(line for line in lines[at + 2:at + 7] if not line.startswith("="))  # wrapped over lines
    head = parse_chain_head(printed)
    assert head is not None and (head.seq, head.short_hash) == (seq, digest[:16])
    assert head.valid_for(ledger.device.public_key)
    assert _scan(job.images[-1]) == head.text
    forged = parse_chain_head(head.text.replace(f"H1.{seq}.", f"H1.{seq + 1}."))
    assert not forged.valid_for(ledger.device.public_key)


def test_z_report_prints_how_many_receipts_are_not_printed(paid):
    ledger = paid.ledger
    second = ledger.pay(taxpayer_id=paid.taxpayer_id, tax_code="PAT", period="2026", amount=100_000, method="cash")
    ledger.record_print(second.receipt_no)
    ledger.record_print(second.receipt_no)  # a DUPLICATA is still one receipt printed
    report = ledger.close_session()
    lines = [line.rstrip() for line in decode(render_escpos(z_report_document(report, ledger.municipality),
                                                            load_profile("generic-58"))).lines]
    assert "Reçus non imprimés".ljust(31) + "1" in lines
