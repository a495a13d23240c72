"""An acknowledged payment survives SIGKILL at any moment, even when the database's side files
are lost afterwards; an older copy of the database refuses to issue numbers (invariant 7)."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from core.errors import StorageFault
from core.service import Ledger
from tests.conftest import add_assessed_taxpayer, assert_gap_free, make_ledger

KILLS = 50
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(db: Path, taxpayer: str, rng: random.Random) -> list[str]:
    process = subprocess.Popen([sys.executable, "-m", "tests.integration.crash_worker", str(db), taxpayer],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True, bufsize=1)
    assert process.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.08))
    os.kill(process.pid, signal.SIGKILL)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    # A line cut short by the kill was never acknowledged; keep only whole lines.
    lines = output.split("\n")
    return [line for line in lines[:-1] if line]


def _device_ready_to_pay(db: Path) -> str:
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    ledger.close()
    return taxpayer


def _assert_every_acknowledged_receipt_kept(db: Path, acknowledged: list[str]) -> set[str]:
    ledger = Ledger.open(db)
    stored = {row[0] for row in ledger.store.conn.execute("SELECT receipt_no FROM payments")}
    assert acknowledged, "the worker never got to record a payment"
    missing = [n for n in acknowledged if n not in stored]
    assert not missing, f"acknowledged but lost: {missing[:5]}"
    assert_gap_free(stored)
    report = ledger.verify()
    assert report.ok, report.first_problem
    ledger.close()
    return stored


def test_sigkill_never_loses_an_acknowledged_payment(tmp_path):
    db = tmp_path / "device.db"
    taxpayer = _device_ready_to_pay(db)
    rng = random.Random(20261122)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        acknowledged.extend(_run_and_kill(db, taxpayer, rng))
    _assert_every_acknowledged_receipt_kept(db, acknowledged)


def test_side_files_lost_after_sigkill_lose_no_acknowledged_payment(tmp_path):
    """As when a user copies only device.db to a USB key, or a cleaning tool removes the rest.

    Every acknowledged payment is in device.db itself. A kill that lands inside the checkpoint of
    the last, unacknowledged payment can leave part of it in device.db once the -wal is gone: that
    is never silent (the device refuses to issue numbers and asks for the -wal), and putting the
    -wal back heals it."""
    db = tmp_path / "device.db"
    wal, shm, aside = Path(f"{db}-wal"), Path(f"{db}-shm"), tmp_path / "kept.wal"
    taxpayer = _device_ready_to_pay(db)
    rng = random.Random(20261129)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        acknowledged.extend(_run_and_kill(db, taxpayer, rng))
        aside.unlink(missing_ok=True)
        if wal.exists():
            wal.rename(aside)
        shm.unlink(missing_ok=True)
        try:
            ledger = Ledger.open(db)
            refusal = ledger.standing_storage_fault()
            ledger.close()
        except StorageFault as fault:
            refusal = fault
        if refusal is not None:
            assert refusal.code in ("ledger_torn", "storage_truncated", "storage_corrupt"), refusal.code
            assert "-wal" in refusal.message("en") or refusal.code == "storage_corrupt"
            aside.rename(wal)  # what the message asks for
        ledger = Ledger.open(db)
        stored = {row[0] for row in ledger.store.conn.execute("SELECT receipt_no FROM payments")}
        ledger.close()
        assert not [n for n in acknowledged if n not in stored], "an acknowledged receipt was lost"
    stored = _assert_every_acknowledged_receipt_kept(db, acknowledged)
    # Nothing was lost, so nothing is refused: the device goes on numbering after the last receipt.
    ledger = Ledger.open(db)
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    assert ledger.standing_storage_fault() is None
    next_receipt = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                              advance=True).receipt_no
    assert next_receipt not in stored
    ledger.close()
