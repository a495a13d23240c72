"""Receipts still waiting for their paper copy: the print queue, derived from recorded facts.

A receipt is unprinted while its payment has no `receipt.printed` event (the `receipt_prints`
table that event builds) and no void. The queue is therefore never stored on its own: it
survives a restart or a power cut because the payment and its print events do, `verify`
replays it like every other table, and sync carries the print events so a supervisor can see
which receipts a device never printed. No UPDATE, no DELETE (invariant 3), no state outside the
event log (invariant 4)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from core.token import verification_code

# Valid payments that no copy was ever printed (or written to a file) for.
_UNPRINTED = ("NOT EXISTS (SELECT 1 FROM receipt_prints r WHERE r.payment_id = p.id) "
              "AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.payment_id = p.id)")


@dataclass(frozen=True)
class QueuedReceipt:
    receipt_no: str
    code: str  # the short verification code the agent wrote on the paper stub
    taxpayer_name: str
    amount: int
    currency: str
    issued_at: str


def unprinted_receipts(conn: sqlite3.Connection, limit: int | None = None) -> list[QueuedReceipt]:
    """Oldest first: the order they print in when the printer comes back."""
    rows = conn.execute(
        f"SELECT p.receipt_no, p.token, t.name, p.amount, p.currency, p.issued_at FROM payments p "
        f"LEFT JOIN taxpayers t ON t.id = p.taxpayer_id WHERE {_UNPRINTED} ORDER BY p.event_seq LIMIT ?",
        (-1 if limit is None else limit,)).fetchall()
    return [QueuedReceipt(r[0], verification_code(r[1]), r[2] or "?", r[3], r[4], r[5]) for r in rows]


def unprinted_count(conn: sqlite3.Connection, session_id: str | None = None) -> int:
    """How many receipts wait for paper: all of them, or those of one cash session."""
    if session_id is None:
        return conn.execute(f"SELECT count(*) FROM payments p WHERE {_UNPRINTED}").fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM payments p WHERE p.session_id = ? AND {_UNPRINTED}",
                        (session_id,)).fetchone()[0]
