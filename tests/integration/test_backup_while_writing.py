"""`quittance backup` while another process (the app, here tests/integration/crash_worker.py)
holds the database open and takes payments without pause: the backup is one consistent snapshot
that passes `verify`, the writer is never refused, and every receipt it acknowledged is kept."""
from __future__ import annotations

import json
import subprocess
import sys
import time

from core import unlocked
from core.restore import read_head
from core.seed import seed_taxpayers
from tests import device_sqlite as sqlite3  # the device's driver, keyed as the app keys it
from tests.cli_support import REPO, cli_env, run
from tests.conftest import add_assessed_taxpayer, make_ledger


def test_a_backup_taken_while_another_process_pays(tmp_path):
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    with ledger.store.transaction() as conn:  # a few MB, so the copy takes many steps
        seed_taxpayers(conn, count=3_000, seed=5, currency="CDF", today=ledger.today())
    ledger.open_session(0)
    ledger.close()
    env = cli_env(tmp_path / "home")
    writer = subprocess.Popen([sys.executable, "-m", "tests.integration.crash_worker", str(db), taxpayer],
                              cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        first = writer.stdout.readline().strip()
        assert first == "T07-2026-000001"
        done = run("--db", db, "backup", "--out", tmp_path / "b.db", "--json", env=env)
        time.sleep(0.3)  # the writer goes on after the backup too
    finally:
        writer.terminate()
        out, err = writer.communicate(timeout=60)
    assert done.returncode == 0, done.stderr
    acknowledged = [first] + [line for line in out.split() if line.startswith("T07-")]
    assert "Traceback" not in err and "StorageFault" not in err, err
    summary = json.loads(done.stdout)
    assert summary["verified"] and summary["payments"] >= 1

    key = unlocked.recall(db)  # the device's data key: its backup is encrypted with it
    assert key is not None
    head = read_head(tmp_path / "b.db", key)  # verify passes on the copy
    conn = sqlite3.connect(tmp_path / "b.db")
    copied = [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY receipt_seq")]
    conn.close()
    conn = sqlite3.connect(db)
    everything = [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY receipt_seq")]
    conn.close()
    assert copied == everything[:len(copied)] and head.receipt_no() == copied[-1]  # one snapshot, a prefix
    assert len(everything) > len(copied)  # the writer went on during and after
    assert set(acknowledged) <= set(everything)  # nothing acknowledged was lost
