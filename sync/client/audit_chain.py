"""One device's part of an audit file, checked event by event: chain links and hashes, seq with no
gap, payloads against their typed elements, receipt numbers per series, and the closings' totals
and links (core/fiscal_events.py). Signatures are queued for the parallel checker.

Closing rules (docs/audit/audit-file.md): a closing's perpetual totals equal the previous
closing's plus the receipts and voids recorded between them; a month or year closing's own totals
equal its perpetual minus that of the previous closing of the same kind (zero before the first);
net = collected - voided; `previous_closing` is the hash of the previous closing event (session
Z-report or month/year closing), 64 zeros for the first."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from core.audit_format import (CLOSING_EVENTS, RECEIPT_EVENT, TOTAL_KEYS, VOID_EVENT, ZERO_HASH,
                               receipt_year_and_number, typed_element)
from core.envelope import chain_hash


@dataclass(frozen=True, order=True)
class Fault:
    """Ordered by where it is in the file, then by how basic the check (a gap before its link)."""
    position: int
    rank: int
    code: str = field(compare=False)
    device: str = field(compare=False)
    seq: int = field(compare=False)
    detail: str = field(compare=False, default="")


RANKS = {"event_missing": 0, "anchor_mismatch": 0, "event_link": 1, "event_hash": 2, "event_signature": 3,
         "payload_mismatch": 4, "typed_mismatch": 5, "genesis_key": 6, "series_not_registered": 7,
         "receipt_number_gap": 8, "void_unknown_payment": 9, "closing_link": 10, "closing_perpetual": 11,
         "closing_totals": 12}
Totals = dict[str, int]


def _zero() -> Totals:
    return {key: 0 for key in TOTAL_KEYS}


def _clean(totals: Any) -> Totals | None:
    if not isinstance(totals, dict) or not all(type(totals.get(k)) is int for k in TOTAL_KEYS):
        return None
    return {key: totals[key] for key in TOTAL_KEYS}


@dataclass
class EventRow:
    position: int
    seq: int
    type: str
    prev_hash: str
    hash: str
    signature: str
    payload: str
    typed: tuple[str, dict[str, str], list[tuple[str, dict[str, str]]]] | None
    reason: str | None = None


class DeviceChain:
    def __init__(self, device_id: str, code: str, public_key: str, report: Callable[[Fault], None],
                 sign: Callable[[str, bytes, str, Fault], None]) -> None:
        self.device_id, self.code, self.public_key = device_id, code, public_key
        self.report, self.sign = report, sign
        self.anchor_seq, self.anchor_hash = 0, ZERO_HASH
        self.expected, self.prev = 1, ZERO_HASH
        self.last_number: dict[int, int] = {}
        self.registered: set[int] = set()
        self.amounts: dict[str, int] = {}
        self.closing_hash = ZERO_HASH
        self.closing_seq = 0
        self.baseline: Totals | None = _zero()
        self.by_kind: dict[str, Totals] = {}
        self.running = _zero()
        self.events = 0
        self.last_prior: EventRow | None = None

    def fault(self, row: EventRow, code: str, detail: str = "") -> None:
        self.report(Fault(row.position, RANKS[code], code, self.code, row.seq, detail))

    def set_anchor(self, seq: int, hash_hex: str) -> None:
        self.anchor_seq, self.anchor_hash = seq, hash_hex
        self.expected, self.prev = seq + 1, hash_hex

    def _body(self, row: EventRow) -> dict[str, Any] | None:
        """The payload's envelope, after the checks every event gets, in or before the period."""
        if chain_hash(row.prev_hash, row.payload) != row.hash:
            self.fault(row, "event_hash")
        self.sign(self.public_key, row.hash.encode("ascii"), row.signature,
                  Fault(row.position, RANKS["event_signature"], "event_signature", self.code, row.seq))
        try:
            body = json.loads(row.payload)
            data = body["data"]
        except (ValueError, KeyError, TypeError):
            self.fault(row, "payload_mismatch", "not JSON")
            return None
        if body.get("seq") != row.seq or body.get("type") != row.type or body.get("device_id") != self.device_id:
            self.fault(row, "payload_mismatch", "seq, type or device")
        if not isinstance(data, dict) or typed_element(row.type, data) != row.typed:
            self.fault(row, "typed_mismatch", row.typed[0] if row.typed else row.type)
            return None
        if row.seq == 1 and data.get("public_key") != self.public_key:
            self.fault(row, "genesis_key")
        return data

    def prior(self, row: EventRow) -> None:
        """An event from before the period, carried for the checks to start from."""
        if row.seq > self.anchor_seq:
            self.fault(row, "anchor_mismatch", "after the anchor")
        data = self._body(row)
        self.last_prior = row
        if data is None:
            return
        if row.type == RECEIPT_EVENT:
            self._remember_receipt(data)
            if row.reason == "since_closing":
                self._count_receipt(data)
        elif row.type == VOID_EVENT and row.reason == "since_closing":
            self._count_void(row, data)
        elif row.type == "series.registered" and type(data.get("year")) is int:
            self.registered.add(data["year"])
        if row.reason == "closing":
            self.closing_hash, self.closing_seq = row.hash, row.seq
            self.baseline = _clean(self._perpetual(row.type, data))
        if row.type == "closing.made" and row.reason in ("closing", "closing.month", "closing.year"):
            perpetual = _clean(data.get("perpetual"))
            if perpetual is not None:  # prior events come in seq order: the last of each kind stays
                self.by_kind[str(data.get("kind"))] = perpetual

    def anchor_checked(self, position: int) -> None:
        """The anchor must be the last prior event carried (when there is one)."""
        last = self.last_prior
        if self.anchor_seq and (last is None or (last.seq, last.hash) != (self.anchor_seq, self.anchor_hash)):
            self.report(Fault(position, RANKS["anchor_mismatch"], "anchor_mismatch", self.code, self.anchor_seq))

    def event(self, row: EventRow) -> None:
        self.events += 1
        if row.seq != self.expected:
            self.fault(row, "event_missing", str(self.expected))
        if row.prev_hash != self.prev:
            self.fault(row, "event_link")
        self.expected, self.prev = row.seq + 1, row.hash
        data = self._body(row)
        if data is None:
            return
        if row.type == RECEIPT_EVENT:
            self._check_number(row, data)
            self._remember_receipt(data)
            self._count_receipt(data)
        elif row.type == VOID_EVENT:
            self._count_void(row, data)
        elif row.type == "series.registered" and type(data.get("year")) is int:
            self.registered.add(data["year"])
        elif row.type in CLOSING_EVENTS:
            self._check_closing(row, data)

    def _remember_receipt(self, data: dict[str, Any]) -> None:
        parsed = receipt_year_and_number(data.get("receipt_no"))
        if parsed:
            self.last_number[parsed[0]] = max(self.last_number.get(parsed[0], 0), parsed[1])
        if isinstance(data.get("id"), str) and type(data.get("amount")) is int:
            self.amounts[data["id"]] = data["amount"]

    def _check_number(self, row: EventRow, data: dict[str, Any]) -> None:
        parsed = receipt_year_and_number(data.get("receipt_no"))
        if parsed is None:
            return self.fault(row, "receipt_number_gap", str(data.get("receipt_no")))
        year, number = parsed
        # Series rule (issue 14): strict once the device has any registered series; a device
        # enrolled before series existed issues "série non enregistrée" until its first one.
        if self.registered and year not in self.registered:
            self.fault(row, "series_not_registered", f"{data['receipt_no']} ({year})")
        expected = self.last_number.get(year, 0) + 1
        if number != expected:
            self.fault(row, "receipt_number_gap", f"{data['receipt_no']} ≠ {expected}")

    def _count_receipt(self, data: dict[str, Any]) -> None:
        amount = data.get("amount") if type(data.get("amount")) is int else 0
        self.running["receipts"] += 1
        self.running["collected"] += amount

    def _count_void(self, row: EventRow, data: dict[str, Any]) -> None:
        amount = self.amounts.get(data.get("payment_id"))
        if amount is None:
            self.fault(row, "void_unknown_payment", str(data.get("receipt_no")))
            amount = 0
        self.running["voids"] += 1
        self.running["voided"] += amount

    @staticmethod
    def _perpetual(event_type: str, data: dict[str, Any]) -> Any:
        if event_type == "session.closed":
            report = data.get("report")
            return report.get("perpetual") if isinstance(report, dict) else None
        return data.get("perpetual")

    def _check_closing(self, row: EventRow, data: dict[str, Any]) -> None:
        holder = data.get("report") if row.type == "session.closed" else data
        holder = holder if isinstance(holder, dict) else {}
        if "previous_closing" in holder and holder["previous_closing"] != self.closing_hash:
            self.fault(row, "closing_link", str(holder["previous_closing"])[:12])
        perpetual = _clean(self._perpetual(row.type, data))
        if perpetual is not None:
            self._check_perpetual(row, perpetual)
        if row.type == "closing.made":
            kind = data.get("kind")
            totals = _clean(data.get("totals"))
            if perpetual is not None:
                before = self.by_kind.get(kind, _zero())
                expected = {k: perpetual[k] - before[k] for k in TOTAL_KEYS}
                if totals != expected:
                    self.fault(row, "closing_totals", f"{kind} {data.get('period')}")
                self.by_kind[kind] = perpetual
        self.closing_hash, self.closing_seq = row.hash, row.seq
        self.baseline, self.running = perpetual, _zero()

    def _check_perpetual(self, row: EventRow, perpetual: Totals) -> None:
        if perpetual["net"] != perpetual["collected"] - perpetual["voided"]:
            return self.fault(row, "closing_perpetual", "net")
        if self.baseline is None:
            return  # the previous closing carried no perpetual totals: this one starts the check
        expected = {k: self.baseline[k] + self.running.get(k, 0) for k in TOTAL_KEYS}
        expected["net"] = expected["collected"] - expected["voided"]
        if perpetual != expected:
            wrong = next(k for k in TOTAL_KEYS if perpetual[k] != expected[k])
            self.fault(row, "closing_perpetual", f"{wrong} {perpetual[wrong]} ≠ {expected[wrong]}")
