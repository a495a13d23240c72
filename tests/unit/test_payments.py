import pytest

from core.errors import QuittanceError


@pytest.fixture
def session(ledger):
    return ledger.open_session(1_000_000)


def pay(ledger, taxpayer, amount, **kw):
    fields = dict(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount, method="cash")
    fields.update(kw)
    return ledger.pay(**fields)


def test_receipt_number_format_and_signed_token(ledger, taxpayer, session):
    payment = pay(ledger, taxpayer, 1_500_000)
    assert payment.receipt_no == "T07-2026-000001"
    assert payment.token.startswith("Q2.")
    assert payment.balance_after == 500_000


def test_partial_payments_reduce_the_balance(ledger, taxpayer, session):
    pay(ledger, taxpayer, 500_000)
    pay(ledger, taxpayer, 700_000)
    line = next(b for b in ledger.reads.taxpayer_card(taxpayer).balances if b.period == "2026")
    assert (line.assessed, line.paid, line.due) == (2_000_000, 1_200_000, 800_000)


def test_payment_above_the_balance_is_refused_unless_an_advance(ledger, taxpayer, session):
    with pytest.raises(QuittanceError) as raised:
        pay(ledger, taxpayer, 2_500_000)
    assert "20\u202f000\u00a0CDF" in raised.value.message("fr") and "avance" in raised.value.message("fr")
    assert ledger.store.conn.execute("SELECT count(*) FROM payments").fetchone()[0] == 0
    advance = pay(ledger, taxpayer, 2_500_000, advance=True)
    assert advance.is_advance and advance.balance_after == -500_000


def test_advance_for_a_period_not_yet_assessed(ledger, taxpayer, session):
    with pytest.raises(QuittanceError):
        pay(ledger, taxpayer, 100_000, period="2027")
    assert pay(ledger, taxpayer, 100_000, period="2027", advance=True).period == "2027"


def test_no_payment_outside_an_open_session(ledger, taxpayer):
    with pytest.raises(QuittanceError) as raised:
        pay(ledger, taxpayer, 100_000)
    assert raised.value.code == "no_open_session"
    ledger.open_session(0)
    pay(ledger, taxpayer, 100_000)
    ledger.close_session()
    with pytest.raises(QuittanceError):
        pay(ledger, taxpayer, 100_000)


def test_mobile_money_needs_its_reference(ledger, taxpayer, session):
    with pytest.raises(QuittanceError) as raised:
        pay(ledger, taxpayer, 100_000, method="mobile_money")
    assert raised.value.code == "reference_required"
    payment = pay(ledger, taxpayer, 100_000, method="mobile_money", reference="MP240811.1234.A56789")
    assert payment.reference == "MP240811.1234.A56789"


@pytest.mark.parametrize("fields, code", [
    ({"tax_code": "XXX"}, "unknown_tax"),
    ({"period": "26"}, "invalid_period"),
    ({"method": "card"}, "invalid_method"),
    ({"taxpayer_id": "nobody"}, "unknown_taxpayer"),
    ({"amount": 0}, "invalid_amount"),
    ({"amount": -5}, "invalid_amount"),
])
def test_bad_payments_are_refused_and_nothing_is_written(ledger, taxpayer, session, fields, code):
    before = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as raised:
        pay(ledger, taxpayer, **{"amount": 100_000, **fields})
    assert raised.value.code == code
    assert ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert ledger.store.conn.execute("SELECT last_seq FROM receipt_counters").fetchone() is None


def test_inactive_taxpayer_cannot_pay(ledger, taxpayer, session):
    ledger.deactivate_taxpayer(taxpayer, expected_version=1)
    with pytest.raises(QuittanceError) as raised:
        pay(ledger, taxpayer, 100_000)
    assert raised.value.code == "inactive_taxpayer"


def test_void_restores_the_balance_but_keeps_the_number(ledger, taxpayer, session):
    first = pay(ledger, taxpayer, 1_000_000)
    voided = ledger.void(first.receipt_no, "Erreur de montant")
    assert voided.voided and voided.void_reason == "Erreur de montant"
    line = next(b for b in ledger.reads.taxpayer_card(taxpayer).balances if b.period == "2026")
    assert line.due == 2_000_000
    second = pay(ledger, taxpayer, 1_000_000)
    assert second.receipt_no == "T07-2026-000002"
    with pytest.raises(QuittanceError):
        ledger.void(first.receipt_no, "encore")
    with pytest.raises(QuittanceError):
        ledger.void(second.receipt_no, "   ")
    assert ledger.verify().ok


def test_oldest_arrears_come_first(ledger, taxpayer, session):
    card = ledger.reads.taxpayer_card(taxpayer)
    oldest = card.oldest_due()
    assert (oldest.period, oldest.is_arrears, oldest.due) == ("2025", True, 2_000_000)
    assert card.total_due == 4_000_000


def test_receipt_numbers_restart_each_year(ledger, taxpayer, session, clock):
    from datetime import datetime, timezone
    pay(ledger, taxpayer, 100_000)
    clock.moment = datetime(2027, 1, 2, 9, 0, tzinfo=timezone.utc)
    ledger.confirm_clock_ahead()  # six weeks past the last record: the agent confirms the clock
    assert pay(ledger, taxpayer, 100_000).receipt_no == "T07-2027-000001"
    assert ledger.verify().ok


def test_printed_copies_are_counted(ledger, taxpayer, session):
    payment = pay(ledger, taxpayer, 100_000)
    assert ledger.record_print(payment.receipt_no) == 1
    assert ledger.record_print(payment.receipt_no) == 2
    assert ledger.reads.receipt_facts(payment.receipt_no).copies_printed == 2


def test_the_payment_remembers_what_else_was_owed(ledger, taxpayer, session):
    payment = pay(ledger, taxpayer, 2_000_000)  # pays 2026 in full; 2025 is still owed
    assert payment.balance_after == 0
    assert payment.other_due_after == 2_000_000
    assert ledger.payment(payment.receipt_no).other_due_after == 2_000_000
    assert ledger.verify().ok
