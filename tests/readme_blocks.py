"""The README's shell blocks, found and run as written: the one place the tests that hold the
README to its word read it (commands documented and silently broken were a past review's finding)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"```sh\n(.*?)```", re.S)


def readme_blocks() -> list[str]:
    """Every ```sh block of the README, in order."""
    return _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def readme_block(containing: str) -> str:
    """The first ```sh block of the README holding `containing`."""
    for block in readme_blocks():
        if containing in block:
            return block
    raise AssertionError(f"the README has lost its block with {containing!r}")


def command_lines(block: str) -> list[str]:
    return [line for line in block.splitlines() if line.strip()]


def run_line(line: str, cwd: Path, env: Mapping[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    """One README line through bash, as a user's terminal runs it (no stdin to wait on)."""
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=dict(env), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)


def run_lines(lines: list[str], cwd: Path, env: Mapping[str, str]) -> list[str]:
    """Each line in turn, each required to succeed; their standard outputs."""
    outputs = []
    for line in lines:
        result = run_line(line, cwd, env)
        assert result.returncode == 0, f"{line}\n{result.stderr}"
        outputs.append(result.stdout)
    return outputs
