"""The print queue is derived from recorded facts: payments without a `receipt.printed` event."""
from __future__ import annotations

from core.service import Ledger
from core.token import verification_code
from tests.conftest import add_assessed_taxpayer


def _pay(ledger: Ledger, taxpayer: str, amount: int = 100_000):
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount, method="cash")


def test_a_payment_never_printed_is_queued_with_its_stub_code_and_survives_a_restart(ledger, taxpayer, tmp_path):
    ledger.open_session(0)
    payment = _pay(ledger, taxpayer)
    path = ledger.store.path
    ledger.close()
    reopened = Ledger.open(path)
    try:
        queue = reopened.reads.print_queue()
        assert [(q.receipt_no, q.code, q.taxpayer_name, q.amount) for q in queue] == [
            (payment.receipt_no, verification_code(payment.token), "Kabasélé Ngoyi Félicité", 100_000)]
        assert reopened.reads.unprinted_count() == 1
    finally:
        reopened.close()


def test_printing_takes_a_receipt_out_of_the_queue_and_a_reprint_is_not_counted_twice(ledger, taxpayer):
    ledger.open_session(0)
    first, second = _pay(ledger, taxpayer), _pay(ledger, taxpayer)
    assert [q.receipt_no for q in ledger.reads.print_queue()] == [first.receipt_no, second.receipt_no]  # oldest first
    ledger.record_print(first.receipt_no)
    ledger.record_print(first.receipt_no)  # a DUPLICATA
    assert [q.receipt_no for q in ledger.reads.print_queue()] == [second.receipt_no]
    assert ledger.reads.unprinted_count() == 1
    assert ledger.session_report().unprinted == 1


def test_a_voided_receipt_is_not_waiting_for_paper(ledger, taxpayer):
    ledger.open_session(0)
    payment = _pay(ledger, taxpayer)
    ledger.void(payment.receipt_no, "Erreur")
    assert ledger.reads.print_queue() == [] and ledger.reads.unprinted_count() == 0


def test_the_z_report_counts_the_sessions_unprinted_receipts_and_keeps_the_count_at_closing(ledger, taxpayer):
    other = add_assessed_taxpayer(ledger, "Ouédraogo Aïssata")
    ledger.open_session(0)
    printed, left = _pay(ledger, taxpayer), _pay(ledger, other)
    ledger.record_print(printed.receipt_no)
    report = ledger.close_session()
    assert report.unprinted == 1
    ledger.record_print(left.receipt_no)  # printed after closing: the signed closing keeps what it saw
    assert ledger.session_report(report.session_id).unprinted == 1
    assert ledger.reads.unprinted_count() == 0
    assert ledger.verify().ok
