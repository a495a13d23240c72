"""`quittance enroll` and `quittance sync [--json]` run as the README shows them, as subprocesses,
against the fake server behind a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import json
import re
import shlex
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys
from pathlib import Path

from tests.cli_support import REPO, cli_env, ok, run
from tests.sync_client.fake_server import FakeServer, serve

README_DB = "/tmp/t07.db"
README_SERVER = "http://127.0.0.1:8000"


def readme_sync_block() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        if "$q enroll" in block:
            return [line for line in block.splitlines() if line.strip()]
    raise AssertionError("the README has lost its sync commands")


def _env(home: Path) -> dict[str, str]:
    return {**cli_env(home), "PYTHONPATH": str(REPO)}


def _run_readme_line(line: str, prelude: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", "\n".join([*prelude, line])], cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=300)


def test_enroll_and_sync_as_the_readme_shows(tmp_path):
    db, home = tmp_path / "t07.db", tmp_path / "home"
    ok(run("--db", db, "init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T07",
           "--agent", "Ilunga", "--timezone", "Africa/Lubumbashi"))
    ok(run("--db", db, "register", "--name", "Kabasélé Ngoyi Félicité", "--as", "Ilunga"))
    server = FakeServer()
    code = server.add_code("T09")
    launcher = f"{shlex.quote(sys.executable)} -m desktop.main"
    lines = [line.replace(README_DB, str(db)).replace(".venv/bin/quittance", launcher)
             .replace(README_SERVER, "{url}").replace("K7Q2M9XD", code) for line in readme_sync_block()]
    prelude = [line for line in lines if not line.startswith("$q")]
    steps = [line for line in lines if line.startswith("$q")]
    assert [step.split()[1] for step in steps] == ["enroll", "sync", "sync"]

    with serve(server) as url:
        enrolled = _run_readme_line(steps[0].replace("{url}", url), prelude, _env(home))
        assert enrolled.returncode == 0, enrolled.stderr
        assert "T09" in enrolled.stdout and "inscrit" in enrolled.stdout  # the municipality speaks French

        synced = _run_readme_line(steps[1], prelude, _env(home))
        assert synced.returncode == 0, synced.stderr
        summary = json.loads(synced.stdout)
        events = sqlite3.connect(db).execute("SELECT max(seq) FROM events").fetchone()[0]
        assert summary["ok"] and summary["pushed"] == events and summary["pending"] == 0
        assert summary["refused"] is None and summary["quarantined"] == []
        assert server.device(summary_device_id(db)).arrivals == list(range(1, events + 1))

        server.device(summary_device_id(db)).revoked = True
        told = _run_readme_line(steps[2], prelude, _env(home))
        assert told.returncode == 1
        assert "révoqué" in told.stdout and "envoyés" in told.stdout

    refused = run("--db", db, "enroll", "--server", "ftp://example", "--code", "X", env=_env(home))
    assert refused.returncode == 2 and "ftp://example" in refused.stderr


def summary_device_id(db: Path) -> str:
    row = sqlite3.connect(db).execute("SELECT value FROM settings WHERE key = 'device'").fetchone()
    return json.loads(row[0])["id"]
