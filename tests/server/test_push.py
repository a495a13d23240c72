"""Push: a real device's events reach the server exactly once, whatever is resent."""
from __future__ import annotations

from sqlalchemy import func, select

from core.events import last_seq
from sync.server.db import reading
from sync.server.receipts import find_receipt
from sync.server.schema import events
from tests.server.support import auth, enrolled_device, push, push_all, record_sale, wire_events


def _stored(server) -> list[tuple[int, str]]:  # noqa: ANN001
    with reading(server.engine) as conn:
        return [tuple(r) for r in conn.execute(select(events.c.seq, events.c.hash).order_by(events.c.seq))]


def test_happy_path_stores_every_event_and_projects_the_receipt(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    taxpayer_id, payment = record_sale(ledger, amount=750_000)
    answer = push_all(server, token, ledger)
    assert answer["stored_through"] == last_seq(ledger.store.conn)
    assert answer["quarantined"] == []
    device_events = wire_events(ledger)
    assert _stored(server) == [(e["seq"], e["hash"]) for e in device_events]
    rows = server.rows(events)
    assert len({r["arrival"] for r in rows}) == len(rows)  # a global arrival order
    assert all(r["received_at"] and r["device_time"] for r in rows)
    with reading(server.engine) as conn:
        receipt = find_receipt(conn, number=payment.receipt_no)
        assert find_receipt(conn, payment_id=payment.id) == receipt
        assert find_receipt(conn, number="T07-2026-999999") is None
    assert receipt["amount"] == 750_000 and receipt["currency"] == "CDF" and receipt["tax_code"] == "PAT"
    assert receipt["taxpayer_id"] == taxpayer_id and receipt["taxpayer_name"] == "Kabasélé Ngoyi Françoise"
    assert receipt["token"] == payment.token and receipt["voided_at"] is None
    status = server.client.get("/api/v1/device", headers=auth(token)).json()
    assert status["stored_through"] == answer["stored_through"] and status["last_sync"]


def test_several_batches_and_a_void(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger)
    ledger.void(payment.receipt_no, "erreur de montant")
    record_sale(ledger, name="Mukendi Kalala Awa", amount=100_000)
    answer = push_all(server, token, ledger, batch_size=3)
    assert answer["stored_through"] == last_seq(ledger.store.conn)
    with reading(server.engine) as conn:
        voided = find_receipt(conn, number=payment.receipt_no)
    assert voided["voided_at"] and voided["void_reason"] == "erreur de montant"


def test_duplicate_resend_is_harmless(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    batch = wire_events(ledger)
    first = push(server, token, batch).json()
    again = push(server, token, batch)
    assert again.status_code == 200
    assert again.json()["stored"] == 0 and again.json()["duplicates"] == len(batch)
    assert again.json()["stored_through"] == first["stored_through"]
    assert len(_stored(server)) == len(batch)


def test_lost_answer_costs_one_resend_never_a_duplicate(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    push(server, token, wire_events(ledger))  # committed, but the answer never reached the device
    record_sale(ledger, name="Ilunga Beya Noëlle")
    # The device still thinks nothing was stored: it resends everything, old and new together.
    answer = push(server, token, wire_events(ledger))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["duplicates"] > 0 and body["stored"] > 0
    assert body["stored_through"] == last_seq(ledger.store.conn)
    seqs = [seq for seq, _hash in _stored(server)]
    assert seqs == list(range(1, last_seq(ledger.store.conn) + 1))
    with reading(server.engine) as conn:
        from sync.server.schema import receipts
        assert conn.execute(select(func.count()).select_from(receipts)).scalar_one() == 2


def test_batch_commits_atomically(server, tmp_path):
    """A batch refused for its last event stores none of its events."""
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    batch = wire_events(ledger)
    batch[-1] = {**batch[-1], "signature": "00" * 64}
    assert push(server, token, batch).status_code == 409
    assert _stored(server) == []


def test_events_are_partitioned_by_device_bucket_on_postgresql(server):
    if server.engine.dialect.name != "postgresql":
        return  # SQLite has the same columns and key, unpartitioned
    with reading(server.engine) as conn:
        strategy = conn.exec_driver_sql("SELECT partstrat FROM pg_partitioned_table p JOIN pg_class c "
                                        "ON c.oid = p.partrelid WHERE c.relname = 'events'").scalar_one()
        parts = conn.exec_driver_sql("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent "
                                     "WHERE c.relname = 'events'").scalar_one()
        key = conn.exec_driver_sql("SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                                   "WHERE conrelid = 'events'::regclass AND contype = 'p'").scalar_one()
    assert (strategy, parts) == ("l", 16)
    assert key == "PRIMARY KEY (bucket, device_id, seq)"
