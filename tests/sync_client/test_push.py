"""Push: batches of 250 in seq order, resumable after any failure, exactly once on the server."""
from __future__ import annotations

import httpx

from core.events import last_seq
from sync.client import state
from sync.client.http import Backoff
from sync.client.service import sync_ledger
from tests.sync_client.conftest import add_events
from tests.sync_client.fake_server import FlakyTransport


def _sync(ledger, transport, sleeps, **options):
    return sync_ledger(ledger, transport=transport, backoff=Backoff(sleep=sleeps), **options)


def test_events_go_in_batches_of_250_and_arrive_once(enrolled, server, sleeps):
    add_events(enrolled, 600)
    total = last_seq(enrolled.store.conn)
    seen = []
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps),
                         progress=lambda phase, done, of: seen.append((phase, done, of)))

    assert result.ok and result.pushed == total and result.pending == 0 and result.stored_through == total
    assert server.push_sizes == [250, 250, total - 500]
    stored = server.device(enrolled.device.id)
    assert stored.arrivals == list(range(1, total + 1))
    pushes = [(done, of) for phase, done, of in seen if phase == "push"]
    assert pushes[0] == (0, total) and pushes[-1] == (total, total)
    assert state.get(enrolled.store.conn, state.PUSHED_SEQ) == total
    assert enrolled.home_summary().pending_events == 0


def test_a_sync_cut_at_batch_k_resumes_from_what_the_server_holds(enrolled, server, sleeps):
    add_events(enrolled, 600)
    total = last_seq(enrolled.store.conn)
    pushes = {"n": 0}

    def cut_at_third_batch(count: int, request: httpx.Request) -> bool:
        if request.url.path.endswith("/push"):
            pushes["n"] += 1
            return pushes["n"] >= 3  # the network goes down for good at the third batch
        return False

    first = _sync(enrolled, FlakyTransport(server.transport(), cut_at_third_batch), sleeps, max_attempts=3)
    assert not first.ok and first.error["code"] == "unreachable"
    assert first.stored_through == 500 and first.pending == total - 500
    assert state.get(enrolled.store.conn, state.PUSHED_SEQ) == 500

    second = _sync(enrolled, server.transport(), sleeps)
    assert second.ok and second.pushed == total - 500 and second.duplicates == 0
    assert server.device(enrolled.device.id).arrivals == list(range(1, total + 1))


def test_a_lost_answer_costs_one_resend_and_no_duplicate(enrolled, server, sleeps):
    add_events(enrolled, 300)
    total = last_seq(enrolled.store.conn)
    server.lose_answers = 1  # the first batch is committed, then its answer never arrives

    result = _sync(enrolled, server.transport(), sleeps)
    assert result.ok and result.pending == 0
    assert result.duplicates == 250  # the resent batch: harmless
    assert server.device(enrolled.device.id).arrivals == list(range(1, total + 1))


def test_backoff_grows_exponentially_with_full_jitter(enrolled, server, sleeps):
    add_events(enrolled, 5)
    draws = iter([0.9, 0.2, 0.7, 0.4, 1.0])
    down = {"left": 5}

    def down_five_times(count: int, request: httpx.Request) -> bool:
        if down["left"]:
            down["left"] -= 1
            return True
        return False

    result = sync_ledger(enrolled, transport=FlakyTransport(server.transport(), down_five_times),
                         backoff=Backoff(base=0.5, cap=60, sleep=sleeps, random=lambda: next(draws)))
    assert result.ok
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0]  # base·2^k: each failure doubles how long one may wait
    assert sleeps.waits == [d * c for d, c in zip([0.9, 0.2, 0.7, 0.4, 1.0], ceilings)]


def test_real_jitter_stays_under_the_growing_ceiling(enrolled, server, sleeps):
    backoff = Backoff(base=0.5, cap=8, sleep=sleeps)
    for attempt in range(8):
        backoff.wait(attempt)
    assert all(0 <= wait <= min(8, 0.5 * 2 ** k) for k, wait in enumerate(sleeps.waits))
    assert len(set(sleeps.waits)) > 1  # jittered, not a fixed schedule


def test_one_connection_in_five_dropped_still_delivers_every_event_once(enrolled, server, sleeps):
    add_events(enrolled, 1200)
    total = last_seq(enrolled.store.conn)
    server.records = [{"kind": "zone", "id": f"z{i}", "version": 1,
                       "data": {"id": f"z{i}", "code": f"Z{i:03d}", "name": f"Zone {i}"}} for i in range(250)]
    flaky = FlakyTransport(server.transport(), lambda count, request: count % 5 == 0)

    result = _sync(enrolled, flaky, sleeps, page_size=50)
    assert result.ok, result.error
    assert server.device(enrolled.device.id).arrivals == list(range(1, total + 1))
    assert result.pulled == 250
    assert sleeps.waits  # the drops were retried, not fatal
    assert enrolled.verify().ok


def test_the_server_clock_is_learnt_and_a_drift_over_five_minutes_reported(enrolled, server, sleeps):
    from datetime import timedelta

    result = _sync(enrolled, server.transport(), sleeps)
    assert result.ok and not result.clock_drift and abs(result.clock_offset_s) < 60
    server.clock_skew = timedelta(minutes=9)
    result = _sync(enrolled, server.transport(), sleeps)
    assert result.clock_drift and 8 * 60 < result.clock_offset_s < 10 * 60
    assert state.get(enrolled.store.conn, state.CLOCK_OFFSET) == result.clock_offset_s
