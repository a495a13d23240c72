"""The README's "Transparency log" block, run as written against a real `quittance-server serve`
process (its checkpoint thread at a one-second interval), on SQLite and PostgreSQL; then the same
`quittance audit log` names a history rewritten behind its back, from the server or from a file."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete, update

from core.canonical import canonical_json
from sync.server import tlog
from sync.server.schema import events, tlog_leaves, tlog_nodes
from tests.readme_blocks import command_lines, readme_block
from tests.server.support import Server, TEST_CONFIG, enrolled_device, push_all, record_sale

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(line: str, env: dict, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", line], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)


def _wait_for(predicate, timeout_s: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_the_readme_transparency_log_block_works_as_written(tmp_path, database_url):
    if shutil.which("curl") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Debian's curl is missing: .ci/run installs it")
        pytest.skip("Debian package curl not installed (apt-get install curl)")
    data = tmp_path / "server-data"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(data), "QUITTANCE_DATABASE_URL": database_url,
           "QUITTANCE_CHECKPOINT_S": "1", "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "",
           "PATH": f"{BIN}:{os.environ['PATH']}"}
    server = Server.start(data, database_url, TEST_CONFIG)  # the municipality, and a device's pushes
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, amount=250_000)
    push_all(server, token, ledger)
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([str(BIN / "quittance-server"), "serve", "--port", str(port)], cwd=ROOT, env=env,
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        # `serve` signs on its own: a checkpoint appears without anyone asking.
        _wait_for(lambda: _get_ok(f"{base}/api/v1/log/checkpoint"))
        lines = [line.replace("/tmp", str(tmp_path)).replace("http://localhost:8000", base)
                 .replace(".venv/bin/", f"{BIN}/") for line in command_lines(readme_block("audit log --checkpoint"))]
        signed, key, keep_old, _comment, keep_new, audit = lines
        assert _run(signed, env).returncode == 0
        assert _run(key, env).returncode == 0 and (tmp_path / "log-key.txt").read_text().startswith("mairie.example/")
        assert _run(keep_old, env).returncode == 0
        record_sale(ledger, name="Tshisekedi Ngalula Anne", amount=90_000)
        push_all(server, token, ledger)
        old_size = int((tmp_path / "checkpoint-old.txt").read_text().split("\n")[1])
        _wait_for(lambda: int(httpx.get(f"{base}/api/v1/log/checkpoint").text.split("\n")[1]) > old_size)
        assert _run(keep_new, env).returncode == 0
        done = _run(audit, env)
        assert done.returncode == 0, done.stderr
        assert "prolonge celui à" in done.stdout and "rien de ce qui était enregistré avant" in done.stdout

        # The same history, from a proof file saved earlier and the key alone.
        new_size = int((tmp_path / "checkpoint-new.txt").read_text().split("\n")[1])
        proof = httpx.get(f"{base}/api/v1/log/consistency", params={"first": old_size, "second": new_size})
        (tmp_path / "proof.json").write_text(proof.text)
        offline = audit.split(" --server ")[0] + f" --proof {tmp_path}/proof.json --key \"$(cat {tmp_path}/log-key.txt)\""
        assert _run(offline, env).returncode == 0

        # Someone with database access rewrites a payment and recomputes the whole tree.
        with server.engine.begin() as conn:
            row = conn.execute(events.select().where(events.c.type == "payment.recorded").limit(1)).mappings().one()
            payload = json.loads(row["payload"])
            payload["data"]["amount"] = 1
            conn.execute(update(events).where(events.c.device_id == row["device_id"], events.c.seq == row["seq"])
                         .values(payload=canonical_json(payload), hash="0" * 64))
            conn.execute(delete(tlog_nodes))
            conn.execute(delete(tlog_leaves))
            tlog.backfill(conn)
        assert _run(f"{BIN}/quittance-server tlog checkpoint --force", env).returncode == 0
        assert _run(keep_new, env).returncode == 0
        caught = _run(audit, env)
        assert caught.returncode == 1, caught.stderr
        assert "HISTORIQUE RÉÉCRIT" in caught.stderr and "history was rewritten" in caught.stderr
        english = _run(audit, {**env, "LANG": "en_GB.UTF-8"})
        assert "HISTORY REWRITTEN" in english.stderr
        forged_key = _run(audit.replace('$(cat', '$(echo other+00000000+AQ== ; cat'), env)
        assert forged_key.returncode == 2
    finally:
        serve.terminate()
        serve.wait(timeout=20)
        log.close()
        ledger.close()
        server.close()


def _get_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.TransportError:
        return False
