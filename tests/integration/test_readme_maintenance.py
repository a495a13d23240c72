"""The README's maintenance commands, run as written: the catalogue tool and the receipt samples."""
from __future__ import annotations

import hashlib
import subprocess
import sys

from tests.cli_support import REPO


def _python_m(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *argv], cwd=REPO, capture_output=True, text=True, timeout=300)


def _catalogue_files() -> dict[str, str]:
    return {str(p.relative_to(REPO)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((REPO / "resources" / "locale").rglob("*")) if p.suffix in (".po", ".pot", ".mo")}


def test_the_catalogue_tool_runs_as_written_and_leaves_an_up_to_date_tree_alone():
    before = _catalogue_files()
    checked = _python_m("resources.locale.update", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "catalogues complete and compiled" in checked.stdout
    updated = _python_m("resources.locale.update")  # `.venv/bin/python -m resources.locale.update`
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert _catalogue_files() == before, "the committed catalogues were not up to date"


def test_the_receipt_samples_command_writes_every_roll_and_language(tmp_path):
    done = _python_m("printing.samples", str(tmp_path))  # `python -m printing.samples docs/receipts`
    assert done.returncode == 0, done.stdout + done.stderr
    made = sorted(p.name for p in tmp_path.glob("*.png"))
    assert made == [f"receipt-{width}-{lang}.png" for width in (58, 80) for lang in ("en", "fr", "pt")]
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in made)
