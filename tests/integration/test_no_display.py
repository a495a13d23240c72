"""`make run` on a machine that cannot open a window: one clear line, exit 1, no Qt abort."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.cli_support import REPO


def _run_without_display(tmp_path, *argv: str, **extra: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL",
                          "LC_MESSAGES")}
    env.update(PYTHONPATH=str(REPO), HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), **extra)
    return subprocess.run([sys.executable, "-m", "desktop.main", *argv], cwd=tmp_path, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 displays are a Linux matter")
@pytest.mark.parametrize("argv, lang, words", [
    (("demo",), "C.UTF-8", "Quittance ne peut pas ouvrir de fenêtre"),  # what `make run` runs
    ((), "en_US.UTF-8", "Quittance cannot open a window"),  # `quittance` on the device database
])
def test_without_a_display_the_app_says_so_in_one_line(tmp_path, argv, lang, words):
    result = _run_without_display(tmp_path, *argv, LANG=lang)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(words) and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    demo = tmp_path / ".demo" / "demo.db"  # said at once: no 5,000-taxpayer demo seeded for a window that cannot open
    assert not demo.exists() or demo.stat().st_size < 1_000_000
