import pytest

from core.errors import QuittanceError
from tests.conftest import add_assessed_taxpayer


def test_z_report_totals_by_tax_and_method_with_range_and_voids(ledger, taxpayer):
    other = add_assessed_taxpayer(ledger, "Ouédraogo Aïssata")
    ledger.open_session(500_000)
    a = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_000_000, method="cash")
    ledger.pay(taxpayer_id=other, tax_code="PAT", period="2025", amount=300_000, method="mobile_money",
               reference="MM-778899")
    c = ledger.pay(taxpayer_id=other, tax_code="PAT", period="2026", amount=200_000, method="cash")
    ledger.void(c.receipt_no, "Doublon")
    report = ledger.close_session()
    assert (report.first_receipt, report.last_receipt, report.receipt_count) == (a.receipt_no, c.receipt_no, 3)
    assert [(l.key, l.count, l.total) for l in report.by_tax] == [("PAT", 2, 1_300_000)]
    assert [(l.key, l.count, l.total) for l in report.by_method] == [("cash", 1, 1_000_000),
                                                                     ("mobile_money", 1, 300_000)]
    assert [(v.receipt_no, v.amount, v.reason) for v in report.voids] == [(c.receipt_no, 200_000, "Doublon")]
    assert report.total_collected == 1_300_000
    assert report.expected_cash == 1_500_000
    assert ledger.session_report(report.session_id) == report  # stored as closed, unchanged


def test_only_one_session_at_a_time(ledger):
    ledger.open_session(0)
    with pytest.raises(QuittanceError) as raised:
        ledger.open_session(0)
    assert raised.value.code == "session_already_open"


def test_closing_without_an_open_session_is_refused(ledger):
    with pytest.raises(QuittanceError) as raised:
        ledger.close_session()
    assert raised.value.code == "no_open_session"


def test_an_agent_cannot_pay_into_another_agents_session(ledger, taxpayer):
    ilunga, mbuyi = ledger.find_agent("Ilunga Kabeya").id, ledger.find_agent("Mbuyi Tshala").id
    ledger.act_as(ilunga)
    ledger.open_session(0)
    ledger.act_as(mbuyi)
    with pytest.raises(QuittanceError) as raised:
        ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert "Ilunga Kabeya" in raised.value.message("fr")
    ledger.close_session()  # a colleague or supervisor may close it
    ledger.open_session(0)
    assert ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash").agent_id == mbuyi


def test_home_and_z_report_count_receipts_with_one_tally(ledger, taxpayer):
    """A voided receipt stays issued and leaves the net: home's 'today' and the Z-report agree."""
    other = add_assessed_taxpayer(ledger, "Ouédraogo Aïssata")
    ledger.open_session(0)
    ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_000_000, method="cash")
    voided = ledger.pay(taxpayer_id=other, tax_code="PAT", period="2026", amount=200_000, method="cash")
    ledger.void(voided.receipt_no, "Doublon")
    today = ledger.reads.home_summary().today
    running = ledger.session_report()
    assert (today.issued, today.voided, today.net, today.net_amount) == (2, 1, 1, 1_000_000)
    assert running.tally == today
    closed = ledger.close_session()
    assert closed.tally == today and ledger.session_report(closed.session_id).tally == today
    assert ledger.reads.home_summary().today_total == 1_000_000  # the old name still means the net amount
