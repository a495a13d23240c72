"""Business refusals are stored, quarantined with their reason, and never block what follows."""
from __future__ import annotations

from core.events import last_seq
from sync.server import reference
from sync.server.db import reading
from sync.server.receipts import find_receipt
from sync.server.schema import events, quarantine, taxpayers
from tests.server.support import ZONE_IDS, enrolled_device, push_all, record_sale


def test_agent_outside_their_zones_is_quarantined_but_stored(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server, agent="Mbuyi Tshala")  # zone NDE only
    _outside, payment = record_sale(ledger, zone="KAT")
    first_end = last_seq(ledger.store.conn)
    inside, _ = record_sale(ledger, name="Ngoyi Beya Angèle", zone="NDE")
    answer = push_all(server, token, ledger)
    assert answer["stored_through"] == last_seq(ledger.store.conn)
    assert len(server.rows(events)) == last_seq(ledger.store.conn)  # nothing lost
    held = {q["seq"]: q["code"] for q in server.rows(quarantine)}
    assert held and set(held.values()) <= {"zone_not_assigned", "taxpayer_unknown"}
    assert "zone_not_assigned" in held.values()
    assert all(seq <= first_end for seq in held)  # the events after them went through
    assert [t["id"] for t in server.rows(taxpayers)] == [inside]  # the quarantined registration is not merged
    with reading(server.engine) as conn:  # the money was taken: its receipt still verifies
        assert find_receipt(conn, number=payment.receipt_no)["amount"] == payment.amount


def test_zone_taken_away_while_offline(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)  # Ilunga: KAT and NDE
    record_sale(ledger, zone="KAT")
    ilunga = server.agent_id("Ilunga Kabeya")
    with server.engine.begin() as conn:  # meanwhile the supervisor moves Ilunga to NDE only
        reference.set_agent_zones(conn, ilunga, [ZONE_IDS["NDE"]])
    answer = push_all(server, token, ledger)
    # The registration is refused for the zone; what follows about that taxpayer is held too, as
    # the server's registry does not hold it until a supervisor decides.
    codes = [q["code"] for q in answer["quarantined"]]
    assert codes[0] == "zone_not_assigned" and set(codes[1:]) == {"taxpayer_unknown"}
    assert answer["stored_through"] == last_seq(ledger.store.conn)


def test_deactivated_agent_is_quarantined(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    ilunga = server.agent_id("Ilunga Kabeya")
    with server.engine.begin() as conn:
        reference.set_agent_active(conn, ilunga, False)
    answer = push_all(server, token, ledger)
    codes = {q["code"] for q in answer["quarantined"]}
    assert codes == {"agent_inactive"}
    assert {q["reason"] for q in server.rows(quarantine)} == {"agent Ilunga Kabeya is deactivated"}


def test_signed_events_with_odd_data_are_stored_and_held_not_a_500(server, tmp_path):
    """Events the device signed whose data fits no projection: stored, quarantined, and later ones go on."""
    from core.envelope import chain_hash, event_payload
    from core.events import chain_head
    from core.ids import new_id
    from core.keys import sign_event_hash
    from tests.server.support import push, wire_events

    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    seq, prev = chain_head(ledger.store.conn)
    device, agent = ledger.device, server.agent_id("Ilunga Kabeya")
    batch = wire_events(ledger)
    odd = [("payment.recorded", {"amount": "beaucoup"}), ("taxpayer.updated", {"taxpayer_id": [1], "changes": 3}),
           ("taxpayer.updated", {"taxpayer_id": "nobody", "changes": "x", "base_version": 1}),
           ("payment.voided", {"payment_id": {"a": 1}}), ("taxpayer.registered", {"id": 5, "zone_id": [2]})]
    for event_type, data in odd:
        seq += 1
        payload = event_payload(seq, new_id(), event_type, device.id, "2026-11-22T13:40:00.000Z", None, data, agent)
        digest = chain_hash(prev, payload)
        batch.append({"seq": seq, "payload": payload, "prev_hash": prev, "hash": digest,
                      "signature": sign_event_hash(device.private_key, digest)})
        prev = digest
    answer = push(server, token, batch)
    assert answer.status_code == 200, answer.text
    assert answer.json()["stored_through"] == seq
    held = [q["seq"] for q in answer.json()["quarantined"]]
    assert held == list(range(seq - len(odd) + 1, seq + 1))
    assert len(server.rows(events)) == seq
