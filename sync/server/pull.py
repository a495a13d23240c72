"""Pull: reference data and the registry of the device's agents' zones, paged by an opaque
cursor over the change log, each page signed by the server's key."""
from __future__ import annotations

import base64
import binascii
from typing import Any

from sqlalchemy import Connection, or_, select

from core.canonical import canonical_json
from sync.server.changelog import last_change_no
from sync.server.common import loads, now_iso
from sync.server.errors import ApiError
from sync.server.schema import agent_zones, changes, device_agents
from sync.server.serverkey import sign_text
from sync.server.withdrawals import merged_page, withdrawn_rows


def encode_cursor(change_no: int) -> str:
    return base64.urlsafe_b64encode(f"c1:{change_no}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        prefix, number = text.split(":")
        value = int(number)
        if prefix != "c1" or value < 0:
            raise ValueError(text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ApiError(400, "bad_request", "the cursor is not one this server gave") from None
    return value


def device_zones(conn: Connection, device_code: str) -> list[str]:
    query = select(agent_zones.c.zone_id).join(device_agents, device_agents.c.agent_id == agent_zones.c.agent_id) \
        .where(device_agents.c.device_code == device_code).distinct()
    return list(conn.execute(query).scalars())


def pull_page(conn: Connection, device: dict[str, Any], cursor: str | None, limit: int,
              server_key: str) -> dict[str, Any]:
    after = decode_cursor(cursor)
    upto = last_change_no(conn)  # one bound for both reads (pull_wire.py says why)
    zone_ids = device_zones(conn, device["code"])
    query = select(changes).where(changes.c.change_no > after, changes.c.change_no <= upto,
                                  or_(changes.c.zone_id.is_(None), changes.c.zone_id.in_(zone_ids))) \
        .order_by(changes.c.change_no).limit(limit + 1)
    rows = conn.execute(query).all()
    page, more = merged_page(rows, withdrawn_rows(conn, device["code"], after, upto, limit + 1), limit)
    records = [{"kind": r.kind, "id": r.record_id, "version": r.version, "data": loads(r.data)} for r in page]
    body = {"records": records, "next_cursor": encode_cursor(page[-1].change_no if page else after),
            "more": more, "server_time": now_iso()}
    body["signature"] = sign_text(server_key, canonical_json(body))
    return body
