"""Schema versions. `PRAGMA user_version` records the version; an older file is brought up to
date when it is opened, inside the opening transaction, so a failed migration changes nothing."""
from __future__ import annotations

import sqlite3
from typing import Callable

from core.errors import QuittanceError

APPEND_ONLY_TABLES = ("events", "payments", "voids", "cash_sessions", "cash_session_closings", "receipt_prints")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must stay inside its transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_base(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE agents (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, pin_hash TEXT, active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE zones (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
        CREATE TABLE taxpayers (
            num INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'business')),
            name TEXT NOT NULL,
            business_name TEXT,
            id_number TEXT,
            phone TEXT,
            zone_id TEXT REFERENCES zones(id),
            address TEXT,
            latitude REAL, longitude REAL, accuracy_m REAL,
            location_source TEXT CHECK (location_source IN ('gps', 'external-gnss', 'manual')),
            fix_time TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
            version INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'device',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX taxpayers_zone ON taxpayers(zone_id);
        CREATE INDEX taxpayers_phone ON taxpayers(phone);
        CREATE INDEX taxpayers_id_number ON taxpayers(id_number);
        CREATE TABLE taxable_objects (
            id TEXT PRIMARY KEY,
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            kind TEXT NOT NULL,
            reference TEXT NOT NULL,
            description TEXT,
            attributes TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX taxable_objects_taxpayer ON taxable_objects(taxpayer_id);
        CREATE INDEX taxable_objects_reference ON taxable_objects(reference);
        CREATE TABLE tax_types (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            periodicity TEXT NOT NULL CHECK (periodicity IN ('annual', 'monthly', 'daily', 'one-off')),
            basis TEXT NOT NULL CHECK (basis IN ('flat', 'rate')),
            amount INTEGER CHECK (amount IS NULL OR typeof(amount) = 'integer'),
            rate INTEGER CHECK (rate IS NULL OR typeof(rate) = 'integer'),
            rate_attribute TEXT,
            object_kinds TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            taxable_object_id TEXT NOT NULL REFERENCES taxable_objects(id),
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            tax_code TEXT NOT NULL REFERENCES tax_types(code),
            period TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
            created_at TEXT NOT NULL,
            UNIQUE (taxable_object_id, tax_code, period)
        );
        CREATE INDEX assessments_taxpayer ON assessments(taxpayer_id, tax_code, period);
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            entity_id TEXT,
            device_time TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE receipt_counters (year INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL);
        CREATE TABLE cash_sessions (
            id TEXT PRIMARY KEY,
            agent_id TEXT NOT NULL REFERENCES agents(id),
            opened_at TEXT NOT NULL,
            opening_float INTEGER NOT NULL CHECK (typeof(opening_float) = 'integer' AND opening_float >= 0),
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE cash_session_closings (
            session_id TEXT PRIMARY KEY REFERENCES cash_sessions(id),
            closed_at TEXT NOT NULL,
            report TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE payments (
            id TEXT PRIMARY KEY,
            receipt_no TEXT NOT NULL UNIQUE,
            receipt_year INTEGER NOT NULL,
            receipt_seq INTEGER NOT NULL,
            taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id),
            tax_code TEXT NOT NULL REFERENCES tax_types(code),
            period TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
            currency TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'mobile_money', 'other')),
            reference TEXT,
            is_advance INTEGER NOT NULL DEFAULT 0,
            session_id TEXT NOT NULL REFERENCES cash_sessions(id),
            agent_id TEXT NOT NULL REFERENCES agents(id),
            device_id TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            balance_after INTEGER NOT NULL,
            token TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq),
            UNIQUE (receipt_year, receipt_seq)
        );
        CREATE INDEX payments_taxpayer ON payments(taxpayer_id, tax_code, period);
        CREATE INDEX payments_session ON payments(session_id);
        CREATE TABLE voids (
            id TEXT PRIMARY KEY,
            payment_id TEXT NOT NULL UNIQUE REFERENCES payments(id),
            reason TEXT NOT NULL,
            agent_id TEXT NOT NULL REFERENCES agents(id),
            session_id TEXT REFERENCES cash_sessions(id),
            voided_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq)
        );
        CREATE TABLE receipt_prints (
            id TEXT PRIMARY KEY,
            payment_id TEXT NOT NULL REFERENCES payments(id),
            copy INTEGER NOT NULL,
            printed_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq),
            UNIQUE (payment_id, copy)
        );
        """
    )
    for table in APPEND_ONLY_TABLES:
        conn.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )
        conn.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def _build_search_index(conn: sqlite3.Connection, prefixes: str) -> None:
    """(Re)create the accent- and case-insensitive prefix index over names, phones, ids and
    object references, and fill it from the registry."""
    conn.execute("DROP TABLE IF EXISTS taxpayer_search")
    conn.execute(
        f"""
        CREATE VIRTUAL TABLE taxpayer_search USING fts5(
            names, phones, id_number, refs,
            tokenize = "unicode61 remove_diacritics 2",
            prefix = '{prefixes}'
        )
        """
    )
    from core.search import reindex_all

    reindex_all(conn)


def _v2_search_index(conn: sqlite3.Connection) -> None:
    _build_search_index(conn, "2 3")


def _v3_one_letter_prefixes(conn: sqlite3.Connection) -> None:
    """Agents type one letter too ("kabasele f", "N'D" for N'Diaye); without a one-letter prefix
    index such a query scans every term and took 50 ms at a million taxpayers."""
    _build_search_index(conn, "1 2 3")


def _v4_other_dues_on_receipts(conn: sqlite3.Connection) -> None:
    """What the taxpayer still owed on other taxes and periods when a payment was made, so a
    receipt showing "0 left" on one line cannot be read as "paid up" while arrears remain."""
    conn.execute("ALTER TABLE payments ADD COLUMN other_due_after INTEGER")


def _v5_signed_chain(conn: sqlite3.Connection) -> None:
    """Each event carries the device's Ed25519 signature of its hash; taxable objects say where
    they come from; the device's key is stored once (the public key is derived from it).

    Existing events are signed with the device key here, so old databases keep verifying (the
    signature then vouches for the chain as it stood at this migration). Existing objects with no
    `taxable_object.added` event came from the server's registry (the seed stands in for it)."""
    import json

    from core.keys import sign_event_hash

    conn.execute("ALTER TABLE events ADD COLUMN signature TEXT")
    conn.execute("ALTER TABLE taxable_objects ADD COLUMN origin TEXT NOT NULL DEFAULT 'device'")
    conn.execute("UPDATE taxable_objects SET origin = 'server' WHERE id NOT IN "
                 "(SELECT entity_id FROM events WHERE type = 'taxable_object.added' AND entity_id IS NOT NULL)")
    row = conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()
    if row is None:
        return
    device = json.loads(row[0])
    conn.execute("UPDATE settings SET value = ? WHERE key = 'device'", (json.dumps(
        {"id": device["id"], "code": device["code"], "private_key": device["private_key"]}),))
    conn.execute("DROP TRIGGER IF EXISTS events_no_update")
    signed = [(sign_event_hash(device["private_key"], digest), seq)
              for seq, digest in conn.execute("SELECT seq, hash FROM events").fetchall()]
    conn.executemany("UPDATE events SET signature = ? WHERE seq = ?", signed)
    conn.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                 "BEGIN SELECT RAISE(ABORT, 'events is append-only'); END")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_base, _v2_search_index, _v3_one_letter_prefixes, _v4_other_dues_on_receipts, _v5_signed_chain,
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Apply every migration above the file's version, up to `target`. Returns the new version."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise QuittanceError("newer_schema", found=current, known=LATEST_VERSION)
    for version in range(current + 1, target + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(f"PRAGMA user_version = {version}")
    return schema_version(conn)
