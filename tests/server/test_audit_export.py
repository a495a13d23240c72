"""The audit file on SQLite and PostgreSQL: a server filled by a real device's pushes exports a
signed file that validates against its XSD and that `quittance audit verify` accepts; then the
server's database is tampered with by hand, and the verifier names the first fault."""
from __future__ import annotations

import hashlib
import json

from lxml import etree
from sqlalchemy import delete, select, update

from core.audit_format import NAMESPACE
from core.canonical import canonical_json
from core.envelope import chain_hash
from core.keys import generate_keypair, sign_event_hash
from sync.server import tlog_checkpoints
from sync.server.db import reading
from sync.server.serverkey import read_private
from sync.server.schema import events
from tests.server.audit_support import XSD, export, fill, server_key, verify

NS = {"a": NAMESPACE}


def _payments(server) -> list[dict]:  # noqa: ANN001
    with reading(server.engine) as conn:
        return [dict(r) for r in conn.execute(select(events).where(events.c.type == "payment.recorded")
                                              .order_by(events.c.seq)).mappings()]


def test_the_export_validates_and_verifies(server, tmp_path):
    fill(server, tmp_path)
    with server.engine.begin() as conn:
        made = tlog_checkpoints.make(conn, read_private(server.settings.key_path))
    path = export(server, tmp_path / "audit.xml")
    tree = etree.parse(str(path))
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(tree)
    receipts = tree.findall(".//a:Event/a:Receipt", NS)
    assert len(receipts) == 6 and receipts[0].get("amount") == "100000"
    closing = tree.find(".//a:Event/a:Closing", NS)
    assert closing.get("kind") == "month" and closing.find("a:Perpetual", NS).get("net") == str(
        sum(100_000 + i for i in range(5)) - 100_001)
    assert tree.find(".//a:TransparencyLog/a:Checkpoint", NS).text == made["note"]
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"]) == (0, "audit_verify_ok"), answer
    assert answer["events"] == len(tree.findall(".//a:Event", NS))
    _status, french = verify(path, server_key(server), "fr")
    assert "est intègre" in french["message"]


def test_a_period_starting_mid_history_carries_its_anchor(server, tmp_path):
    fill(server, tmp_path)
    payments = _payments(server)
    with server.engine.begin() as conn:  # everything up to the third payment arrived long ago
        conn.execute(update(events).where(events.c.seq <= payments[2]["seq"])
                     .values(received_at="2026-01-02T10:00:00.000Z"))
    path = export(server, tmp_path / "audit.xml", start="2026-02-01")
    tree = etree.parse(str(path))
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(tree)
    assert tree.find(".//a:Anchor", NS).get("seq") == str(payments[2]["seq"])
    assert {e.get("reason") for e in tree.findall(".//a:PriorEvent", NS)} >= {"genesis", "series", "since_closing"}
    status, answer = verify(path, server_key(server))
    assert status == 0, answer


def test_an_edited_payment_is_named(server, tmp_path):
    fill(server, tmp_path)
    victim = _payments(server)[2]
    payload = json.loads(victim["payload"])
    payload["data"]["amount"] = 5
    with server.engine.begin() as conn:
        conn.execute(update(events).where(events.c.device_id == victim["device_id"], events.c.seq == victim["seq"])
                     .values(payload=canonical_json(payload)))
    status, answer = verify(export(server, tmp_path / "audit.xml"), server_key(server))
    assert (status, answer["code"], answer["seq"]) == (1, "audit_fault_event_hash", victim["seq"]), answer
    assert answer["device"] == "T07"


def test_a_deleted_event_is_named(server, tmp_path):
    fill(server, tmp_path)
    victim = _payments(server)[3]
    with server.engine.begin() as conn:
        conn.execute(delete(events).where(events.c.device_id == victim["device_id"], events.c.seq == victim["seq"]))
    status, answer = verify(export(server, tmp_path / "audit.xml"), server_key(server), "fr")
    assert (status, answer["code"], answer["seq"]) == (1, "audit_fault_event_missing", victim["seq"] + 1), answer
    assert f"l'événement {victim['seq']} manque" in answer["message"]


def test_a_rewritten_month_resigned_without_the_key_is_named(server, tmp_path):
    fill(server, tmp_path)
    first = _payments(server)[0]
    forger, _public = generate_keypair()
    with reading(server.engine) as conn:
        rows = [dict(r) for r in conn.execute(select(events).where(events.c.seq >= first["seq"])
                                              .order_by(events.c.seq)).mappings()]
    with server.engine.begin() as conn:
        prev = first["prev_hash"]
        for row in rows:  # halve every payment, re-chain every hash, sign with a key of their own
            payload = json.loads(row["payload"])
            if row["type"] == "payment.recorded":
                payload["data"]["amount"] //= 2
            text = canonical_json(payload)
            digest = chain_hash(prev, text)
            conn.execute(update(events).where(events.c.device_id == row["device_id"], events.c.seq == row["seq"])
                         .values(payload=text, prev_hash=prev, hash=digest, signature=sign_event_hash(forger, digest)))
            prev = digest
    status, answer = verify(export(server, tmp_path / "audit.xml"), server_key(server))
    assert (status, answer["code"], answer["seq"]) == (1, "audit_fault_event_signature", first["seq"]), answer


def test_an_edited_file_fails_its_signature_and_a_stranger_key_is_refused(server, tmp_path):
    fill(server, tmp_path)
    path = export(server, tmp_path / "audit.xml")
    text = path.read_bytes()
    path.write_bytes(text.replace(b'amount="100002"', b'amount="100009"', 1))
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"]) == (1, "audit_fault_file_signature"), answer
    path.write_bytes(text)
    status, answer = verify(path, generate_keypair()[1])
    assert (status, answer["code"]) == (2, "audit_verify_untrusted"), answer
    path.write_bytes(text[:len(text) // 2])  # a copy cut short: said so, not a parser's words
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"]) == (2, "audit_verify_unsigned"), answer
    assert "cut short" in json.dumps(answer), answer



def _device_with(server, tmp_path, collected_claimed: int):  # noqa: ANN001, ANN202
    """A device whose month closing claims `collected_claimed` for one receipt of 40,000."""
    from tests.server.audit_support import ZERO, record, totals
    from tests.server.support import enrolled_device, push_all, record_sale

    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record(ledger, "series.registered", {"year": ledger.today().year, "code": "ABCDEFGH",
                                         "registered_at": "2026-01-01T00:00:00.000Z"})
    record_sale(ledger, amount=40_000)
    closing = record(ledger, "closing.made", {
        "id": "01938a00-0000-7000-8000-0000000000c2", "kind": "month", "period": "2026-10",
        "totals": totals(1, collected_claimed, 0, 0), "perpetual": totals(1, collected_claimed, 0, 0),
        "previous_closing": ZERO, "time": "2026-11-01T00:00:00.000Z", "time_source": "device"})
    push_all(server, token, ledger)
    return ledger, closing


def test_closing_totals_that_are_not_the_sum_of_the_receipts_are_named(server, tmp_path):
    ledger, closing = _device_with(server, tmp_path, 41_000)
    status, answer = verify(export(server, tmp_path / "audit.xml"), server_key(server), "pt")
    assert (status, answer["code"], answer["seq"]) == (1, "audit_fault_closing_perpetual", closing.seq), answer
    assert "collected 41000 ≠ 40000" in answer["message"] and "ANOMALIA" in answer["message"]


def test_closings_check_across_the_start_of_the_period(server, tmp_path):
    """The period starts after a month closing, a receipt and a void: the file carries them signed,
    so the next closing's perpetual totals (and the voided payment's amount) are checked."""
    from tests.server.audit_support import record, totals
    from tests.server.support import enrolled_device, push_all, record_sale

    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record(ledger, "series.registered", {"year": ledger.today().year, "code": "K7Q2M9XD",
                                         "registered_at": "2026-01-01T00:00:00.000Z"})
    first = [record_sale(ledger, name=f"Contribuable {i} Kasongo", amount=10_000 * (i + 1))[1] for i in range(2)]
    october = totals(2, 30_000, 0, 0)
    m1 = record(ledger, "closing.made", {
        "id": "01938a00-0000-7000-8000-0000000000d1", "kind": "month", "period": "2026-10", "totals": october,
        "perpetual": october, "previous_closing": "0" * 64, "time": "2026-11-01T00:00:00.000Z",
        "time_source": "server"})
    record_sale(ledger, name="Contribuable 3 Kasongo", amount=5_000)
    boundary = ledger.void(first[0].receipt_no, "Doublon")
    record_sale(ledger, name="Contribuable 4 Kasongo", amount=7_000)
    perpetual = totals(4, 42_000, 1, 10_000)
    record(ledger, "closing.made", {
        "id": "01938a00-0000-7000-8000-0000000000d2", "kind": "month", "period": "2026-11",
        "totals": totals(2, 12_000, 1, 10_000), "perpetual": perpetual, "previous_closing": m1.hash,
        "time": "2026-12-01T00:00:00.000Z", "time_source": "server"})
    push_all(server, token, ledger)
    with reading(server.engine) as conn:
        void_seq = conn.execute(select(events.c.seq).where(events.c.type == "payment.voided")).scalar_one()
    with server.engine.begin() as conn:
        conn.execute(update(events).where(events.c.seq <= void_seq).values(received_at="2026-01-02T10:00:00.000Z"))
    path = export(server, tmp_path / "audit.xml", start="2026-02-01")
    tree = etree.parse(str(path))
    reasons = {e.get("reason") for e in tree.findall(".//a:PriorEvent", NS)}
    assert {"closing", "since_closing", "voided_payment", "series", "genesis"} <= reasons
    assert [r.get("amount") for r in tree.findall(".//a:DeviceEvents/a:Event/a:Receipt", NS)] == ["7000"]
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"]) == (0, "audit_verify_ok"), answer
    assert boundary.voided


def test_a_file_signed_after_a_key_rotation_verifies_with_the_key_published_before(server, tmp_path):
    from tests.server.audit_support import server_cli

    fill(server, tmp_path)
    published = server_key(server)
    assert server_cli(server, "key", "rotate") == 0
    path = export(server, tmp_path / "audit.xml")
    assert server_key(server) != published
    status, answer = verify(path, published)
    assert (status, answer["code"]) == (0, "audit_verify_ok"), answer


def _resigned(server, path, old: bytes, new: bytes):  # noqa: ANN001, ANN202
    """The file with one edit, signed again with the server's own key: what a dishonest export gives."""
    from core.audit_format import SIGNATURE_START, signed_message
    from core.keys import sign

    text = path.read_bytes()
    body = text[:text.rindex(SIGNATURE_START)]
    assert old in body
    body = body.replace(old, new, 1)
    digest = hashlib.sha256(body).hexdigest()
    signature = sign(read_private(server.settings.key_path), signed_message(digest)).hex()
    path.write_bytes(body + f'<FileSignature algorithm="Ed25519" digest="{digest}" publicKey="{server_key(server)}">'
                            f'{signature}</FileSignature>\n</AuditFile>\n'.encode("ascii"))
    return path


def test_a_signed_file_not_of_the_format_is_unusable(server, tmp_path):
    """Signed by the right key but missing a required field: the XSD, checked while parsing, refuses it."""
    fill(server, tmp_path)
    path = _resigned(server, export(server, tmp_path / "audit.xml"), b' arrival="', b' arrivee="')
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"]) == (2, "audit_verify_unusable"), answer
    assert "arrivee" in answer["message"]


def test_a_typed_receipt_that_differs_from_its_signed_payload_is_named(server, tmp_path):
    fill(server, tmp_path)
    victim = _payments(server)[1]
    path = _resigned(server, export(server, tmp_path / "audit.xml"), b'amount="100001"', b'amount="100"')
    status, answer = verify(path, server_key(server))
    assert (status, answer["code"], answer["seq"]) == (1, "audit_fault_typed_mismatch", victim["seq"]), answer
    assert "Receipt" in answer["message"]
