"""The verifier's rules on one device's chain (sync/client/audit_chain.py), with real signed,
chained events: each fault is named at the right event, and an honest chain has none."""
from __future__ import annotations

from dataclasses import replace

import pytest

from core.audit_format import typed_element
from core.envelope import GENESIS_HASH, chain_hash, event_payload
from core.keys import generate_keypair, sign_event_hash
from sync.client.audit_chain import DeviceChain, EventRow, Fault
from sync.client.audit_signatures import check_batch

DEVICE = "01938a00-0000-7000-8000-0000000000aa"
ZERO = "0" * 64


def _totals(receipts: int, collected: int, voids: int = 0, voided: int = 0) -> dict[str, int]:
    return {"receipts": receipts, "collected": collected, "voids": voids, "voided": voided, "net": collected - voided}


def _receipt(n: int, amount: int, year: int = 2026) -> tuple[str, dict]:
    return "payment.recorded", {"id": f"pay-{n}", "receipt_no": f"T07-{year}-{n:06d}", "amount": amount,
                                "currency": "CDF", "tax_code": "PAT", "period": "2026", "method": "cash"}


class Device:
    def __init__(self) -> None:
        self.private, self.public = generate_keypair()
        self.rows: list[EventRow] = []
        self.prev = GENESIS_HASH
        self.add("device.initialised", {"public_key": self.public})

    def add(self, event_type: str, data: dict) -> EventRow:
        seq = len(self.rows) + 1
        payload = event_payload(seq, f"ev-{seq}", event_type, DEVICE, "2026-11-30T08:00:00.000Z", None, data, None)
        digest = chain_hash(self.prev, payload)
        row = EventRow(seq, seq, event_type, self.prev, digest, sign_event_hash(self.private, digest), payload,
                       typed_element(event_type, data))
        self.rows.append(row)
        self.prev = digest
        return row

    def check(self, rows: list[EventRow] | None = None) -> Fault | None:
        faults: list[Fault] = []
        pending: list = []
        chain = DeviceChain(DEVICE, "T07", self.public, faults.append,
                            lambda key, message, signature, report: pending.append((key, message, signature, report)))
        for position, row in enumerate(rows if rows is not None else self.rows, start=1):
            chain.event(replace(row, position=position))  # positions are the file's order
        faults += check_batch(pending)
        return min(faults) if faults else None


@pytest.fixture
def device() -> Device:
    made = Device()
    made.add("series.registered", {"year": 2026, "code": "K7Q2M9XD", "registered_at": "2026-01-01T00:00:00Z"})
    made.add(*_receipt(1, 1_000))
    made.add(*_receipt(2, 2_000))
    made.add("payment.voided", {"id": "void-1", "payment_id": "pay-1", "receipt_no": "T07-2026-000001"})
    return made


def _month(device: Device, totals: dict, perpetual: dict, previous: str = ZERO) -> EventRow:
    return device.add("closing.made", {"id": "c-1", "kind": "month", "period": "2026-11", "totals": totals,
                                       "perpetual": perpetual, "previous_closing": previous,
                                       "time": "2026-12-01T00:00:00Z", "time_source": "server"})


def test_an_honest_chain_with_its_closings_has_no_fault(device):
    first = _month(device, _totals(2, 3_000, 1, 1_000), _totals(2, 3_000, 1, 1_000))
    device.add(*_receipt(3, 500))
    device.add("session.closed", {"session_id": "s-1", "report": {
        "closed_at": "2026-12-01T18:00:00Z", "perpetual": _totals(3, 3_500, 1, 1_000), "previous_closing": first.hash}})
    assert device.check() is None


def test_a_closing_linked_to_the_wrong_previous_closing_is_named(device):
    _month(device, _totals(2, 3_000, 1, 1_000), _totals(2, 3_000, 1, 1_000))
    device.add(*_receipt(3, 500))
    wrong = device.add("session.closed", {"session_id": "s-1", "report": {
        "perpetual": _totals(3, 3_500, 1, 1_000), "previous_closing": ZERO}})
    fault = device.check()
    assert (fault.code, fault.seq) == ("closing_link", wrong.seq)


def test_month_totals_that_are_not_perpetual_minus_the_previous_month_are_named(device):
    wrong = _month(device, _totals(2, 3_000, 0, 0), _totals(2, 3_000, 1, 1_000))
    fault = device.check()
    assert (fault.code, fault.seq, fault.detail) == ("closing_totals", wrong.seq, "month 2026-11")


def test_a_repeated_or_skipped_receipt_number_is_named(device):
    skipped = device.add(*_receipt(4, 700))
    fault = device.check()
    assert (fault.code, fault.seq) == ("receipt_number_gap", skipped.seq)
    assert "T07-2026-000004 ≠ 3" in fault.detail


def test_a_void_of_a_payment_nowhere_in_the_file_is_named(device):
    void = device.add("payment.voided", {"id": "void-2", "payment_id": "pay-99", "receipt_no": "T07-2026-000099"})
    fault = device.check()
    assert (fault.code, fault.seq) == ("void_unknown_payment", void.seq)


def test_a_reordered_chain_names_its_first_broken_link(device):
    rows = list(device.rows)
    rows[2], rows[3] = rows[3], rows[2]
    fault = device.check(rows)
    assert (fault.code, fault.seq, fault.detail) == ("event_missing", 4, "3")  # seq 4 came where 3 was expected


def test_a_payload_moved_to_another_seq_is_named(device):
    rows = list(device.rows)
    moved = rows[2]
    payload = moved.payload.replace('"seq":3', '"seq":30')
    digest = chain_hash(moved.prev_hash, payload)
    rows[2] = EventRow(moved.position, 3, moved.type, moved.prev_hash, digest, sign_event_hash(device.private, digest),
                       payload, moved.typed)
    fault = device.check(rows[:3])
    assert (fault.code, fault.seq) == ("payload_mismatch", 3)


def test_a_genesis_that_records_another_key_is_named():
    device = Device()
    other = generate_keypair()[1]
    device.rows, device.prev = [], GENESIS_HASH
    device.add("device.initialised", {"public_key": other})
    fault = device.check()
    assert (fault.code, fault.seq) == ("genesis_key", 1)


def test_a_receipt_outside_every_registered_series_is_named(device):
    stray = device.add(*_receipt(1, 900, year=2027))
    fault = device.check()
    assert (fault.code, fault.seq, fault.detail) == ("series_not_registered", stray.seq, "T07-2027-000001 (2027)")


def test_receipts_before_any_registration_are_accepted():
    """A device enrolled before series existed issues unregistered receipts until its first sync."""
    device = Device()
    device.add(*_receipt(1, 900))
    device.add("series.registered", {"year": 2026, "code": "K7Q2M9XD", "registered_at": "2026-01-01T00:00:00Z"})
    device.add(*_receipt(2, 900))
    assert device.check() is None
