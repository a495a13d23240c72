"""What the audit file carries from before its period, so that a chain starting mid-history can
be checked from the file alone: each device's chain anchor and the signed events the checks
start from (sync/server/audit_export.py writes them; docs/audit/audit-file.md lists them).

The period is chosen by the server's arrival order (invariant 9: never a device's clock): the
events whose `arrival` lies after the last arrival received before the first day, up to the last
arrival received before the day after the last day."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from core.audit_format import CLOSING_EVENTS, RECEIPT_EVENT, VOID_EVENT, receipt_year_and_number
from sync.server.common import bucket_of
from sync.server.schema import events, receipts

EVENT_COLUMNS = (events.c.device_id, events.c.seq, events.c.type, events.c.payload, events.c.prev_hash,
                 events.c.hash, events.c.signature, events.c.received_at, events.c.arrival)


@dataclass
class DeviceStart:
    """One device's chain as it stood when the period began."""
    device_id: str
    anchor_seq: int = 0
    anchor_hash: str = "0" * 64
    prior: dict[int, str] = field(default_factory=dict)  # seq -> why it is carried (a word)


def arrival_range(conn: Connection, start_iso: str, end_iso: str) -> tuple[int, int]:
    """(after, through): the period is the arrivals `after < arrival <= through`."""
    def last_before(moment: str) -> int:
        return conn.execute(select(func.coalesce(func.max(events.c.arrival), 0))
                            .where(events.c.received_at < moment)).scalar_one()
    return last_before(start_iso), last_before(end_iso)


def _of(device_id: str) -> tuple[Any, Any]:
    """The device's events, by the primary key (bucket, device_id, seq)."""
    return events.c.bucket == bucket_of(device_id), events.c.device_id == device_id


def _seq_max(conn: Connection, device_id: str, *where: Any) -> int | None:
    return conn.execute(select(func.max(events.c.seq)).where(*_of(device_id), *where)).scalar()


def device_start(conn: Connection, device_id: str, after: int, through: int) -> DeviceStart:
    start = DeviceStart(device_id)
    anchor = _seq_max(conn, device_id, events.c.arrival <= after)
    if anchor is None:
        return start
    start.anchor_seq = anchor
    start.anchor_hash = conn.execute(select(events.c.hash).where(*_of(device_id),
                                                                 events.c.seq == anchor)).scalar_one()
    start.prior[1] = "genesis"
    start.prior[anchor] = "anchor"
    before = events.c.seq <= anchor
    seen_kinds: set[str] = set()
    for seq, payload in conn.execute(select(events.c.seq, events.c.payload).where(
            *_of(device_id), before, events.c.type == "closing.made").order_by(events.c.seq.desc())):
        kind = _data(payload).get("kind")
        if kind not in seen_kinds:
            seen_kinds.add(kind)
            start.prior[seq] = f"closing.{kind}"
        if len(seen_kinds) >= 2:
            break
    closing = _seq_max(conn, device_id, before, events.c.type.in_(CLOSING_EVENTS)) or 0
    if closing:
        start.prior[closing] = "closing"
    # The receipts and voids since that closing: the next closing's perpetual totals add them.
    since = [row for row in conn.execute(select(events.c.seq, events.c.type, events.c.payload).where(
        *_of(device_id), before, events.c.seq > closing, events.c.type.in_((RECEIPT_EVENT, VOID_EVENT))))]
    for row in since:
        start.prior[row.seq] = "since_closing"
    for (seq,) in conn.execute(select(events.c.seq).where(*_of(device_id), before,
                                                          events.c.type == "series.registered")):
        start.prior[seq] = "series"
    last_of_year: dict[int, tuple[int, int]] = {}
    for receipt_no, seq in conn.execute(select(receipts.c.receipt_no, receipts.c.event_seq).where(
            receipts.c.device_id == device_id, receipts.c.event_seq <= anchor)):
        parsed = receipt_year_and_number(receipt_no)
        if parsed and parsed[1] > last_of_year.get(parsed[0], (0, 0))[0]:
            last_of_year[parsed[0]] = (parsed[1], seq)
    for _number, seq in last_of_year.values():
        start.prior.setdefault(seq, "last_receipt")
    _voided_before(conn, start, after, through, [row.payload for row in since if row.type == VOID_EVENT])
    return start


def _voided_before(conn: Connection, start: DeviceStart, after: int, through: int, voids: list[str]) -> None:
    """The payments, recorded before the period, that a void of the period (or since the last
    closing) cancels: their amount is in the closings' voided totals."""
    voids = voids + [payload for (payload,) in conn.execute(
        select(events.c.payload).where(*_of(start.device_id), events.c.type == VOID_EVENT,
                                       events.c.arrival > after, events.c.arrival <= through))]
    numbers = [_data(payload).get("receipt_no") for payload in voids]
    numbers = [n for n in numbers if isinstance(n, str)]
    for chunk in range(0, len(numbers), 500):
        for (seq,) in conn.execute(select(receipts.c.event_seq).where(
                receipts.c.receipt_no.in_(numbers[chunk:chunk + 500]), receipts.c.device_id == start.device_id,
                receipts.c.event_seq <= start.anchor_seq)):
            start.prior.setdefault(seq, "voided_payment")


def prior_rows(conn: Connection, start: DeviceStart) -> list[Any]:
    if not start.prior:
        return []
    wanted = sorted(start.prior)
    rows: list[Any] = []
    for chunk in range(0, len(wanted), 500):
        rows += conn.execute(select(*EVENT_COLUMNS).where(*_of(start.device_id),
                                                          events.c.seq.in_(wanted[chunk:chunk + 500]))).all()
    return sorted(rows, key=lambda row: row.seq)


def _data(payload: str) -> dict[str, Any]:
    try:
        data = json.loads(payload).get("data")
    except (ValueError, AttributeError):
        return {}
    return data if isinstance(data, dict) else {}
