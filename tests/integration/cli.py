"""Run `quittance` as a real subprocess, as an operator's shell would."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*argv: object, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    # The agents of tests.conftest.make_ledger have PIN 1234: scripts give it through the environment.
    environment = {**os.environ, "QUITTANCE_PIN": "1234", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop.main", *map(str, argv)], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=timeout)
