"""Faults on a real link: the real client, a real TCP proxy process, a real uvicorn server
process. After recovery the server holds every event exactly once and the device verifies."""
from __future__ import annotations

import threading

from core.service import Ledger
from sync.client.service import SyncResult
from tests.server.support import record_sale
from tests.sync_e2e.served import one_connection_per_call, wait_until
from tests.sync_e2e.support import alert_kinds, assert_exactly_once, enrolled_device, server_seqs, sync


def _device(tmp_path, server, proxy) -> Ledger:  # noqa: ANN001
    return enrolled_device(tmp_path / "t07.db", server, proxy.base_url, one_connection_per_call())


def _record(ledger: Ledger, taxpayers: int) -> None:
    record_sale(ledger)
    with ledger.store.transaction():
        for i in range(taxpayers):
            ledger.register_taxpayer(name=f"Contribuable {i:03d}", zone="KAT", phone=f"+2438123{i:05d}")


def _sync(ledger: Ledger, **options) -> SyncResult:  # noqa: ANN003
    return sync(ledger, one_connection_per_call(), **options)


def test_answers_lost_after_the_server_committed_cost_a_resend_never_a_duplicate(server, proxy, tmp_path):
    device = _device(tmp_path, server, proxy)
    _record(device, 60)
    proxy.set(lose_answers=2)
    result = _sync(device, batch_size=25)
    assert result.ok, (result.refused, result.error)
    assert proxy.stats()["answers_lost"] == 2
    assert result.duplicates > 0  # the resent batches were already stored
    assert_exactly_once(server, device)
    assert alert_kinds(server) == []


def test_one_connection_in_five_dropped(server, proxy, tmp_path):
    device = _device(tmp_path, server, proxy)
    _record(device, 70)
    proxy.set(drop_every=5)
    result = _sync(device, batch_size=8, page_size=20)
    stats = proxy.stats()
    assert stats["dropped"] >= stats["connections"] // 5 - 1 and stats["dropped"] >= 3
    assert stats["answers_lost"] >= 1  # some drops came after the server had committed
    assert result.ok, (result.refused, result.error)
    assert_exactly_once(server, device)
    assert alert_kinds(server) == []


def test_a_slow_link_200_ms_and_20_kb_per_second(server, proxy, tmp_path):
    device = _device(tmp_path, server, proxy)
    _record(device, 15)
    proxy.set(latency_ms=200, rate_bps=20_000)
    result = _sync(device, batch_size=10)
    assert result.ok, (result.refused, result.error)
    assert proxy.stats()["up"] > 15_000  # the pushes (about 23 kB) really went through the slow link
    assert_exactly_once(server, device)


def test_the_server_killed_in_the_middle_of_a_batch_then_restarted(server, served, proxy, tmp_path):
    device = _device(tmp_path, server, proxy)
    _record(device, 80)
    proxy.set(rate_bps=20_000)  # a batch takes seconds to upload: time to kill the server under it
    outcome: list[SyncResult] = []
    worker = threading.Thread(target=lambda: outcome.append(_sync(device, max_attempts=3)))
    worker.start()
    wait_until(lambda: proxy.stats()["push_in_flight"] > 8_000, 60, "a push half-way through the link")
    served.kill()
    worker.join(timeout=120)
    assert outcome and not outcome[0].ok and outcome[0].error["code"] == "unreachable"
    assert server_seqs(server, device.device.id) == list(range(1, outcome[0].stored_through + 1))
    served.start()
    proxy.set(rate_bps=0)
    result = _sync(device)
    assert result.ok, (result.refused, result.error)
    assert_exactly_once(server, device)
    assert alert_kinds(server) == []


def test_duplicated_batches_arriving_late_and_out_of_order_are_harmless(server, proxy, tmp_path):
    device = _device(tmp_path, server, proxy)
    _record(device, 60)
    first = _sync(device, batch_size=20)
    assert first.ok and first.batches >= 3
    stored = server_seqs(server, device.device.id)
    # The network delivers copies of the first batches again, newest first, after the rest.
    for index in reversed(range(first.batches)):
        answer = proxy.replay(index)
        assert answer["status"] == 200, answer
        assert answer["body"]["stored"] == 0 and answer["body"]["duplicates"] > 0
        assert answer["body"]["stored_through"] == stored[-1]
    record_sale(device, name="Kalala Nkulu Pélagie")
    assert _sync(device).ok
    assert_exactly_once(server, device)
    assert alert_kinds(server) == []
