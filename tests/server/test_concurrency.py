"""Several devices pushing at once: every event stored once, each with its own arrival number."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from core.events import last_seq
from sync.server.schema import events, receipts
from tests.server.support import enrolled_device, push_all, record_sale


def test_four_devices_pushing_at_once(server, tmp_path):
    devices = []
    for n in range(4):
        ledger, token = enrolled_device(tmp_path / f"d{n}.db", server, code=f"T1{n}")
        for k in range(3):
            record_sale(ledger, name=f"Contribuable {n} {k}", zone="KAT" if k % 2 else "NDE", amount=100_000 + k)
        devices.append((ledger, token))
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda d: push_all(server, d[1], d[0], batch_size=2), devices))
    for (ledger, _token), answer in zip(devices, answers):
        assert answer["stored_through"] == last_seq(ledger.store.conn)
        assert answer["quarantined"] == []
    rows = server.rows(events)
    assert len(rows) == sum(last_seq(ledger.store.conn) for ledger, _ in devices)
    assert len({r["arrival"] for r in rows}) == len(rows)
    assert len({(r["device_id"], r["seq"]) for r in rows}) == len(rows)
    assert len(server.rows(receipts)) == 12
