"""A batch's business meaning applied in bulk: the rows it needs read once (one query per table),
every event planned in memory by push_rules, then written with one COPY or executemany per table.

This is the fast path for the usual batch, where every event goes through. Anything else (a
business refusal, data that does not fit its type, a row the database refuses) raises
`Fallback`: the caller rolls back to its savepoint and applies the batch event by event
(apply.apply_each), which quarantines each refusal. Both paths plan with the same rules
(push_rules) and write with the same statements (push_write); tests/server/test_push_paths.py
pushes the same scenarios through each and compares the servers."""
from __future__ import annotations

from sqlalchemy import Connection

from core.envelope import ParsedPayload
from sync.server.push_rules import Effects, Known, plan_event, read_known
from sync.server.push_write import write_changes, write_effects


class Fallback(Exception):
    """This batch needs the event-by-event path (a refusal, odd data, or a database refusal)."""


def apply_bulk(conn: Connection, batch: list[ParsedPayload], *, received_at: str) -> None:
    """Apply every event of the batch, or raise Fallback having written nothing the caller's
    savepoint cannot undo."""
    known, effects = Known(), Effects()
    read_known(conn, known, batch)
    for event in batch:
        refusals = plan_event(known, effects, event, received_at)
        if refusals:
            raise Fallback(f"seq {event.seq}: {refusals[0].code}")
    write_effects(conn, effects)
    # Last: the change-log lock is held from here to the commit only.
    write_changes(conn, effects.changed, may_exist=effects.stored_changes, exits=effects.exits)
