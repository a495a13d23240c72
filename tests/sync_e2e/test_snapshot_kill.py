"""A device killed in the middle of its first pull: a real `quittance sync` process, SIGKILLed
while the snapshot stream comes through a slow real link, resumes at the next `quittance sync`,
and `quittance verify` passes."""
from __future__ import annotations

import json
import os
import signal
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys
from pathlib import Path

from core.service import Ledger
from tests.cli_support import cli_env, ok, run
from tests.sync_e2e.served import ROOT, wait_until
from tests.sync_e2e.test_snapshot import holding, paged_holding, seed_registry, server_taxpayers


def _cursor(db: Path) -> str | None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'sync.cursor'").fetchone()
        return json.loads(row[0]) if row else None
    except sqlite3.OperationalError:  # the file is being written: ask again
        return None
    finally:
        conn.close()


def test_a_device_killed_mid_snapshot_resumes_at_the_next_sync_and_verifies(server, proxy, tmp_path):
    seen = seed_registry(server, 1_700)  # 3,400 taxpayers for the device's agent: two lines of 2,000 records
    db, home = tmp_path / "t07.db", tmp_path / "home"
    env = cli_env(home)
    ok(run("--db", db, "init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T01",
           "--agent", "Ilunga", "--timezone", "Africa/Lubumbashi", env=env))
    code = server.enrollment_code("T07", ("Ilunga Kabeya",))
    ok(run("--db", db, "enroll", "--server", proxy.base_url, "--code", code, env=env))

    proxy.set(rate_bps=300_000)  # a line of 2,000 taxpayers takes seconds on this link
    syncing = subprocess.Popen([sys.executable, "-m", "desktop.main", "--db", str(db), "sync", "--json"], cwd=ROOT,
                               env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        wait_until(lambda: _cursor(db) is not None, 120, "the first line of the stream applied", interval=0.02)
        assert syncing.poll() is None, "the sync ended before it could be killed"
        os.killpg(syncing.pid, signal.SIGKILL)  # a power cut, the OOM killer
    finally:
        if syncing.poll() is None:
            os.killpg(syncing.pid, signal.SIGKILL)
        syncing.communicate(timeout=30)
    assert syncing.returncode == -signal.SIGKILL

    ledger = Ledger.open(db)
    try:
        cut_at = server_taxpayers(ledger)
    finally:
        ledger.close()
    assert 0 < cut_at < seen  # some of the zone came, not all

    proxy.set(rate_bps=0)
    summary = json.loads(ok(run("--db", db, "sync", "--json", env=env)))
    assert summary["ok"] and summary["pulled"] > 0
    ok(run("--db", db, "verify", env=env))
    ledger = Ledger.open(db)
    try:
        assert server_taxpayers(ledger) == seen
        assert holding(ledger) == paged_holding(tmp_path / "paged.db", server, page_size=500)  # as if never killed
    finally:
        ledger.close()
