"""Which pushed voids wait for a supervisor's approval, decided while a push is planned.

A void of a receipt waits (a `void_requests` row, and `receipts.voided_at` stays empty) when:
- `closed_session`: the payment's cash session was closed on the device before the void, i.e. the
  device pushed a `session.closed` naming that session at a lower seq than the void. This is decided
  by the device's event order, never by its clock (invariant 9); or
- `older_than_a_day`: the void's device time is more than 24 hours after the payment's (the
  receipt's `issued_at`). Both times come from the same device's clock, so a clock that is wrong
  by the same amount at both moments does not change the answer.

Everything else is voided at once, as before. The events of the batch are stored before it is
planned (push._push), so a closing pushed in the same batch as the void is seen here."""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, select

from core.clock import parse_iso
from sync.server.common import bucket_of
from sync.server.schema import events, receipts, void_requests

CLOSED_SESSION = "closed_session"
OLDER_THAN_A_DAY = "older_than_a_day"
MAX_AGE = timedelta(days=1)

_READ_RECEIPTS = select(receipts.c.payment_id, receipts.c.receipt_no, receipts.c.taxpayer_id, receipts.c.voided_at,
                        receipts.c.device_id, receipts.c.event_seq, receipts.c.paid_at).where(
    receipts.c.payment_id.in_(bindparam("ids", expanding=True)))
_READ_WAITING = select(void_requests.c.payment_id).where(
    void_requests.c.payment_id.in_(bindparam("ids", expanding=True)))


def read_receipts(conn: Connection, payment_ids: list[str]) -> dict[str, dict[str, Any]]:
    """What the void rules need of stored receipts: their taxpayer, whether a void of them is
    held already (applied or waiting), when they were paid, on which device and in which session."""
    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(_READ_RECEIPTS, {"ids": payment_ids}):
        found[row.payment_id] = {"taxpayer_id": row.taxpayer_id, "voided": row.voided_at is not None,
                                 "receipt_no": row.receipt_no, "paid_at": row.paid_at, "device_id": row.device_id,
                                 "event_seq": row.event_seq, "session_id": None}
    if not found:
        return found
    for payment_id in conn.execute(_READ_WAITING, {"ids": sorted(found)}).scalars():
        found[payment_id]["voided"] = True
    by_device: dict[str, dict[int, str]] = {}
    for payment_id, info in found.items():
        by_device.setdefault(info["device_id"], {})[info["event_seq"]] = payment_id
    for device_id, seqs in by_device.items():
        rows = conn.execute(select(events.c.seq, events.c.payload).where(
            events.c.bucket == bucket_of(device_id), events.c.device_id == device_id,
            events.c.seq.in_(sorted(seqs))))
        for seq, payload in rows:
            found[seqs[seq]]["session_id"] = (json.loads(payload).get("data") or {}).get("session_id")
    return found


def closed_sessions(conn: Connection, device_id: str) -> dict[str, int]:
    """{session id: seq of its `session.closed`} of one device, from the stored events (a closing a
    day; a few hundred rows a year)."""
    closed: dict[str, int] = {}
    rows = conn.execute(select(events.c.seq, events.c.payload).where(
        events.c.bucket == bucket_of(device_id), events.c.device_id == device_id, events.c.type == "session.closed"))
    for seq, payload in rows:
        session_id = (json.loads(payload).get("data") or {}).get("session_id")
        if isinstance(session_id, str):
            closed.setdefault(session_id, seq)
    return closed


def why_waiting(receipt: dict[str, Any], void_seq: int, void_device: str, void_time: str,
                closed: dict[str, int]) -> list[str]:
    """The reasons a void must wait for a supervisor; empty: it counts at once."""
    reasons = []
    session_id = receipt.get("session_id")
    close_seq = closed.get(session_id) if isinstance(session_id, str) else None
    if close_seq is not None and (receipt.get("device_id") != void_device or close_seq < void_seq):
        reasons.append(CLOSED_SESSION)
    try:
        if parse_iso(void_time) - parse_iso(receipt["paid_at"]) > MAX_AGE:
            reasons.append(OLDER_THAN_A_DAY)
    except (KeyError, TypeError, ValueError):
        pass  # a time that is no time: the closing alone decides
    return reasons
