"""A pull page straight to the bytes on the wire, for the first pull of a large zone.

The page is the same as pull.pull_page's (sync/PROTOCOL.md), but built for speed: each record's
stored JSON is parsed with floats refused by the C decoder (no second walk over every value),
the canonical text is made once, signed, and sent as it is, with the signature spliced in as the
last key (it sorts after every other key, so the whole answer is itself canonical JSON). FastAPI
neither validates nor re-encodes it: that validation of 500 free-form records cost about as much
as building the page (README, Benchmarks)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, bindparam, or_, select

from sync.server.common import now_iso
from sync.server.pull import decode_cursor, encode_cursor
from sync.server.schema import agent_zones, changes, device_agents
from sync.server.serverkey import sign_text


def _no_float(text: str) -> Any:
    raise TypeError("floats are not allowed in canonical payloads")


# One decoder for every row (json.loads with a keyword builds a new decoder per call, which was
# a fifth of a page's time).
_DECODE = json.JSONDecoder(parse_float=_no_float).decode


def _canonical(value: Any) -> str:
    """core.canonical.canonical_json's bytes, for a value already known to hold no float."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# One query per page, built once: the device's zones are a subquery, not a read of their own.
_ZONES = select(agent_zones.c.zone_id).join(device_agents, device_agents.c.agent_id == agent_zones.c.agent_id) \
    .where(device_agents.c.device_code == bindparam("device_code"))
_PAGE = select(changes.c.kind, changes.c.record_id, changes.c.version, changes.c.data, changes.c.change_no) \
    .where(changes.c.change_no > bindparam("after"),
           or_(changes.c.zone_id.is_(None), changes.c.zone_id.in_(_ZONES.scalar_subquery()))) \
    .order_by(changes.c.change_no).limit(bindparam("rows"))


def pull_page_bytes(conn: Connection, device: dict[str, Any], cursor: str | None, limit: int,
                    server_key: str) -> bytes:
    after = decode_cursor(cursor)
    rows = conn.execute(_PAGE, {"after": after, "device_code": device["code"], "rows": limit + 1}).all()
    page, more = rows[:limit], len(rows) > limit
    records = [{"kind": r.kind, "id": r.record_id, "version": r.version,
                "data": _DECODE(r.data)} for r in page]
    body = {"records": records, "next_cursor": encode_cursor(page[-1].change_no if page else after),
            "more": more, "server_time": now_iso()}
    text = _canonical(body)
    signature = sign_text(server_key, text)
    return (text[:-1] + ',"signature":' + json.dumps(signature) + "}").encode("utf-8")
