"""The README's own `pytest` lines, as written: every test file they name exists and its tests are
collected (running them here would run part of the suite twice; `--collect-only` is added)."""
from __future__ import annotations

import os
import re

from tests.readme_blocks import ROOT, readme_blocks, run_line


def _pytest_commands() -> list[str]:
    """Each shell block's `pytest` command, its continued lines joined as bash joins them."""
    commands = []
    for block in readme_blocks():
        for command in block.replace("\\\n", " ").splitlines():
            if "python -m pytest" in command:
                commands.append(command.strip())
    return commands


def test_every_pytest_line_of_the_readme_collects_what_it_names():
    commands = _pytest_commands()
    assert len(commands) >= 3, commands
    for command in commands:
        done = run_line(command + " --collect-only", ROOT, os.environ, timeout=300)
        assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        collected = re.search(r"(\d+) tests? collected", done.stdout)
        assert collected and int(collected.group(1)) > 0, done.stdout[-500:]
