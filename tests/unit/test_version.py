"""`quittance --version`: the pyproject version, on stdout, exit 0, before any database is opened."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_prints_the_pyproject_version_and_touches_no_database(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop.main", "--version"], cwd=tmp_path, capture_output=True,
                            text=True, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                                            "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"quittance {VERSION}\n" and result.stderr == ""
    assert list(tmp_path.iterdir()) == []  # no device.db, no data folder made


def test_version_is_listed_in_help() -> None:
    from desktop.main import _extensions
    from core.cli import build_parser

    assert "--version" in build_parser(_extensions()).format_help()
