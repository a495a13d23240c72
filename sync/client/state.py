"""What the device remembers about its server, in the settings table (one key each).

`server_url` is the key the Settings screen already shows; `sync.pushed_seq` and `sync.last_at`
are the keys the home screen's pending count already reads (core/service.py)."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from typing import Any

from core.closings import CLOCK_OFFSET_SETTING
from core.config import load_setting, save_setting
from core.handover import SERVER_KEY_SETTING
from core.reference import STORED_THROUGH

SERVER_URL = "server_url"
TOKEN = "sync.token"
SERVER_KEY = SERVER_KEY_SETTING  # "sync.server_public_key": the server key trusted; `verify` holds it to the events
PUSHED_SEQ = STORED_THROUGH  # "sync.pushed_seq": the server's last `stored_through`, highest contiguous seq it holds
CURSOR = "sync.cursor"  # the pull cursor, opaque; stored with the page it follows, in one transaction
# Server time minus device time, at the last sync; core/closings.py reads it to date its periods.
CLOCK_OFFSET = CLOCK_OFFSET_SETTING
LAST_AT = "sync.last_at"
LAST_RESULT = "sync.last_result"  # the last sync's summary (SyncResult.to_dict())
ENROLLED_AT = "sync.enrolled_at"
STOPPED = "sync.stopped"  # an integrity refusal of the server: {"code", "message"}; pushing is pointless


def get(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    return load_setting(conn, key, default)


def put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    save_setting(conn, key, value)


def forget(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def is_enrolled(conn: sqlite3.Connection) -> bool:
    return bool(get(conn, TOKEN)) and bool(get(conn, SERVER_KEY)) and bool(get(conn, SERVER_URL))
