"""The commands the README gives, run for real: a server process, a supervisor's
`quittance-server device add`, and the device's `quittance enroll` and `quittance sync --json`."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
from pathlib import Path

from core.service import Ledger
from tests.cli_support import cli_env, ok, run
from tests.sync_e2e.served import BIN, ROOT
from tests.sync_e2e.support import assert_exactly_once


def _server_command(served, *argv: str) -> dict:  # noqa: ANN001
    done = subprocess.run([str(BIN), "--data", str(served.data_dir), "--database-url", served.database_url, *argv],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_enroll_and_sync_with_the_commands_of_the_readme(server, served, tmp_path):
    db, home = tmp_path / "t07.db", tmp_path / "home"
    env = {**cli_env(home), "PYTHONPATH": str(ROOT)}
    ok(run("--db", db, "init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T01",
           "--agent", "Ilunga", "--timezone", "Africa/Lubumbashi", env=env))
    ok(run("--db", db, "register", "--name", "Kabasélé Ngoyi Félicité", "--as", "Ilunga", env=env))
    code = _server_command(served, "device", "add", "T07", "--agent", "Ilunga Kabeya", "--json")["enrollment_code"]

    enrolled = run("--db", db, "enroll", "--server", served.base_url, "--code", code, env=env)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "T07" in enrolled.stdout
    synced = run("--db", db, "sync", "--json", env=env)
    assert synced.returncode == 0, synced.stderr
    summary = json.loads(synced.stdout)
    events = sqlite3.connect(db).execute("SELECT max(seq) FROM events").fetchone()[0]
    assert summary["ok"] and summary["pushed"] == events and summary["pending"] == 0
    # The registration was made by the device's own agent before enrollment: stored, and held.
    assert [q["code"] for q in summary["quarantined"]] == ["agent_unknown"]
    stats = _server_command(served, "stats", "--json")
    assert stats["events"] == events and stats["devices"] == 1 and stats["quarantined"] == 1

    again = json.loads(ok(run("--db", db, "sync", "--json", env=env)))
    assert again["pushed"] == 0 and again["duplicates"] == 0
    ledger = Ledger.open(Path(db))
    try:
        assert_exactly_once(server, ledger)
    finally:
        ledger.close()
