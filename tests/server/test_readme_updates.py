"""The README's "Updates" block, run exactly as written (its /tmp paths moved into a temporary
folder, where a real .deb is built first), on SQLite and PostgreSQL; then a device enrolled with
that server finds, downloads and stages the release at its sync, and `quittance sync` says so."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sync.client.updates import read_staged, updates_folder
from tests.fixtures.installers import make_deb
from tests.readme_blocks import command_lines, readme_block
from tests.server.support import Server, TEST_CONFIG
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "quittance-server"


def test_the_readme_updates_block_works_as_written(tmp_path, database_url):
    data = tmp_path / "server-data"
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(data), "QUITTANCE_DATABASE_URL": database_url}
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    server = Server.start(data, database_url, TEST_CONFIG)
    try:
        deb = make_deb(tmp_path / "quittance_0.2.0_all.deb", "0.2.0")
        lines = [line.replace("/tmp", str(tmp_path)).replace(".venv/bin/quittance-server", launcher)
                 for line in command_lines(readme_block("release add --version"))]
        prelude, steps = lines[0], lines[1:]
        shown = []
        for step in steps:
            done = subprocess.run(["bash", "-c", f"{prelude}\n{step}"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, f"{step}\n{done.stderr}"
            shown.append(done.stdout)
        assert "Release 0.2.0 for linux-deb" in shown[0] and "0.2.0" in shown[1] and "Reçus plus rapides" in shown[1]

        (tmp_path / "device").mkdir()
        ledger = enrolled_device(tmp_path / "device" / "t07.db", server, IN_PROCESS_URL, in_process(server))
        try:
            # The installed app is 0.1.0 (pyproject.toml): 0.2.0 is newer.
            assert sync(ledger, in_process(server)).update == {"state": "staged", "version": "0.2.0"}
            staged = read_staged(updates_folder(ledger.store.path))
            assert staged.file.read_bytes() == deb.read_bytes()
        finally:
            ledger.close()
    finally:
        server.close()
    listed = subprocess.run([launcher, "release", "list", "--json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert json.loads(listed.stdout)["releases"][0]["file_name"] == "quittance-0.2.0.deb"


def test_quittance_sync_says_the_update_is_downloaded(tmp_path):
    """The device's command line, in its municipality's language (French)."""
    from sync.client.cli import describe
    from sync.client.service import SyncResult

    lines = describe(SyncResult(update={"state": "staged", "version": "0.2.0"}), "fr", "http://x")
    assert lines[-1].startswith("Mise à jour 0.2.0 téléchargée et vérifiée")
    refused = describe(SyncResult(update={"state": "refused", "version": "0.2.0", "code": "update_refused_file"}),
                       "en", "http://x")
    assert refused[-1].startswith("The update to version 0.2.0 was refused")
