"""The transparency log on the server, on SQLite and PostgreSQL: every accepted event's hash is a
leaf, appended in the push's transaction; proofs from the routes verify with core/merkle alone; and
tampering with the database directly is caught by the inclusion proofs or by the consistency proof
against a checkpoint published earlier."""
from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import delete, func, select, update

from core import checkpoint as cp
from core import merkle
from core.canonical import canonical_json
from core.envelope import chain_hash
from sync.server import tlog, tlog_checkpoints
from sync.server.db import reading
from sync.server.schema import events, tlog_checkpoints as checkpoints_table, tlog_leaves, tlog_nodes
from sync.server.serverkey import read_private
from tests.server.audit_support import export, server_key, verify
from tests.server.support import enrolled_device, push_all, record_sale


def _b(values: list[str]) -> list[bytes]:
    return [base64.b64decode(v) for v in values]


def _checkpoint(server) -> cp.Checkpoint:  # noqa: ANN001
    """Make a checkpoint, fetch it from the route, and open it with the published key."""
    with server.engine.begin() as conn:
        tlog_checkpoints.make(conn, read_private(server.settings.key_path))
    note = server.client.get("/api/v1/log/checkpoint").text
    key = server.client.get("/api/v1/log/key").json()
    return cp.open_checkpoint(note, cp.parse_vkey(key["vkey"]), origin=key["origin"])


def _events_in_log_order(server) -> list[dict]:  # noqa: ANN001
    with reading(server.engine) as conn:
        rows = conn.execute(select(events.c.device_id, events.c.seq, events.c.type, events.c.payload,
                                   events.c.prev_hash, events.c.hash, tlog_leaves.c.idx)
                            .join(tlog_leaves, (tlog_leaves.c.device_id == events.c.device_id)
                                  & (tlog_leaves.c.seq == events.c.seq))
                            .order_by(tlog_leaves.c.idx)).mappings()
        return [dict(r) for r in rows]


def _recomputed_leaf(event: dict) -> bytes:
    """What an auditor recomputes from the event as stored: SHA-256(0x00 ‖ SHA-256(prev ‖ payload))."""
    return merkle.leaf_hash(bytes.fromhex(chain_hash(event["prev_hash"], event["payload"])))


def _inclusion_ok(server, event: dict, size: int, root: bytes) -> bool:  # noqa: ANN001
    answer = server.client.get("/api/v1/log/inclusion", params={"size": size, "index": event["idx"]}).json()
    try:
        merkle.verify_inclusion(_recomputed_leaf(event), event["idx"], size, _b(answer["proof"]), root)
        return True
    except merkle.ProofError:
        return False


def _consistency_ok(server, old: cp.Checkpoint, new: cp.Checkpoint) -> bool:  # noqa: ANN001
    answer = server.client.get("/api/v1/log/consistency", params={"first": old.size, "second": new.size})
    if answer.status_code != 200:
        return False
    try:
        merkle.verify_consistency(old.size, new.size, old.root, new.root, _b(answer.json()["proof"]))
        return True
    except merkle.ProofError:
        return False


@pytest.fixture
def synced(server, tmp_path):  # noqa: ANN001, ANN201
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    for i in range(12):
        record_sale(ledger, name=f"Contribuable {i:02d} Mukendi", amount=100_000 + i)
    push_all(server, token, ledger, batch_size=7)
    return ledger, token


def test_every_accepted_event_is_a_leaf_in_push_order(server, synced):
    logged = _events_in_log_order(server)
    with reading(server.engine) as conn:
        assert tlog.size(conn) == len(logged) == conn.execute(select(func.count()).select_from(events)).scalar_one()
        for event in logged:
            assert tlog.leaf_hash(conn, event["idx"]) == tlog.leaf_of_event_hash(event["hash"])
    assert [e["seq"] for e in logged] == sorted(e["seq"] for e in logged)  # one device: its seq order


def test_proofs_from_the_routes_verify_for_every_size(server, synced):
    logged = _events_in_log_order(server)
    leaves = [tlog.leaf_of_event_hash(e["hash"]) for e in logged]
    n_max = min(len(leaves), 64)
    roots = [merkle.root_of(leaves[:n]) for n in range(n_max + 1)]
    head = _checkpoint(server)
    assert head.size == len(leaves) and head.root == merkle.root_of(leaves)
    with reading(server.engine) as conn:
        for n in range(1, n_max + 1):
            assert tlog.root(conn, n) == roots[n]
            for i in range(n):
                merkle.verify_inclusion(leaves[i], i, n, tlog.inclusion(conn, i, n), roots[n])
            for m in range(n + 1):
                merkle.verify_consistency(m, n, roots[m], roots[n], tlog.consistency(conn, m, n))
    for event in logged[::5]:  # and through HTTP, against the signed checkpoint
        assert _inclusion_ok(server, event, head.size, head.root)
    by_event = server.client.get("/api/v1/log/inclusion", params={
        "size": head.size, "device": logged[3]["device_id"], "seq": logged[3]["seq"]}).json()
    assert by_event["index"] == logged[3]["idx"]
    assert server.client.get("/api/v1/log/inclusion", params={"size": head.size + 1, "index": 0}).status_code == 404
    assert server.client.get("/api/v1/log/consistency", params={"first": 3, "second": 2}).status_code == 404


def test_a_leaf_recomputed_from_the_event_finds_its_own_proof(server, synced):
    """A citizen who recomputed the leaf from their receipt's event asks by that hash alone."""
    logged = _events_in_log_order(server)
    head = _checkpoint(server)
    wanted = _payment(logged)
    leaf = _recomputed_leaf(wanted)
    answer = server.client.get("/api/v1/log/inclusion", params={
        "size": head.size, "leaf": base64.b64encode(leaf).decode()}).json()
    assert answer["index"] == wanted["idx"]
    merkle.verify_inclusion(leaf, answer["index"], head.size, _b(answer["proof"]), head.root)
    unknown = base64.b64encode(merkle.leaf_hash(b"\x01" * 32)).decode()
    missing = server.client.get("/api/v1/log/inclusion", params={"size": head.size, "leaf": unknown})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "log_index_unknown"
    garbled = server.client.get("/api/v1/log/inclusion", params={"size": head.size, "leaf": "!" * 44})
    assert garbled.status_code == 400  # not the base64 of 32 bytes: the schema's pattern refuses it


def test_checkpoints_are_all_kept_and_only_made_when_the_log_grew(server, synced, tmp_path):
    first = _checkpoint(server)
    with server.engine.begin() as conn:
        assert tlog_checkpoints.make(conn, read_private(server.settings.key_path)) is None  # nothing new
    ledger, token = synced
    record_sale(ledger, name="Tshibanda Ilunga", amount=42_000)
    push_all(server, token, ledger)
    second = _checkpoint(server)
    assert second.size > first.size and second.origin == first.origin == "mairie.example/quittance-log"
    listed = server.client.get("/api/v1/log/checkpoints").json()
    assert [c["size"] for c in listed["checkpoints"]] == [first.size, second.size] and not listed["more"]
    assert _consistency_ok(server, first, second)


def _payment(logged: list[dict]) -> dict:
    return next(e for e in logged if e["type"] == "payment.recorded")


def _rebuild_log(server) -> None:  # noqa: ANN001
    """What a careful forger does after editing events: recompute the whole tree from them."""
    with server.engine.begin() as conn:
        conn.execute(delete(tlog_nodes))
        conn.execute(delete(tlog_leaves))
        tlog.backfill(conn)


def _audit_names(server, tmp_path, code: str, seq: int) -> None:  # noqa: ANN001
    status, answer = verify(export(server, tmp_path / "audit.xml"), server_key(server))
    assert (status, answer["code"], answer["seq"]) == (1, code, seq), answer


def test_an_edited_payment_fails_its_inclusion_proof(server, synced, tmp_path):
    head = _checkpoint(server)
    victim = _payment(_events_in_log_order(server))
    payload = json.loads(victim["payload"])
    payload["data"]["amount"] = 5
    with server.engine.begin() as conn:
        conn.execute(update(events).where(events.c.device_id == victim["device_id"], events.c.seq == victim["seq"])
                     .values(payload=canonical_json(payload)))
    edited = next(e for e in _events_in_log_order(server) if e["seq"] == victim["seq"])
    assert not _inclusion_ok(server, edited, head.size, head.root)
    others = [e for e in _events_in_log_order(server) if e["seq"] != victim["seq"]]
    assert all(_inclusion_ok(server, e, head.size, head.root) for e in others[:6])
    _audit_names(server, tmp_path, "audit_fault_event_hash", victim["seq"])  # and the audit file's verifier


def test_a_deleted_event_is_caught_by_the_old_receipt_and_by_consistency(server, synced, tmp_path):
    earlier = _checkpoint(server)
    logged = _events_in_log_order(server)
    victim = _payment(logged)
    kept = server.client.get("/api/v1/log/inclusion", params={"size": earlier.size, "index": victim["idx"]}).json()
    with server.engine.begin() as conn:
        conn.execute(delete(events).where(events.c.device_id == victim["device_id"], events.c.seq == victim["seq"]))
    _rebuild_log(server)
    later = _checkpoint(server)
    assert later.size == earlier.size - 1
    assert not _consistency_ok(server, earlier, later)
    with pytest.raises(merkle.ProofError):  # the citizen's kept proof no longer fits the log
        merkle.verify_inclusion(_recomputed_leaf(victim), victim["idx"], later.size, _b(kept["proof"]), later.root)
    _audit_names(server, tmp_path, "audit_fault_event_missing", victim["seq"] + 1)


def test_a_rewritten_month_with_a_recomputed_tree_fails_consistency(server, synced, tmp_path):
    earlier = _checkpoint(server)
    logged = _events_in_log_order(server)
    with server.engine.begin() as conn:
        prev = None
        for event in logged:  # halve every payment, then re-chain every hash after the first edit
            payload = json.loads(event["payload"])
            if event["type"] == "payment.recorded":
                payload["data"]["amount"] //= 2
            new_payload = canonical_json(payload)
            prev = event["prev_hash"] if prev is None else prev
            digest = chain_hash(prev, new_payload)
            conn.execute(update(events).where(events.c.device_id == event["device_id"], events.c.seq == event["seq"])
                         .values(payload=new_payload, prev_hash=prev, hash=digest))
            prev = digest
    _rebuild_log(server)
    later = _checkpoint(server)
    assert later.size == earlier.size and later.root != earlier.root
    assert not _consistency_ok(server, earlier, later)
    rewritten = _events_in_log_order(server)
    # Every recomputed leaf fits the new tree, but the payments no longer fit the one published earlier.
    assert all(_inclusion_ok(server, e, later.size, later.root) for e in rewritten[:4])
    assert not _inclusion_ok(server, _payment(rewritten), earlier.size, earlier.root)
    with reading(server.engine) as conn:
        assert conn.execute(select(func.count()).select_from(checkpoints_table)).scalar_one() == 2
    # Re-chained without the devices' key, the first rewritten event's signature no longer holds.
    _audit_names(server, tmp_path, "audit_fault_event_signature", _payment(logged)["seq"])


def test_a_refused_batch_and_a_resent_one_append_nothing(server, synced):
    ledger, token = synced
    with reading(server.engine) as conn:
        before = tlog.size(conn)
    from tests.server.support import push, wire_events

    resent = push(server, token, wire_events(ledger)[-5:])  # a lost answer: the same events again
    assert resent.status_code == 200 and resent.json()["duplicates"] == 5
    record_sale(ledger, name="Kalenga Mbuyi Rose", amount=33_000)
    batch = wire_events(ledger, after=resent.json()["stored_through"])
    payload = json.loads(batch[-1]["payload"])
    payload["data"]["forged"] = True
    batch[-1] = {**batch[-1], "payload": canonical_json(payload)}  # breaks the chain: the batch is refused
    assert push(server, token, batch).status_code == 409
    with reading(server.engine) as conn:
        assert tlog.size(conn) == before


def test_checkpoints_signed_before_a_key_rotation_still_open(server, synced):
    from sync.server import keyrotation

    with server.engine.begin() as conn:
        old_note = tlog_checkpoints.make(conn, read_private(server.settings.key_path))["note"]
    keyrotation.rotate(server.engine, server.settings.key_path)
    ledger, token = synced
    record_sale(ledger, name="Mwamba Kapinga Luc", amount=61_000)
    push_all(server, token, ledger)
    new = _checkpoint(server)  # opens with the key signing now
    published = server.client.get("/api/v1/log/key").json()
    keys = [cp.parse_vkey(v) for v in published["vkeys"]]
    assert len(keys) == 2 and published["vkey"] == published["vkeys"][-1]
    with pytest.raises(cp.NoteError):
        cp.open_checkpoint(old_note, cp.parse_vkey(published["vkey"]))
    old = cp.open_checkpoint(old_note, keys[0])
    assert _consistency_ok(server, old, new)
