"""Whether the server still accepts this device: a revoked device keeps its data, and it stops
issuing receipts until it is enrolled again (issue 10). The sync client marks it when the
server answers `device_revoked`; enrollment clears it. Pure settings, no network here."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3

from core.config import load_setting, save_setting

REVOKED = "sync.revoked"  # null, or {"at": ISO time the server said so}


def is_revoked(conn: sqlite3.Connection) -> bool:
    return bool(load_setting(conn, REVOKED))


def revoked_at(conn: sqlite3.Connection) -> str | None:
    value = load_setting(conn, REVOKED)
    return value.get("at") if isinstance(value, dict) else None


def mark_revoked(conn: sqlite3.Connection, at: str) -> None:
    save_setting(conn, REVOKED, {"at": at})


def clear_revoked(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM settings WHERE key = ?", (REVOKED,))
