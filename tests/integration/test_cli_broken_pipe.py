"""Issue 8 §1: `quittance … | head -1` ends quietly, after the command has committed: no traceback,
no "Exception ignored … BrokenPipeError", and the write is really in the ledger."""
from __future__ import annotations

import subprocess
import sys

from tests.cli_support import REPO, cli_device_template, cli_env, copy_device, count, ok, quittance  # noqa: F401


def _assert_quiet(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and "BrokenPipe" not in stderr, stderr


def test_a_payment_whose_reader_has_gone_still_commits_and_ends_quietly(cli_device_template, tmp_path):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    before = count(db, "payments")
    argv = [sys.executable, "-m", "desktop.main", "pay", "--db", str(db), "--as", "Ilunga", "--taxpayer", taxpayer,
            "--tax", "PAT", "--period", "2026", "--amount", "100", "--method", "cash", "--advance"]
    process = subprocess.Popen(argv, cwd=REPO, env=cli_env(tmp_path / "home"), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()  # the reader goes away before the receipt number is printed
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 0
    _assert_quiet(stderr)
    assert count(db, "payments") == before + 1
    assert "Intègre" in ok(quittance(tmp_path / "home", "verify", "--db", db))


def test_a_long_search_piped_into_head_ends_quietly(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    ok(quittance(tmp_path / "home", "seed", "--db", db, "--as", "Ilunga", "--taxpayers", 1000, "--seed", 5))
    # Far more than a pipe holds, so the writer meets the closed pipe.
    pipeline = (f"{sys.executable} -m desktop.main search k --limit 1000 --json --db '{db}' | head -1; "
                "echo \"status=${PIPESTATUS[0]}\" >&2")
    result = subprocess.run(["bash", "-c", pipeline], cwd=REPO, env=cli_env(tmp_path / "home"),
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert result.stdout == "[\n"
    _assert_quiet(result.stderr)
    assert result.stderr.strip().splitlines() == ["status=0"]


def test_an_export_to_stdout_piped_into_head_ends_quietly(cli_device_template, tmp_path):
    """`export --out /dev/stdout | head -1` said "Cannot write /dev/stdout: Broken pipe", exit 2."""
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    ok(quittance(tmp_path / "home", "seed", "--db", db, "--as", "Ilunga", "--taxpayers", 1000, "--seed", 5))
    pipeline = (f"{sys.executable} -m desktop.main export --format geojson --what taxpayers --out /dev/stdout "
                f"--db '{db}' | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2")
    result = subprocess.run(["bash", "-c", pipeline], cwd=REPO, env=cli_env(tmp_path / "home"),
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("{")
    _assert_quiet(result.stderr)
    assert result.stderr.strip().splitlines() == ["status=0"]
