"""The README's "Supervisors' accounts" block, run as written on a real terminal: the password is
typed at its prompts (twice), never put on the command line."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.readme_blocks import command_lines, readme_block
from tests.readme_terminal import run_on_terminal

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "quittance-server"


def _launcher() -> str:
    if (ROOT / ".venv/bin/quittance-server").exists():
        return ".venv/bin/quittance-server"
    if os.environ.get("CI") == "true":
        pytest.fail("`make test` creates .venv/bin/quittance-server; it is missing")
    return str(BIN)


def test_the_supervisor_accounts_block_works_as_written(tmp_path, database_url):
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
           "QUITTANCE_DATABASE_URL": database_url, "TERM": "dumb"}
    launcher = _launcher()
    subprocess.run([launcher, "init"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    lines = [line.split("#")[0].rstrip().replace(".venv/bin/quittance-server", launcher)
             for line in command_lines(readme_block("supervisor add \"Ngalula Tshiala\" --totp"))]
    assert [line.split()[2] for line in lines] == ["add", "password", "totp", "disable", "list"]
    typed = {"add": "first-password-2026", "password": "second-password-2026"}
    shown = []
    for line in lines:
        step = line.split()[2]
        answers = {"Password:": typed[step], "Again:": typed[step]} if step in typed else {}
        status, text = run_on_terminal(line, ROOT, env, answers)
        assert status == 0, f"{line}\n{text}"
        shown.append(text)
    added, changed, totp_off, disabled, listed = shown
    assert "first-password-2026" not in added and "second-password-2026" not in changed  # never echoed
    assert re.search(r"otpauth://totp/[^\s]*\?secret=[A-Z2-7]+", added)
    assert "their open sessions are ended" in changed
    assert "Second factor of Ngalula Tshiala removed." in totp_off
    accounts = {a["name"]: a for a in json.loads(listed[listed.index("{"):])["supervisors"]}
    account = accounts["Ngalula Tshiala"]  # beside the demo's own supervisor, which `init` makes
    assert (account["active"], account["totp"]) == (False, False)


def test_two_different_passwords_are_refused_in_words(tmp_path, database_url):
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
           "QUITTANCE_DATABASE_URL": database_url, "TERM": "dumb"}
    launcher = _launcher()
    subprocess.run([launcher, "init"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    status, text = run_on_terminal(f'{launcher} supervisor add "Ngalula Tshiala"', ROOT, env,
                                   {"Password:": "first-password-2026", "Again:": "another-password-26"})
    assert status != 0 and "the two passwords differ" in text
    listed = subprocess.run([launcher, "supervisor", "list", "--json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert "Ngalula Tshiala" not in {a["name"] for a in json.loads(listed.stdout)["supervisors"]}
