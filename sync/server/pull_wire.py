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

from sqlalchemy import Connection, or_, select

from sync.server.common import now_iso
from sync.server.pull import decode_cursor, device_zones, encode_cursor
from sync.server.schema import changes
from sync.server.serverkey import sign_text


def _no_float(text: str) -> Any:
    raise TypeError("floats are not allowed in canonical payloads")


def _canonical(value: Any) -> str:
    """core.canonical.canonical_json's bytes, for a value already known to hold no float."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def pull_page_bytes(conn: Connection, device: dict[str, Any], cursor: str | None, limit: int,
                    server_key: str) -> bytes:
    after = decode_cursor(cursor)
    zone_ids = device_zones(conn, device["code"])
    query = select(changes.c.kind, changes.c.record_id, changes.c.version, changes.c.data, changes.c.change_no) \
        .where(changes.c.change_no > after, or_(changes.c.zone_id.is_(None), changes.c.zone_id.in_(zone_ids))) \
        .order_by(changes.c.change_no).limit(limit + 1)
    rows = conn.execute(query).all()
    page, more = rows[:limit], len(rows) > limit
    records = [{"kind": r.kind, "id": r.record_id, "version": r.version,
                "data": json.loads(r.data, parse_float=_no_float)} for r in page]
    body = {"records": records, "next_cursor": encode_cursor(page[-1].change_no if page else after),
            "more": more, "server_time": now_iso()}
    text = _canonical(body)
    signature = sign_text(server_key, text)
    return (text[:-1] + ',"signature":' + json.dumps(signature) + "}").encode("utf-8")
