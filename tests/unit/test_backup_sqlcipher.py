"""With a SQLCipher store, the backup is encrypted with the store's own data key.

The device database is a real SQLCipher file (a real device's ledger exported into SQLCipher with
its raw 32-byte key, as the encrypted store keys it), and the backup is the real online backup
API over sqlcipher3 connections. The copy cannot be read without the key, reads with it, and
passes `verify`."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.backup import make_backup
from core.backup_copy import PLAIN_HEADER
from core.config import load_device
from core.verify import verify_store
from tests.conftest import add_assessed_taxpayer, make_ledger


def _sqlcipher():  # noqa: ANN202
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have sqlcipher3 (the encrypted store's driver)")
        pytest.skip("sqlcipher3 is not installed (pip install sqlcipher3==0.6.4)")
    return dbapi2


@dataclass
class EncryptedStore:
    """What make_backup reads of a store: its path and its data key (core/store.py's Store)."""
    path: Path
    key: bytes
    encrypted: bool = True


def _encrypted_device(tmp_path: Path, driver, key: bytes) -> tuple[Path, list[str]]:  # noqa: ANN001
    ledger = make_ledger(tmp_path / "plain.db")
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                           advance=True).receipt_no for _ in range(3)]
    ledger.close()
    encrypted = tmp_path / "device.db"
    conn = driver.connect(str(tmp_path / "plain.db"), isolation_level=None)
    conn.execute(f"ATTACH DATABASE '{encrypted}' AS enc KEY \"x'{key.hex()}'\"")
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute("DETACH DATABASE enc")
    conn.close()
    live = driver.connect(str(encrypted), isolation_level=None)
    live.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    live.execute("PRAGMA journal_mode = WAL")  # as the store runs it
    live.close()
    return encrypted, receipts


def test_the_backup_of_an_encrypted_store_is_encrypted_with_the_same_key(tmp_path):
    driver = _sqlcipher()
    key = os.urandom(32)
    db, receipts = _encrypted_device(tmp_path, driver, key)
    assert not db.read_bytes().startswith(PLAIN_HEADER)
    ticks: list[tuple[int, int]] = []
    done = make_backup(EncryptedStore(db, key), tmp_path / "backup.db", lambda *tick: ticks.append(tick),
                       step_pages=4, driver=driver)
    assert done.encrypted and ticks[-1][0] == ticks[-1][1] and len(ticks) > 3
    assert done.head.receipt_no() == receipts[-1]
    raw = done.path.read_bytes()
    assert not raw.startswith(PLAIN_HEADER) and "Kabasélé".encode() not in raw

    with pytest.raises(sqlite3.DatabaseError):  # stdlib SQLite: it is not a database without the key
        sqlite3.connect(done.path).execute("SELECT count(*) FROM events").fetchone()
    wrong = driver.connect(str(done.path))
    wrong.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    with pytest.raises(driver.DatabaseError):
        wrong.execute("SELECT count(*) FROM events").fetchone()
    wrong.close()

    opened = driver.connect(str(done.path))
    opened.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        device = load_device(opened)
        report = verify_store(opened, device.private_key, identity=(device.id, device.code))
        assert report.ok, report.problems
        stored = [r[0] for r in opened.execute("SELECT receipt_no FROM payments ORDER BY receipt_seq")]
        assert stored == receipts
    finally:
        opened.close()
