"""The one path by which server data enters the device: `core.reference.apply_server_records`
(written with the event envelope, issue 10). It emits no device event, marks rows
origin='server' and keeps the server's version. This thin adapter is the only place sync/client
names it, so tests can stand in for exactly that function and nothing else."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from typing import Any


def apply_server_records(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> Any:
    from core.reference import apply_server_records as apply  # not at import: it lands in another branch

    return apply(conn, records)
