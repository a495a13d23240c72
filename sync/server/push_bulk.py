"""A batch's business meaning applied in bulk: the rows it needs read once, its effects planned
in memory event by event, then written with one executemany per table.

This is the fast path for the usual batch, where every event goes through. Anything else (a
business refusal, data that does not fit its type, a row the database refuses) raises
`Fallback`: the caller rolls back to its savepoint and applies the batch event by event
(push._apply), which quarantines exactly as before. The plan follows apply.apply_event's rules
one for one; tests/server run both paths."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select

from core.envelope import ParsedPayload
from sync.server.apply import ZONED
from sync.server.bulk import insert_rows
from sync.server.changelog import next_change_no
from sync.server.common import dumps, loads
from sync.server.registry import FIELDS, taxpayer_record
from sync.server.schema import (agent_zones, agents, assessments, changes, conflicts, receipts, taxable_objects,
                                taxpayers)
from sync.server.withdrawals import dependents, forget_exit, record_exit


class Fallback(Exception):
    """This batch needs the event-by-event path (a refusal, odd data, or a database refusal)."""


# Statements built once at import and executed with lists of rows (executemany).
_VOID = receipts.update().where(receipts.c.payment_id == bindparam("b_payment_id"), receipts.c.voided_at.is_(None)) \
    .values(voided_at=bindparam("b_voided_at"), void_reason=bindparam("b_void_reason"))
_UPDATE_TAXPAYER = taxpayers.update().where(taxpayers.c.id == bindparam("b_id")).values(
    data=bindparam("data"), zone_id=bindparam("zone_id"), name=bindparam("name"), version=bindparam("version"),
    field_versions=bindparam("field_versions"), updated_at=bindparam("updated_at"))
_UPDATE_CHANGE = changes.update().where(changes.c.kind == bindparam("b_kind"),
                                        changes.c.record_id == bindparam("b_record_id")).values(
    change_no=bindparam("change_no"), zone_id=bindparam("zone_id"), version=bindparam("version"),
    data=bindparam("data"))
_READ_CHANGED = select(changes.c.record_id).where(
    changes.c.kind == bindparam("kind"), changes.c.record_id.in_(bindparam("ids", expanding=True)))
_READ_TAXPAYERS = select(taxpayers).where(taxpayers.c.id.in_(bindparam("ids", expanding=True)))
_READ_AGENTS = select(agents.c.id, agents.c.name, agents.c.active).where(
    agents.c.id.in_(bindparam("ids", expanding=True)))
_READ_AGENT_ZONES = select(agent_zones.c.agent_id, agent_zones.c.zone_id).where(
    agent_zones.c.agent_id.in_(bindparam("ids", expanding=True)))
_READ_RECEIPTS = select(receipts.c.payment_id, receipts.c.taxpayer_id, receipts.c.voided_at).where(
    receipts.c.payment_id.in_(bindparam("ids", expanding=True)))


@dataclass
class _Plan:
    agents: dict[str, dict[str, Any]] = field(default_factory=dict)
    taxpayers: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # current state, None: unknown
    receipts: dict[str, dict[str, Any]] = field(default_factory=dict)  # payment id -> taxpayer, voided
    new_taxpayers: dict[str, dict[str, Any]] = field(default_factory=dict)  # inserted by this batch
    updated_taxpayers: dict[str, dict[str, Any]] = field(default_factory=dict)  # stored before, changed now
    receipt_rows: list[dict[str, Any]] = field(default_factory=list)
    void_rows: list[dict[str, Any]] = field(default_factory=list)
    object_rows: list[dict[str, Any]] = field(default_factory=list)
    assessment_rows: list[dict[str, Any]] = field(default_factory=list)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    # (kind, record_id) -> (version, data, zone_id), in event order; the newest state wins.
    changed: dict[tuple[str, str], tuple[int, dict[str, Any], str | None]] = field(default_factory=dict)
    # Taxpayers this batch moves to another zone -> their objects and assessments (kind, id,
    # data), which follow them (withdrawals.taxpayer_moved, in memory).
    dependents: dict[str, list[tuple[str, str, dict[str, Any]]]] = field(default_factory=dict)
    # ('taxpayer', id, zone) -> True: left that zone, False: back in it; in event order.
    exits: dict[tuple[str, str, str], bool] = field(default_factory=dict)
    stored_dependents: set[tuple[str, str]] = field(default_factory=set)  # change rows that may exist


def apply_bulk(conn: Connection, batch: list[ParsedPayload], *, received_at: str) -> None:
    """Apply every event of the batch, or raise Fallback having written nothing the caller's
    savepoint cannot undo."""
    plan = _Plan()
    try:
        _read(conn, batch, plan)
        for event in batch:
            _plan_event(plan, event, received_at)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise Fallback(repr(exc)) from None
    _write(conn, plan)


def _read(conn: Connection, batch: list[ParsedPayload], plan: _Plan) -> None:
    """Everything the batch's checks need, one query per table."""
    agent_ids = {e.agent_id for e in batch if e.agent_id is not None}
    taxpayer_ids, payment_ids = set(), set()
    for event in batch:
        data = event.data
        if event.type == "taxpayer.registered":
            taxpayer_ids.add(data["id"])
        elif event.type == "payment.voided":
            payment_ids.add(data["payment_id"])
        elif event.type in ZONED:
            taxpayer_ids.add(data["taxpayer_id"])
    if agent_ids:
        ids = sorted(agent_ids)
        zones_of: dict[str, set[str]] = {i: set() for i in ids}
        for row in conn.execute(_READ_AGENT_ZONES, {"ids": ids}):
            zones_of[row.agent_id].add(row.zone_id)
        for row in conn.execute(_READ_AGENTS, {"ids": ids}):
            plan.agents[row.id] = {"name": row.name, "active": bool(row.active), "zones": zones_of[row.id]}
    if payment_ids:
        for row in conn.execute(_READ_RECEIPTS, {"ids": sorted(payment_ids)}):
            plan.receipts[row.payment_id] = {"taxpayer_id": row.taxpayer_id, "voided": row.voided_at is not None}
            taxpayer_ids.add(row.taxpayer_id)
    taxpayer_ids = {t for t in taxpayer_ids if isinstance(t, str)}
    plan.taxpayers = dict.fromkeys(taxpayer_ids)
    moving = {e.data["taxpayer_id"] for e in batch if e.type == "taxpayer.updated"
              and isinstance(e.data.get("changes"), dict) and "zone_id" in e.data["changes"]}
    plan.dependents = dependents(conn, {m for m in moving if isinstance(m, str)})
    plan.stored_dependents = {(kind, i) for rows in plan.dependents.values() for kind, i, _ in rows}
    if taxpayer_ids:
        for row in conn.execute(_READ_TAXPAYERS, {"ids": sorted(taxpayer_ids)}).mappings():
            plan.taxpayers[row["id"]] = dict(row)


def _zone_of(plan: _Plan, event: ParsedPayload) -> str | None:
    data = event.data
    if event.type == "taxpayer.registered":
        return data.get("zone_id")
    if event.type == "payment.voided":
        receipt = plan.receipts.get(data.get("payment_id"))
        taxpayer_id = receipt["taxpayer_id"] if receipt else None
    else:
        taxpayer_id = data.get("taxpayer_id")
    taxpayer = plan.taxpayers.get(taxpayer_id) if isinstance(taxpayer_id, str) else None
    if taxpayer is None:
        raise Fallback("taxpayer_unknown")
    return taxpayer["zone_id"]


def _check_rights(plan: _Plan, event: ParsedPayload) -> None:
    """apply.check_rights, on the batch's rows; any refusal sends the batch to the slow path."""
    if event.agent_id is None:
        if event.type in ZONED:
            raise Fallback("agent_missing")
        return
    agent = plan.agents.get(event.agent_id)
    if agent is None or not agent["active"]:
        raise Fallback("agent_unknown or agent_inactive")
    if event.type not in ZONED:
        return
    needed = {_zone_of(plan, event)}
    if event.type == "taxpayer.updated" and "zone_id" in (event.data.get("changes") or {}):
        needed.add(event.data["changes"]["zone_id"])
    if not needed <= agent["zones"]:
        raise Fallback("zone_not_assigned")


def _plan_event(plan: _Plan, event: ParsedPayload, at: str) -> None:
    _check_rights(plan, event)
    data = event.data
    if event.type == "payment.recorded":
        _plan_payment(plan, event, at)
    elif event.type == "payment.voided":
        receipt = plan.receipts.get(data["payment_id"])
        if receipt is None or receipt["voided"]:
            raise Fallback("void of a payment not held, or voided already")
        receipt["voided"] = True
        plan.void_rows.append({"b_payment_id": data["payment_id"], "b_voided_at": event.device_time,
                               "b_void_reason": data.get("reason")})
    elif event.type == "taxpayer.registered":
        _plan_registered(plan, event, at)
    elif event.type == "taxpayer.updated":
        _plan_update(plan, event, at)
    elif event.type in ("taxable_object.added", "assessment.created"):
        zone_id = plan.taxpayers[data["taxpayer_id"]]["zone_id"]  # known: the rights check found it
        row = {"id": data["id"], "taxpayer_id": data["taxpayer_id"], "data": dumps(data)}
        kind = "taxable_object" if event.type == "taxable_object.added" else "assessment"
        (plan.object_rows if kind == "taxable_object" else plan.assessment_rows).append(row)
        _changed(plan, kind, data["id"], 1, data, zone_id)
        if data["taxpayer_id"] in plan.dependents:  # moved later in this batch: it follows
            plan.dependents[data["taxpayer_id"]].append((kind, data["id"], data))


def _plan_payment(plan: _Plan, event: ParsedPayload, at: str) -> None:
    data = event.data
    amount = data["amount"]
    if type(amount) is not int or amount <= 0:
        raise Fallback("amount")
    taxpayer_id = data.get("taxpayer_id")
    taxpayer = plan.taxpayers.get(taxpayer_id) if isinstance(taxpayer_id, str) else None
    plan.receipt_rows.append({
        "receipt_no": data["receipt_no"], "device_id": event.device_id, "payment_id": data["id"],
        "event_seq": event.seq, "token": data.get("token"), "amount": amount, "currency": data["currency"],
        "tax_code": data["tax_code"], "period": data["period"], "taxpayer_id": data["taxpayer_id"],
        "taxpayer_name": taxpayer["name"] if taxpayer else None, "agent_id": event.agent_id,
        "method": data.get("method"), "paid_at": data.get("issued_at") or event.device_time,
        "received_at": at, "voided_at": None, "void_reason": None})
    plan.receipts[data["id"]] = {"taxpayer_id": data["taxpayer_id"], "voided": False}


def _plan_registered(plan: _Plan, event: ParsedPayload, at: str) -> None:
    """registry.insert_taxpayer, in memory."""
    data = event.data
    taxpayer_id = data["id"]
    if plan.taxpayers.get(taxpayer_id) is not None:
        raise Fallback("taxpayer_exists")
    clean = {k: data.get(k) for k in FIELDS}
    clean["status"] = clean["status"] or "active"
    row = {"id": taxpayer_id, "data": dumps(clean), "zone_id": clean["zone_id"], "name": clean["name"],
           "version": 1, "field_versions": dumps({k: [1, event.device_id] for k in FIELDS}), "origin": "device",
           "created_at": at, "updated_at": at}
    plan.taxpayers[taxpayer_id] = row
    plan.new_taxpayers[taxpayer_id] = row
    _changed(plan, "taxpayer", taxpayer_id, 1, taxpayer_record(taxpayer_id, clean), clean["zone_id"])


def _plan_update(plan: _Plan, event: ParsedPayload, at: str) -> None:
    """registry.merge_update, in memory: the same fields, versions and conflict rows."""
    data = event.data
    current = plan.taxpayers.get(data["taxpayer_id"])
    changes_ = data["changes"]
    if current is None:
        raise Fallback("taxpayer_unknown")
    if not isinstance(changes_, dict) or set(changes_) - set(FIELDS) or type(data["base_version"]) is not int:
        raise Fallback("data_invalid")
    base_version = data["base_version"]
    old_zone = current["zone_id"]
    fields = loads(current["data"])
    field_versions = loads(current["field_versions"])
    version = current["version"] + 1
    for name, value in changes_.items():
        last_version, last_device = field_versions.get(name, [1, None])
        if last_version > base_version and last_device != event.device_id and fields.get(name) != value:
            plan.conflict_rows.append({
                "taxpayer_id": current["id"], "field": name, "base_version": base_version,
                "field_version": last_version, "previous_value": dumps(fields.get(name)),
                "incoming_value": dumps(value), "device_id": event.device_id, "seq": event.seq,
                "created_at": at, "resolved_at": None})
        fields[name] = value
        field_versions[name] = [version, event.device_id]
    current.update(data=dumps(fields), zone_id=fields.get("zone_id"), name=fields.get("name"), version=version,
                   field_versions=dumps(field_versions), updated_at=at)
    if current["id"] not in plan.new_taxpayers:
        plan.updated_taxpayers[current["id"]] = current
    _changed(plan, "taxpayer", current["id"], version, taxpayer_record(current["id"], fields),
             fields.get("zone_id"))
    new_zone = fields.get("zone_id")
    if old_zone != new_zone:  # withdrawals.taxpayer_moved, in memory
        for kind, record_id, row_data in plan.dependents.get(current["id"], []):
            _changed(plan, kind, record_id, 1, row_data, new_zone)
        for zone, left in ((new_zone, False), (old_zone, True)):
            if zone is not None:
                plan.exits.pop(("taxpayer", current["id"], zone), None)
                plan.exits[("taxpayer", current["id"], zone)] = left


def _changed(plan: _Plan, kind: str, record_id: str, version: int, data: dict[str, Any],
             zone_id: str | None) -> None:
    key = (kind, record_id)
    plan.changed.pop(key, None)  # re-inserted last: its change number follows the batch's order
    plan.changed[key] = (version, data, zone_id)


def _write(conn: Connection, plan: _Plan) -> None:
    if plan.new_taxpayers:
        insert_rows(conn, taxpayers, list(plan.new_taxpayers.values()))
    if plan.updated_taxpayers:
        conn.execute(_UPDATE_TAXPAYER, [
            {"b_id": t["id"], **{k: t[k] for k in ("data", "zone_id", "name", "version", "field_versions",
                                                   "updated_at")}} for t in plan.updated_taxpayers.values()])
    if plan.conflict_rows:
        insert_rows(conn, conflicts, plan.conflict_rows)
    if plan.object_rows:
        insert_rows(conn, taxable_objects, plan.object_rows)
    if plan.assessment_rows:
        insert_rows(conn, assessments, plan.assessment_rows)
    if plan.receipt_rows:
        insert_rows(conn, receipts, plan.receipt_rows)
    if plan.void_rows:
        conn.execute(_VOID, plan.void_rows)
    if plan.changed:  # last: the change-log lock is held from here to the commit only
        write_changes(conn, plan.changed, may_exist={("taxpayer", i) for i in plan.updated_taxpayers}
                      | plan.stored_dependents, exits=plan.exits)


def write_changes(conn: Connection, changed: dict[tuple[str, str], tuple[int, dict[str, Any], str | None]], *,
                  may_exist: set[tuple[str, str]], exits: dict[tuple[str, str, str], bool] | None = None) -> None:
    """The batch's change-log rows, numbered in one go: one lock and one read of the highest
    number for the whole batch (changelog.next_change_no says why numbers are handed out one
    writer at a time). Records new in this batch are inserted; a record that already has a row
    (in `may_exist`, looked up here) gets it updated, as changelog.record_change does. Zone
    departures (`exits`) are numbered after them, as withdrawals.taxpayer_moved numbers them
    after the taxpayer's row."""
    first = next_change_no(conn)
    keys = list(changed)
    existing: set[tuple[str, str]] = set()
    for kind in sorted({kind for kind, _ in may_exist}):
        ids = sorted(record_id for k, record_id in may_exist if k == kind)
        existing |= {(kind, r) for r in conn.execute(_READ_CHANGED, {"kind": kind, "ids": ids}).scalars()}
    inserts, updates = [], []
    for offset, key in enumerate(keys):
        version, data, zone_id = changed[key]
        row = {"change_no": first + offset, "zone_id": zone_id, "version": version, "data": dumps(data)}
        if key in existing:
            updates.append({"b_kind": key[0], "b_record_id": key[1], **row})
        else:
            inserts.append({"kind": key[0], "record_id": key[1], **row})
    if updates:
        conn.execute(_UPDATE_CHANGE, updates)
    if inserts:
        insert_rows(conn, changes, inserts)
    for offset, ((kind, subject_id, zone_id), left) in enumerate((exits or {}).items(), start=first + len(keys)):
        if left:
            record_exit(conn, kind, subject_id, zone_id, change_no=offset)
        else:
            forget_exit(conn, kind, subject_id, zone_id)

