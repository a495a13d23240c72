"""An attacker with the file drops the triggers first; verify must still see every change."""
import json

import pytest

from core.events import chain_hash
from tests.unit.attacker import drop_triggers


@pytest.fixture
def paid(ledger, taxpayer):
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
                for _ in range(5)]
    return ledger, receipts


def test_intact_ledger_verifies(paid):
    ledger, receipts = paid
    report = ledger.verify()
    assert report.ok, report.problems
    assert report.payments == 5


def test_edited_payment_amount_is_detected(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    conn.execute("UPDATE payments SET amount = 1000 WHERE receipt_no = ?", (receipts[2].receipt_no,))
    report = ledger.verify()
    assert not report.ok
    seq = conn.execute("SELECT event_seq FROM payments WHERE receipt_no = ?", (receipts[2].receipt_no,)).fetchone()[0]
    assert report.first_problem.seq == seq
    assert receipts[2].receipt_no in report.first_problem.detail


def test_edited_event_amount_is_detected_even_with_a_consistent_row(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    target = receipts[1]
    seq, payload = conn.execute("SELECT e.seq, e.payload FROM events e JOIN payments p ON p.event_seq = e.seq "
                                "WHERE p.receipt_no = ?", (target.receipt_no,)).fetchone()
    body = json.loads(payload)
    body["data"]["amount"] = 1000
    conn.execute("UPDATE events SET payload = ? WHERE seq = ?", (json.dumps(body), seq))
    conn.execute("UPDATE payments SET amount = 1000 WHERE receipt_no = ?", (target.receipt_no,))
    report = ledger.verify()
    assert report.first_problem.seq == seq
    assert "edited" in report.first_problem.detail


def test_rehashed_forgery_is_caught_by_its_signature_and_the_next_link(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    seq, payload, prev = conn.execute("SELECT e.seq, e.payload, e.prev_hash FROM events e JOIN payments p "
                                      "ON p.event_seq = e.seq WHERE p.receipt_no = ?",
                                      (receipts[1].receipt_no,)).fetchone()
    forged = payload.replace('"amount":100000', '"amount":1000')
    conn.execute("UPDATE events SET payload = ?, hash = ? WHERE seq = ?", (forged, chain_hash(prev, forged), seq))
    conn.execute("UPDATE payments SET amount = 1000 WHERE receipt_no = ?", (receipts[1].receipt_no,))
    report = ledger.verify()
    assert report.first_problem.seq == seq
    assert "token" in report.first_problem.detail or "signature" in report.first_problem.detail
    assert any(p.seq == seq + 1 and "prev_hash" in p.detail for p in report.problems)


def test_deleted_event_is_detected(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    seq = conn.execute("SELECT event_seq FROM payments WHERE receipt_no = ?", (receipts[3].receipt_no,)).fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (seq,))
    report = ledger.verify()
    assert report.first_problem.seq == seq
    assert "missing" in report.first_problem.detail


def test_reordered_events_are_detected(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    (a, *_), (b, *_) = conn.execute("SELECT seq FROM events ORDER BY seq DESC LIMIT 2").fetchall()
    conn.execute("UPDATE events SET seq = -1 WHERE seq = ?", (a,))
    conn.execute("UPDATE events SET seq = ? WHERE seq = ?", (a, b))
    conn.execute("UPDATE events SET seq = ? WHERE seq = -1", (b,))
    report = ledger.verify()
    assert not report.ok
    assert report.first_problem.seq == min(a, b)


def test_deleting_the_last_payment_and_its_event_leaves_a_missing_number(paid):
    ledger, receipts = paid
    conn = ledger.store.conn
    drop_triggers(conn)
    last = receipts[-1]
    seq = conn.execute("SELECT event_seq FROM payments WHERE receipt_no = ?", (last.receipt_no,)).fetchone()[0]
    conn.execute("DELETE FROM payments WHERE receipt_no = ?", (last.receipt_no,))
    conn.execute("DELETE FROM events WHERE seq >= ?", (seq,))
    report = ledger.verify()
    assert not report.ok
    assert last.receipt_no in str(report.first_problem)
