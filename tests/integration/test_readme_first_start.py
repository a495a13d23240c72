"""The README's *First start* block, run as written: the server's command writes the enrollment QR
PNG (a real process on a real server's data), and `quittance --db tablet/device.db` on a database
that does not exist opens the first-start wizard and waits in it, leaving nothing on disk.

Which window the app waits in is read from the process itself: with PYTHONFAULTHANDLER set,
Python prints every thread's stack on SIGABRT, and the main thread's must be in the wizard's
event loop (the app before the wizard refused such a database in a message box)."""
from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import zxingcpp
from PIL import Image

from tests.cli_support import cli_env
from tests.readme_blocks import command_lines, readme_block
from tests.server.conftest import fresh_database
from tests.server.support import TEST_CONFIG, Server

IDLE_S = 1.5  # no CPU used for this long: the app sits in its event loop, waiting for the agent


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _wait_idle(process: subprocess.Popen, timeout_s: float = 90) -> None:
    deadline, last, since = time.monotonic() + timeout_s, -1, time.monotonic()
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        ticks = _cpu_ticks(process.pid)
        if ticks != last:
            last, since = ticks, time.monotonic()
        elif time.monotonic() - since >= IDLE_S:
            return
        time.sleep(0.1)
    raise AssertionError("the app never settled")


def test_the_readme_first_start_block_as_written(tmp_path):
    block = readme_block("quittance --db tablet/device.db")
    server_line, app_line = command_lines(block)
    with fresh_database("sqlite", tmp_path / "server-data") as url:
        server = Server.start(tmp_path / "server-data", url, TEST_CONFIG)
        server.close()
        shims = (f"quittance-server() {{ {shlex.quote(sys.executable)} -m sync.server.cli \"$@\"; }}\n"
                 f"quittance() {{ exec {shlex.quote(sys.executable)} -m desktop.main \"$@\"; }}\n")
        env = {**cli_env(tmp_path / "home"), "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
               "QUITTANCE_DATABASE_URL": url}
        done = subprocess.run(["bash", "-c", shims + server_line], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "enroll-T07.png"))
    fields = json.loads(found[0].text)
    assert fields["server"] == "https://recettes.kananga.example" and len(fields["code"]) == 14

    env.update(QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    process = subprocess.Popen(["bash", "-c", shims + app_line], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_idle(process)
        assert not (tmp_path / "tablet").exists()  # nothing written before the agent enrolls
        os.kill(process.pid, signal.SIGABRT)  # `exec`: the pid is the app's own
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    main_thread = stderr.split("Current thread", 1)[-1]
    assert "desktop/wizard/startup.py" in main_thread and "run_first_start" in main_thread, stderr
    assert not (tmp_path / "tablet").exists()
