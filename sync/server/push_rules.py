"""The business rules of a pushed event, written once for both ways a push applies a batch.

`plan_event` decides, from what the server holds (`Known`), what an event does: which business
refusal it gets (the agent's rights, a registration of a taxpayer held already, a void of a
payment not held, data that fits no projection) and which rows it writes (`Effects`). It never
touches the database, so the bulk path (push_bulk: the whole batch read at once, planned, then
written in one go) and the event-by-event path (apply: one event at a time, each in its own
savepoint, so refusals are quarantined one by one) apply exactly the same rules.

A business refusal never stops anything: the event is already stored, and the caller puts it in
quarantine with the reason returned here. Quarantined registry edits are not merged into the
registry (a supervisor decides); payments and voids are always projected into `receipts`,
because the money was taken and the citizen's receipt must verify.

A taxpayer moved to another zone takes its objects and assessments with it, and leaves a zone
departure (`Effects.exits`) for the devices of the zone it left: withdrawals.taxpayer_moved's
rules, planned here so that both paths write the same change-log and `zone_exits` rows."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select

from core.envelope import ParsedPayload
from core.errors import QuittanceError
from core.geometry import polygon_from_text
from sync.server import void_rules
from sync.server.census_submissions import SUBMISSION, submission_row
from sync.server.common import dumps, loads
from sync.server.registry import FIELDS, merged, new_taxpayer_row, taxpayer_record
from sync.server.schema import agent_zones, agents, receipts, taxable_objects, taxpayers, zones
from sync.server.withdrawals import dependents

# Events whose agent acts on a taxpayer, and so must hold that taxpayer's zone.
ZONED = frozenset({"taxpayer.registered", "taxpayer.updated", "taxable_object.added", "assessment.created",
                   "payment.recorded", "payment.voided", "taxable_object.shaped"})
# Events that write on the server; the others are only checked.
WRITES = ZONED
# Errors of data that does not fit its event type: kept and flagged (data_invalid), never a 500.
DATA_ERRORS = (AttributeError, KeyError, TypeError, ValueError)


@dataclass(frozen=True)
class Refusal:
    code: str
    reason: str


@dataclass
class Known:
    """What the rules read, loaded by `read_known` and kept up to date by `plan_event`."""
    agents: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # id -> name, active, zones
    taxpayers: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # id -> `taxpayers` row
    receipts: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # payment id -> taxpayer, voided
    # device id -> {session id: seq of its closing}, read for a batch that voids (void_rules)
    closed: dict[str, dict[str, int]] = field(default_factory=dict)
    zone_codes: dict[str, str] = field(default_factory=dict)  # id -> code, for refusals' reasons only
    # Taxpayers the batch moves -> their objects and assessments (kind, id, data), which follow
    # them; an object or assessment planned for one of them is added as it is planned.
    dependents: dict[str, list[tuple[str, str, dict[str, Any]]]] = field(default_factory=dict)
    # Taxable objects a batch reshapes (taxable_object.shaped) -> their stored data, None if not held.
    objects: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def forget_registry(self) -> None:
        """After writes were rolled back: read taxpayers, receipts, dependents and objects again
        from the database."""
        self.taxpayers.clear()
        self.receipts.clear()
        self.dependents.clear()
        self.objects.clear()


ChangeKey = tuple[str, str]  # (kind, record id) of a pulled record
ExitKey = tuple[str, str, str]  # (subject kind, subject id, zone id) of a zone departure


@dataclass
class Effects:
    """The rows events write, in event order."""
    new_taxpayers: dict[str, dict[str, Any]] = field(default_factory=dict)
    updated_taxpayers: dict[str, dict[str, Any]] = field(default_factory=dict)  # stored before, changed now
    receipt_rows: list[dict[str, Any]] = field(default_factory=list)
    void_rows: list[dict[str, Any]] = field(default_factory=list)
    void_request_rows: list[dict[str, Any]] = field(default_factory=list)  # voids that wait (void_rules)
    object_rows: list[dict[str, Any]] = field(default_factory=list)
    object_updates: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> b_id, data, geometry
    assessment_rows: list[dict[str, Any]] = field(default_factory=list)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    submission_rows: list[dict[str, Any]] = field(default_factory=list)  # census (census_submissions.py)
    # (kind, record_id) -> (version, data, zone_id), in order of last change: the newest state wins.
    changed: dict[ChangeKey, tuple[int, dict[str, Any], str | None]] = field(default_factory=dict)
    stored_changes: set[ChangeKey] = field(default_factory=set)  # records whose change row may exist
    # Zone departures -> True: left that zone, False: back in it; in order of last change.
    exits: dict[ExitKey, bool] = field(default_factory=dict)

    def change(self, kind: str, record_id: str, version: int, data: dict[str, Any], zone_id: str | None) -> None:
        self.changed.pop((kind, record_id), None)  # re-inserted last: its change number follows the order
        self.changed[(kind, record_id)] = (version, data, zone_id)

    def exit(self, key: ExitKey, left: bool) -> None:
        self.exits.pop(key, None)  # re-inserted last, as `change` does
        self.exits[key] = left

    def writes(self) -> bool:
        return bool(self.new_taxpayers or self.updated_taxpayers or self.receipt_rows or self.void_rows
                    or self.void_request_rows
                    or self.object_rows or self.object_updates or self.assessment_rows or self.conflict_rows
                    or self.changed or self.submission_rows)


_READ_TAXPAYERS = select(taxpayers).where(taxpayers.c.id.in_(bindparam("ids", expanding=True)))
_READ_OBJECTS = select(taxable_objects.c.id, taxable_objects.c.data).where(
    taxable_objects.c.id.in_(bindparam("ids", expanding=True)))
_READ_AGENTS = select(agents.c.id, agents.c.name, agents.c.active).where(
    agents.c.id.in_(bindparam("ids", expanding=True)))
_READ_AGENT_ZONES = select(agent_zones.c.agent_id, agent_zones.c.zone_id).where(
    agent_zones.c.agent_id.in_(bindparam("ids", expanding=True)))


def read_known(conn: Connection, known: Known, batch: list[ParsedPayload]) -> None:
    """Everything the events' rules need that `known` lacks, one query per table."""
    agent_ids = {e.agent_id for e in batch if isinstance(e.agent_id, str)} - known.agents.keys()
    taxpayer_ids, payment_ids, moving, object_ids = set(), set(), set(), set()
    for event in batch:  # ids that are not text fit no row: plan_event refuses their events
        data = event.data
        if event.type == "taxpayer.registered":
            _add_text(taxpayer_ids, data.get("id"))
        elif event.type == "payment.voided":
            _add_text(payment_ids, data.get("payment_id"))
        elif event.type in ZONED:
            _add_text(taxpayer_ids, data.get("taxpayer_id"))
        if event.type == "taxable_object.shaped":
            _add_text(object_ids, data.get("taxable_object_id"))
        if event.type == "taxpayer.updated" and isinstance(data.get("changes"), dict) and "zone_id" in data["changes"]:
            _add_text(moving, data.get("taxpayer_id"))
    object_ids -= known.objects.keys()
    if object_ids:
        ids = sorted(object_ids)
        known.objects.update(dict.fromkeys(ids))
        for row in conn.execute(_READ_OBJECTS, {"ids": ids}):
            known.objects[row.id] = loads(row.data)
    moving -= known.dependents.keys()
    if moving:
        known.dependents.update(dependents(conn, moving))
    if agent_ids:
        ids = sorted(agent_ids)
        known.agents.update(dict.fromkeys(ids))
        zones_of: dict[str, set[str]] = defaultdict(set)
        for row in conn.execute(_READ_AGENT_ZONES, {"ids": ids}):
            zones_of[row.agent_id].add(row.zone_id)
        for row in conn.execute(_READ_AGENTS, {"ids": ids}):
            known.agents[row.id] = {"name": row.name, "active": bool(row.active), "zones": zones_of[row.id]}
    payment_ids -= known.receipts.keys()
    if payment_ids:
        ids = sorted(payment_ids)
        known.receipts.update(dict.fromkeys(ids))
        for payment_id, receipt in void_rules.read_receipts(conn, ids).items():
            known.receipts[payment_id] = receipt
            taxpayer_ids.add(receipt["taxpayer_id"])
    voiding = {e.device_id for e in batch if e.type == "payment.voided"}
    voiding |= {r["device_id"] for r in known.receipts.values() if r and r.get("device_id")} if voiding else set()
    for device_id in sorted(voiding - known.closed.keys()):
        known.closed[device_id] = void_rules.closed_sessions(conn, device_id)
    taxpayer_ids -= known.taxpayers.keys()
    if taxpayer_ids:
        ids = sorted(taxpayer_ids)
        known.taxpayers.update(dict.fromkeys(ids))
        for row in conn.execute(_READ_TAXPAYERS, {"ids": ids}).mappings():
            known.taxpayers[row["id"]] = dict(row)


def zone_codes(conn: Connection) -> dict[str, str]:
    """Every zone's code by id (a few dozen rows), for the reasons of refusals."""
    return {row.id: row.code for row in conn.execute(select(zones.c.id, zones.c.code))}


def _add_text(ids: set[str], value: Any) -> None:
    if isinstance(value, str):
        ids.add(value)


def _zone_of(known: Known, event: ParsedPayload) -> tuple[str | None, Refusal | None]:
    """The zone an event acts in, from its data and the server's registry."""
    data = event.data
    if event.type == "taxpayer.registered":
        return data.get("zone_id"), None
    if event.type == "payment.voided":
        receipt = known.receipts.get(data.get("payment_id"))
        taxpayer_id = receipt["taxpayer_id"] if receipt else None
    else:
        taxpayer_id = data.get("taxpayer_id")
    taxpayer = known.taxpayers.get(taxpayer_id) if isinstance(taxpayer_id, str) else None
    if taxpayer is None:
        return None, Refusal("taxpayer_unknown", f"taxpayer {taxpayer_id} is not in the server's registry")
    return taxpayer["zone_id"], None


def check_rights(known: Known, event: ParsedPayload) -> Refusal | None:
    """The acting agent is known, active and, for an event about a taxpayer, holds its zone
    (moving a taxpayer needs both zones)."""
    if event.agent_id is None:
        if event.type in ZONED:
            return Refusal("agent_missing", f"{event.type} names no agent")
        return None
    agent = known.agents.get(event.agent_id)
    if agent is None:
        return Refusal("agent_unknown", f"agent {event.agent_id} is not known to the server")
    if not agent["active"]:
        return Refusal("agent_inactive", f"agent {agent['name']} is deactivated")
    if event.type not in ZONED:
        return None
    zone_id, refusal = _zone_of(known, event)
    if refusal:
        return refusal
    zones_needed = [zone_id]
    if event.type == "taxpayer.updated" and "zone_id" in (event.data.get("changes") or {}):
        zones_needed.append(event.data["changes"]["zone_id"])
    for zone in zones_needed:
        if zone not in agent["zones"]:
            name = known.zone_codes.get(zone) if isinstance(zone, str) else None
            return Refusal("zone_not_assigned", f"agent {agent['name']} has no right in zone {name or zone}")
    return None


def plan_event(known: Known, effects: Effects, event: ParsedPayload, at: str) -> list[Refusal]:
    """Check rights, then add the event's rows to `effects`. Returns its business refusals
    (empty: it went through). A payment or a void is projected even when refused."""
    refusals: list[Refusal] = []
    try:
        refusal = check_rights(known, event)
        if refusal:
            refusals.append(refusal)
        if event.type == "payment.recorded":
            _payment(known, effects, event, at)
        elif event.type == "payment.voided":
            _void(known, effects, event, at)
        elif refusal is None and event.type in WRITES:
            refusal = _registry(known, effects, event, at)
            if refusal:
                refusals.append(refusal)
        elif refusal is None and event.type == SUBMISSION:
            effects.submission_rows.append(submission_row(event, at))
    except DATA_ERRORS as exc:
        refusals.append(Refusal("data_invalid", f"{event.type}: {exc!r}"[:300]))
    return refusals


def _payment(known: Known, effects: Effects, event: ParsedPayload, at: str) -> None:
    data = event.data
    amount = data["amount"]
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"amount {amount!r} is not a positive integer")
    taxpayer_id = data.get("taxpayer_id")
    taxpayer = known.taxpayers.get(taxpayer_id) if isinstance(taxpayer_id, str) else None
    effects.receipt_rows.append({
        "receipt_no": data["receipt_no"], "device_id": event.device_id, "payment_id": data["id"],
        "event_seq": event.seq, "token": data.get("token"), "amount": amount, "currency": data["currency"],
        "tax_code": data["tax_code"], "period": data["period"], "taxpayer_id": data["taxpayer_id"],
        "taxpayer_name": taxpayer["name"] if taxpayer else None, "agent_id": event.agent_id,
        "method": data.get("method"), "reference": payment_reference(data),
        "paid_at": data.get("issued_at") or event.device_time,
        "received_at": at, "voided_at": None, "void_reason": None})
    known.receipts[data["id"]] = {"taxpayer_id": data["taxpayer_id"], "voided": False,
                                  "receipt_no": data["receipt_no"], "paid_at": data.get("issued_at") or event.device_time,
                                  "device_id": event.device_id, "session_id": data.get("session_id")}


def payment_reference(data: dict[str, Any]) -> str | None:
    """The payment's reference as the agent typed it (core.payments), for matching against an
    operator's statement; None when there is none."""
    reference = data.get("reference")
    return reference.strip() or None if isinstance(reference, str) else None


def _void(known: Known, effects: Effects, event: ParsedPayload, at: str) -> None:
    payment_id = event.data["payment_id"]
    receipt = known.receipts.get(payment_id)
    if receipt is None or receipt["voided"]:
        raise ValueError(f"void of payment {payment_id} that the server does not hold")
    waiting = void_rules.why_waiting(receipt, event.seq, event.device_id, event.device_time,
                                     known.closed.get(receipt.get("device_id"), {}))
    if waiting:  # counted as a void only once a supervisor approves it (sync/server/voids.py)
        effects.void_request_rows.append({
            "receipt_no": receipt["receipt_no"], "payment_id": payment_id, "device_id": event.device_id,
            "seq": event.seq, "agent_id": event.agent_id, "reason": event.data.get("reason"),
            "voided_at": event.device_time, "why": ",".join(waiting), "received_at": at})
    else:
        effects.void_rows.append({"b_payment_id": payment_id, "b_voided_at": event.device_time,
                                  "b_void_reason": event.data.get("reason")})
    receipt["voided"] = True


def _registry(known: Known, effects: Effects, event: ParsedPayload, at: str) -> Refusal | None:
    data = event.data
    if event.type == "taxpayer.registered":
        taxpayer_id = data["id"]
        if known.taxpayers.get(taxpayer_id) is not None:
            return Refusal("taxpayer_exists", f"taxpayer {taxpayer_id} is registered already")
        row, clean = new_taxpayer_row(taxpayer_id, data, origin="device", at=at, device_id=event.device_id)
        known.taxpayers[taxpayer_id] = effects.new_taxpayers[taxpayer_id] = row
        effects.change("taxpayer", taxpayer_id, 1, taxpayer_record(taxpayer_id, clean), clean["zone_id"])
    elif event.type == "taxpayer.updated":
        current = known.taxpayers.get(data["taxpayer_id"])
        changes = data["changes"]
        if current is None:
            return Refusal("taxpayer_unknown", f"taxpayer {data['taxpayer_id']} is not in the registry")
        unknown = set(changes) - set(FIELDS) if isinstance(changes, dict) else {"(not an object)"}
        if unknown or type(data["base_version"]) is not int:
            return Refusal("data_invalid", f"unknown fields {sorted(unknown)} or bad base_version")
        # A conflict is written to `conflicts`, not refused: the edit is applied in arrival order.
        old_zone = current["zone_id"]  # `merged` updates `current` in place
        conflict_rows, fields = merged(current, changes, data["base_version"], device_id=event.device_id,
                                       seq=event.seq, at=at)
        effects.conflict_rows += conflict_rows
        if current["id"] not in effects.new_taxpayers:
            effects.updated_taxpayers[current["id"]] = current
        effects.stored_changes.add(("taxpayer", current["id"]))
        effects.change("taxpayer", current["id"], current["version"], taxpayer_record(current["id"], fields),
                       fields.get("zone_id"))
        _moved(known, effects, current["id"], old_zone, fields.get("zone_id"))
    elif event.type == "taxable_object.shaped":
        return _shaped(known, effects, event)
    elif event.type in ("taxable_object.added", "assessment.created"):
        taxpayer = known.taxpayers[data["taxpayer_id"]]  # known: the rights check found it
        row = {"id": data["id"], "taxpayer_id": data["taxpayer_id"], "data": dumps(data)}
        kind = "taxable_object" if event.type == "taxable_object.added" else "assessment"
        if kind == "taxable_object":
            geometry = _outline(data.get("geometry"))
            row["geometry"] = geometry
            known.objects[data["id"]] = data  # a reshape later in the batch finds it
        (effects.object_rows if kind == "taxable_object" else effects.assessment_rows).append(row)
        effects.change(kind, data["id"], 1, data, taxpayer["zone_id"])
        if data["taxpayer_id"] in known.dependents:  # moved later in this batch: it follows
            known.dependents[data["taxpayer_id"]].append((kind, data["id"], data))
    return None


def _shaped(known: Known, effects: Effects, event: ParsedPayload) -> Refusal | None:
    """A new outline for an object the server holds (or that this batch adds): the object's data
    and geometry column take it, and devices of its zone pull the object again."""
    data = event.data
    object_id, geometry = data["taxable_object_id"], _outline(data["geometry"])
    current = known.objects.get(object_id) if isinstance(object_id, str) else None
    if current is None or current.get("taxpayer_id") != data["taxpayer_id"]:
        return Refusal("object_unknown", f"taxable object {object_id} of taxpayer {data['taxpayer_id']} is not "
                                         "in the server's registry")
    shaped = {**current, "geometry": geometry}
    known.objects[object_id] = shaped
    planned = next((row for row in effects.object_rows if row["id"] == object_id), None)
    if planned is not None:  # added in this very batch: the row is written with its outline
        planned.update(data=dumps(shaped), geometry=geometry)
    else:
        effects.object_updates[object_id] = {"b_id": object_id, "data": dumps(shaped), "geometry": geometry}
        effects.stored_changes.add(("taxable_object", object_id))
    effects.change("taxable_object", object_id, 1, shaped, known.taxpayers[data["taxpayer_id"]]["zone_id"])
    if data["taxpayer_id"] in known.dependents:  # moved later in this batch: it follows, shaped
        known.dependents[data["taxpayer_id"]] = [
            (kind, record_id, shaped if record_id == object_id else row_data)
            for kind, record_id, row_data in known.dependents[data["taxpayer_id"]]]
    return None


def _outline(geometry: Any) -> str | None:
    """An object's outline as the device's own rules make it (core/geometry.py: a closed ring that
    does not cross itself), else ValueError (a data_invalid quarantine). A forged self-crossing or
    non-polygon outline would otherwise be stored and offered to every device of the zone."""
    if geometry is None:
        return None
    if not isinstance(geometry, str):
        raise TypeError("geometry is not GeoJSON text")
    try:
        polygon_from_text(geometry)
    except QuittanceError as error:
        raise ValueError(f"geometry is not a simple polygon ({error.code})") from None
    return geometry


def _moved(known: Known, effects: Effects, taxpayer_id: str, old_zone: str | None, new_zone: str | None) -> None:
    """withdrawals.taxpayer_moved, planned: after the taxpayer's own change row, its objects and
    assessments follow it into the new zone, and the old zone's devices are told it left. They
    are taken in the order withdrawals.dependents reads them (objects, then assessments, by id),
    whichever path gathered them, so that both paths number them alike."""
    if old_zone == new_zone:
        return
    for kind, record_id, row_data in sorted(known.dependents.get(taxpayer_id, []),
                                            key=lambda d: (d[0] != "taxable_object", str(d[1]))):
        effects.stored_changes.add((kind, record_id))
        effects.change(kind, record_id, 1, row_data, new_zone)
    if new_zone is not None:
        effects.exit(("taxpayer", taxpayer_id, new_zone), False)
    if old_zone is not None:
        effects.exit(("taxpayer", taxpayer_id, old_zone), True)
