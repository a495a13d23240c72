"""The store's one retry helper: waits out a lock up to the timeout, rolls back only a
transaction still open, and raises the original error (as a StorageFault when it is one)."""
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import stat

import pytest

from core.errors import StorageFault
from core.store import Store


def test_a_failed_commit_rolls_back_and_raises_the_original_error(tmp_path):
    store = Store(tmp_path / "device.db")
    with store.transaction() as conn:
        conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        with store.transaction() as conn:
            conn.execute("INSERT INTO child VALUES (42)")  # refused only at COMMIT
    assert not store.conn.in_transaction
    with store.transaction() as conn:  # the next transaction is a fresh one, not the failed one
        conn.execute("INSERT INTO parent VALUES (1)")
    assert store.conn.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    store.close()


def test_a_lock_held_past_the_timeout_is_a_storage_fault_with_the_original_error(tmp_path):
    store = Store(tmp_path / "device.db", lock_timeout=0.2)
    other = sqlite3.connect(tmp_path / "device.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageFault) as refused:
            with store.transaction() as conn:
                conn.execute("INSERT INTO settings VALUES ('k', '1')")
        assert refused.value.code == "storage_locked"
        assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
        assert "verrouillée" in refused.value.message("fr")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with store.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('k', '1')")
    store.close()


def test_database_side_files_and_new_folder_are_owner_only(tmp_path):
    db = tmp_path / "new" / "device.db"
    store = Store(db, create=True)
    with store.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('k', '1')")
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    for path in (db, db.with_name("device.db-wal"), db.with_name("device.db-shm")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store.close()


def test_an_existing_world_readable_database_is_tightened(tmp_path):
    db = tmp_path / "device.db"
    Store(db).close()
    db.chmod(0o644)
    Store(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
