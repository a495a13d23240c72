"""The device database is encrypted at rest (SQLCipher): nothing readable in the file, its side
files or any file beside it; FTS5 search and JSON work; no key, no data; the signing key is never
on disk in clear."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import sqlite_driver, unlocked, vault
from core.config import load_device
from core.errors import QuittanceError, StorageFault
from core.service import Ledger
from core.store import Store
from tests.conftest import add_assessed_taxpayer, make_ledger

NAME = "Kabasélé Ngoyi Félicité"


def _all_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the database, -wal, -shm, the key envelope, anything else)."""
    return {str(path): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _readable(needle: str, files: dict[str, bytes]) -> list[str]:
    forms = {needle.encode("utf-8"), needle.encode("utf-16-le"), needle.encode("latin-1", "ignore")}
    return [name for name, data in files.items() if any(form and form in data for form in forms)]


@pytest.fixture
def recorded(tmp_path: Path, clock):
    """A device with a taxpayer and real payments, still open (WAL and -shm in use)."""
    folder = tmp_path / "device"
    folder.mkdir()
    ledger = make_ledger(folder / "device.db", clock=clock)
    taxpayer = add_assessed_taxpayer(ledger, name=NAME, phone="+243810000001")
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=500_000,
                           method="cash").receipt_no for _ in range(3)]
    yield ledger, folder, receipts
    ledger.close()


def test_new_database_is_encrypted_with_a_random_key(recorded):
    ledger, folder, _ = recorded
    assert ledger.store.encrypted and len(ledger.store.key) == 32
    assert not sqlite_driver.is_plain_sqlite(str(ledger.store.path))
    assert unlocked.recall(ledger.store.path) == ledger.store.key


def test_no_name_nor_receipt_number_in_any_file_while_open_and_after_close(recorded):
    ledger, folder, receipts = recorded
    assert ledger.reads.search("Kabasélé")  # the data is there, through the key
    # While open: the WAL holds the last transactions, -shm its index.
    assert Path(f"{ledger.store.path}-wal").exists() or Path(f"{ledger.store.path}-shm").exists()
    files = _all_bytes(folder)
    assert len(files) >= 2
    assert _readable("Kabasélé", files) == []
    assert _readable(receipts[-1], files) == []
    assert _readable("+243810000001", files) == []
    ledger.close()
    files = _all_bytes(folder)
    assert _readable("Kabasélé", files) == [] and _readable(receipts[0], files) == []


def test_sorts_and_temp_tables_stay_in_memory(recorded):
    ledger, _, _ = recorded
    assert ledger.store.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_fts_search_and_json_work_encrypted(recorded):
    ledger, _, receipts = recorded
    hits = ledger.reads.search("kabasele ngoyi")
    assert [hit.hit.name for hit in hits] == [NAME]
    row = ledger.store.conn.execute(
        "SELECT json_extract(payload, '$.data.receipt_no') FROM events WHERE type = 'payment.recorded' "
        "ORDER BY seq DESC LIMIT 1").fetchone()
    assert row[0] == receipts[-1]


def test_without_the_key_the_file_says_locked_and_a_wrong_key_reads_nothing(recorded):
    ledger, folder, _ = recorded
    path = ledger.store.path
    ledger.close()
    unlocked.forget(path)
    os.environ.pop("QUITTANCE_PIN", None)
    with pytest.raises(QuittanceError) as refused:
        Store(path)
    assert refused.value.code == "database_locked"
    assert "verrouillée" in refused.value.message("fr") and "locked" in refused.value.message("en")
    assert "bloqueada" in refused.value.message("pt")
    with pytest.raises(StorageFault) as wrong:
        Store(path, key=bytes(32))
    assert wrong.value.code == "storage_not_a_database"
    plain = sqlite_driver.connect(str(path))
    with pytest.raises(sqlite_driver.DatabaseError):
        plain.execute("SELECT count(*) FROM taxpayers").fetchone()
    plain.close()


def test_the_pin_opens_it_in_another_process_as_the_cli_would(recorded, monkeypatch):
    ledger, _, receipts = recorded
    path = ledger.store.path
    ledger.close()
    unlocked.forget(path)
    monkeypatch.setenv("QUITTANCE_PIN", "5678")  # Mbuyi's PIN, wrapped at initialisation
    reopened = Ledger.open(path)
    try:
        assert reopened.store.encrypted
        assert reopened.verify().problems == []
        assert reopened.reads.search(NAME)
    finally:
        reopened.close()
    monkeypatch.setenv("QUITTANCE_PIN", "9999")
    unlocked.forget(path)
    with pytest.raises(QuittanceError) as refused:
        Ledger.open(path)
    assert "PIN" in refused.value.message("fr")


def test_signing_key_is_inside_the_encrypted_database_never_in_clear(recorded):
    ledger, folder, _ = recorded
    private_hex = load_device(ledger.store.conn).private_key
    ledger.close()
    files = _all_bytes(folder)
    raw = bytes.fromhex(private_hex)
    assert [name for name, data in files.items()
            if private_hex.encode() in data or private_hex.upper().encode() in data or raw in data] == []
    assert vault.envelope_path(ledger.store.path).exists()  # the data key, wrapped; not the signing key


def test_an_existing_plain_database_still_opens_plain(tmp_path: Path, clock):
    legacy = Ledger(Store(tmp_path / "old.db", create=True, plain=True), clock)
    try:
        assert not legacy.store.encrypted and legacy.store.key is None
        assert sqlite_driver.is_plain_sqlite(str(tmp_path / "old.db"))
    finally:
        legacy.close()
    again = Ledger.open(tmp_path / "old.db")
    try:
        assert not again.store.encrypted
    finally:
        again.close()


def test_sqlite_utils_handles_sqlcipher_errors_over_the_store(recorded):
    """sqlite-utils picks its exception classes at import: over a SQLCipher connection its own
    recovery paths (dropping a table only if present, a missing column added) must still work."""
    ledger, _, _ = recorded
    db = ledger.store.db
    db["scratch_absent"].drop(ignore=True)  # raises SQLCipher's OperationalError inside, caught there
    db["scratch"].insert({"a": 1})
    db["scratch"].insert({"a": 2, "b": "x"}, alter=True)  # "no column b": caught, column added
    assert [row["b"] for row in db["scratch"].rows] == [None, "x"]
    with pytest.raises(sqlite_driver.OperationalError):
        db["scratch_absent"].drop()
