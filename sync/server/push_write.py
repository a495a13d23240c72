"""The rows a push planned (push_rules.Effects), written with one COPY or executemany per table.

Both push paths write through here: the bulk path once per batch, the event-by-event path once
per event inside its savepoint. The change log and the zone departures drawing from its count
are written apart (`write_changes`), once per batch and last, so that its lock is held only
from the change rows to the commit."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select

from sync.server.bulk import insert_rows
from sync.server.changelog import next_change_no
from sync.server.common import dumps
from sync.server.push_rules import ChangeKey, Effects, ExitKey
from sync.server.schema import (assessments, changes, conflicts, receipts, submissions, taxable_objects, taxpayers,
                                void_requests)
from sync.server.withdrawals import forget_exit, record_exit

# Statements built once at import and executed with lists of rows (executemany).
_VOID = receipts.update().where(receipts.c.payment_id == bindparam("b_payment_id"), receipts.c.voided_at.is_(None)) \
    .values(voided_at=bindparam("b_voided_at"), void_reason=bindparam("b_void_reason"))
_TAXPAYER_COLUMNS = ("data", "zone_id", "name", "version", "field_versions", "updated_at")
_UPDATE_TAXPAYER = taxpayers.update().where(taxpayers.c.id == bindparam("b_id")).values(
    **{c: bindparam(c) for c in _TAXPAYER_COLUMNS})
_UPDATE_CHANGE = changes.update().where(changes.c.kind == bindparam("b_kind"),
                                        changes.c.record_id == bindparam("b_record_id")).values(
    change_no=bindparam("change_no"), zone_id=bindparam("zone_id"), version=bindparam("version"),
    data=bindparam("data"))
_UPDATE_OBJECT = taxable_objects.update().where(taxable_objects.c.id == bindparam("b_id")).values(
    data=bindparam("data"), geometry=bindparam("geometry"))
_READ_CHANGED = select(changes.c.record_id).where(changes.c.kind == bindparam("kind"),
                                                  changes.c.record_id.in_(bindparam("ids", expanding=True)))


def write_effects(conn: Connection, effects: Effects) -> None:
    """Every planned row but the change log's."""
    if effects.new_taxpayers:
        insert_rows(conn, taxpayers, list(effects.new_taxpayers.values()))
    if effects.updated_taxpayers:
        conn.execute(_UPDATE_TAXPAYER, [{"b_id": t["id"], **{k: t[k] for k in _TAXPAYER_COLUMNS}}
                                        for t in effects.updated_taxpayers.values()])
    if effects.conflict_rows:
        insert_rows(conn, conflicts, effects.conflict_rows)
    if effects.object_rows:
        insert_rows(conn, taxable_objects, effects.object_rows)
    if effects.object_updates:
        conn.execute(_UPDATE_OBJECT, list(effects.object_updates.values()))
    if effects.assessment_rows:
        insert_rows(conn, assessments, effects.assessment_rows)
    if effects.receipt_rows:
        insert_rows(conn, receipts, effects.receipt_rows)
    if effects.void_rows:
        conn.execute(_VOID, effects.void_rows)
    if effects.void_request_rows:
        insert_rows(conn, void_requests, effects.void_request_rows)
    if effects.submission_rows:
        insert_rows(conn, submissions, effects.submission_rows)


def write_changes(conn: Connection, changed: dict[ChangeKey, tuple[int, dict[str, Any], str | None]], *,
                  may_exist: set[ChangeKey], exits: dict[ExitKey, bool] | None = None) -> None:
    """The batch's change-log rows, numbered in one go, in `changed`'s order: one lock and one
    read of the highest number for the whole batch (changelog.next_change_no says why numbers are
    handed out one writer at a time). A record that already has a row (among `may_exist`, looked
    up here) gets it updated, as changelog.record_change does; the others are inserted. Zone
    departures (`exits`, in their order) are numbered after them, as withdrawals.taxpayer_moved
    numbers a departure after the taxpayer's row; a subject back in a zone forgets its departure."""
    exits = exits or {}
    if not changed and not exits:
        return
    first = next_change_no(conn)
    existing: set[ChangeKey] = set()
    for kind in sorted({k for k, _ in may_exist}):
        ids = sorted(r for k, r in may_exist if k == kind)
        existing |= {(kind, r) for r in conn.execute(_READ_CHANGED, {"kind": kind, "ids": ids}).scalars()}
    inserts, updates = [], []
    for offset, (key, (version, data, zone_id)) in enumerate(changed.items()):
        row = {"change_no": first + offset, "zone_id": zone_id, "version": version, "data": dumps(data)}
        if key in existing:
            updates.append({"b_kind": key[0], "b_record_id": key[1], **row})
        else:
            inserts.append({"kind": key[0], "record_id": key[1], **row})
    if updates:
        conn.execute(_UPDATE_CHANGE, updates)
    if inserts:
        insert_rows(conn, changes, inserts)
    for number, ((kind, subject_id, zone_id), left) in enumerate(exits.items(), start=first + len(changed)):
        if left:
            record_exit(conn, kind, subject_id, zone_id, change_no=number)
        else:
            forget_exit(conn, kind, subject_id, zone_id)
