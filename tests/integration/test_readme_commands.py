"""Issue 8 §1: the README's shell session, run exactly as written (its database path moved into a
temporary folder, and `<id>` replaced by the id its search printed), each step checked by its effect."""
from __future__ import annotations

import os
import re
import shlex
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys

import pytest

from tests.cli_support import REPO, cli_env, default_db

README_DB = "/tmp/t07.db"


def readme_session() -> list[str]:
    """The ```sh block of the README that sets `q=".venv/bin/quittance --db /tmp/t07.db"`."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        if f'q=".venv/bin/quittance --db {README_DB}"' in block:
            return [line for line in block.splitlines() if line.strip()]
    raise AssertionError("the README has lost its shell session")


def _quittance_launcher() -> str:
    """`.venv/bin/quittance` as written when the suite runs from the project's .venv (as `make test`
    does); the same entry point through this interpreter otherwise."""
    if (REPO / ".venv" / "bin" / "quittance").exists():
        return ".venv/bin/quittance"
    if os.environ.get("CI") == "true":
        pytest.fail("`make test` creates .venv/bin/quittance; it is missing")
    return f"{shlex.quote(sys.executable)} -m desktop.main"


def test_the_readme_shell_session_works_as_written(tmp_path):
    home, db = tmp_path / "home", tmp_path / "t07.db"
    lines = [line.replace(README_DB, str(db)).replace(".venv/bin/quittance", _quittance_launcher())
             for line in readme_session()]
    prelude = [line for line in lines if not line.startswith("$q")]
    steps = [line for line in lines if line.startswith("$q")]
    assert any(line.startswith("export QUITTANCE_PIN=") for line in prelude), "the README must show the PIN"
    assert [step.split()[1] for step in steps] == ["init", "seed", "search", "session", "pay", "verify"]
    env = cli_env(home, pin=None)  # only what the README itself exports
    outputs = {}
    taxpayer_id = None
    for step in steps:
        command = step.split()[1]
        if taxpayer_id:
            step = step.replace("<id>", taxpayer_id)
        result = subprocess.run(["bash", "-c", "\n".join([*prelude, step])], cwd=REPO, env=env,
                                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{step}\n{result.stderr}"
        outputs[command] = result.stdout
        if command == "init":
            assert db.exists()
        if command == "search":
            taxpayer_id = result.stdout.split()[0]
            assert re.fullmatch(r"[0-9a-f-]{36}", taxpayer_id) and "Kabasélé Dieudonné" in result.stdout
    assert re.fullmatch(r"T07-\d{4}-000001", outputs["pay"].strip())
    assert outputs["verify"].startswith("Intègre : ")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT taxpayer_id, amount FROM payments").fetchall() == [(taxpayer_id, 1_500_000)]
    assert conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0] == 1000
    conn.close()
    assert not default_db(home).exists() and not (home / "data").exists()
