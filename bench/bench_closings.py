"""Closings (issue 14): closing a session must not get slower as the device's history grows, since
its perpetual totals carry on from the last closing (core/perpetual.py) rather than recount, and the
Z-report finds its voids by the session's own events (core/sessions.py session_voids).

Measures `close_session` (the perpetual totals, the Z-report, the signed event) on a young device
(after 20 sessions) and on an old one (after `QUITTANCE_BENCH_CLOSINGS_SESSIONS`, default 5,000
sessions of 10 receipts and a void each), the same session each time. Target: the old device's
median within 1.5x the young one's."""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.harness import Row, ms
from tests.conftest import FixedClock, add_assessed_taxpayer, make_ledger

SESSIONS = int(os.environ.get("QUITTANCE_BENCH_CLOSINGS_SESSIONS", "5000"))
RECEIPTS = 10
SAMPLES = 20


def _session(ledger, clock: FixedClock, taxpayer: str, n: int) -> float:  # noqa: ANN001
    clock.moment = datetime(2026, 11, 2, 6, 0, tzinfo=timezone.utc) + timedelta(seconds=5 * n)
    ledger.open_session(0)
    paid = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash")
            for _ in range(RECEIPTS)]
    ledger.void(paid[0].receipt_no, "bench")
    started = time.perf_counter()
    ledger.close_session()
    return (time.perf_counter() - started) * 1000


def run() -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="quittance-bench-closings-"))
    clock = FixedClock(datetime(2026, 11, 2, 6, 0, tzinfo=timezone.utc))
    ledger = make_ledger(folder / "device.db", clock=clock)
    taxpayer = add_assessed_taxpayer(ledger, periods=("2026",))
    with ledger.store.transaction() as conn:  # room for every receipt: the due amount is not the point
        conn.execute("UPDATE assessments SET amount = 1000000000000")
    young = [_session(ledger, clock, taxpayer, n) for n in range(SAMPLES)]
    for n in range(SAMPLES, SESSIONS):
        _session(ledger, clock, taxpayer, n)
    old = [_session(ledger, clock, taxpayer, SESSIONS + n) for n in range(SAMPLES)]
    ledger.close()
    ratio = statistics.median(old) / statistics.median(young)
    return [(f"close_session, device with {SAMPLES} sessions (median)", ms(statistics.median(young)), "—"),
            (f"close_session, device with {SESSIONS:,} sessions (median)", ms(statistics.median(old)), "—"),
            ("old / young", f"{ratio:.2f}x", "<= 1.5x")]
