import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from core import migrations
from core.errors import QuittanceError
from core.highwater import mark_path
from core.service import Ledger
from core.store import Store


def test_new_database_is_at_the_latest_version_in_wal_with_full_sync(tmp_path):
    store = Store(tmp_path / "device.db")
    conn = store.conn
    assert migrations.schema_version(conn) == migrations.LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_older_database_is_migrated_when_opened_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    migrations.migrate(conn, target=1)  # a file written by the first release
    conn.execute("INSERT INTO zones (id, code, name) VALUES ('z1', 'KAT', 'Katoka')")
    conn.execute("INSERT INTO taxpayers (id, kind, name, phone, zone_id, created_at, updated_at) "
                 "VALUES ('t1', 'person', 'Kabasélé Ngoyi', '+243812345678', 'z1', 'now', 'now')")
    conn.execute("COMMIT")
    assert migrations.schema_version(conn) == 1
    conn.close()

    ledger = Ledger.open(path)
    assert migrations.schema_version(ledger.store.conn) == migrations.LATEST_VERSION
    results = ledger.reads.search("kabasele")
    assert [r.hit.taxpayer_id for r in results] == ["t1"]


def test_a_database_from_a_newer_release_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(QuittanceError) as raised:
        Store(path)
    assert "plus récente" in raised.value.message("fr")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION + 5
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_a_failing_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    migrations.migrate(conn, target=1)
    conn.execute("COMMIT")
    conn.close()

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 2)
    with pytest.raises(RuntimeError):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def _rewrite_as_before_v4(conn, receipt_no):
    """What a device running schema v3 wrote: no other_due_after in the event, NULL in the row.
    (Signed again with the device key, as migration v5 signs the chain it finds.)"""
    from tests.unit.attacker import device_key, drop_triggers, rewrite_event

    drop_triggers(conn)
    seq = conn.execute("SELECT event_seq FROM payments WHERE receipt_no = ?", (receipt_no,)).fetchone()[0]
    rewrite_event(conn, seq, lambda body: body["data"].pop("other_due_after"), device_key(conn))
    conn.execute("UPDATE payments SET other_due_after = NULL WHERE receipt_no = ?", (receipt_no,))


def test_payments_recorded_before_v4_still_verify_and_stay_guarded(ledger, taxpayer):
    ledger.open_session(0)
    old = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    conn = ledger.store.conn
    _rewrite_as_before_v4(conn, old.receipt_no)
    assert ledger.verify().ok
    conn.execute("UPDATE payments SET other_due_after = 0 WHERE receipt_no = ?", (old.receipt_no,))
    assert not ledger.verify().ok  # a value slipped in later is still an edit


def _as_written_before_v5(path):
    """Turn a day's database into what schema v4 wrote: events without a signature or a schema
    mark, prints without their id in the event, object attributes as text, Q1 receipts, raw
    coordinates in the row, the public key stored beside the private one."""
    import json

    from core.canonical import canonical_json
    from core.migrations import APPEND_ONLY_TABLES
    from core.token import ReceiptClaims, decode_token, make_token
    from tests.unit.attacker import device_key, drop_triggers, rechain
    from core.keys import public_key_of

    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    key = device_key(conn)
    for seq, event_type, payload in conn.execute("SELECT seq, type, payload FROM events").fetchall():
        body = json.loads(payload)
        del body["schema"]
        data = body["data"]
        if event_type == "receipt.printed":
            del data["id"]
        elif event_type == "taxable_object.added":
            data["attributes"] = {k: str(v) for k, v in data["attributes"].items()}
        elif event_type == "payment.recorded":
            claims = decode_token(data["token"])
            q1 = make_token(ReceiptClaims(*[getattr(claims, f) for f in (
                "receipt_no", "taxpayer_id", "tax_code", "period", "amount", "currency", "issued_at",
                "device_id")]), key)
            conn.execute("UPDATE payments SET token = ? WHERE id = ?", (q1, data["id"]))
            data["token"] = q1
        elif event_type == "session.closed":
            del data["report"]["chain_head"]
            conn.execute("UPDATE cash_session_closings SET report = ? WHERE session_id = ?",
                         (json.dumps(data["report"], ensure_ascii=False), data["session_id"]))
        conn.execute("UPDATE events SET payload = ? WHERE seq = ?", (canonical_json(body), seq))
    rechain(conn, 1)
    conn.execute("ALTER TABLE events DROP COLUMN signature")
    _reference_tables_as_in_v4(conn)
    conn.execute("UPDATE taxpayers SET latitude = -5.897123456789 WHERE origin = 'device'")
    device = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])
    device["public_key"] = public_key_of(key)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'device'", (json.dumps(device),))
    for table in APPEND_ONLY_TABLES:
        for action in ("update", "delete"):
            conn.execute(f"CREATE TRIGGER {table}_no_{action} BEFORE {action.upper()} ON {table} "
                         f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    conn.execute("PRAGMA user_version = 4")
    conn.close()


def _reference_tables_as_in_v4(conn):
    """Objects and assessments keyed by UUID text, as v1 created them (v6 compacts them); no
    origin on objects (v5 adds it); the search index of v3, without triggers."""
    from core import search_index
    from core.ids import id_text

    conn.create_function("uuid_text", 1, id_text, deterministic=True)
    for name in search_index.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    for table in search_index.TABLES:
        conn.execute(f"DROP TABLE {table}")
    migrations._build_search_index(conn, "1 2 3")
    conn.execute("ALTER TABLE taxable_objects RENAME TO objects_v6")
    conn.execute("ALTER TABLE assessments RENAME TO assessments_v6")
    conn.execute("DROP INDEX taxable_objects_taxpayer")
    conn.execute("""CREATE TABLE taxable_objects (id TEXT PRIMARY KEY, taxpayer_id TEXT NOT NULL REFERENCES
                    taxpayers(id), kind TEXT NOT NULL, reference TEXT NOT NULL, description TEXT,
                    attributes TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL)""")
    conn.execute("""CREATE TABLE assessments (id TEXT PRIMARY KEY, taxable_object_id TEXT NOT NULL REFERENCES
                    taxable_objects(id), taxpayer_id TEXT NOT NULL REFERENCES taxpayers(id), tax_code TEXT NOT NULL
                    REFERENCES tax_types(code), period TEXT NOT NULL, amount INTEGER NOT NULL CHECK
                    (typeof(amount) = 'integer' AND amount >= 0), created_at TEXT NOT NULL,
                    UNIQUE (taxable_object_id, tax_code, period))""")
    conn.execute("""INSERT INTO taxable_objects SELECT uuid_text(o.id), t.id, o.kind, o.reference, o.description,
                    o.attributes, o.created_at FROM objects_v6 o JOIN taxpayers t ON t.num = o.taxpayer_num
                    ORDER BY o.num""")
    conn.execute("""INSERT INTO assessments SELECT uuid_text(a.id), uuid_text(o.id), t.id, a.tax_code, a.period,
                    a.amount, strftime('%Y-%m-%dT%H:%M:%fZ', a.created_ms / 1000.0, 'unixepoch')
                    FROM assessments_v6 a JOIN objects_v6 o ON o.num = a.object_num
                    JOIN taxpayers t ON t.num = o.taxpayer_num""")
    conn.execute("DROP TABLE assessments_v6")
    conn.execute("DROP TABLE objects_v6")
    conn.execute("ALTER TABLE tax_types DROP COLUMN labels")  # v7 adds the labels per language
    conn.execute("ALTER TABLE tax_types DROP COLUMN versions")  # v13 adds the schedule from a date
    conn.execute("DROP TABLE withdrawn_taxpayers")  # v10 adds the taxpayers the server withdrew
    conn.execute("DROP TABLE sync_quarantine")  # v9 adds what the server said about pushed events
    conn.execute("DROP TABLE print_attempts")  # v11 adds the originals sent whose outcome is unknown
    conn.execute("DROP TABLE merged_taxpayers")  # v12 adds the taxpayers a supervisor merged into another
    conn.execute("DROP TABLE forms")  # v14 adds the census forms (core/forms/store.py)
    conn.execute("ALTER TABLE zones DROP COLUMN geometry")  # v17 adds the zones' outlines for the map
    conn.execute("DROP TABLE form_drafts")  # v15 adds census drafts and submissions
    conn.execute("DROP TABLE submissions")
    for table in ("receipt_series", "closings", "journal"):  # v18 adds series, closings, the journal
        conn.execute(f"DROP TABLE {table}")
    # v8 adds the server's versions, where reference rows came from, agents' roles and zones
    conn.execute("DROP TABLE agent_zones")
    for table, columns in (("taxpayers", ("server_version",)), ("agents", ("server_version", "origin", "role")),
                           ("zones", ("server_version", "origin")), ("tax_types", ("server_version", "origin"))):
        for column in columns:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


@pytest.fixture
def v4_day(tmp_path, monkeypatch):
    from core.ledger_journal import JournalLedger
    from tests.unit.test_verify_replay import build_day

    path = tmp_path / "device.db"
    # A v4 device kept no technical journal (v18): its day has no journal.recorded events.
    with monkeypatch.context() as no_journal:
        no_journal.setattr(JournalLedger, "journal_in", lambda *args, **kwargs: False)
        day = build_day(path)
    _as_written_before_v5(path)
    # A device from before v5 had no high-water mark: the one build_day left names hashes this
    # rewrite changed, and verify now reports a file that diverged from its device's mark.
    conn = sqlite3.connect(path)
    device_id = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])["id"]
    conn.close()
    mark_path(device_id).unlink()
    return path, day


def test_a_v4_database_is_signed_by_v5_and_its_old_events_still_verify(v4_day):
    import json

    path, day = v4_day
    ledger = Ledger.open(path)
    conn = ledger.store.conn
    assert migrations.schema_version(conn) == migrations.LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM events WHERE signature IS NULL").fetchone()[0] == 0
    assert set(json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])) == \
        {"id", "code", "private_key"}
    origins = dict(conn.execute("SELECT origin, count(*) FROM taxable_objects GROUP BY origin").fetchall())
    assert origins["device"] == 2 and origins["server"] >= 20  # BP-KAT-0001, and BIL-KAT-0002 on a server taxpayer
    report = ledger.verify()
    assert report.ok, report.first_problem
    ledger.close()


@pytest.mark.parametrize("tamper, expected", [
    ("DELETE FROM receipt_prints WHERE copy = 2", "receipt_prints"),
    ("UPDATE taxable_objects SET attributes = '{\"surface_m2\": 13}' WHERE origin = 'device'", "attributes"),
    ("UPDATE taxpayers SET latitude = -5.8972 WHERE origin = 'device'", "latitude"),
])
def test_old_events_still_guard_their_rows(v4_day, tamper, expected):
    from tests.unit.attacker import drop_triggers

    path, _ = v4_day
    Ledger.open(path).close()  # migrated to v5
    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    conn.execute(tamper)
    conn.close()
    ledger = Ledger.open(path)
    report = ledger.verify()
    ledger.close()
    assert not report.ok and expected in str(report.first_problem)
