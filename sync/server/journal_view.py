"""The devices' technical journals as supervisors read them: the `journal.recorded` events the
server stores (core/journal.py), newest first by arrival, for every device or one, of every kind
or one. Nothing is kept apart from the events themselves: the list is read from what the chain
carried, so it shows exactly what each device signed."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from core.fiscal_events import JOURNAL_KINDS, JOURNAL_RECORDED
from sync.server.common import bucket_of
from sync.server.schema import agents, devices, events

MAX_LIMIT = 500
_SCAN = 4  # rows read per row wanted when one kind is asked for (the kind is inside the payload)


def journal_entries(conn: Connection, *, device: str | None = None, kind: str | None = None,
                    limit: int = 100, before: int | None = None) -> dict[str, Any]:
    """{"entries": [...], "next": arrival to pass as `before` for the older page, or None}.
    `device` is a device's code; an unknown code gives no entries. `kind` one of JOURNAL_KINDS."""
    if kind is not None and kind not in JOURNAL_KINDS:
        raise ValueError(f"unknown journal kind {kind!r}")
    limit = max(1, min(limit, MAX_LIMIT))
    codes = dict(conn.execute(select(devices.c.id, devices.c.code)).all())
    query = select(events.c.arrival, events.c.device_id, events.c.seq, events.c.agent_id, events.c.payload,
                   events.c.received_at).where(events.c.type == JOURNAL_RECORDED)
    if device is not None:
        device_id = next((i for i, code in codes.items() if code == device.upper()), None)
        if device_id is None:
            return {"entries": [], "next": None}
        query = query.where(events.c.bucket == bucket_of(device_id), events.c.device_id == device_id)
    if kind is not None:  # canonical JSON: the kind is written exactly so, then checked parsed
        query = query.where(events.c.payload.contains(f'"kind":"{kind}"'))
    found: list[dict[str, Any]] = []
    cursor = before
    while len(found) < limit:
        page = query if cursor is None else query.where(events.c.arrival < cursor)
        rows = conn.execute(page.order_by(events.c.arrival.desc()).limit(limit * (_SCAN if kind else 1))).all()
        for row in rows:
            entry = _entry(row, codes)
            if entry is not None and kind in (None, entry["kind"]):
                found.append(entry)
                if len(found) == limit:
                    break
        if len(rows) < limit * (_SCAN if kind else 1) or len(found) == limit:
            break
        cursor = rows[-1].arrival
    names = _agent_names(conn, {e["agent_id"] for e in found} | {e["details"].get("agent_id") for e in found})
    for entry in found:
        entry["agent"] = names.get(entry["agent_id"] or entry["details"].get("agent_id") or "", "")
    more = len(found) == limit
    return {"entries": found, "next": found[-1]["arrival"] if more and found else None}


def _entry(row: Any, codes: dict[str, str]) -> dict[str, Any] | None:
    try:
        data = json.loads(row.payload)["data"]
        details = data.get("details") or {}
        if data.get("kind") not in JOURNAL_KINDS or not isinstance(details, dict):
            return None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # stored as pushed: a payload that is no journal entry is not listed as one
    return {"arrival": row.arrival, "device": codes.get(row.device_id, ""), "device_id": row.device_id,
            "seq": row.seq, "kind": data["kind"], "at": str(data.get("at", "")), "agent_id": row.agent_id,
            "details": details, "received_at": row.received_at}


def _agent_names(conn: Connection, ids: set[Any]) -> dict[str, str]:
    wanted = sorted(i for i in ids if isinstance(i, str) and i)
    if not wanted:
        return {}
    return dict(conn.execute(select(agents.c.id, agents.c.name).where(agents.c.id.in_(wanted))).all())
