"""Storage faults: one clear line in the user's language, exit status 3, nothing already recorded
lost. Each fault is produced for real: a small tmpfs filled up (ENOSPC), a read-only remount
(tests run as root, so chmod would prove nothing), garbage and truncated files, a second process
holding the lock, a missing folder."""
import os
import stat
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.errors import StorageFault
from core.service import Ledger
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.device_sqlite import copy_device_envelope, key_of
from tests.cli_support import run as run_cli

PAY = ("--tax", "PAT", "--period", "2026", "--amount", "100", "--method", "cash", "--advance")


def _cannot(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must be able to run this test: {reason}")
    pytest.skip(reason)


@contextmanager
def tmpfs(folder: Path, size: str):
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        _cannot(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _device(db: Path, payments: int = 2) -> tuple[str, list[str]]:
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    receipts = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                           advance=True).receipt_no for _ in range(payments)]
    ledger.close()
    return taxpayer, receipts


def _assert_intact(db: Path, receipts: list[str]) -> None:
    ledger = Ledger.open(db)
    try:
        stored = {row[0] for row in ledger.store.conn.execute("SELECT receipt_no FROM payments")}
        assert set(receipts) <= stored
        assert ledger.verify().ok
    finally:
        ledger.close()


def _refused(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 3, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def _fill(path: Path) -> None:
    with open(path, "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass


def test_disk_full(tmp_path):
    with tmpfs(tmp_path / "disk", "2m") as disk:
        db = disk / "device.db"
        taxpayer, receipts = _device(db)
        ledger = Ledger.open(db)  # the app was running when the disk filled up
        ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
        _fill(disk / "filler")
        with pytest.raises(StorageFault) as refused:
            for _ in range(5_000):  # until the database must grow into the space that is gone
                receipts.append(ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100,
                                           method="cash", advance=True).receipt_no)
        ledger.close()
        assert refused.value.code == "storage_full"
        _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY), "Le disque est plein")

        (disk / "filler").unlink()
        _assert_intact(db, receipts)
        assert run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY).returncode == 0


def test_read_only_medium(tmp_path):
    with tmpfs(tmp_path / "card", "8m") as card:
        db = card / "device.db"
        taxpayer, receipts = _device(db)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(card)], capture_output=True, text=True)
        if remount.returncode != 0:
            _cannot(f"remounting read-only is not permitted here: {remount.stderr.strip()}")
        _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY), "lecture seule")
        _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY, env={"LANG": "en_GB.UTF-8"}),
                 "read-only")
        subprocess.run(["mount", "-o", "remount,rw", str(card)], check=True)
        _assert_intact(db, receipts)


def test_garbage_file_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "device.db"
    garbage = os.urandom(16_384)
    db.write_bytes(garbage)
    _refused(run_cli("verify", "--db", db), "n'est pas une base")
    _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", "x", *PAY, env={"LANG": "pt_PT.UTF-8"}),
             "não é uma base Quittance")
    assert db.read_bytes() == garbage
    assert not Path(f"{db}-wal").exists()


@pytest.mark.parametrize("keep", [0.5, 0.9, 40])
def test_truncated_copy_is_refused_and_left_untouched(tmp_path, keep):
    original = tmp_path / "device.db"
    taxpayer, _ = _device(original, payments=20)
    whole = original.read_bytes()
    copy = tmp_path / "usb" / "device.db"
    copy.parent.mkdir()
    cut = whole[:int(len(whole) * keep)] if keep < 1 else whole[:keep]
    copy.write_bytes(cut)
    copy_device_envelope(original, copy)  # the copy of an encrypted device comes with its key envelope
    _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", copy, "--taxpayer", taxpayer, *PAY), "tronqué")
    _refused(run_cli("verify", "--db", copy), "tronqué", f"({len(cut)} octets sur au moins ")
    assert "bytes" not in run_cli("verify", "--db", copy).stderr  # the sizes in the user's language too
    assert copy.read_bytes() == cut


LOCKER = """
import sys
from core import sqlite_driver
conn = sqlite_driver.keyed_connect(sys.argv[1], bytes.fromhex(sys.argv[2]), isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
"""


def test_locked_by_another_process_beyond_the_timeout(tmp_path):
    db = tmp_path / "device.db"
    taxpayer, receipts = _device(db)
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db), key_of(db).hex()], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert locker.stdout.readline().strip() == "locked"
        _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY, env={"QUITTANCE_LOCK_TIMEOUT": "0.5"}),
                 "verrouillée par un autre programme")
    finally:
        locker.communicate("\n", timeout=10)
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, *PAY)
    assert result.returncode == 0, result.stderr
    _assert_intact(db, receipts + [result.stdout.strip()])


def test_missing_folder_is_said_and_nothing_is_created(tmp_path):
    db = tmp_path / "unplugged" / "device.db"
    _refused(run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", "x", *PAY), "n'existe pas", str(db.parent))
    _refused(run_cli("verify", "--db", db), "n'existe pas")
    assert not db.parent.exists()
    with pytest.raises(StorageFault) as refused:
        Ledger.open(db)
    assert refused.value.code == "storage_folder_missing"
    assert not db.parent.exists()
    # `init` is the one command that may make the folder, owner-only like the files in it.
    made = run_cli("init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                   "--device-code", "T07", "--agent", "Ilunga", "--pin", "1234")
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
