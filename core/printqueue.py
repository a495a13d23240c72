"""Receipts still waiting for their paper copy: the print queue, derived from recorded facts.

A receipt is unprinted while its payment has no `receipt.printed` event (the `receipt_prints`
table that event builds) and no void. The queue is therefore never stored on its own: it
survives a restart or a power cut because the payment and its print events do, `verify`
replays it like every other table, and sync carries the print events so a supervisor can see
which receipts a device never printed. No UPDATE, no DELETE (invariant 3), no state outside the
event log (invariant 4)."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
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


# An original sent to the printer is noted first (`print_attempts`, committed before the first
# byte goes out) and forgotten when the printer refuses it. A process killed in between leaves
# the note: that receipt's paper may be out although no copy is recorded, so it stays queued
# (never marked printed when it may not be) and its next copy says DUPLICATA, never a second
# original.
def note_print_started(conn: sqlite3.Connection, payment_id: str, at: str) -> None:
    conn.execute("INSERT OR IGNORE INTO print_attempts (payment_id, started_at) VALUES (?, ?)", (payment_id, at))


def forget_print_started(conn: sqlite3.Connection, payment_id: str) -> None:
    """The printer refused the job: nothing of it is on paper that a retry would duplicate."""
    conn.execute("DELETE FROM print_attempts WHERE payment_id = ?", (payment_id,))


def print_outcome_unknown(conn: sqlite3.Connection, payment_id: str) -> bool:
    """An original went to the printer, and no copy was recorded since."""
    return conn.execute(
        "SELECT 1 FROM print_attempts a WHERE a.payment_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM receipt_prints r WHERE r.payment_id = a.payment_id)", (payment_id,)
    ).fetchone() is not None
