"""What an attacker holding the database file can do: drop the append-only triggers, rewrite
events and recompute every hash after them, and (with the key, as the device itself would when
migrating) sign them again."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

from core.canonical import canonical_json
from core.events import chain_hash
from core.keys import sign_event_hash
from core.migrations import APPEND_ONLY_TABLES, FISCAL_APPEND_ONLY_TABLES


def drop_triggers(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")  # the attacker is not polite either
    for table in APPEND_ONLY_TABLES + FISCAL_APPEND_ONLY_TABLES:
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")


def device_key(conn: sqlite3.Connection) -> str:
    return json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])["private_key"]


def rewrite_event(conn: sqlite3.Connection, seq: int, change, signing_key: str | None = None) -> None:
    """Apply `change(body)` to event `seq`'s payload and rehash the chain from there. With a
    signing key every rewritten event is signed again; without it the old signatures stay."""
    body = json.loads(conn.execute("SELECT payload FROM events WHERE seq = ?", (seq,)).fetchone()[0])
    change(body)
    conn.execute("UPDATE events SET payload = ? WHERE seq = ?", (canonical_json(body), seq))
    rechain(conn, seq, signing_key)


def rechain(conn: sqlite3.Connection, from_seq: int, signing_key: str | None = None) -> None:
    row = conn.execute("SELECT hash FROM events WHERE seq = ?", (from_seq - 1,)).fetchone()
    prev = row[0] if row else "0" * 64
    for seq, payload in conn.execute("SELECT seq, payload FROM events WHERE seq >= ? ORDER BY seq",
                                     (from_seq,)).fetchall():
        digest = chain_hash(prev, payload)
        conn.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        if signing_key:
            conn.execute("UPDATE events SET signature = ? WHERE seq = ?", (sign_event_hash(signing_key, digest), seq))
        prev = digest
