"""Taxpayers the server withdrew from this device: moved to a zone none of its agents covers, or
in a zone taken from them (a `withdrawn` record, sync/PROTOCOL.md).

Nothing recorded in the field is ever lost: a withdrawn taxpayer that anything on this device
refers to (a payment, so a receipt; any event, pushed or not: its registration, an edit, an
object or an assessment made here) is kept as it is and marked in `withdrawn_taxpayers`; search
no longer offers it and no payment can be taken for it, while its card, reached from a past
receipt, says why. One that nothing refers to is deleted with its objects and assessments, as
the server's data it was. Neither writes the taxpayer's own row, so an edit not yet pushed is
never overwritten (invariant 10) and `verify` replays the same rows. A taxpayer record for it
(it came back into the device's zones) lifts the mark.

Server data path: no device event, in the caller's transaction."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from typing import Iterable

from core import search_index
from core.errors import QuittanceError

REASONS = ("moved", "zone")  # moved to a zone the device does not cover | its zone taken from the agents
# Above this many deletions at once (a zone's whole registry), the search index is rebuilt once
# rather than kept row by row by its triggers.
BULK_DELETE = 2000


@dataclass(frozen=True)
class Withdrawal:
    taxpayer_id: str
    reason: str
    zone_id: str | None  # moved: the zone it is in now; zone: the zone taken


def withdrawal_of(conn: sqlite3.Connection, taxpayer_id: str) -> Withdrawal | None:
    row = conn.execute("SELECT taxpayer_id, reason, zone_id FROM withdrawn_taxpayers WHERE taxpayer_id = ?",
                       (taxpayer_id,)).fetchone()
    return Withdrawal(*row) if row else None


def refuse_if_withdrawn(conn: sqlite3.Connection, taxpayer_id: str) -> None:
    """No payment, edit or object for a taxpayer that left the device's zones: the server would
    hold it as outside the agent's zones, and the device no longer receives the taxpayer's news."""
    if withdrawal_of(conn, taxpayer_id) is not None:
        raise QuittanceError("taxpayer_withdrawn")


def any_withdrawn(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM withdrawn_taxpayers LIMIT 1").fetchone() is not None


def restore(conn: sqlite3.Connection, taxpayer_id: str) -> bool:
    """The server sent the taxpayer again: it is in the device's zones, shown and payable."""
    return conn.execute("DELETE FROM withdrawn_taxpayers WHERE taxpayer_id = ?", (taxpayer_id,)).rowcount > 0


def withdraw(conn: sqlite3.Connection, taxpayer_ids: Iterable[str], *, reason: str,
             zone_id: str | None) -> list[str]:
    """Withdraw these taxpayers (those the device does not hold are ignored). Returns the ids
    withdrawn, kept or deleted."""
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}")
    held = _held(conn, taxpayer_ids)
    if not held:
        return []
    kept = held & referenced(conn)
    conn.executemany("INSERT INTO withdrawn_taxpayers (taxpayer_id, reason, zone_id) VALUES (?, ?, ?) "
                     "ON CONFLICT(taxpayer_id) DO UPDATE SET reason = excluded.reason, zone_id = excluded.zone_id",
                     [(taxpayer_id, reason, zone_id) for taxpayer_id in sorted(kept)])
    _delete(conn, held - kept)
    return sorted(held)


def withdraw_zone(conn: sqlite3.Connection, zone_id: str) -> list[str]:
    """Every taxpayer of a zone none of the device's agents covers any more."""
    ids = [row[0] for row in conn.execute("SELECT id FROM taxpayers WHERE zone_id = ?", (zone_id,))]
    return withdraw(conn, ids, reason="zone", zone_id=zone_id)


def _held(conn: sqlite3.Connection, taxpayer_ids: Iterable[str]) -> set[str]:
    ids = list(dict.fromkeys(taxpayer_ids))
    held: set[str] = set()
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        part = ids[start:start + 500]
        held |= {row[0] for row in conn.execute(
            f"SELECT id FROM taxpayers WHERE id IN ({','.join('?' for _ in part)})", part)}
    return held


def referenced(conn: sqlite3.Connection) -> set[str]:
    """Every taxpayer something recorded on this device refers to: a payment (and so its receipt,
    prints and void), or an event, pushed or not, that names it (its registration or an edit,
    an object or assessment made here, a payment)."""
    found = {row[0] for row in conn.execute("SELECT DISTINCT taxpayer_id FROM payments")}
    found |= {row[0] for row in conn.execute(
        "SELECT DISTINCT entity_id FROM events WHERE type IN ('taxpayer.registered', 'taxpayer.updated')")}
    found |= {row[0] for row in conn.execute(
        "SELECT DISTINCT json_extract(payload, '$.data.taxpayer_id') FROM events "
        "WHERE type IN ('taxable_object.added', 'taxable_object.shaped', 'assessment.created', 'payment.recorded')")}
    found.discard(None)
    return found


def _delete(conn: sqlite3.Connection, taxpayer_ids: set[str]) -> None:
    """Server rows nothing on the device refers to: the taxpayers, their objects and assessments."""
    if not taxpayer_ids:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS leaving (num INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.leaving")
    ids = sorted(taxpayer_ids)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        conn.execute(f"INSERT INTO temp.leaving SELECT num FROM taxpayers WHERE id IN ({','.join('?' for _ in part)})",
                     part)

    def delete() -> None:
        conn.execute("DELETE FROM assessments WHERE object_num IN (SELECT num FROM taxable_objects "
                     "WHERE taxpayer_num IN (SELECT num FROM temp.leaving))")
        conn.execute("DELETE FROM taxable_objects WHERE taxpayer_num IN (SELECT num FROM temp.leaving)")
        conn.execute("DELETE FROM withdrawn_taxpayers WHERE taxpayer_id IN "
                     "(SELECT id FROM taxpayers WHERE num IN (SELECT num FROM temp.leaving))")
        conn.execute("DELETE FROM taxpayers WHERE num IN (SELECT num FROM temp.leaving)")

    if len(ids) > BULK_DELETE:
        with search_index.bulk_load(conn):
            delete()
    else:
        delete()
    conn.execute("DELETE FROM temp.leaving")
