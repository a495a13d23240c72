"""The technical journal (issue 14): what happened to the device and the app rather than to the
money — logins, wrong PINs, settings, the clock, the printer, starts, migrations, exports,
backups, restores. Each entry is a `journal.recorded` event (core/fiscal_events.py), chained and
signed like every other, written where possible in the transaction of the change it describes;
its projection fills the append-only table `journal`, which `verify` replays.

Details never hold a taxpayer's personal data: receipt numbers, printer addresses, setting names,
counts and version numbers only. `check_details` refuses anything but flat, small values, so a
caller cannot slip in a record by mistake.

What happened while the database was locked waits in the side file (core/journal_file.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from core import config
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from core.context import WriteContext
from core.events import Event
from core.fiscal_events import JOURNAL_KINDS, JOURNAL_RECORDED

__all__ = ["JOURNAL_KINDS", "Entry", "check_details", "entries", "journal_context", "record", "recorded_side_ids"]

MAX_DETAIL_TEXT = 200  # a receipt number, a printer address, a setting's name: never a document
SIDE_FILE_ID = "side_file_id"  # details key of an entry that waited in the side file


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str
    at: str
    agent_id: str | None
    agent_name: str | None
    details: dict[str, Any]


def check_details(details: dict[str, Any] | None) -> dict[str, Any]:
    """Flat details: text (short), whole numbers, booleans, None, or lists of short texts."""
    details = dict(details or {})
    for key, value in details.items():
        if not isinstance(key, str):
            raise ValueError("journal detail names are text")
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, float) or not (item is None or isinstance(item, (str, int, bool))):
                raise ValueError(f"journal detail {key!r} is not a plain value")
            if isinstance(item, str) and len(item) > MAX_DETAIL_TEXT:
                raise ValueError(f"journal detail {key!r} is too long")
    return details


def journal_context(conn: sqlite3.Connection, agent_id: str | None, now: str) -> WriteContext | None:
    """The context a journal entry is written with, or None on a device not set up yet (no key
    to sign with: there is nothing to journal into). No clock check: a clock the guard refuses
    must not stop the journal from recording what happened, and the journal never decides
    anything by time."""
    device = config.load_device(conn)
    municipality = config.load_municipality(conn)
    if device is None or municipality is None:
        return None
    return WriteContext(device, municipality, agent_id, now)


def record(conn: sqlite3.Connection, ctx: WriteContext, kind: str, details: dict[str, Any] | None = None,
           *, at: str | None = None) -> Event:
    """Append one journal entry in the caller's transaction; `at` defaults to the context's time
    (an entry from the side file keeps the moment it happened)."""
    if kind not in JOURNAL_KINDS:
        raise ValueError(f"unknown journal kind {kind!r}")
    data = {"kind": kind, "at": at or ctx.now, "details": check_details(details)}
    return ctx.record(conn, JOURNAL_RECORDED, data)


def recorded_side_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of these side-file line ids are already in the journal (a crash after the commit that
    joined them and before the side file was emptied)."""
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT json_extract(details, '$.{SIDE_FILE_ID}') FROM journal "
                        f"WHERE json_extract(details, '$.{SIDE_FILE_ID}') IN ({marks})", ids)
    return {row[0] for row in rows}


def entries(conn: sqlite3.Connection, kind: str | None = None, limit: int = 200) -> list[Entry]:
    """The journal, newest first, optionally of one kind."""
    where, params = ("WHERE j.kind = ?", [kind]) if kind else ("", [])
    rows = conn.execute(
        "SELECT j.event_seq, j.kind, j.at, json_extract(e.payload, '$.agent_id'), a.name, j.details "
        "FROM journal j JOIN events e ON e.seq = j.event_seq "
        "LEFT JOIN agents a ON a.id = json_extract(e.payload, '$.agent_id') "
        f"{where} ORDER BY j.event_seq DESC LIMIT ?", [*params, limit]).fetchall()
    return [Entry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}")) for r in rows]
