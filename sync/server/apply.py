"""A batch's business meaning applied event by event: the path a push takes when the bulk path
(push_bulk) falls back, because something in the batch is refused.

Each event is planned by the same rules as the bulk path (push_rules) and its rows written in its
own savepoint, so a row the database refuses costs only that event (quarantined as
`data_conflict`), never the batch. The change log and the zone departures are written once at
the end, in event order, exactly as the bulk path writes them."""
from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from core.envelope import ParsedPayload
from sync.server.push_rules import ChangeKey, Effects, ExitKey, Known, Refusal, plan_event, read_known, zone_codes
from sync.server.push_write import write_changes, write_effects


def apply_each(conn: Connection, batch: list[ParsedPayload], *, received_at: str) -> list[tuple[ParsedPayload, Refusal]]:
    """Apply every event that goes through; returns each refused event with its first refusal."""
    known = Known(zone_codes=zone_codes(conn))
    changed: dict[ChangeKey, tuple] = {}
    exits: dict[ExitKey, bool] = {}
    held = []
    for event in batch:
        read_known(conn, known, [event])
        effects = Effects()
        refusals = plan_event(known, effects, event, received_at)
        if effects.writes():
            savepoint = conn.begin_nested()
            try:
                write_effects(conn, effects)
                savepoint.commit()
            except SQLAlchemyError as exc:
                savepoint.rollback()
                refusals, effects = [_db_refusal(event, exc)], Effects()
        if any(r.code in ("data_invalid", "data_conflict") for r in refusals):
            known.forget_registry()  # what planning this event noted may not have been written
        for key, state in effects.changed.items():
            changed.pop(key, None)  # re-inserted last: its change number follows the batch's order
            changed[key] = state
        for exit_key, left in effects.exits.items():
            exits.pop(exit_key, None)  # likewise
            exits[exit_key] = left
        if refusals:
            held.append((event, refusals[0]))
    write_changes(conn, changed, may_exist=set(changed), exits=exits)  # every key looked up: never a duplicate row
    return held


def _db_refusal(event: ParsedPayload, exc: SQLAlchemyError) -> Refusal:
    return Refusal("data_conflict", f"{event.type} conflicts with stored data: {type(exc.orig or exc).__name__}")
