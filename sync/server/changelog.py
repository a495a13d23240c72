"""The change log pull reads: one row per record with its newest state and change number."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select, text

from sync.server.common import dumps
from sync.server.db import is_postgres
from sync.server.schema import changes, zone_exits


def next_change_no(conn: Connection) -> int:
    """Change numbers are handed out one writer at a time, so a number is never committed after
    a reader has already paged past it. The pull cursor is the last change number a device has
    read, and it relies on this: every row committed later has a higher number. A sequence
    would let a slow transaction commit number 100 after a faster one committed 101 and a
    reader moved its cursor to 101, and that device would never receive 100. So on PostgreSQL
    the writer takes a transaction lock (released at commit); on SQLite the write lock already
    does this. A push takes it once per batch, as late as it can (push_write.write_changes,
    called last by both push paths), so it is held only for the change rows and the commit.
    `zone_exits` draws from the same count, so a pull page orders both by one number."""
    if is_postgres(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(771002)"))
    return last_change_no(conn) + 1


def last_change_no(conn: Connection) -> int:
    """The highest change number handed out and still held, in `changes` or `zone_exits`."""
    return max(conn.execute(select(func.coalesce(func.max(changes.c.change_no), 0))).scalar_one(),
               conn.execute(select(func.coalesce(func.max(zone_exits.c.change_no), 0))).scalar_one())


def record_change(conn: Connection, kind: str, record_id: str, version: int, data: dict[str, Any],
                  zone_id: str | None = None) -> int:
    number = next_change_no(conn)
    row = {"change_no": number, "zone_id": zone_id, "version": version, "data": dumps(data)}
    updated = conn.execute(changes.update().where(changes.c.kind == kind, changes.c.record_id == record_id)
                           .values(**row)).rowcount
    if not updated:
        conn.execute(changes.insert().values(kind=kind, record_id=record_id, **row))
    return number
