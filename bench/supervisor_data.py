"""A month of field work for the supervisor benchmark (issue 11), as devices really push it.

50 agents, each on a device of their own, work every day of November 2026 in Kananga (UTC+2):
each day a cash session opened with a float (one day in five, a second session in the
afternoon), about 100 payments a day (15 % by mobile money, with its reference), a printed
receipt after each one, 2 % of receipts voided (most in their own session, some the next day,
after the closing), and the session closed with the device's Z-report. Some agents have not
closed the last day's session yet. 150,000 payments, about 310,000 events in all.

Every event is what a device's ledger writes (core.envelope payloads, chained, each hash signed
with the device's Ed25519 key; each payment carries its signed Q2 receipt token; each Z-report
its signed chain head), and is stored through the server's own push (sync.server.push.push: the
chain and signature checks, then push_bulk/push_write), day by day and device after device, so
arrival interleaves as real syncs do. The registry of 90,000 taxpayers in 12 zones is written
straight into the tables, as an import would (bench/opendata_data.py's zones and taxes)."""
from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from bench import opendata_data as od
from bench.sync_data import CHANGE_COLUMNS, TAXPAYER_COLUMNS, SimDevice, _uuid, person
from core.anchors import HEAD_PREFIX, SHORT_HASH
from core.ids import new_id
from core.envelope import chain_hash, event_payload
from core.keys import sign, sign_event_hash
from core.token import ReceiptClaims, make_token
from sync.server.common import dumps
from sync.server.push import WireEvent
from sync.server.registry import FIELDS, taxpayer_record

AGENTS = 50
DAYS = 30  # 2026-11-01 .. 2026-11-30
FIRST_DAY = date(2026, 11, 1)
PAYMENTS_PER_DAY = 100  # per agent: 50 x 30 x 100 = 150,000
FLOAT = 5_000_000  # 50 000 CDF opening float, in minor units
LOCAL = timezone(timedelta(hours=2))  # Africa/Lubumbashi
MOBILE_SHARE, VOID_SHARE, LATE_VOID_SHARE = 0.15, 0.02, 0.15
STILL_OPEN = 5  # agents whose last session is not closed (or its closing not synced) yet
TAXES = od.TAXES
LABELS = {code: f"Taxe {code}" for code in TAXES}


def agent_id(n: int) -> str:
    return _uuid(n, 0x3A)


def agent_name(n: int) -> str:
    return f"Agent {n + 1:02d} {person(random.Random(n))}"


def device_code(n: int) -> str:
    return f"S{n + 1:02d}"


def zone_codes_of(n: int) -> list[str]:
    """Each agent covers one zone of the twelve (the benchmark's zones Z00..Z11)."""
    return [f"Z{n % od.ZONES:02d}"]


def taxpayer_rows(first_change: int, seed: int = 21) -> Iterator[tuple[tuple, tuple]]:
    """(taxpayers row, changes row) for od.TAXPAYERS server taxpayers, spread over the zones."""
    rng, zones = random.Random(seed), od.zone_ids()
    at = "2026-01-05T08:00:00.000Z"
    versions = dumps({k: [1, None] for k in FIELDS})
    for index in range(od.TAXPAYERS):
        taxpayer_id = _uuid(index, 0x7D)
        clean = {k: None for k in FIELDS}
        clean.update(kind="person", name=person(rng), zone_id=zones[index % od.ZONES], status="active")
        yield ((taxpayer_id, dumps(clean), clean["zone_id"], clean["name"], 1, versions, "server", at, at),
               ("taxpayer", taxpayer_id, first_change + index, clean["zone_id"], 1,
                dumps(taxpayer_record(taxpayer_id, clean))))


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class _Paid:
    payment_id: str
    receipt_no: str
    tax_code: str
    amount: int
    method: str
    session_id: str


@dataclass
class _Session:
    id: str
    opened_at: str
    opening_float: int
    paid: list[_Paid] = field(default_factory=list)
    voids: list[dict[str, Any]] = field(default_factory=list)  # VoidLine dicts, as build_z_report lists them


@dataclass
class FieldDevice(SimDevice):
    """One agent's device through the month: its chain, receipt numbers, open session, and the
    receipts it will void the next day. `now` is the device clock (local time)."""
    number: int = 0
    receipt_seq: int = 0
    session: _Session | None = None
    voided: set[str] = field(default_factory=set)
    later_voids: list[_Paid] = field(default_factory=list)
    now: datetime = datetime(2026, 11, 1, tzinfo=LOCAL)
    z_expected: dict[str, int] = field(default_factory=dict)  # session id -> the Z-report's expected cash
    pushed: int = 0  # events already handed to the server (dropped from `events`)

    def at(self) -> str:
        return _utc(self.now)

    def record(self, event_type: str, entity_id: str | None, data: dict[str, Any]) -> int:
        """Append a signed event at the device's clock; its seq."""
        seq = len(self.events) + self.pushed + 1
        payload = event_payload(seq, new_id(), event_type, self.id, self.at(), entity_id, data, self.agent_id)
        digest = chain_hash(self.head, payload)
        self.events.append({"seq": seq, "payload": payload, "prev_hash": self.head, "hash": digest,
                            "signature": sign_event_hash(self.private_key, digest)})
        self.head = digest
        return seq

    def open_session(self, opening_float: int) -> None:
        session_id = new_id()
        self.session = _Session(session_id, self.at(), opening_float)
        self.record("session.opened", session_id, {"id": session_id, "agent_id": self.agent_id,
                                                   "opening_float": opening_float})

    def pay(self, rng: random.Random, taxpayer_id: str) -> _Paid:
        assert self.session is not None
        tax = rng.choice(("PAT", "PAT", "MAR", "MAR", "MAR", "IMF", "ENS"))
        amount = TAXES[tax] // rng.choice((1, 2, 4))
        method = "mobile_money" if rng.random() < MOBILE_SHARE else "cash"
        self.receipt_seq += 1
        receipt_no = f"{self.code}-2026-{self.receipt_seq:06d}"
        seq = len(self.events) + self.pushed + 1
        token = make_token(ReceiptClaims(receipt_no=receipt_no, taxpayer_id=taxpayer_id, tax_code=tax, period="2026",
                                         amount=amount, currency="CDF", issued_at=self.at(), device_id=self.id,
                                         event_seq=seq), self.private_key)
        payment_id = new_id()
        reference = f"MP{self.now:%y%m%d.%H%M}.{rng.randrange(10**6):06d}" if method == "mobile_money" else None
        self.record("payment.recorded", payment_id, {
            "agent_id": self.agent_id, "amount": amount, "balance_after": TAXES[tax] - amount, "currency": "CDF",
            "id": payment_id, "is_advance": False, "issued_at": self.at(), "method": method,
            "other_due_after": 0, "period": "2026", "receipt_no": receipt_no, "reference": reference,
            "session_id": self.session.id, "tax_code": tax, "taxpayer_id": taxpayer_id, "token": token})
        self.now += timedelta(seconds=20)
        self.record("receipt.printed", payment_id, {"copy": 1, "id": new_id(), "payment_id": payment_id,
                                                    "receipt_no": receipt_no})
        paid = _Paid(payment_id, receipt_no, tax, amount, method, self.session.id)
        self.session.paid.append(paid)
        return paid

    def void(self, paid: _Paid, reason: str) -> None:
        session_id = self.session.id if self.session else None
        self.record("payment.voided", paid.payment_id, {
            "agent_id": self.agent_id, "id": new_id(), "payment_id": paid.payment_id, "reason": reason,
            "receipt_no": paid.receipt_no, "session_id": session_id})
        self.voided.add(paid.payment_id)
        line = {"amount": paid.amount, "reason": reason, "receipt_no": paid.receipt_no, "voided_at": self.at()}
        if self.session is not None:
            self.session.voids.append(line)

    def close_session(self, device_name: str) -> None:
        """The Z-report as core.sessions.build_z_report makes it, with the signed chain head."""
        session = self.session
        assert session is not None
        valid = [p for p in session.paid if p.payment_id not in self.voided]
        by_tax: dict[str, list[int]] = {}
        by_method: dict[str, list[int]] = {}
        for p in valid:
            by_tax.setdefault(p.tax_code, [0, 0])
            by_tax[p.tax_code][0] += 1
            by_tax[p.tax_code][1] += p.amount
            by_method.setdefault(p.method, [0, 0])
            by_method[p.method][0] += 1
            by_method[p.method][1] += p.amount
        cash = by_method.get("cash", [0, 0])[1]
        head_seq = len(self.events) + self.pushed
        short = self.head[:SHORT_HASH]
        signature = base64.urlsafe_b64encode(sign(self.private_key, f"{HEAD_PREFIX}.{head_seq}.{short}".encode()))
        numbers = [p.receipt_no for p in session.paid]
        report = {
            "session_id": session.id, "agent_id": self.agent_id, "agent_name": device_name,
            "device_code": self.code, "currency": "CDF", "opened_at": session.opened_at, "closed_at": self.at(),
            "opening_float": session.opening_float,
            "by_tax": [{"key": k, "label": LABELS[k], "count": v[0], "total": v[1]} for k, v in sorted(by_tax.items())],
            "by_method": [{"key": k, "label": k, "count": v[0], "total": v[1]} for k, v in sorted(by_method.items())],
            "first_receipt": min(numbers) if numbers else None, "last_receipt": max(numbers) if numbers else None,
            "receipt_count": len(session.paid), "total_collected": sum(p.amount for p in valid),
            "voids": sorted(session.voids, key=lambda v: v["receipt_no"]),
            "expected_cash": session.opening_float + cash,
            "chain_head": f"{HEAD_PREFIX}.{head_seq}.{short}.{signature.rstrip(b'=').decode()}", "unprinted": 0}
        self.record("session.closed", session.id, {"report": report, "session_id": session.id})
        self.z_expected[session.id] = report["expected_cash"]
        self.session = None

    def take(self) -> list[WireEvent]:
        """The events recorded since the last sync, as the push takes them; forgets them here."""
        taken = [WireEvent(e["seq"], e["payload"], e["prev_hash"], e["hash"], e["signature"]) for e in self.events]
        self.pushed += len(self.events)
        self.events = []
        return taken


def make_devices(count: int = AGENTS) -> list[FieldDevice]:
    devices = []
    for n in range(count):
        device = FieldDevice(device_code(n), agent_id(n), od.zone_ids()[n % od.ZONES])
        device.record("device.initialised", None, {"device_code": device.code, "device_id": device.id,
                                                   "municipality": "KGA", "public_key": device.public_key})
        devices.append(device)
    return devices


def work_day(device: FieldDevice, n: int, day: date, rng: random.Random, taxpayers: list[str],
             last_day: bool) -> None:
    """One agent's day on their device: sessions, payments, printed receipts, voids, closings."""
    name = agent_name(n)
    device.now = datetime(day.year, day.month, day.day, 7, 30, tzinfo=LOCAL) + timedelta(minutes=rng.randrange(40))
    two_sessions = rng.random() < 0.2
    device.open_session(FLOAT)
    for late in device.later_voids:  # yesterday's receipts found wrong after the closing
        device.now += timedelta(minutes=2)
        device.void(late, "erreur constatée le lendemain")
    device.later_voids = []
    for index in range(PAYMENTS_PER_DAY):
        if two_sessions and index == PAYMENTS_PER_DAY // 2:
            device.now += timedelta(minutes=40)
            device.close_session(name)
            device.now += timedelta(minutes=45)
            device.open_session(0)
        device.now += timedelta(seconds=rng.randrange(120, 360))
        paid = device.pay(rng, rng.choice(taxpayers))
        if rng.random() < VOID_SHARE:
            if rng.random() < LATE_VOID_SHARE and not last_day:
                device.later_voids.append(paid)
            else:
                device.now += timedelta(minutes=1)
                device.void(paid, "erreur de saisie")
    if last_day and n < STILL_OPEN:
        return  # still collecting, or the closing not synced yet
    device.now += timedelta(minutes=10)
    device.close_session(name)


def month(devices: list[FieldDevice], push: Callable[[FieldDevice, list[WireEvent]], None],
          registry: dict[str, list[str]], days: int = DAYS, seed: int = 31) -> None:
    """Every day, every device works and then syncs (`push` stores its new events)."""
    rng = random.Random(seed)
    for d in range(days):
        day = FIRST_DAY + timedelta(days=d)
        for n, device in enumerate(devices):
            work_day(device, n, day, rng, registry[device.zone_id], last_day=d == days - 1)
            push(device, device.take())


def registry_by_zone() -> dict[str, list[str]]:
    """The ids of taxpayer_rows' taxpayers, per zone, without building the rows again."""
    zones = od.zone_ids()
    by_zone: dict[str, list[str]] = {z: [] for z in zones}
    for index in range(od.TAXPAYERS):
        by_zone[zones[index % od.ZONES]].append(_uuid(index, 0x7D))
    return by_zone


__all__ = ["AGENTS", "DAYS", "FIRST_DAY", "FieldDevice", "TAXPAYER_COLUMNS", "CHANGE_COLUMNS", "agent_id", "agent_name",
           "device_code", "make_devices", "month", "registry_by_zone", "taxpayer_rows", "zone_codes_of"]
