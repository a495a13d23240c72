"""The README's "Technical journal" block, run as written (its /tmp paths moved into a temporary
folder): a device with a login, a wrong PIN and a changed setting lists them, newest first, and
`--kind wrong_pin --json` gives only the wrong PIN."""
from __future__ import annotations

import json

from core.auth import login
from tests.cli_support import PIN, cli_env
from tests.conftest import make_ledger
from tests.integration.test_readme_commands import _quittance_launcher
from tests.readme_blocks import ROOT, command_lines, readme_block, run_line


def test_the_readme_journal_block_works_as_written(tmp_path):
    db = tmp_path / "t07.db"
    ledger = make_ledger(db)
    agent = ledger.find_agent("Ilunga Kabeya").id
    assert not login(ledger, agent, "0000").ok
    assert login(ledger, agent, PIN).ok
    ledger.save_setting("language", "fr")
    ledger.close()
    env = {**cli_env(tmp_path / "home", PIN), "LANGUAGE": "fr"}
    lines = [line.replace("/tmp/", f"{tmp_path}/").replace(".venv/bin/quittance", _quittance_launcher())
             for line in command_lines(readme_block("journal --kind wrong_pin"))]
    assert len(lines) == 2
    listed, only = [run_line(line, ROOT, env) for line in lines]
    assert listed.returncode == 0 and only.returncode == 0, listed.stderr + only.stderr
    text = listed.stdout.splitlines()
    assert "Réglage modifié" in text[0] and "settings=language" in text[0]
    assert "Connexion — Ilunga Kabeya" in text[1]
    assert "Code PIN erroné" in text[2] and "failures=1" in text[2]
    entries = json.loads(only.stdout)["entries"]
    assert [(e["kind"], e["details"]["failures"], e["pending"]) for e in entries] == [("wrong_pin", 1, False)]
