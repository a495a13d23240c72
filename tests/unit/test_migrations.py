import sqlite3

import pytest

from core import migrations
from core.errors import QuittanceError
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
    results = ledger.search("kabasele")
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
