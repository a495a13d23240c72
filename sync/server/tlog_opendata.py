"""The open-data page's transparency-log block: the latest signed checkpoint, the log's key, and
links to it and to every checkpoint ever published (sync/server/tlog_api.py)."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from sqlalchemy import Connection

from sync.server import tlog_checkpoints
from sync.server.opendata_texts import text


def log_block(conn: Connection, lang: str, when: Callable[[str], str]) -> str:
    e = lambda value: escape(str(value), quote=True)  # noqa: E731
    head = tlog_checkpoints.latest(conn)
    origin = head["origin"] if head else tlog_checkpoints.origin_of(conn)
    keys = tlog_checkpoints.vkeys(conn, origin)
    parts = [f'<section class="log" aria-labelledby="log"><h2 id="log">{e(text("log_heading", lang))}</h2>'
             f'<p>{e(text("log_intro", lang))}</p>']
    if head is None:
        parts.append(f'<p>{e(text("log_none", lang))}</p>')
    else:
        parts.append(f'<p>{e(text("log_latest", lang, size=head["size"], when=when(head["created_at"])))}</p>'
                     f'<pre style="white-space:pre-wrap;word-break:break-all">{e(head["note"])}</pre>')
    if keys:
        parts.append(f'<p style="word-break:break-all">{e(text("log_key", lang, vkey=keys[-1]))}</p>')
    parts.append(f'<p class="dl"><a href="api/v1/log/checkpoint">{e(text("log_links", lang))}</a>'
                 f'<a href="api/v1/log/checkpoints">{e(text("log_all", lang))}</a></p></section>')
    return "".join(parts)
