"""Taxpayers a supervisor merged into another on the server (a duplicate registration): the
server sends the merged one as inactive with `merged_into`, the taxpayer it stands for now
(sync/server/registry_duplicates.py). The device keeps that pointer in `merged_taxpayers`
(migration v12), server data that `verify` does not replay, so that a payment or an edit for
the merged taxpayer is refused with the kept taxpayer's name (`taxpayer_merged`): the agent
takes the payment there, instead of reactivating the merged one. Its row and history stay."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3

from core.errors import QuittanceError


def note(conn: sqlite3.Connection, taxpayer_id: str, kept_id: object) -> None:
    """A taxpayer record from the server: merged into `kept_id`, or (None) not merged."""
    if isinstance(kept_id, str) and kept_id and kept_id != taxpayer_id:
        conn.execute("INSERT INTO merged_taxpayers (taxpayer_id, kept_id) VALUES (?, ?) "
                     "ON CONFLICT(taxpayer_id) DO UPDATE SET kept_id = excluded.kept_id", (taxpayer_id, kept_id))
    else:
        conn.execute("DELETE FROM merged_taxpayers WHERE taxpayer_id = ?", (taxpayer_id,))


def merged_into(conn: sqlite3.Connection, taxpayer_id: str) -> tuple[str, str | None] | None:
    """(kept id, its name if this device holds it), or None for a taxpayer not merged."""
    row = conn.execute("SELECT m.kept_id, t.name FROM merged_taxpayers m LEFT JOIN taxpayers t ON t.id = m.kept_id "
                       "WHERE m.taxpayer_id = ?", (taxpayer_id,)).fetchone()
    return (row[0], row[1]) if row else None


def refuse_if_merged(conn: sqlite3.Connection, taxpayer_id: str) -> None:
    found = merged_into(conn, taxpayer_id)
    if found is not None:
        raise QuittanceError("taxpayer_merged", kept=found[1] or found[0])
