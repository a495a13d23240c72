"""Schema versions. `PRAGMA user_version` records the version; an older file is brought up to
date when it is opened, inside the opening transaction, so a failed migration changes nothing."""
from __future__ import annotations

import inspect
import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from typing import Callable

from core.errors import QuittanceError
from core.schema_v1 import V1_SCHEMA
from core.messages import translate

APPEND_ONLY_TABLES = ("events", "payments", "voids", "cash_sessions", "cash_session_closings", "receipt_prints")
# Append-only since v18 (issue 14): their triggers are made by that migration, not by v1.
FISCAL_APPEND_ONLY_TABLES = ("receipt_series", "closings", "journal")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must stay inside its transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_base(conn: sqlite3.Connection) -> None:
    _run_script(conn, V1_SCHEMA)
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
    """The index as v2 and v3 defined it. It is left empty: v6 replaces it with the index of
    core/search_index.py and fills that, so a file migrated across these versions builds it once."""
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


def _v6_compact_reference_data(conn: sqlite3.Connection, report: Report) -> None:
    """Reference data in a third of the space (issue 8: 462 MiB at 200,000 taxpayers, half of it
    assessments keyed by UUID text with three overlapping indexes).

    - Objects get an integer row number and point at their taxpayer's `num`; their UUID, the id
      that crosses devices, is kept as 16 bytes. They say where they came from (`origin`).
    - Assessments are keyed by what makes them unique, (object, tax, period), in a WITHOUT ROWID
      table: that key is the only index. The taxpayer is the object's, so it is not repeated;
      the creation time is milliseconds since 1970 (UTC) rather than 24 characters.
    - Indexes nothing reads are dropped (zone, phone, identity number, object reference: search
      goes through the full-text index).
    - The full-text index becomes contentless and trigger-maintained (core/search_index.py)."""
    from core import search_index
    from core.ids import id_bytes

    conn.create_function("uuid_blob", 1, id_bytes, deterministic=True)
    conn.create_function("iso_to_ms", 1, _iso_to_ms_or_text, deterministic=True)
    for index in ("assessments_taxpayer", "taxable_objects_taxpayer", "taxable_objects_reference",
                  "taxpayers_zone", "taxpayers_phone", "taxpayers_id_number"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    conn.execute("ALTER TABLE assessments RENAME TO assessments_v5")
    conn.execute("ALTER TABLE taxable_objects RENAME TO taxable_objects_v5")
    _run_script(conn, OBJECTS_AND_ASSESSMENTS_V6)
    report(0.05)
    # Objects keep their old rowid as `num`, so assessments find theirs without decoding UUIDs.
    # Where an object came from is kept as v5 recorded it.
    conn.execute(
        """INSERT INTO taxable_objects (num, id, taxpayer_num, kind, reference, description, attributes, origin,
                                        created_at)
           SELECT o.rowid, uuid_blob(o.id), t.num, o.kind, o.reference, o.description, o.attributes, o.origin,
                  o.created_at
           FROM taxable_objects_v5 o JOIN taxpayers t ON t.id = o.taxpayer_id ORDER BY o.rowid""")
    report(0.25)
    conn.execute(
        """INSERT INTO assessments (object_num, tax_code, period, amount, id, created_ms)
           SELECT o.rowid, a.tax_code, a.period, a.amount, uuid_blob(a.id), iso_to_ms(a.created_at)
           FROM assessments_v5 a JOIN taxable_objects_v5 o ON o.id = a.taxable_object_id
           WHERE o.taxpayer_id = a.taxpayer_id
           ORDER BY o.rowid, a.tax_code, a.period""")
    report(0.6)
    for table in ("taxable_objects", "assessments"):
        before = conn.execute(f"SELECT count(*) FROM {table}_v5").fetchone()[0]
        after = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if before != after:  # a row whose object or taxpayer is missing: refuse rather than lose it
            raise QuittanceError("migration_would_lose_rows", table=table, count=before - after)
    conn.execute("DROP TABLE assessments_v5")
    conn.execute("DROP TABLE taxable_objects_v5")
    report(0.7)
    search_index.create(conn, report=lambda fraction: report(0.7 + 0.3 * fraction))


def _v7_tax_labels_per_language(conn: sqlite3.Connection) -> None:
    """A tax type's label in other languages, as JSON {"en": "...", "pt": "..."} (issue 9): the
    screens show the UI language's, receipts the municipality's, `label` stays the fallback.
    Tax types are reference data, not events, so no payload changes and replay is untouched."""
    conn.execute("ALTER TABLE tax_types ADD COLUMN labels TEXT NOT NULL DEFAULT '{}'")


def _v8_server_data(conn: sqlite3.Connection) -> None:
    """Server data (issue 10): rows the server sends by pull keep the server's version and say
    where they came from, so the apply path (core/reference.py) can tell them from the device's.

    - `server_version`: the server's version of the row, NULL for a row the server never sent;
      a device edit of a taxpayer names it as its `base_version`.
    - `origin` on agents, zones and tax types: 'server' (pulled), or 'device-local' (made on a
      device before enrollment, which runs on its own settings until the server's data arrives).
      Every agent, zone and tax type made before v8 came from `init` or the seed on the device
      itself, so they are all 'device-local'.
    - `role` of an agent (`agent`, `supervisor`), and the zones each agent may act in."""
    for table in ("taxpayers", "taxable_objects", "agents", "zones", "tax_types"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN server_version INTEGER")
    conn.execute("ALTER TABLE agents ADD COLUMN origin TEXT NOT NULL DEFAULT 'device-local'")
    conn.execute("ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent'")
    for table in ("zones", "tax_types"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN origin TEXT NOT NULL DEFAULT 'device-local'")
    conn.execute("CREATE TABLE agent_zones (agent_id TEXT NOT NULL REFERENCES agents(id), "
                 "zone_id TEXT NOT NULL REFERENCES zones(id), PRIMARY KEY (agent_id, zone_id)) WITHOUT ROWID")


def _v9_sync_quarantine(conn: sqlite3.Connection) -> None:
    """What the server answered about pushed events (issue 10): those it stored but quarantined,
    with its stable code and reason, for the Sync screen's per-record status. Not a ledger
    table: the server holds the truth, this is the device's copy of its last word."""
    conn.execute(
        "CREATE TABLE sync_quarantine (seq INTEGER PRIMARY KEY REFERENCES events(seq), code TEXT NOT NULL, "
        "reason TEXT NOT NULL, reported_at TEXT NOT NULL)")


def _v10_withdrawn_taxpayers(conn: sqlite3.Connection) -> None:
    """Taxpayers the server withdrew from this device's zones that the device keeps, because
    something recorded here refers to them (core/withdrawals.py). Server data, not events."""
    conn.execute("CREATE TABLE withdrawn_taxpayers (taxpayer_id TEXT PRIMARY KEY REFERENCES taxpayers(id), "
                 "reason TEXT NOT NULL CHECK (reason IN ('moved', 'zone')), zone_id TEXT) WITHOUT ROWID")


def _v11_print_attempts(conn: sqlite3.Connection) -> None:
    """Receipts whose original went to the printer and whose outcome is not known yet (the
    process stopped before the printer answered, or before the copy was recorded). A receipt
    listed here without a recorded copy may already be on paper, so its next copy says
    DUPLICATA (printing/service.py). Not a ledger table: it records an intention, not a fact,
    and no event carries it."""
    conn.execute("CREATE TABLE print_attempts (payment_id TEXT PRIMARY KEY REFERENCES payments(id), "
                 "started_at TEXT NOT NULL) WITHOUT ROWID")


def _v12_merged_taxpayers(conn: sqlite3.Connection) -> None:
    """Taxpayers a supervisor merged into another on the server, and the one each stands for
    now (core/merges.py). Server data, not events; the kept taxpayer may be in another zone, so
    its id is not a reference to a row here."""
    conn.execute("CREATE TABLE merged_taxpayers (taxpayer_id TEXT PRIMARY KEY REFERENCES taxpayers(id), "
                 "kept_id TEXT NOT NULL) WITHOUT ROWID")


def _v13_tax_schedule_versions(conn: sqlite3.Connection) -> None:
    """A tax's schedule from a date (issue 11): JSON [[effective_from, amount, rate], ...] as the
    server sends it in the tax_type record's `versions`; NULL for a tax with one amount. Reference
    data, not events: replay is untouched, and an assessment made keeps its amount."""
    conn.execute("ALTER TABLE tax_types ADD COLUMN versions TEXT")


def _v16_object_geometry(conn: sqlite3.Connection) -> None:
    """A taxable object's outline (issue 12): GeoJSON Polygon text in lon/lat, NULL for none. Set
    by `taxable_object.added` or `taxable_object.shaped` (core/shapes.py), so replay rebuilds it."""
    conn.execute("ALTER TABLE taxable_objects ADD COLUMN geometry TEXT")


def _v18_fiscal_integrity(conn: sqlite3.Connection) -> None:
    """Fiscal-grade integrity (issue 14, core/fiscal_events.py): the receipt series the server
    registered, month and year closings, and the technical journal. Each is built by its event's
    projection and replayed by `verify`; all three are append-only, and a period closes once."""
    _run_script(conn, """
        CREATE TABLE receipt_series (
            year INTEGER PRIMARY KEY CHECK (typeof(year) = 'integer'),
            code TEXT NOT NULL, registered_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq));
        CREATE TABLE closings (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('month', 'year')), period TEXT NOT NULL,
            report TEXT NOT NULL, closed_at TEXT NOT NULL,
            event_seq INTEGER NOT NULL REFERENCES events(seq), UNIQUE (kind, period));
        CREATE TABLE journal (
            event_seq INTEGER PRIMARY KEY REFERENCES events(seq), kind TEXT NOT NULL, at TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX journal_kind ON journal(kind, at)
    """)
    for table in FISCAL_APPEND_ONLY_TABLES:
        for verb in ("UPDATE", "DELETE"):
            conn.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                         f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def _v14_forms(conn: sqlite3.Connection) -> None:
    """Census questionnaires (issue 12): see core/forms/store.py."""
    from core.forms.store import migrate_v14

    migrate_v14(conn)


def _v15_form_drafts_and_submissions(conn: sqlite3.Connection) -> None:
    """Census questionnaires (issue 12, core/forms/drafts.py and submissions.py).

    - `form_drafts`: forms being filled in, saved on every answer. Working state, not events
      (every keystroke in the chain would bloat what syncs): not compared by verify.
    - `submissions`: finished forms, built by the `submission.recorded` event's projection and
      rebuilt by replay like every other table made from events. `geometry` is GeoJSON text.
      Append-only like the ledger: a submission is a fact; a correction is a new submission."""
    conn.execute(
        "CREATE TABLE form_drafts (id TEXT PRIMARY KEY, form_id TEXT NOT NULL, form_version TEXT NOT NULL, "
        "agent_id TEXT NOT NULL, answers TEXT NOT NULL DEFAULT '{}', started_at TEXT NOT NULL, "
        "updated_at TEXT NOT NULL, taxpayer_id TEXT)")
    conn.execute(
        "CREATE TABLE submissions (id TEXT PRIMARY KEY, form_id TEXT NOT NULL, form_version TEXT NOT NULL, "
        "agent_id TEXT NOT NULL, answers TEXT NOT NULL, geometry TEXT, taxpayer_id TEXT, "
        "recorded_at TEXT NOT NULL, event_seq INTEGER NOT NULL REFERENCES events(seq))")
    conn.execute("CREATE INDEX submissions_form ON submissions(form_id, form_version)")
    for verb in ("UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER submissions_no_{verb.lower()} BEFORE {verb} ON submissions "
                     "BEGIN SELECT RAISE(ABORT, 'submissions is append-only'); END")


def _v17_zone_geometry(conn: sqlite3.Connection) -> None:
    """Zone outlines for the map (issue 12): `geometry` is the zone's GeoJSON geometry (Polygon or
    MultiPolygon, lon/lat) as the server sends it in the zone record, NULL when it has none.
    Reference data (invariant 10): pulled, never built from this device's events."""
    conn.execute("ALTER TABLE zones ADD COLUMN geometry TEXT")


def _iso_to_ms_or_text(text: str) -> int | str:
    from core.clock import iso_to_ms

    try:
        return iso_to_ms(text)
    except (ValueError, TypeError, AttributeError):
        return text  # not a time (a file written by hand): kept as it was rather than lost


OBJECTS_AND_ASSESSMENTS_V6 = """
    CREATE TABLE taxable_objects (
        num INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE,
        taxpayer_num INTEGER NOT NULL REFERENCES taxpayers(num),
        kind TEXT NOT NULL,
        reference TEXT NOT NULL,
        description TEXT,
        attributes TEXT NOT NULL DEFAULT '{}',
        origin TEXT NOT NULL DEFAULT 'device',
        created_at TEXT NOT NULL
    );
    CREATE INDEX taxable_objects_taxpayer ON taxable_objects(taxpayer_num);
    CREATE TABLE assessments (
        object_num INTEGER NOT NULL REFERENCES taxable_objects(num),
        tax_code TEXT NOT NULL REFERENCES tax_types(code),
        period TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
        id BLOB NOT NULL,
        created_ms INTEGER NOT NULL,
        PRIMARY KEY (object_num, tax_code, period)
    ) WITHOUT ROWID
"""

Report = Callable[[float], None]
Progress = Callable[[float, str], None]

MIGRATIONS: list[Callable[..., None]] = [
    _v1_base, _v2_search_index, _v3_one_letter_prefixes, _v4_other_dues_on_receipts, _v5_signed_chain,
    _v6_compact_reference_data, _v7_tax_labels_per_language, _v8_server_data, _v9_sync_quarantine,
    _v10_withdrawn_taxpayers, _v11_print_attempts, _v12_merged_taxpayers, _v13_tax_schedule_versions,
    _v14_forms,  # v14 (issue 12): census forms
    _v15_form_drafts_and_submissions,  # v15 (issue 12, submissions): census drafts and submissions
    _v16_object_geometry,  # v16 (issue 12, positions-polygons): outlines of taxable objects
    _v17_zone_geometry,  # v17 (issue 12, map): zone outlines
    _v18_fiscal_integrity,  # v18 (issue 14): receipt series, closings, technical journal
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int | None = None, progress: Progress | None = None) -> int:
    """Apply every migration above the file's version, up to `target`. Returns the new version.

    `progress(fraction, label)` hears how far it has got, so the app can show a progress bar; a
    migration that takes a `report` parameter also reports within its own step."""
    target = LATEST_VERSION if target is None else target
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise QuittanceError("newer_schema", found=current, known=LATEST_VERSION)
    steps = list(range(current + 1, target + 1))
    label = translate("migrating_database", _locale(conn)) if steps else ""
    for done, version in enumerate(steps):
        def report(fraction: float, done: int = done) -> None:
            if progress is not None:
                progress((done + min(1.0, max(0.0, fraction))) / len(steps), label)

        report(0.0)
        step = MIGRATIONS[version - 1]
        if "report" in inspect.signature(step).parameters:
            step(conn, report=report)
        else:
            step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        report(1.0)
    return schema_version(conn)


def _locale(conn: sqlite3.Connection) -> str:
    """For the progress label: the language the app was set to on this device (as its windows
    will speak), else the municipality's, when the file already has them."""
    try:
        rows = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('language', 'municipality')"))
        chosen = json.loads(rows["language"]) if "language" in rows else None
        if chosen in ("fr", "en", "pt"):
            return chosen
        return json.loads(rows["municipality"]).get("locale", "fr") if "municipality" in rows else "fr"
    except (sqlite3.Error, ValueError, AttributeError):
        return "fr"


def reclaim_space(conn: sqlite3.Connection) -> None:
    """After a migration that rewrote large tables (v6), give the freed pages back: a device
    carries, backs up and ships the file, not just its live rows. VACUUM runs outside any
    transaction, so it comes after the migration committed; if it cannot run or is cut short,
    the file is still whole, only larger."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    if pages and free * 4 >= pages:
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass  # another process has the file open, or the disk is full: the data is all there
