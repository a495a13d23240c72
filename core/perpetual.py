"""Perpetual totals: what the device collected and voided since its first day, carried from one
closing to the next (core/fiscal_events.py, issue 14).

Every closing (a session's Z-report, a month's or a year's closing) records the totals of
every receipt and void the chain holds before it, and the hash of the closing before it. The next
closing starts from those figures and adds only the events appended since, so closing takes the
same time on the first day and after ten years. `verify` recomputes them all from the chain
(core/closing_audit.py)."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass

from core.events import GENESIS_HASH
from core.fiscal_events import CLOSING_MADE, TOTAL_KEYS

SESSION_CLOSED = "session.closed"
CLOSING_EVENTS = (SESSION_CLOSED, CLOSING_MADE)
NO_PREVIOUS_CLOSING = GENESIS_HASH  # 64 zeros: the device's first closing


@dataclass(frozen=True)
class Totals:
    """Receipts issued and voids recorded, with their amounts in minor units. A void counts where
    it was recorded, not where its receipt was: a closed period is never changed afterwards."""
    receipts: int = 0
    collected: int = 0
    voids: int = 0
    voided: int = 0

    @property
    def net(self) -> int:
        return self.collected - self.voided

    def __add__(self, other: "Totals") -> "Totals":
        return Totals(self.receipts + other.receipts, self.collected + other.collected,
                      self.voids + other.voids, self.voided + other.voided)

    def __sub__(self, other: "Totals") -> "Totals":
        return Totals(self.receipts - other.receipts, self.collected - other.collected,
                      self.voids - other.voids, self.voided - other.voided)

    def to_dict(self) -> dict[str, int]:
        return {"receipts": self.receipts, "collected": self.collected, "voids": self.voids,
                "voided": self.voided, "net": self.net}

    @classmethod
    def from_dict(cls, data: object) -> "Totals | None":
        """None when `data` is not a complete set of figures (a Z-report closed before issue 14)."""
        if not isinstance(data, dict) or any(type(data.get(key)) is not int for key in TOTAL_KEYS):
            return None
        return cls(data["receipts"], data["collected"], data["voids"], data["voided"])


@dataclass(frozen=True)
class LastClosing:
    seq: int
    hash: str
    type: str
    data: dict

    @property
    def perpetual(self) -> Totals | None:
        carried = self.data.get("report", {}) if self.type == SESSION_CLOSED else self.data
        return Totals.from_dict(carried.get("perpetual") if isinstance(carried, dict) else None)


def last_closing(conn: sqlite3.Connection) -> LastClosing | None:
    """The newest session, month or year closing. Read backwards from the end of the chain, so
    it costs the events since that closing (one session's worth), never the whole history."""
    row = conn.execute(f"SELECT seq, hash, type, payload FROM events WHERE type IN {CLOSING_EVENTS!r} "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return LastClosing(row[0], row[1], row[2], json.loads(row[3])["data"])


def activity_after(conn: sqlite3.Connection, seq: int) -> Totals:
    """The receipts and voids recorded after event `seq`, read from their events (by seq, the
    events' own key), as `verify` reads them."""
    receipts = collected = voids = voided = 0
    for event_type, payload in conn.execute(
            "SELECT type, payload FROM events WHERE seq > ? AND type IN ('payment.recorded', 'payment.voided') "
            "ORDER BY seq", (seq,)):
        data = json.loads(payload)["data"]
        if event_type == "payment.recorded":
            receipts, collected = receipts + 1, collected + data["amount"]
        else:
            row = conn.execute("SELECT amount FROM payments WHERE id = ?", (data["payment_id"],)).fetchone()
            voids, voided = voids + 1, voided + (row[0] if row else 0)
    return Totals(receipts, collected, voids, voided)


def perpetual_now(conn: sqlite3.Connection) -> tuple[Totals, str]:
    """The perpetual totals up to the end of the chain, and the hash of the newest closing (64
    zeros when there is none). Carried forward from that closing; a Z-report closed before
    perpetual totals existed carries none, and then (once) they are counted from the first event."""
    last = last_closing(conn)
    if last is None:
        return activity_after(conn, 0), NO_PREVIOUS_CLOSING
    carried = last.perpetual
    if carried is None:
        return activity_after(conn, 0), last.hash
    return carried + activity_after(conn, last.seq), last.hash
