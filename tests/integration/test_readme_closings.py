"""The README's "Closings" block, run as written (its /tmp paths moved into a temporary folder) on
a device made by the command line: a session, then the server's clock (as the last sync saw it)
40 days on, so that the next opening asks about the clock, is confirmed, and closes the month."""
from __future__ import annotations

import json

from pypdf import PdfReader

from tests import device_sqlite as sqlite3
from tests.cli_support import PIN, cli_env, ok, run
from tests.integration.test_readme_commands import _quittance_launcher
from tests.readme_blocks import ROOT, command_lines, readme_block, run_line


def test_the_readme_closings_block_works_as_written(tmp_path):
    home, db = tmp_path / "home", tmp_path / "t07.db"
    env = cli_env(home, PIN)
    ok(run("init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T07",
           "--agent", "Ilunga", "--pin", PIN, "--timezone", "Africa/Lubumbashi", env=env))
    ok(run("session", "open", "--db", db, "--as", "Ilunga", env=env))
    ok(run("session", "close", "--db", db, "--as", "Ilunga", env=env))
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO settings (key, value) VALUES ('sync.clock_offset_s', ?)", (str(40 * 86400.0),))
    conn.close()
    asked = run("session", "open", "--db", db, "--as", "Ilunga", env=env)
    assert asked.returncode == 2 and "--clock-ahead-ok" in asked.stderr + asked.stdout
    ok(run("session", "open", "--db", db, "--as", "Ilunga", "--clock-ahead-ok", env=env))
    listed = ok(run("closings", "--db", db, "--json", env=env))
    month = json.loads(listed)[0]
    assert month["kind"] == "month" and month["time_source"] == "server"

    lines = [line.replace("/tmp/", f"{tmp_path}/").replace(".venv/bin/quittance", _quittance_launcher())
             .replace("2026-11", month["period"]) for line in command_lines(readme_block("closings print"))]
    assert len(lines) == 3
    prelude, *steps = lines
    outputs = []
    for step in steps:
        done = run_line(f"{prelude}\n{step}", ROOT, env)
        assert done.returncode == 0, f"{step}\n{done.stderr}"
        outputs.append(done.stdout)
    assert outputs[0].startswith(f"{month['period']}  mois  reçus 0")
    assert f"Clôture {month['period']} écrite dans" in outputs[1]
    pdf = PdfReader(str(tmp_path / f"closing-{month['period']}.pdf"))
    assert "CLÔTURE MENSUELLE" in "".join(page.extract_text() for page in pdf.pages)
