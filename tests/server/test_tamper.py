"""Tampering: each is refused as an integrity failure and raises an alert."""
from __future__ import annotations

import json
import shutil

from core.canonical import canonical_json
from core.envelope import chain_hash
from core.keys import generate_keypair, sign_event_hash
from core.service import Ledger
from sync.server.schema import alerts, devices, events
from tests.server.support import enrolled_device, push, push_all, record_sale, wire_events


def _refused(response, code: str) -> None:  # noqa: ANN001
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == code


def _alert_kinds(server) -> list[str]:  # noqa: ANN001
    return [a["kind"] for a in server.rows(alerts)]


def _edit_amount(event: dict, amount: int) -> dict:
    payload = json.loads(event["payload"])
    payload["data"]["amount"] = amount
    return {**event, "payload": canonical_json(payload)}


def _payment_index(batch: list[dict]) -> int:
    return next(i for i, e in enumerate(batch) if json.loads(e["payload"])["type"] == "payment.recorded")


def test_edited_amount_breaks_the_chain_and_stops_the_stream(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, amount=500_000)
    batch = wire_events(ledger)
    i = _payment_index(batch)
    batch[i] = _edit_amount(batch[i], 5_000)
    _refused(push(server, token, batch), "chain_broken")
    assert _alert_kinds(server) == ["chain_broken"]
    assert server.rows(events) == []
    # The stream stays stopped, even for the genuine events, until a supervisor acts.
    _refused(push(server, token, wire_events(ledger)), "chain_broken")
    assert server.rows(devices)[0]["stopped_reason"] == "chain_broken"
    assert _alert_kinds(server) == ["chain_broken"]  # one alert per device and kind


def test_rehashed_chain_without_the_key_fails_the_signature(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, amount=500_000)
    batch = wire_events(ledger)
    i = _payment_index(batch)
    batch[i] = _edit_amount(batch[i], 5_000)
    forger, _public = generate_keypair()
    prev = batch[i]["prev_hash"]
    for k in range(i, len(batch)):  # a careful forger recomputes every hash after the edit
        digest = chain_hash(prev, batch[k]["payload"])
        batch[k] = {**batch[k], "prev_hash": prev, "hash": digest, "signature": sign_event_hash(forger, digest)}
        prev = digest
    _refused(push(server, token, batch), "bad_signature")
    assert _alert_kinds(server) == ["bad_signature"]


def test_forged_signature_is_refused(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    batch = wire_events(ledger)
    forger, _public = generate_keypair()
    batch[-1] = {**batch[-1], "signature": sign_event_hash(forger, batch[-1]["hash"])}
    _refused(push(server, token, batch), "bad_signature")
    assert "bad_signature" in _alert_kinds(server)


def test_deleted_event_is_a_gap(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    batch = wire_events(ledger)
    del batch[2]
    _refused(push(server, token, batch), "seq_gap")
    # Renumbered to hide the hole, the chain no longer links.
    renumbered = wire_events(ledger)
    del renumbered[2]
    for k in range(2, len(renumbered)):
        payload = json.loads(renumbered[k]["payload"])
        payload["seq"] -= 1
        renumbered[k] = {**renumbered[k], "seq": payload["seq"], "payload": canonical_json(payload)}
    _refused(push(server, token, renumbered), "chain_broken")
    assert set(_alert_kinds(server)) == {"seq_gap", "chain_broken"}


def test_a_batch_starting_past_the_stored_end_is_a_gap(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    _refused(push(server, token, wire_events(ledger, after=2)), "seq_gap")


def test_replay_from_another_device_is_refused(server, tmp_path):
    victim, victim_token = enrolled_device(tmp_path / "a.db", server, code="T07")
    record_sale(victim)
    push_all(server, victim_token, victim)
    _thief, thief_token = enrolled_device(tmp_path / "b.db", server, code="T08")
    _refused(push(server, thief_token, wire_events(victim)), "wrong_device")
    assert _alert_kinds(server) == ["wrong_device"]
    assert {r["device_id"] for r in server.rows(events)} == {victim.device.id}


def test_truncated_then_continued_ledger_is_a_fork(server, tmp_path, monkeypatch):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    ledger.close()
    shutil.copy(tmp_path / "device.db", tmp_path / "snapshot.db")  # the ledger as it was
    ledger = Ledger.open(tmp_path / "device.db")
    ledger.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(ledger, name="Tshibangu Mwamba Odette")
    push_all(server, token, ledger)
    ledger.close()
    # The database is put back to the snapshot (losing the second sale) and work goes on.
    monkeypatch.setenv("QUITTANCE_STATE_DIR", str(tmp_path / "fresh-state"))  # its high-water mark lost too
    shutil.copy(tmp_path / "snapshot.db", tmp_path / "device.db")
    ledger = Ledger.open(tmp_path / "device.db")
    ledger.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(ledger, name="Kalala Nkulu Pélagie")
    _refused(push(server, token, wire_events(ledger)), "fork")
    assert _alert_kinds(server) == ["fork"]
    ledger.close()
