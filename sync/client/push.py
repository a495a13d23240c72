"""Push: the device's events after what the server holds, in `seq` order, in batches of 250.

After each answer the server's `stored_through` is saved (with the quarantined events it
named) before the next batch is read, so a sync cut short anywhere resumes where the server
stands: a batch whose answer was lost is sent again and stored once (the server is idempotent
on (device, seq))."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from core.clock import iso, utc_now
from core.events import Event, events_after, last_seq
from core.store import Store
from sync.client import state
from sync.client.http import ServerError, SyncClient

BATCH = 250
Progress = Callable[[str, int, int | None], None]


@dataclass
class PushOutcome:
    stored: int = 0
    duplicates: int = 0
    batches: int = 0
    stored_through: int = 0
    quarantined: list[dict[str, Any]] = field(default_factory=list)


def wire_event(event: Event) -> dict[str, Any]:
    """An event as PROTOCOL.md carries it: the payload is the truth, the rest vouches for it."""
    return {"seq": event.seq, "payload": event.payload, "prev_hash": event.prev_hash, "hash": event.hash,
            "signature": event.signature}


def push_all(store: Store, client: SyncClient, stored_through: int, progress: Progress | None = None,
             batch_size: int = BATCH, outcome: PushOutcome | None = None) -> PushOutcome:
    """`outcome` is filled batch by batch, so a caller still knows what went when a batch fails."""
    outcome = outcome if outcome is not None else PushOutcome()
    outcome.stored_through = stored_through
    start = after = stored_through
    stalls = 0
    while True:
        with store.read() as conn:
            events = events_after(conn, after, batch_size)
            newest = last_seq(conn)  # the agent may be taking payments meanwhile: the total grows
        if progress is not None:
            progress("push", after - start, max(newest - start, 0))
        if not events:
            return outcome
        answer = client.push([wire_event(e) for e in events])
        through = _stored_through(answer)
        quarantined = _quarantined(answer)
        with store.transaction() as conn:
            state.put(conn, state.PUSHED_SEQ, through)
            state.forget(conn, state.STOPPED)
            record_quarantine(conn, quarantined, answer.get("server_time") or iso(utc_now()))
        outcome.batches += 1
        outcome.stored += _count(answer, "stored")
        outcome.duplicates += _count(answer, "duplicates")
        outcome.quarantined += quarantined
        outcome.stored_through = through
        # A server that keeps answering below what was sent is not moving: stop rather than loop.
        stalls = stalls + 1 if through <= after else 0
        if stalls >= 3:
            raise ServerError(200, "push_stalled", f"the server stays at seq {through}")
        after = through


def record_quarantine(conn, quarantined: list[dict[str, Any]], at: str) -> None:
    conn.executemany(
        "INSERT INTO sync_quarantine (seq, code, reason, reported_at) VALUES (?,?,?,?) "
        "ON CONFLICT(seq) DO UPDATE SET code = excluded.code, reason = excluded.reason, "
        "reported_at = excluded.reported_at",
        [(q["seq"], q["code"], q["reason"], at) for q in quarantined])


def _stored_through(answer: dict[str, Any]) -> int:
    value = answer.get("stored_through")
    if type(value) is not int or value < 0:
        raise ServerError(200, "bad_response", "stored_through is not a whole number")
    return value


def _count(answer: dict[str, Any], key: str) -> int:
    value = answer.get(key, 0)
    return value if type(value) is int else 0


def _quarantined(answer: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for item in answer.get("quarantined") or []:
        if isinstance(item, dict) and type(item.get("seq")) is int:
            found.append({"seq": item["seq"], "code": str(item.get("code") or "refused"),
                          "reason": str(item.get("reason") or "")})
    return found
