"""The README's "Audit file" block, run as written (the commands a municipality and an auditor
type), on SQLite and PostgreSQL, against a server a real device pushed to; the period's dates are
set to today so the file holds those events."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.support import Server, TEST_CONFIG, enrolled_device, push_all, record_sale

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_the_readme_audit_file_block_works_as_written(tmp_path, database_url):
    data = tmp_path / "server-data"
    server = Server.start(data, database_url, TEST_CONFIG)
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, amount=250_000)
    push_all(server, token, ledger)
    server.close()
    today = date.today().isoformat()
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(data), "QUITTANCE_DATABASE_URL": database_url,
           "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}
    lines = [line.replace("/tmp", str(tmp_path)).replace(".venv/bin/", f"{BIN}/")
             .replace("2026-11-01", today).replace("2026-11-30", today)
             for line in command_lines(readme_block("audit export --from"))]
    key, exported, verified = run_lines(lines, ROOT, env)
    assert (tmp_path / "municipality-key.txt").read_text().strip() == server_key_hex(data)
    assert "Audit file" in exported and " 0 events" not in exported
    assert "est intègre" in verified and today in verified


def server_key_hex(data: Path) -> str:
    from sync.server.serverkey import public_key, read_private

    return public_key(read_private(data / "server-key.hex"))
