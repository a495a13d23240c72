"""Push: check a batch's integrity, store it atomically, then apply its business meaning.

Integrity failures (a payload that is not this device's, a gap, a broken link, a fork, a bad
signature) refuse the whole batch and raise an alert; business refusals are stored and
quarantined and never stop the events after them (sync/PROTOCOL.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from core.envelope import GENESIS_HASH, EnvelopeError, ParsedPayload, chain_hash, parse_payload, signature_valid
from sync.server import tlog
from sync.server.alerts import undecided_alert_exists
from sync.server.apply import apply_each
from sync.server.common import bucket_of, now_iso
from sync.server.bulk import insert_rows
from sync.server.db import is_postgres
from sync.server.errors import ApiError
from sync.server.push_bulk import Fallback, apply_bulk
from sync.server.schema import alerts, devices, events, quarantine

# Integrity refusals after which the device's stream stays stopped until a supervisor acts.
STOPPING = ("chain_broken", "fork", "bad_signature")


@dataclass
class WireEvent:
    seq: int
    payload: str
    prev_hash: str
    hash: str
    signature: str


@dataclass
class PushResult:
    stored_through: int
    stored: int = 0
    duplicates: int = 0
    quarantined: list[dict[str, Any]] = field(default_factory=list)


class IntegrityRefusal(Exception):
    def __init__(self, code: str, seq: int | None, message: str) -> None:
        super().__init__(message)
        self.code, self.seq, self.message = code, seq, message


def push(engine: Engine, device_id: str, batch: list[WireEvent]) -> PushResult:
    """Store one batch for an authenticated device, or raise ApiError (409 for integrity)."""
    try:
        with engine.begin() as conn:
            return _push(conn, device_id, batch)
    except IntegrityRefusal as refusal:
        _raise_alert(engine, device_id, refusal)
        raise ApiError(409, refusal.code, refusal.message) from None


def _lock_device(conn: Connection, device_id: str) -> dict[str, Any]:
    """One push per device at a time: the device row is locked for the batch's transaction
    (SQLite's BEGIN IMMEDIATE already holds the database's write lock)."""
    query = select(devices).where(devices.c.id == device_id)
    if is_postgres(conn):
        query = query.with_for_update()
    return dict(conn.execute(query).mappings().one())


def _push(conn: Connection, device_id: str, batch: list[WireEvent]) -> PushResult:
    device = _lock_device(conn, device_id)
    if device["revoked_at"]:
        raise ApiError(403, "device_revoked", "this device was revoked; it can no longer sync")
    if device["stopped_reason"]:
        raise ApiError(409, device["stopped_reason"],
                       f"this device's stream is stopped ({device['stopped_reason']}) until a supervisor acts")
    stored_through, head = device["stored_through"], device["head_hash"]
    parsed = _parse_all(device_id, batch)
    first = batch[0].seq
    if first > stored_through + 1:
        raise IntegrityRefusal("seq_gap", first, f"the server holds events up to {stored_through}; "
                                                 f"the batch starts at {first}")
    bucket = bucket_of(device_id)
    known = _stored_hashes(conn, bucket, device_id, first - 1, min(batch[-1].seq, stored_through))
    prev = known[first - 1] if first > 1 else GENESIS_HASH
    new_rows, new_events, duplicates = [], [], 0
    received_at = now_iso()
    for wire, event in zip(batch, parsed):
        computed = chain_hash(prev, wire.payload)
        if wire.seq in known:
            if known[wire.seq] != computed:
                raise IntegrityRefusal("fork", wire.seq, f"seq {wire.seq} is stored with another hash")
            duplicates += 1
        else:
            if wire.prev_hash != prev or wire.hash != computed:
                raise IntegrityRefusal("chain_broken", wire.seq,
                                       f"seq {wire.seq} does not chain to the stored event before it")
            new_rows.append({"bucket": bucket, "device_id": device_id, "seq": wire.seq, "event_id": event.id,
                             "type": event.type, "agent_id": event.agent_id, "payload": wire.payload,
                             "prev_hash": prev, "hash": computed, "signature": wire.signature,
                             "device_time": event.device_time, "received_at": received_at})
            new_events.append(event)
        prev = computed
    # One signature per batch: the newest event's vouches for every hash chained before it.
    if not signature_valid(device["public_key"], prev, batch[-1].signature):
        raise IntegrityRefusal("bad_signature", batch[-1].seq,
                               f"the signature of seq {batch[-1].seq} is not this device's")
    result = PushResult(stored_through=max(stored_through, batch[-1].seq), duplicates=duplicates,
                        stored=len(new_rows))
    if new_rows:
        _insert_events(conn, new_rows)
        _apply_all(conn, new_events, received_at, result)
        # The transparency log, last: its one lock is held only from here to the commit.
        tlog.append(conn, [(row["device_id"], row["seq"], row["hash"]) for row in new_rows])
        head = prev
    conn.execute(devices.update().where(devices.c.id == device_id).values(
        stored_through=result.stored_through, head_hash=head, last_sync_at=received_at))
    return result


def _parse_all(device_id: str, batch: list[WireEvent]) -> list[ParsedPayload]:
    parsed = []
    for index, wire in enumerate(batch):
        if index and wire.seq != batch[index - 1].seq + 1:
            # An event missing inside the batch: deleted on the device, or a client bug.
            raise IntegrityRefusal("seq_gap", wire.seq, f"seq {batch[index - 1].seq} is followed by {wire.seq}")
        try:
            event = parse_payload(wire.payload)
        except EnvelopeError as exc:
            raise IntegrityRefusal("payload_invalid", wire.seq, f"seq {wire.seq}: {exc}") from None
        if event.device_id != device_id:
            raise IntegrityRefusal("wrong_device", wire.seq, f"seq {wire.seq} was recorded by another device")
        if event.seq != wire.seq:
            raise IntegrityRefusal("payload_invalid", wire.seq, f"seq {wire.seq} carries a payload of seq {event.seq}")
        parsed.append(event)
    return parsed


def _stored_hashes(conn: Connection, bucket: int, device_id: str, low: int, high: int) -> dict[int, str]:
    if high < low:
        return {}
    rows = conn.execute(select(events.c.seq, events.c.hash).where(
        events.c.bucket == bucket, events.c.device_id == device_id, events.c.seq.between(low, high)))
    return {row.seq: row.hash for row in rows}


def _insert_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if is_postgres(conn):  # arrival from the events_arrival_seq default
        insert_rows(conn, events, rows)
        return
    start = conn.execute(select(func.coalesce(func.max(events.c.arrival), 0))).scalar_one() + 1
    for offset, row in enumerate(rows):
        row["arrival"] = start + offset
    conn.execute(events.insert(), rows)


def _apply_all(conn: Connection, new_events: list[ParsedPayload], received_at: str, result: PushResult) -> None:
    """The batch in bulk when every event goes through (push_bulk); otherwise, and only then,
    event by event (apply), so refusals are quarantined one by one. Both follow push_rules."""
    savepoint = conn.begin_nested()
    try:
        apply_bulk(conn, new_events, received_at=received_at)
        savepoint.commit()
        return
    except (Fallback, SQLAlchemyError):
        savepoint.rollback()
    held = apply_each(conn, new_events, received_at=received_at)
    if held:
        conn.execute(quarantine.insert(), [
            {"device_id": event.device_id, "seq": event.seq, "code": refusal.code, "reason": refusal.reason,
             "created_at": received_at} for event, refusal in held])
        result.quarantined += [{"seq": event.seq, "code": refusal.code, "reason": refusal.reason}
                               for event, refusal in held]


def _raise_alert(engine: Engine, device_id: str, refusal: IntegrityRefusal) -> None:
    """One open (undecided) alert per device and kind; a stopping kind also stops the device's stream."""
    with engine.begin() as conn:
        if not undecided_alert_exists(conn, device_id, refusal.code):  # one decided: a new refusal is new
            conn.execute(alerts.insert().values(kind=refusal.code, device_id=device_id, seq=refusal.seq,
                                                detail=refusal.message, created_at=now_iso()))
        if refusal.code in STOPPING:
            conn.execute(devices.update().where(devices.c.id == device_id, devices.c.stopped_reason.is_(None))
                         .values(stopped_reason=refusal.code))
