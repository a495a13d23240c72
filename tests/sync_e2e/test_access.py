"""Access through the real client: who may sync, and what happens to those who may not."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.events import last_seq
from sync.client.enroll import enroll_ledger
from sync.client.status import record_statuses, sync_status
from sync.server import enrollment
from sync.server.schema import events, quarantine, taxpayers
from tests.server.support import make_device, record_sale
from tests.sync_e2e.support import (IN_PROCESS_URL, assert_exactly_once, enrolled_device, event_count, in_process,
                                    quick_backoff, server_seqs, sync)


def test_an_unenrolled_device_cannot_sync_and_a_made_up_token_is_refused(server, tmp_path):
    device = make_device(tmp_path / "t07.db", server)
    record_sale(device)
    with pytest.raises(QuittanceError) as refused:
        sync(device, in_process(server))
    assert refused.value.code == "sync_not_enrolled"
    # A file given settings that look enrolled, with a token the server never issued.
    with device.store.transaction() as conn:
        for key, value in (("server_url", IN_PROCESS_URL), ("sync.token", "made-up-token"),
                           ("sync.server_public_key", "ab" * 32)):
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, json(?))", (key, f'"{value}"'))
    result = sync(device, in_process(server))
    assert not result.ok and result.error["code"] == "unauthenticated" and not result.revoked
    assert event_count(server) == 0


def test_a_reused_enrollment_code_is_refused_and_changes_nothing(server, tmp_path):
    code = server.enrollment_code("T07")
    first = make_device(tmp_path / "a.db", server)
    enroll_ledger(first, IN_PROCESS_URL, code, transport=in_process(server), backoff=quick_backoff())
    second = make_device(tmp_path / "b.db", server, code="T99")
    before = last_seq(second.store.conn)
    with pytest.raises(QuittanceError) as refused:
        enroll_ledger(second, IN_PROCESS_URL, code, transport=in_process(server), backoff=quick_backoff())
    assert refused.value.code == "sync_code_invalid"
    assert not sync_status(second.store).enrolled and second.device.code == "T99"
    assert last_seq(second.store.conn) == before  # no device.enrolled event


def test_a_revoked_device_keeps_its_data_stops_receipts_and_comes_back_when_enrolled_again(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    taxpayer_id, _payment = record_sale(device)
    assert sync(device, transport).ok
    with server.engine.begin() as conn:
        enrollment.revoke(conn, "T07")
    with device.store.transaction():  # recorded after the revocation, before the device knows
        device.register_taxpayer(name="Mujinga Kalenga Rose", zone="KAT")
    held = last_seq(device.store.conn)

    result = sync(device, transport)
    assert result.revoked and result.refused["code"] == "device_revoked"
    with pytest.raises(QuittanceError) as refused:
        device.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period=str(device.today().year), amount=1000,
                   method="cash")
    assert refused.value.code == "device_revoked_no_receipts"
    assert last_seq(device.store.conn) == held and result.pending > 0  # kept, not lost
    assert max(server_seqs(server, device.device.id)) < held

    enroll_ledger(device, IN_PROCESS_URL, server.enrollment_code("T10"), transport=transport,
                  backoff=quick_backoff())
    again = sync(device, transport)
    assert again.ok, (again.refused, again.error)
    assert again.duplicates == 0  # it goes on from what the server acknowledged
    payment = device.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period=str(device.today().year), amount=1000,
                         method="cash")
    assert payment.receipt_no.startswith("T10-")
    assert sync(device, transport).ok
    assert_exactly_once(server, device)


def test_an_agent_outside_their_zones_is_held_for_a_supervisor_and_nothing_else_stops(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport, agent="Mbuyi Tshala")  # NDE
    outside = device.register_taxpayer(name="Kabasélé Ngoyi Françoise", zone="KAT")
    inside = device.register_taxpayer(name="Ngoyi Beya Angèle", zone="NDE")

    result = sync(device, transport)
    assert result.ok  # a business refusal is not a failed sync
    assert [q["code"] for q in result.quarantined] == ["zone_not_assigned"]
    assert_exactly_once(server, device)  # stored all the same: nothing recorded in the field is lost
    assert len(server.rows(quarantine)) == 1
    assert [t["id"] for t in server.rows(taxpayers)] == [inside]
    statuses = record_statuses(device.store, status="quarantined")
    assert [(s.entity_id, s.code) for s in statuses] == [(outside, "zone_not_assigned")]
    assert sync_status(device.store).quarantined == 1 and sync_status(device.store).pending == 0
    assert len(server.rows(events)) == last_seq(device.store.conn)


def test_only_the_revoked_devices_own_key_may_enroll_again_under_its_id(server, tmp_path):
    from core.keys import generate_keypair

    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, in_process(server))
    _private, other_key = generate_keypair()
    claim = {"device_id": device.device.id, "public_key": other_key, "app_version": "0.1.0"}
    answer = server.client.post("/api/v1/enroll", json={**claim, "code": server.enrollment_code("T08")})
    assert answer.status_code == 403  # active: nobody enrolls under its id
    with server.engine.begin() as conn:
        enrollment.revoke(conn, "T07")
    answer = server.client.post("/api/v1/enroll", json={**claim, "code": server.enrollment_code("T09")})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "enrollment_code_invalid"


def test_enrollment_attempts_past_the_rate_limit_are_told_at_once(server, tmp_path):
    """The server counts attempts per address and says when to come back (minutes): the client
    reports it in the agent's words instead of waiting that long."""
    device = make_device(tmp_path / "t07.db", server)
    backoff = quick_backoff()
    codes = []
    for attempt in range(server.settings.enroll_attempts + 1):
        with pytest.raises(QuittanceError) as refused:
            enroll_ledger(device, IN_PROCESS_URL, f"WRONG-CODE-{attempt:04d}", transport=in_process(server),
                          backoff=backoff)
        codes.append(refused.value.code)
    assert codes[:-1] == ["sync_code_invalid"] * server.settings.enroll_attempts
    assert codes[-1] == "sync_rate_limited"
    assert max(backoff.delays, default=0) <= 0.5  # nothing near the Retry-After was waited out
    assert not sync_status(device.store).enrolled
