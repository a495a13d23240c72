"""Per-record sync status, for the Sync screen: each event is pending (the server does not hold
it yet), sent, or quarantined with the reason the server gave. Read from what the server last
answered (`sync.pushed_seq` and the `sync_quarantine` table), never guessed."""
from __future__ import annotations

from dataclasses import dataclass

from core.device_status import is_revoked
from core.events import last_seq
from core.store import Store
from sync.client import state
from sync.client.attachments import pending_count as attachments_pending

STATUSES = ("pending", "sent", "quarantined")


@dataclass(frozen=True)
class RecordStatus:
    seq: int
    type: str
    entity_id: str | None
    device_time: str
    status: str  # one of STATUSES
    code: str | None = None  # the server's stable code, for a quarantined event
    reason: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    events: int
    sent: int
    pending: int
    quarantined: int
    revoked: bool
    stopped: dict | None  # the server's integrity refusal, until a push goes through again
    last_sync_at: str | None
    clock_offset_s: float | None
    attachments_pending: int = 0  # census photos not sent yet (sync/client/attachments.py)


def sync_status(store: Store) -> SyncStatus:
    with store.read() as conn:
        events = last_seq(conn)
        through = min(events, state.get(conn, state.PUSHED_SEQ, 0) or 0)
        quarantined = conn.execute("SELECT count(*) FROM sync_quarantine WHERE seq <= ?", (through,)).fetchone()[0]
        return SyncStatus(state.is_enrolled(conn), state.get(conn, state.SERVER_URL) or None, events,
                          through - quarantined, events - through, quarantined, is_revoked(conn),
                          state.get(conn, state.STOPPED), state.get(conn, state.LAST_AT),
                          state.get(conn, state.CLOCK_OFFSET), attachments_pending(conn))


def record_statuses(store: Store, *, status: str | None = None, after_seq: int = 0,
                    limit: int = 200) -> list[RecordStatus]:
    """Events after `after_seq` in seq order, with their status; `status` keeps only that kind."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    with store.read() as conn:
        through = state.get(conn, state.PUSHED_SEQ, 0) or 0
        where, params = _filter(status, through)
        rows = conn.execute(
            "SELECT e.seq, e.type, e.entity_id, e.device_time, q.code, q.reason FROM events e "
            f"LEFT JOIN sync_quarantine q ON q.seq = e.seq WHERE e.seq > ? {where} ORDER BY e.seq LIMIT ?",
            (after_seq, *params, limit)).fetchall()
    return [RecordStatus(seq, kind, entity, at, _status(seq, through, code), code, reason)
            for seq, kind, entity, at, code, reason in rows]


def _filter(status: str | None, through: int) -> tuple[str, tuple]:
    if status == "pending":
        return "AND e.seq > ?", (through,)
    if status == "sent":
        return "AND e.seq <= ? AND q.seq IS NULL", (through,)
    if status == "quarantined":
        return "AND e.seq <= ? AND q.seq IS NOT NULL", (through,)
    return "", ()


def _status(seq: int, through: int, code: str | None) -> str:
    if seq > through:
        return "pending"
    return "quarantined" if code is not None else "sent"
