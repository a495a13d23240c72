"""An acknowledged payment survives SIGKILL at any moment (invariant 7)."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def test_sigkill_never_loses_an_acknowledged_payment(tmp_path):
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    ledger.close()
    rng = random.Random(20261122)
    acknowledged: list[str] = []
    for _ in range(KILLS):
        acknowledged.extend(_run_and_kill(db, taxpayer, rng))

    ledger = Ledger.open(db)
    stored = {row[0] for row in ledger.store.conn.execute("SELECT receipt_no FROM payments")}
    assert acknowledged, "the worker never got to record a payment"
    missing = [n for n in acknowledged if n not in stored]
    assert not missing, f"acknowledged but lost: {missing[:5]}"
    assert_gap_free(stored)
    report = ledger.verify()
    assert report.ok, report.first_problem
