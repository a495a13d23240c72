"""With a SQLCipher store, the backup is encrypted with the store's own data key.

The device database is the real encrypted store (a SQLCipher file keyed with its raw 32-byte data
key), and the backup is the real online backup API over sqlcipher3 connections. The copy cannot be read without the key, reads with it, and
passes `verify`."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from core.backup import make_backup
from core.backup_copy import PLAIN_HEADER
from core.config import load_device
from core.store import Store
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


def _encrypted_device(tmp_path: Path) -> tuple[Store, list[str]]:
    """The real encrypted store (new device databases are SQLCipher), with three receipts."""
    ledger = make_ledger(tmp_path / "device.db")
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                           advance=True).receipt_no for _ in range(3)]
    return ledger.store, receipts


def test_the_backup_of_an_encrypted_store_is_encrypted_with_the_same_key(tmp_path):
    driver = _sqlcipher()
    store, receipts = _encrypted_device(tmp_path)
    key = store.key
    assert key is not None and not store.path.read_bytes().startswith(PLAIN_HEADER)
    ticks: list[tuple[int, int]] = []
    try:
        done = make_backup(store, tmp_path / "backup.db", lambda *tick: ticks.append(tick), step_pages=4)
    finally:
        store.close()
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
