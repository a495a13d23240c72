"""The event log: a per-device, gap-free, hash-chained and signed outbox (invariant 4).

Every change appends its event in the caller's transaction, so the change and its event
commit or vanish together. Each event carries the device's Ed25519 signature of its hash
(see `core.keys.sign_event_hash`); because hashes chain, the newest signature vouches for
every event before it."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from typing import Any

from core.envelope import EVENT_SCHEMA, GENESIS_HASH, chain_hash, event_payload
from core.ids import new_id
from core.keys import sign_event_hash

__all__ = ["EVENT_SCHEMA", "GENESIS_HASH", "Event", "append_event", "chain_hash", "chain_head",
           "events_after", "last_seq", "next_seq"]


@dataclass(frozen=True)
class Event:
    seq: int
    id: str
    type: str
    entity_id: str | None
    device_time: str
    payload: str
    prev_hash: str
    hash: str
    signature: str = ""


def _head(conn: sqlite3.Connection) -> tuple[int, str]:
    last = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return (last[0], last[1]) if last else (0, GENESIS_HASH)


def next_seq(conn: sqlite3.Connection) -> int:
    """The seq the next event will get; stable inside a write transaction (BEGIN IMMEDIATE)."""
    return _head(conn)[0] + 1


def append_event(conn: sqlite3.Connection, *, event_type: str, data: dict[str, Any], device_id: str,
                 device_time: str, signing_key: str, agent_id: str | None,
                 entity_id: str | None = None) -> Event:
    if not conn.in_transaction:
        raise RuntimeError("events are appended inside the change's own transaction")
    last_seq_, prev_hash = _head(conn)
    seq = last_seq_ + 1
    event_id = new_id()
    payload = event_payload(seq, event_id, event_type, device_id, device_time, entity_id, data, agent_id)
    digest = chain_hash(prev_hash, payload)
    event = Event(seq, event_id, event_type, entity_id, device_time, payload, prev_hash, digest,
                  sign_event_hash(signing_key, digest))
    conn.execute(
        "INSERT INTO events (seq, id, type, entity_id, device_time, payload, prev_hash, hash, signature)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (event.seq, event.id, event.type, event.entity_id, event.device_time, event.payload, event.prev_hash,
         event.hash, event.signature),
    )
    return event


def events_after(conn: sqlite3.Connection, after_seq: int, limit: int = 250) -> list[Event]:
    rows = conn.execute(
        "SELECT seq, id, type, entity_id, device_time, payload, prev_hash, hash, signature FROM events "
        "WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit),
    ).fetchall()
    return [Event(*row) for row in rows]


def last_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT MAX(seq) FROM events").fetchone()
    return row[0] or 0


def chain_head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(seq, hash) of the newest event; (0, GENESIS_HASH) for an empty log."""
    return _head(conn)
