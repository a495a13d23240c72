"""`make_backup`: a verified copy of the live database, made while another connection writes, and
clear refusals that write nothing (same path, missing folder, read-only medium, full medium)."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from core.backup import make_backup
from core.errors import QuittanceError
from core.seed import seed_taxpayers
from core.service import Ledger
from tests import device_sqlite as sqlite3  # the device's driver, keyed as the app keys it
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.integration.test_storage_faults import tmpfs


def _device(db: Path, taxpayers: int = 0) -> tuple[Ledger, str]:
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    if taxpayers:
        with ledger.store.transaction() as conn:
            seed_taxpayers(conn, count=taxpayers, seed=3, currency="CDF", today=ledger.today())
    ledger.open_session(0)
    return ledger, taxpayer


def _pay(ledger: Ledger, taxpayer: str) -> str:
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                      advance=True).receipt_no


def _receipts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY receipt_seq")]
    finally:
        conn.close()


def test_a_backup_made_while_another_connection_pays_is_one_verified_snapshot(tmp_path):
    ledger, taxpayer = _device(tmp_path / "device.db", taxpayers=400)
    before = [_pay(ledger, taxpayer) for _ in range(3)]
    writer = Ledger.open(tmp_path / "device.db")  # the app, holding the file open and taking payments
    writer.act_as(writer.find_agent("Ilunga Kabeya").id)
    stop, paid = threading.Event(), []

    def take_payments() -> None:
        while not stop.is_set():
            paid.append(_pay(writer, taxpayer))

    thread = threading.Thread(target=take_payments)
    thread.start()
    ticks: list[tuple[int, int]] = []
    try:
        while len(paid) < 2:
            threading.Event().wait(0.01)
        done = make_backup(ledger.store, tmp_path / "backup.db",
                           lambda copied, total: ticks.append((copied, total)), step_pages=8)
        while len(paid) < len(before) + 8:
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(ticks) > 5 and ticks[-1][0] == ticks[-1][1]  # page steps, each reported
    assert [copied for copied, _ in ticks] == sorted(copied for copied, _ in ticks)
    copied = _receipts(done.path)
    assert copied[:3] == before and len(copied) >= 5  # the payments made before, and some made meanwhile
    everything = _receipts(tmp_path / "device.db")
    assert copied == everything[:len(copied)] and len(everything) > len(copied)  # a prefix: one snapshot
    assert done.head.receipt_no() == copied[-1] and done.payments == len(copied)
    assert done.path.stat().st_mode & 0o777 == 0o600
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    # Itself a device database: its chain and tables verify; only the device's mark outside the
    # file says that the device has gone past it since (invariant 7), as it must.
    restored = Ledger.open(done.path, key=ledger.store.key)  # the device's data key opens its backup
    try:
        report = restored.verify()
        assert [p.code for p in report.problems] == ["behind_mark"]
        assert report.last_seq == done.head.seq
    finally:
        restored.close()
    ledger.close()


def test_the_key_envelope_goes_beside_the_backup(tmp_path):
    ledger, _ = _device(tmp_path / "device.db")
    envelope = Path(f"{tmp_path / 'device.db'}.keys")
    envelope.write_bytes(b'{"wraps": "the vault\'s envelope"}')
    done = make_backup(ledger.store, tmp_path / "b.db")
    ledger.close()
    assert done.keys == Path(f"{tmp_path / 'b.db'}.keys")
    assert done.keys.read_bytes() == envelope.read_bytes()


@pytest.mark.parametrize("target", ["device.db", "device.db-wal", "device.db.keys", "."])
def test_the_database_itself_or_a_folder_is_refused(tmp_path, target):
    ledger, _ = _device(tmp_path / "device.db")
    original = (tmp_path / "device.db").read_bytes()
    with pytest.raises(QuittanceError) as refused:
        make_backup(ledger.store, tmp_path / target)
    ledger.close()
    assert refused.value.code == ("backup_not_a_file" if target == "." else "backup_same_path")
    assert "Rien n'a été écrit" in refused.value.message("fr")
    assert (tmp_path / "device.db").read_bytes()[:100] == original[:100]


def test_a_missing_folder_is_refused_in_the_users_language(tmp_path):
    ledger, _ = _device(tmp_path / "device.db")
    with pytest.raises(QuittanceError) as refused:
        make_backup(ledger.store, tmp_path / "stick" / "b.db")
    ledger.close()
    assert refused.value.code == "backup_folder_missing"
    assert "is the memory stick plugged in?" in refused.value.message("en")
    assert "a pen USB está ligada?" in refused.value.message("pt")
    assert not (tmp_path / "stick").exists()


def test_a_full_stick_is_refused_and_keeps_an_older_backup(tmp_path):
    ledger, _ = _device(tmp_path / "device.db", taxpayers=300)
    with tmpfs(tmp_path / "usb", "128k") as usb:
        (usb / "b.db").write_bytes(b"last week's backup")
        with pytest.raises(QuittanceError) as refused:
            make_backup(ledger.store, usb / "b.db")
        assert refused.value.code == "backup_no_space"
        assert "Pas assez de place" in refused.value.message("fr")
        assert (usb / "b.db").read_bytes() == b"last week's backup"
        assert sorted(p.name for p in usb.iterdir()) == ["b.db"]
    ledger.close()


def test_a_read_only_stick_is_refused(tmp_path):
    import subprocess

    from tests.integration.test_storage_faults import _cannot

    ledger, _ = _device(tmp_path / "device.db")
    with tmpfs(tmp_path / "usb", "8m") as usb:
        remount = subprocess.run(["mount", "-o", "remount,ro", str(usb)], capture_output=True, text=True)
        if remount.returncode != 0:
            _cannot(f"remounting read-only is not permitted here: {remount.stderr.strip()}")
        with pytest.raises(QuittanceError) as refused:
            make_backup(ledger.store, usb / "b.db")
        assert refused.value.code == "backup_folder_unwritable"
        assert "lecture seule" in refused.value.message("fr")
    ledger.close()
