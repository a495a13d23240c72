"""A plain (pre-encryption) device database becomes encrypted with no step from the user: progress
is reported, the plain file is kept until `verify` passes on the encrypted copy, then zeroed and
deleted; a crash at any step loses nothing."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import encryption_migration, sqlite_driver, unlocked, vault
from core.encryption_migration import copy_path, encrypt_plain_database, plain_aside_path
from core.clock import utc_now
from core.errors import QuittanceError
from core.service import Ledger
from core.store import Store
from tests.cli_support import run as quittance
from tests.conftest import add_assessed_taxpayer, make_ledger

NAME = "Kabasélé Ngoyi Félicité"


class Stop(Exception):
    """A crash between two steps of the migration."""


def _plain_device(folder: Path, clock) -> tuple[Path, list[str]]:
    """A device as an older version left it: a plain SQLite file with real payments."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "device.db"
    Ledger(Store(path, create=True, plain=True), clock).close()
    ledger = make_ledger(path, clock=clock)
    assert not ledger.store.encrypted
    taxpayer = add_assessed_taxpayer(ledger, name=NAME)
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=250_000,
                           method="cash").receipt_no for _ in range(4)]
    ledger.close()
    assert NAME.encode() in path.read_bytes()  # the control: a plain file shows its names
    return path, receipts


def _readable_anywhere(folder: Path, *needles: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file()
            for needle in needles if needle.encode() in p.read_bytes()]


def _opens_with_everything(path: Path, key: bytes | None, receipts: list[str]) -> None:
    ledger = Ledger.open(path, key=key)
    try:
        assert ledger.verify().problems == []
        numbers = [r[0] for r in ledger.store.conn.execute("SELECT receipt_no FROM payments ORDER BY receipt_no")]
        assert numbers == receipts
        assert [hit.hit.name for hit in ledger.reads.search("kabasele")] == [NAME]
    finally:
        ledger.close()


def test_migration_reports_progress_verifies_then_erases_the_plain_file(tmp_path, clock):
    path, receipts = _plain_device(tmp_path / "dev", clock)
    heard: list[tuple[float, str]] = []
    key = encrypt_plain_database(path, lambda fraction, label: heard.append((fraction, label)),
                                 agents=[("a1", "Ilunga Kabeya", "1234")])
    assert len(key) == 32 and unlocked.recall(path) == key
    fractions = [fraction for fraction, _ in heard]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("Vérification" in label for _, label in heard) and any("Effacement" in label for _, label in heard)
    assert not sqlite_driver.is_plain_sqlite(str(path))
    assert sorted(p.name for p in path.parent.iterdir()) == ["device.db", "device.db.keys", "device.db.keys.lock"]
    assert _readable_anywhere(path.parent, NAME, *receipts) == []
    unlocked.forget(path)
    os.environ["QUITTANCE_PIN"] = "1234"  # the agent's PIN now unwraps the key, as the CLI's would
    try:
        _opens_with_everything(path, None, receipts)
    finally:
        del os.environ["QUITTANCE_PIN"]


@pytest.mark.parametrize("crash_after", ["exported", "verified", "envelope", "swapped"])
def test_a_crash_at_any_step_loses_nothing(tmp_path, clock, crash_after):
    path, receipts = _plain_device(tmp_path / "dev", clock)

    def stop(step: str) -> None:
        if step == crash_after:
            raise Stop(step)

    with pytest.raises(Stop):
        encrypt_plain_database(path, agents=[("a1", "Ilunga Kabeya", "1234")], step=stop)
    if crash_after == "swapped":  # the encrypted copy is in place; the plain one waits to be erased
        assert plain_aside_path(path).exists()
        _opens_with_everything(path, unlocked.recall(path), receipts)
        assert not plain_aside_path(path).exists()  # the next open erased it
        assert _readable_anywhere(path.parent, NAME) == []
        return
    assert sqlite_driver.is_plain_sqlite(str(path))  # still the plain file, whole
    _opens_with_everything(path, None, receipts)
    key = encrypt_plain_database(path, agents=[("a1", "Ilunga Kabeya", "1234")])  # the next try finishes
    assert not copy_path(path).exists()
    _opens_with_everything(path, key, receipts)


def test_a_copy_that_fails_verify_is_deleted_and_the_plain_file_kept(tmp_path, clock, monkeypatch):
    path, receipts = _plain_device(tmp_path / "dev", clock)
    before = path.read_bytes()
    real_counts = encryption_migration._row_counts

    def one_payment_lost(conn):  # noqa: ANN001 - the encrypted copy came out one payment short
        counts = real_counts(conn)
        if conn.execute("PRAGMA database_list").fetchone()[2] == str(copy_path(path)):
            counts["payments"] -= 1
        return counts

    monkeypatch.setattr(encryption_migration, "_row_counts", one_payment_lost)
    with pytest.raises(QuittanceError) as refused:
        encrypt_plain_database(path)
    assert refused.value.code == "encryption_migration_unverified"
    assert "rien n'est perdu" in refused.value.message("fr")
    assert path.read_bytes() == before and not copy_path(path).exists()
    assert not vault.envelope_path(path).exists()
    _opens_with_everything(path, None, receipts)


def test_the_first_authorised_write_of_the_cli_encrypts_a_plain_database(tmp_path):
    path, receipts = _plain_device(tmp_path / "dev", utc_now)  # the CLI runs on the real clock
    done = quittance("register", "--db", path, "--as", "Ilunga Kabeya", "--name", "Kasongo Mutombo",
                     env={"HOME": str(tmp_path / "home")})
    assert done.returncode == 0, done.stderr
    assert "chiffrée" in done.stderr
    assert not sqlite_driver.is_plain_sqlite(str(path))
    assert _readable_anywhere(path.parent, NAME, "Kasongo", *receipts) == []
    search = quittance("search", "kasongo", "--db", path, env={"HOME": str(tmp_path / "home")})
    assert search.returncode == 0 and "Kasongo Mutombo" in search.stdout
