"""What the server refuses: a revoked device, an integrity failure, a business quarantine."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.events import last_seq
from sync.client import state
from sync.client.enroll import enroll_ledger
from sync.client.http import Backoff
from sync.client.service import sync_ledger
from sync.client.status import record_statuses, sync_status
from tests.conftest import add_assessed_taxpayer
from tests.sync_client.conftest import SERVER_URL, add_events


def _sync(ledger, server, sleeps):
    return sync_ledger(ledger, transport=server.transport(), backoff=Backoff(sleep=sleeps))


def test_a_revoked_device_is_told_so_and_stops_issuing_receipts_until_enrolled_again(enrolled, server, sleeps):
    taxpayer = add_assessed_taxpayer(enrolled)
    enrolled.open_session(0)
    enrolled.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    server.device(enrolled.device.id).revoked = True
    events = last_seq(enrolled.store.conn)

    result = _sync(enrolled, server, sleeps)
    assert result.revoked and not result.ok and result.refused["code"] == "device_revoked"
    with pytest.raises(QuittanceError) as refused:
        enrolled.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert refused.value.code == "device_revoked_no_receipts"
    assert "ne peut plus émettre de reçus" in refused.value.message("fr")
    assert "can no longer issue receipts" in refused.value.message("en")
    assert last_seq(enrolled.store.conn) == events  # nothing recorded, nothing lost
    assert sync_status(enrolled.store).revoked

    enroll_ledger(enrolled, SERVER_URL, server.add_code("T10"), transport=server.transport())
    payment = enrolled.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    assert payment.receipt_no.startswith("T10-")
    assert enrolled.verify().ok


def test_an_integrity_refusal_stops_the_push_and_is_reported(enrolled, server, sleeps):
    add_events(enrolled, 10)
    assert _sync(enrolled, server, sleeps).ok
    stored = server.device(enrolled.device.id)
    # The server holds another event at the device's last stored seq: what follows on the device
    # no longer chains to it (as after a device restored from another copy of its ledger).
    stored.hashes[stored.stored_through] = "f" * 64
    add_events(enrolled, 3)

    result = _sync(enrolled, server, sleeps)
    assert not result.ok and result.refused["code"] == "chain_broken" and not result.revoked
    assert result.pending == 3 and result.pulled == 0  # nothing pulled over events the server lacks
    assert state.get(enrolled.store.conn, state.STOPPED)["code"] == "chain_broken"
    assert sync_status(enrolled.store).stopped["code"] == "chain_broken"
    again = _sync(enrolled, server, sleeps)
    assert again.refused["code"] == "chain_broken"  # stays stopped until a supervisor acts
    assert not sleeps.waits  # a refusal is not retried like a network failure


def test_quarantined_events_are_listed_with_their_reason_and_do_not_block_the_rest(enrolled, server, sleeps):
    add_events(enrolled, 20)
    taxpayers = {seq for seq in range(1, last_seq(enrolled.store.conn) + 1)}
    server.quarantine = lambda parsed: ("zone_not_assigned", "zone KAT is not this agent's") \
        if parsed.type == "taxpayer.registered" and parsed.data.get("name", "").endswith("7") else None

    result = _sync(enrolled, server, sleeps)
    assert result.ok and result.pending == 0
    assert [q["seq"] for q in result.quarantined] == sorted(q["seq"] for q in result.quarantined)
    assert len(result.quarantined) == 2  # "…00007" and "…00017"
    assert server.device(enrolled.device.id).stored_through == max(taxpayers)

    add_events(enrolled, 2)
    status = sync_status(enrolled.store)
    assert (status.quarantined, status.pending) == (2, 2)
    assert status.sent == status.events - 4
    quarantined = record_statuses(enrolled.store, status="quarantined")
    assert [(r.code, r.reason) for r in quarantined] == [("zone_not_assigned", "zone KAT is not this agent's")] * 2
    assert {r.type for r in quarantined} == {"taxpayer.registered"}
    pending = record_statuses(enrolled.store, status="pending")
    assert [r.status for r in pending] == ["pending", "pending"]
    everything = record_statuses(enrolled.store, limit=1000)
    assert [r.seq for r in everything] == list(range(1, status.events + 1))


def test_sync_before_enrollment_says_what_to_do(device, sleeps):
    with pytest.raises(QuittanceError) as refused:
        sync_ledger(device, backoff=Backoff(sleep=sleeps))
    assert refused.value.code == "sync_not_enrolled"
    assert "quittance enroll" in refused.value.message("pt")


def test_an_unknown_token_is_reported_and_nothing_is_marked(enrolled, server, sleeps):
    from sync.client.cli import describe

    add_events(enrolled, 3)
    server.device(enrolled.device.id).token_hash = "0" * 64  # the server no longer knows this token
    result = _sync(enrolled, server, sleeps)
    assert not result.ok and result.error["code"] == "unauthenticated" and not result.revoked
    assert result.pending == last_seq(enrolled.store.conn) and not sleeps.waits
    assert not sync_status(enrolled.store).revoked
    assert any("inscrivez-le à nouveau" in line for line in describe(result, "fr", SERVER_URL))


def test_the_agent_keeps_recording_while_a_sync_runs_and_those_events_go_too(enrolled, server, sleeps):
    add_events(enrolled, 300)
    recorded = []

    def agent_at_work(phase: str, done: int, total: int | None) -> None:
        if phase == "push" and done == 250 and not recorded:  # between two batches
            recorded.append(enrolled.register_taxpayer(name="Mbuyi Tshala Grâce", zone="KAT"))

    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps),
                         progress=agent_at_work)
    assert recorded and result.ok and result.pending == 0
    assert server.device(enrolled.device.id).arrivals == list(range(1, last_seq(enrolled.store.conn) + 1))
