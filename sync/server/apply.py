"""The business meaning of a pushed event on the server: registry, receipts, zone rights.

A business refusal never stops anything: the event is already stored, and the caller puts it in
quarantine with the reason returned here. Quarantined registry edits are not merged into the
registry (a supervisor decides); payments and voids are always projected into `receipts`,
because the money was taken and the citizen's receipt must verify."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from core.envelope import ParsedPayload
from sync.server import receipts, registry
from sync.server.schema import agent_zones, agents, zones

# Events whose agent acts on a taxpayer, and so must hold that taxpayer's zone.
ZONED = {"taxpayer.registered", "taxpayer.updated", "taxable_object.added", "assessment.created",
         "payment.recorded", "payment.voided"}


@dataclass(frozen=True)
class Refusal:
    code: str
    reason: str


# Events that write on the server; the others are only checked (the caller needs no savepoint).
WRITES = ZONED


@dataclass
class BatchCache:
    """Agents and taxpayers read once per batch, not once per event (a batch of 250 is mostly
    payments and prints about a few taxpayers). A registry write drops its taxpayer."""
    agents: dict[str, Any] = field(default_factory=dict)
    taxpayers: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def taxpayer(self, conn: Connection, taxpayer_id: str) -> dict[str, Any] | None:
        if taxpayer_id not in self.taxpayers:
            self.taxpayers[taxpayer_id] = registry.get_taxpayer(conn, taxpayer_id)
        return self.taxpayers[taxpayer_id]


def _agent(conn: Connection, cache: BatchCache, agent_id: str) -> dict[str, Any] | None:
    if agent_id not in cache.agents:
        row = conn.execute(select(agents.c.id, agents.c.name, agents.c.active).where(agents.c.id == agent_id)).first()
        cache.agents[agent_id] = None if row is None else {
            "name": row.name, "active": bool(row.active),
            "zones": set(conn.execute(select(agent_zones.c.zone_id).where(agent_zones.c.agent_id == agent_id))
                         .scalars())}
    return cache.agents[agent_id]


def _zone_of_event(conn: Connection, cache: BatchCache, event: ParsedPayload) -> tuple[str | None, Refusal | None]:
    """The zone an event acts in, from its data and the server's registry."""
    data = event.data
    if event.type == "taxpayer.registered":
        return data.get("zone_id"), None
    if event.type == "payment.voided":
        receipt = receipts.find_receipt(conn, payment_id=data.get("payment_id"))
        taxpayer_id = receipt["taxpayer_id"] if receipt else None
    else:
        taxpayer_id = data.get("taxpayer_id")
    taxpayer = cache.taxpayer(conn, taxpayer_id) if isinstance(taxpayer_id, str) else None
    if taxpayer is None:
        return None, Refusal("taxpayer_unknown", f"taxpayer {taxpayer_id} is not in the server's registry")
    return taxpayer["zone_id"], None


def check_rights(conn: Connection, cache: BatchCache, event: ParsedPayload) -> Refusal | None:
    if event.agent_id is None:
        if event.type in ZONED:
            return Refusal("agent_missing", f"{event.type} names no agent")
        return None
    agent = _agent(conn, cache, event.agent_id)
    if agent is None:
        return Refusal("agent_unknown", f"agent {event.agent_id} is not known to the server")
    if not agent["active"]:
        return Refusal("agent_inactive", f"agent {agent['name']} is deactivated")
    if event.type not in ZONED:
        return None
    zone_id, refusal = _zone_of_event(conn, cache, event)
    if refusal:
        return refusal
    zones_needed = {zone_id}
    if event.type == "taxpayer.updated" and "zone_id" in (event.data.get("changes") or {}):
        zones_needed.add(event.data["changes"]["zone_id"])  # moving a taxpayer needs both zones
    for zone in zones_needed:
        if zone not in agent["zones"]:
            name = conn.execute(select(zones.c.code).where(zones.c.id == zone)).scalar_one_or_none() if zone else None
            return Refusal("zone_not_assigned", f"agent {agent['name']} has no right in zone {name or zone}")
    return None


def apply_event(conn: Connection, cache: BatchCache, event: ParsedPayload, *, received_at: str) -> list[Refusal]:
    """Check rights, then apply. Returns the business refusals (empty: all went through)."""
    refusals: list[Refusal] = []
    try:  # data that does not fit its event type is kept and flagged, never a 500
        refusal = check_rights(conn, cache, event)
        if refusal:
            refusals.append(refusal)
        if event.type == "payment.recorded":
            taxpayer_id = event.data.get("taxpayer_id")
            taxpayer = cache.taxpayer(conn, taxpayer_id) if isinstance(taxpayer_id, str) else None
            receipts.record_payment(conn, event, received_at=received_at,
                                    taxpayer_name=taxpayer["name"] if taxpayer else None)
        elif event.type == "payment.voided":
            receipts.record_void(conn, event)
        elif refusal is None and event.type in WRITES:
            _apply_registry(conn, event, event.data, received_at, refusals)
            for key in ("id", "taxpayer_id"):  # its registry row changed: read it again next time
                if isinstance(event.data.get(key), str):
                    cache.taxpayers.pop(event.data[key], None)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        refusals.append(Refusal("data_invalid", f"{event.type}: {exc!r}"[:300]))
    return refusals


def _apply_registry(conn: Connection, event: ParsedPayload, data: dict, at: str, refusals: list[Refusal]) -> None:
    if event.type == "taxpayer.registered":
        if registry.get_taxpayer(conn, data["id"]) is not None:
            refusals.append(Refusal("taxpayer_exists", f"taxpayer {data['id']} is registered already"))
            return
        registry.insert_taxpayer(conn, data["id"], data, origin="device", at=at, device_id=event.device_id)
    elif event.type == "taxpayer.updated":
        current = registry.get_taxpayer(conn, data["taxpayer_id"])
        changes = data["changes"]
        if current is None:
            refusals.append(Refusal("taxpayer_unknown", f"taxpayer {data['taxpayer_id']} is not in the registry"))
            return
        unknown = set(changes) - set(registry.FIELDS) if isinstance(changes, dict) else {"(not an object)"}
        if unknown or type(data["base_version"]) is not int:
            refusals.append(Refusal("data_invalid", f"unknown fields {sorted(unknown)} or bad base_version"))
            return
        # A conflict is written to `conflicts`, not refused: the edit is applied in arrival order.
        registry.merge_update(conn, current, changes, data["base_version"], device_id=event.device_id,
                              seq=event.seq, at=at)
    elif event.type in ("taxable_object.added", "assessment.created"):
        taxpayer = registry.get_taxpayer(conn, data["taxpayer_id"])
        zone_id = taxpayer["zone_id"] if taxpayer else None
        if event.type == "taxable_object.added":
            registry.add_object(conn, data, zone_id)
        else:
            registry.add_assessment(conn, data, zone_id)
