"""Data for the sync benchmarks, made fast: real signed device event chains (for pushes), and
server rows written straight into the tables (the 200,000-taxpayer registry, 1,000,000 receipts).

The events are what a device's ledger writes (core.envelope payloads, chained, each hash signed
with the device's Ed25519 key; payments carry a real signed Q2 token): a field visit is a taxpayer
registered, a business premises added, its assessment, and a payment."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any, Iterator

from core.envelope import GENESIS_HASH, chain_hash, event_payload
from core.ids import new_id
from core.keys import generate_keypair, public_key_of, sign_event_hash
from core.token import ReceiptClaims, make_token
from sync.server.common import bucket_of, dumps
from sync.server.registry import FIELDS, taxpayer_record

DEVICE_TIME = "2026-11-20T09:30:00.000Z"
FIRST = ["Françoise", "Jean-Pierre", "Odette", "Noëlle", "Awa", "Patrick", "Mireille", "Didier", "Grâce", "Joseph"]
LAST = ["Kabasélé", "Ngoyi", "Tshala", "Mbuyi", "Ilunga", "Kalala", "Mukendi", "Kasongo", "Nkulu", "Mwamba"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(LAST)} {rng.choice(LAST)} {rng.choice(FIRST)}"


@dataclass
class SimDevice:
    """One device's ledger as it goes on the wire: its chain, signed event by event."""
    code: str
    agent_id: str
    zone_id: str
    id: str = field(default_factory=new_id)
    private_key: str = ""
    public_key: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)
    head: str = GENESIS_HASH

    def __post_init__(self) -> None:
        if not self.private_key:
            self.private_key, _ = generate_keypair()
        self.public_key = public_key_of(self.private_key)

    def append(self, event_type: str, entity_id: str | None, data: dict[str, Any]) -> None:
        seq = len(self.events) + 1
        payload = event_payload(seq, new_id(), event_type, self.id, DEVICE_TIME, entity_id, data, self.agent_id)
        digest = chain_hash(self.head, payload)
        self.events.append({"seq": seq, "payload": payload, "prev_hash": self.head, "hash": digest,
                            "signature": sign_event_hash(self.private_key, digest)})
        self.head = digest

    def visit(self, number: int, rng: random.Random) -> None:
        """Four events: a taxpayer registered, a premises, its assessment, a payment."""
        taxpayer_id, object_id, assessment_id, payment_id = new_id(), new_id(), new_id(), new_id()
        self.append("taxpayer.registered", taxpayer_id, {
            "accuracy_m": None, "address": None, "business_name": None, "fix_time": None, "id": taxpayer_id,
            "id_number": None, "kind": "person", "latitude": None, "location_source": None, "longitude": None,
            "name": person(rng), "phone": f"+2438{rng.randrange(10**8):08d}", "status": "active",
            "zone_id": self.zone_id})
        self.append("taxable_object.added", object_id, {
            "attributes": {}, "description": None, "id": object_id, "kind": "business_premises",
            "reference": f"BP-{self.code}-{number}", "taxpayer_id": taxpayer_id})
        self.append("assessment.created", assessment_id, {
            "amount": 2_000_000, "id": assessment_id, "period": "2026", "tax_code": "PAT",
            "taxable_object_id": object_id, "taxpayer_id": taxpayer_id})
        receipt_no = f"{self.code}-2026-{number:06d}"
        seq = len(self.events) + 1
        token = make_token(ReceiptClaims(receipt_no=receipt_no, taxpayer_id=taxpayer_id, tax_code="PAT",
                                         period="2026", amount=500_000, currency="CDF", issued_at=DEVICE_TIME,
                                         device_id=self.id, event_seq=seq), self.private_key)
        self.append("payment.recorded", payment_id, {
            "agent_id": self.agent_id, "amount": 500_000, "balance_after": 1_500_000, "currency": "CDF",
            "id": payment_id, "is_advance": False, "issued_at": DEVICE_TIME, "method": "cash",
            "other_due_after": 0, "period": "2026", "receipt_no": receipt_no, "reference": None,
            "session_id": None, "tax_code": "PAT", "taxpayer_id": taxpayer_id, "token": token})


def make_device(code: str, agent_id: str, zone_id: str, events: int, seed: int) -> SimDevice:
    device = SimDevice(code, agent_id, zone_id)
    device.append("device.initialised", None, {"device_code": code, "device_id": device.id, "municipality": "KGA",
                                               "public_key": device.public_key})
    rng = random.Random(seed)
    number = 0
    while len(device.events) < events:
        number += 1
        device.visit(number, rng)
    del device.events[events:]
    return device


def batches(device: SimDevice, size: int = 250) -> list[bytes]:
    """The device's push bodies, JSON-encoded once, before any clock starts."""
    return [json.dumps({"events": device.events[i:i + size]}).encode() for i in range(0, len(device.events), size)]


def event_rows(device: SimDevice, received_at: str = DEVICE_TIME) -> list[tuple]:
    """The rows the server stores for these events (columns of RAW_COLUMNS), for the raw baseline."""
    bucket, rows = bucket_of(device.id), []
    for wire in device.events:
        payload = json.loads(wire["payload"])
        rows.append((bucket, device.id, wire["seq"], payload["id"], payload["type"], payload["agent_id"],
                     wire["payload"], wire["prev_hash"], wire["hash"], wire["signature"], payload["device_time"],
                     received_at))
    return rows


RAW_COLUMNS = ("bucket", "device_id", "seq", "event_id", "type", "agent_id", "payload", "prev_hash", "hash",
               "signature", "device_time", "received_at")


def registry_rows(count: int, zone_id: str, first_change: int, seed: int = 7) -> Iterator[tuple[tuple, tuple]]:
    """(taxpayers row, changes row) for `count` server taxpayers in one zone, as an import makes them."""
    rng = random.Random(seed)
    at = "2026-11-01T08:00:00.000Z"
    versions = dumps({k: [1, None] for k in FIELDS})
    for index in range(count):
        taxpayer_id = _uuid(index, 0x7A)
        clean = {k: None for k in FIELDS}
        clean.update(kind="person", name=person(rng), phone=f"+2438{rng.randrange(10**8):08d}", zone_id=zone_id,
                     address=f"Avenue {rng.choice(LAST)} {rng.randrange(1, 400)}", status="active")
        yield ((taxpayer_id, dumps(clean), zone_id, clean["name"], 1, versions, "server", at, at),
               ("taxpayer", taxpayer_id, first_change + index, zone_id, 1, dumps(taxpayer_record(taxpayer_id, clean))))


TAXPAYER_COLUMNS = ("id", "data", "zone_id", "name", "version", "field_versions", "origin", "created_at", "updated_at")
CHANGE_COLUMNS = ("kind", "record_id", "change_no", "zone_id", "version", "data")
RECEIPT_COLUMNS = ("receipt_no", "device_id", "payment_id", "event_seq", "token", "amount", "currency", "tax_code",
                   "period", "taxpayer_id", "taxpayer_name", "agent_id", "method", "paid_at", "received_at")


def receipt_rows(device: SimDevice, count: int, sampled: set[int], seed: int = 11) -> tuple[list[tuple], dict[int, str]]:
    """`count` stored receipts of `device` (numbers in 2025, apart from its pushed ones). Those in
    `sampled` carry a real token signed by the device; the others a token of the same length that
    is never looked up (signing a million tokens would take the benchmark's whole budget)."""
    rng = random.Random(seed)
    rows, tokens = [], {}
    filler = "Q2." + "x" * 260 + "." + "y" * 86
    for index in range(count):
        receipt_no, taxpayer_id = f"{device.code}-2025-{index:07d}", _uuid(index, 0x7B)
        amount = 100_000 * rng.randrange(1, 40)
        token = filler
        if index in sampled:
            token = make_token(ReceiptClaims(receipt_no=receipt_no, taxpayer_id=taxpayer_id, tax_code="PAT",
                                             period="2025", amount=amount, currency="CDF", issued_at=DEVICE_TIME,
                                             device_id=device.id, event_seq=10**6 + index), device.private_key)
            tokens[index] = token
        rows.append((receipt_no, device.id, _uuid(index, 0x7C), 10**6 + index, token, amount, "CDF", "PAT", "2025",
                     taxpayer_id, person(rng), device.agent_id, "cash", DEVICE_TIME, DEVICE_TIME))
    return rows, tokens


def _uuid(index: int, tag: int) -> str:
    """A fixed, unique UUIDv7-shaped id per index (bulk rows need no randomness)."""
    return f"{tag:02x}938a00-{index >> 16 & 0xFFFF:04x}-7000-8000-{index:012x}"
