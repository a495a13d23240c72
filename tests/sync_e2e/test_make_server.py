"""The README's quick start for the central server, run as written: `make server`, then the
three commands that enroll the demo app against it.

They run in a copy of the project's top level (its `.venv` linked, not copied), so the
developer's own `.server-data` and `.demo` are never touched; the only change to the README's
text is the port (a free one instead of 8000, given to `make server` through `PORT`, which the
Makefile reads) and the code `device add` printed in place of XXXX-XXXX-XXXX."""
from __future__ import annotations

import os
import re
import shutil
import signal
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
from pathlib import Path

import httpx
import pytest

from core.demo import ensure_demo
from core.service import Ledger
from tests.cli_support import home_env
from tests.readme_blocks import command_lines, readme_block, run_line
from tests.sync_e2e.served import ROOT, free_port, wait_until

README_PORT = "8000"


def readme_enrollment() -> list[str]:
    """The README's ```sh block that starts with `make server &`."""
    lines = command_lines(readme_block("make server &"))
    assert lines[0].startswith("make server &"), lines
    return lines


def _project_copy(tmp: Path) -> Path:
    """What `make server` reads, copied with its times (so the .venv stamp stays newer than
    pyproject.toml and make installs nothing), and the project's own .venv linked."""
    copy = tmp / "project"
    copy.mkdir()
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(ROOT / name, copy / name)
    shutil.copytree(ROOT / "resources" / "server", copy / "resources" / "server", copy_function=shutil.copy2)
    if not (ROOT / ".venv" / ".installed").exists():
        pytest.fail("`make test` creates .venv; it is missing")
    (copy / ".venv").symlink_to(ROOT / ".venv")
    return copy


def _stop(server: subprocess.Popen) -> None:
    """Ctrl+C in the terminal: SIGINT to make and the server in its group; then every process of
    the group must be gone (uvicorn finishing its shutdown), not only make."""
    os.killpg(server.pid, signal.SIGINT)
    server.wait(timeout=60)

    def group_gone() -> bool:
        try:
            os.killpg(server.pid, 0)
        except ProcessLookupError:
            return True
        return False

    wait_until(group_gone, 60, "the server process exiting after Ctrl+C")


@pytest.mark.slow
def test_make_server_and_the_readme_enrollment_commands(tmp_path):
    start, add, enroll = readme_enrollment()
    assert start == "make server &" and len(readme_enrollment()) == 3
    project = _project_copy(tmp_path)
    ensure_demo(project / ".demo" / "demo.db", taxpayers=50).close()  # what `make run` made (a smaller registry)
    developer_data = [p.stat().st_mtime_ns for p in (ROOT / ".server-data").glob("*")] \
        if (ROOT / ".server-data").exists() else None
    port = str(free_port())
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUITTANCE_")}
    env.update(home_env(tmp_path / "home"), PORT=port)
    log = (tmp_path / "make-server.log").open("wb")
    server = subprocess.Popen(["bash", "-c", start.removesuffix("&").strip()], cwd=project, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        assert server.poll() is None, (tmp_path / "make-server.log").read_text()[-3000:]
        try:
            return httpx.get(f"{base}/api/v1/health", timeout=2).json()["status"] == "ok"
        except httpx.TransportError:
            return False

    try:
        wait_until(healthy, 120, "`make server` answering /api/v1/health")
        added = run_line(add, project, env, timeout=300)
        assert added.returncode == 0, added.stderr
        [code] = re.findall(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b", added.stdout)
        assert (project / ".server-data" / "enroll-T07.png").exists()
        enrolled = run_line(enroll.replace("XXXX-XXXX-XXXX", code).replace(f":{README_PORT}", f":{port}"), project, env,
                            timeout=300)
        assert enrolled.returncode == 0, enrolled.stderr + enrolled.stdout
        assert "T07" in enrolled.stdout
        # The server holds the device, with the demo device's own key; the code is spent.
        demo = Ledger.open(project / ".demo" / "demo.db")
        device_id = demo.device.id
        demo.close()
        server_db = sqlite3.connect(project / ".server-data" / "server.db")
        devices = server_db.execute("SELECT id, code, revoked_at FROM devices").fetchall()
        used = server_db.execute("SELECT used_at FROM enrollment_codes").fetchall()
        server_db.close()
        assert [(d[1], d[2]) for d in devices] == [("T07", None)]
        assert devices[0][0] == device_id
        assert used and used[0][0] is not None
        again = run_line(enroll.replace("XXXX-XXXX-XXXX", code).replace(f":{README_PORT}", f":{port}"), project, env,
                            timeout=300)
        assert again.returncode != 0  # a one-time code
    finally:
        _stop(server)
        log.close()
    output = (tmp_path / "make-server.log").read_text()
    assert "Finished server process" in output, output[-3000:]
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{base}/api/v1/health", timeout=2)
    after = [p.stat().st_mtime_ns for p in (ROOT / ".server-data").glob("*")] \
        if (ROOT / ".server-data").exists() else None
    assert after == developer_data  # the developer's server data was never touched
