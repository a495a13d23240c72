"""Registry conflicts: two devices changed the same field of a taxpayer from the same server
version. Push applied both in arrival order and wrote each clash to `conflicts`
(registry.merged); here a supervisor sees them grouped by taxpayer and picks the value field by
field.

A resolution writes the chosen values as a new server version of the taxpayer, through the path
every server edit takes (registry.merge_update: the `changes` row devices pull, and a move's
consequences), marks the conflicts it settles resolved, and records the decision as an immutable
`conflict_resolutions` row (who, when, why, what was chosen)."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from core.ids import new_id
from sync.server import registry
from sync.server.common import dumps, loads, now_iso
from sync.server.reference import AdminError
from sync.server.schema import agents, conflict_resolutions, conflicts, devices, events, zones

REASON_MAX = 500
# Choices on the command line: the device's value (the later edit), the value the server held
# when it came (the earlier edit), or a value typed.
DEVICE, SERVER = "device", "server"
_DECIMAL = re.compile(r"-?[0-9]{1,3}(\.[0-9]{1,12})?")


class ConflictError(AdminError):
    """A refusal that is the state of the registry, not the request (HTTP 409)."""


def checked_reason(reason: Any) -> str:
    text = " ".join(str(reason or "").split())
    if not text:
        raise AdminError("a reason is required: say why, for whoever reads the decision later")
    if len(text) > REASON_MAX:
        raise AdminError(f"the reason is at most {REASON_MAX} characters")
    return text


def checked_by(by: Any) -> str:
    text = " ".join(str(by or "").split())
    if not text:
        raise AdminError("say who decides (--by NAME)")
    return text[:120]


def _names(conn: Connection) -> tuple[dict[str, str], dict[str, str]]:
    return (dict(conn.execute(select(devices.c.id, devices.c.code)).all()),
            dict(conn.execute(select(agents.c.id, agents.c.name)).all()))


def _taxpayer_events(conn: Connection, taxpayer_id: str) -> list[dict[str, Any]]:
    """The registry events about this taxpayer, in arrival order (a supervisor's view of a few
    taxpayers: the payload is searched as text, then checked)."""
    rows = conn.execute(select(events.c.device_id, events.c.seq, events.c.type, events.c.agent_id, events.c.payload,
                               events.c.device_time, events.c.received_at, events.c.arrival)
                        .where(events.c.type.in_(("taxpayer.registered", "taxpayer.updated")),
                               events.c.payload.contains(taxpayer_id))
                        .order_by(events.c.arrival)).mappings().all()
    found = []
    for row in rows:
        data = (loads(row["payload"]) or {}).get("data") or {}
        if row["type"] == "taxpayer.registered" and data.get("id") == taxpayer_id:
            found.append({**row, "changes": data})
        elif row["type"] == "taxpayer.updated" and data.get("taxpayer_id") == taxpayer_id:
            found.append({**row, "changes": data.get("changes") or {}})
    return found


def _source(event: dict[str, Any] | None, device_codes: dict[str, str], agent_names: dict[str, str],
            value: Any) -> dict[str, Any]:
    if event is None:  # a server edit (an import, a supervisor) or an event the server does not hold
        return {"value": value, "device_id": None, "device": None, "agent": None, "device_time": None,
                "received_at": None}
    return {"value": value, "device_id": event["device_id"], "device": device_codes.get(event["device_id"]),
            "agent": agent_names.get(event["agent_id"] or ""), "device_time": event["device_time"],
            "received_at": event["received_at"]}


def open_conflicts(conn: Connection, taxpayer_id: str | None = None) -> list[dict[str, Any]]:
    """Open conflicts grouped by taxpayer: for each field in conflict, the value it had before
    the clashing edits (as far as the events the server holds tell it), each competing value with
    the device, agent and time that sent it (the earlier edit first), and the value now."""
    query = select(conflicts).where(conflicts.c.resolved_at.is_(None)).order_by(conflicts.c.taxpayer_id,
                                                                                  conflicts.c.id)
    if taxpayer_id is not None:
        query = query.where(conflicts.c.taxpayer_id == taxpayer_id)
    by_taxpayer: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        by_taxpayer[row["taxpayer_id"]].append(dict(row))
    if not by_taxpayer:
        return []
    device_codes, agent_names = _names(conn)
    zone_codes = dict(conn.execute(select(zones.c.id, zones.c.code)).all())
    result = []
    for tid, rows in by_taxpayer.items():
        current = registry.get_taxpayer(conn, tid)
        fields_now = loads(current["data"]) if current else {}
        history = _taxpayer_events(conn, tid)
        fields: dict[str, dict[str, Any]] = {}
        for conflict in rows:
            name = conflict["field"]
            previous, incoming = loads(conflict["previous_value"]), loads(conflict["incoming_value"])
            at = next((i for i, e in enumerate(history)
                       if e["device_id"] == conflict["device_id"] and e["seq"] == conflict["seq"]), len(history))
            earlier = [e for e in history[:at] if name in e["changes"]]
            entry = fields.get(name)
            if entry is None:
                first = next((e for e in reversed(earlier) if e["changes"][name] == previous), None)
                before_events = earlier[:earlier.index(first)] if first is not None else []
                entry = fields[name] = {
                    "field": name, "base_version": conflict["base_version"], "current": fields_now.get(name),
                    # Known when an event before the earlier edit set it; otherwise the server's
                    # own value (an import), which no event records.
                    "before": before_events[-1]["changes"][name] if before_events else None,
                    "before_known": bool(before_events),
                    "values": [_source(first, device_codes, agent_names, previous)], "conflict_ids": []}
            event = history[at] if at < len(history) else None
            entry["values"].append(_source(event, device_codes, agent_names, incoming))
            if event is None:
                entry["values"][-1].update(device_id=conflict["device_id"],
                                           device=device_codes.get(conflict["device_id"]),
                                           received_at=conflict["created_at"])
            entry["conflict_ids"].append(conflict["id"])
        result.append({"taxpayer_id": tid, "name": fields_now.get("name"),
                       "zone": zone_codes.get(fields_now.get("zone_id") or ""),
                       "version": current["version"] if current else None,
                       "fields": list(fields.values())})
    return result


def _check_value(conn: Connection, name: str, value: Any) -> Any:
    """A chosen value fits its field as the devices store it (all fields travel as text)."""
    if value is not None and not isinstance(value, str):
        raise AdminError(f"{name}: a value is text or null, not {type(value).__name__}")
    if isinstance(value, str):
        value = value.strip() or None
    if name == "name" and not value:
        raise AdminError("name: a taxpayer needs a name")
    if name == "status" and value not in ("active", "inactive"):
        raise AdminError("status: active or inactive")
    if name == "kind" and value not in ("person", "business"):
        raise AdminError("kind: person or business")
    if name == "zone_id" and value is not None and \
            conn.execute(select(zones.c.id).where(zones.c.id == value)).first() is None:
        raise AdminError(f"zone_id: no zone {value!r}")
    if name in ("latitude", "longitude") and value is not None:
        limit = 90 if name == "latitude" else 180
        if not _DECIMAL.fullmatch(value) or abs(float(value)) > limit:
            raise AdminError(f"{name}: a decimal number between -{limit} and {limit}")
    return value


def choice_value(entry: dict[str, Any], choice: str) -> Any:
    """`device`: the latest device's value; `server`: the value the server held when it came;
    anything else is the value itself (as the command line gives it)."""
    if choice == DEVICE:
        return entry["values"][-1]["value"]
    if choice == SERVER:
        return entry["values"][0]["value"]
    return choice


def resolve(conn: Connection, taxpayer_id: str, choices: dict[str, Any], reason: Any, by: str) -> dict[str, Any]:
    """Write the chosen values (one per field in conflict) as a new server version of the
    taxpayer, mark its open conflicts resolved, and record the decision. Returns the decision."""
    reason, by = checked_reason(reason), checked_by(by)
    if not isinstance(choices, dict) or not choices:
        raise AdminError("choose a value for each field in conflict")
    current = registry.get_taxpayer(conn, taxpayer_id)
    if current is None:
        raise LookupError(f"no taxpayer {taxpayer_id}")
    [group] = open_conflicts(conn, taxpayer_id) or [None]
    if group is None:
        raise ConflictError(f"taxpayer {taxpayer_id} has no open conflict (resolved already?)")
    in_conflict = [f["field"] for f in group["fields"]]
    missing = [f for f in in_conflict if f not in choices]
    extra = sorted(set(choices) - set(in_conflict))
    if missing:
        raise AdminError(f"choose a value for every field in conflict; missing: {', '.join(missing)}")
    if extra:
        raise AdminError(f"not in conflict: {', '.join(extra)} (fields in conflict: {', '.join(in_conflict)})")
    chosen = {name: _check_value(conn, name, choices[name]) for name in in_conflict}
    conflict_ids = sorted(i for f in group["fields"] for i in f["conflict_ids"])
    at = now_iso()
    settled = conn.execute(conflicts.update().where(conflicts.c.id.in_(conflict_ids),
                                                    conflicts.c.resolved_at.is_(None))
                           .values(resolved_at=at)).rowcount
    if settled != len(conflict_ids):  # another supervisor resolved them meanwhile: roll back
        raise ConflictError("these conflicts were resolved meanwhile by someone else; reload them")
    # A server edit (device None) made on the newest version: no new conflict can come of it.
    registry.merge_update(conn, current, chosen, current["version"], device_id=None, seq=0, at=at)
    decision = {"id": new_id(), "taxpayer_id": taxpayer_id, "choices": dumps(chosen),
                "conflict_ids": dumps(conflict_ids), "version": current["version"], "reason": reason,
                "decided_by": by, "decided_at": at}
    conn.execute(conflict_resolutions.insert().values(**decision))
    return {**decision, "choices": chosen, "conflict_ids": conflict_ids}

