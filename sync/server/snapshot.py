"""The snapshot stream: a first pull of a large zone in one HTTP response (sync/PROTOCOL.md,
"Snapshot stream").

Each line is one pull page exactly as `GET /pull` gives it (pull_wire.pull_page_bytes, signed),
then a newline, so the device checks and applies each line as it would a page. Pages are read
one at a time, each in its own short read transaction, in keyset order by change number: the
server holds one page in memory, never the zone, and no connection or transaction stays open
while a line waits on a slow link.

The stream ends at the page that reaches the highest change number committed when it started
(`until`, withdrawals included), so it is bounded even while devices keep pushing. A record changed during the stream
gets a new, higher change number (the change log keeps one row per record, at its newest
state): either it was already sent, or it is skipped here; both ways the device gets its newest
state from the ordinary pull it finishes with (the last line's `more` says whether there is any)."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from sqlalchemy import Engine

from sync.server.changelog import last_change_no
from sync.server.db import reading
from sync.server.pull import decode_cursor, encode_cursor
from sync.server.pull_wire import pull_page_bytes

MEDIA_TYPE = "application/x-ndjson"

# The head of a page as pull_wire writes it (canonical JSON: keys sorted, `more` and
# `next_cursor` first). Read from the bytes so a 1 MB page is not parsed again just for them;
# a page written otherwise is parsed whole.
_HEAD = re.compile(rb'\{"more":(true|false),"next_cursor":"([A-Za-z0-9_-]*)"')


def snapshot_bound(engine: Engine, cursor: str | None) -> tuple[int, int]:
    """(the change number after which the stream starts, the highest one committed now). Called
    before the response starts, so a bad cursor is still an ordinary 400."""
    after = decode_cursor(cursor)
    with reading(engine) as conn:
        return after, last_change_no(conn)  # the change log's and the withdrawals' (zone_exits) numbers


def snapshot_lines(engine: Engine, device: dict[str, Any], after: int, until: int, limit: int,
                   server_key: str) -> Iterator[bytes]:
    """The stream's lines: signed pages from `after` until one reaches `until` or says no more."""
    cursor = encode_cursor(after)
    while True:
        with reading(engine) as conn:
            page = pull_page_bytes(conn, device, cursor, limit, server_key)
        yield page + b"\n"
        more, cursor = page_head(page)
        if not more or decode_cursor(cursor) >= until:
            return


def page_head(page: bytes) -> tuple[bool, str]:
    """A signed page's `more` and `next_cursor`."""
    head = _HEAD.match(page)
    if head is not None:
        return head.group(1) == b"true", head.group(2).decode("ascii")
    body = json.loads(page)
    return body["more"] is True, body["next_cursor"]
