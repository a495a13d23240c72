"""A pull page straight to the bytes on the wire, for the first pull of a large zone.

The page is the same as pull.pull_page's (sync/PROTOCOL.md), but built for speed: the records'
stored canonical JSON is spliced in as it is (no parse and re-encode per record; a row that might
hold a float is parsed instead, with floats refused by the C decoder), the text is made once,
signed, and sent as it is, with the signature spliced in as the last key (it sorts after every
other key, so the whole answer is itself canonical JSON). FastAPI neither validates nor
re-encodes it: that validation of 500 free-form records cost about as much as building the page
(README, Benchmarks)."""
from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Connection, bindparam, or_, select

from sync.server.changelog import last_change_no
from sync.server.common import now_iso
from sync.server.pull import decode_cursor, encode_cursor
from sync.server.schema import agent_zones, changes, device_agents
from sync.server.serverkey import sign_text
from sync.server.withdrawals import merged_page, withdrawn_rows


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
    .where(changes.c.change_no > bindparam("after"), changes.c.change_no <= bindparam("upto"),
           or_(changes.c.zone_id.is_(None), changes.c.zone_id.in_(_ZONES.scalar_subquery()))) \
    .order_by(changes.c.change_no).limit(bindparam("rows"))


def pull_page_bytes(conn: Connection, device: dict[str, Any], cursor: str | None, limit: int,
                    server_key: str) -> bytes:
    after = decode_cursor(cursor)
    # The page reads the change log and the withdrawals (sync/server/withdrawals.py) up to one
    # number, so that two reads on PostgreSQL, each seeing what is committed when it runs, never
    # skip a row the other one has not reached yet.
    upto = last_change_no(conn)
    rows = conn.execute(_PAGE, {"after": after, "upto": upto, "device_code": device["code"], "rows": limit + 1}).all()
    page, more = merged_page(rows, withdrawn_rows(conn, device["code"], after, upto, limit + 1), limit)
    next_cursor = encode_cursor(page[-1].change_no if page else after)
    text = _spliced(page, more, next_cursor)
    if text is None:  # a number that may be a float: parsed, so that a float is refused, not signed
        records = [{"kind": r.kind, "id": r.record_id, "version": r.version, "data": _DECODE(r.data)} for r in page]
        text = _canonical({"records": records, "next_cursor": next_cursor, "more": more, "server_time": now_iso()})
    signature = sign_text(server_key, text)
    return (text[:-1] + ',"signature":' + json.dumps(signature) + "}").encode("utf-8")


# A float in compact JSON: right after ':', ',' or '[', digits then '.' or an exponent. It may
# also match inside a string (an address "No:1.5"): then the page takes the parsing path.
_STRING = json.JSONEncoder(ensure_ascii=False).encode  # built once: json.dumps with options builds one per call
_MAYBE_FLOAT = re.compile(r"[:,\[]-?\d+[.eE]")


def _spliced(page: list[Any], more: bool, next_cursor: str) -> str | None:
    """The page's canonical text made from the stored JSON as it is, without parsing it: every
    change row's `data` is written by common.dumps, which is canonical JSON's form (sorted keys,
    no spaces, UTF-8 as is), and a record's keys data < id < kind < version and the page's
    more < next_cursor < records < server_time are in sorted order. None when a row might hold
    a float (canonical JSON refuses them)."""
    parts = [f'{{"data":{r.data},"id":{_STRING(r.record_id)},"kind":{_STRING(r.kind)},"version":{int(r.version)}}}'
             for r in page]
    records = ",".join(parts)
    if _MAYBE_FLOAT.search(records):  # one scan of the page (the keys and ids around hold no float)
        return None
    return ('{"more":' + ("true" if more else "false") + ',"next_cursor":' + json.dumps(next_cursor)
            + ',"records":[' + records + '],"server_time":' + json.dumps(now_iso()) + "}")
