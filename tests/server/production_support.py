"""What the production tests share: the packaging files, the README's production blocks moved into
a scratch root, Debian tools that skip locally and fail under CI, and the real server process.

A README command for a real server writes /etc, /opt, /usr/local and /var; here it runs as written
with those paths moved under a scratch directory (`rooted`), the only change made to it."""
from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Mapping

import httpx
import pytest

from tests.readme_blocks import ROOT, command_lines, readme_block

PACKAGING = ROOT / "packaging" / "server"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
_SYSTEM_DIRS = ("/etc/", "/opt/", "/usr/local/", "/var/")


def require(tool: str, package: str) -> str:
    """The path of a Debian tool (a name on PATH or an absolute path): skipped naming its package
    when missing locally, failed under CI=true (where .ci/run installs it)."""
    found = tool if os.path.isabs(tool) and os.access(tool, os.X_OK) else shutil.which(tool)
    if found:
        return found
    message = f"{tool} is missing: install the Debian package {package}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def is_root() -> bool:
    return os.geteuid() == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launcher() -> str:
    """The installed `quittance-server` command of this checkout's venv."""
    found = Path(sys.executable).parent / "quittance-server"
    if found.exists():
        return str(found)
    pytest.fail(f"{found} is missing: `make .venv/.installed` installs it")


def rooted(text: str, root: Path) -> str:
    """`text` with its system paths (/etc/…, /opt/…, /usr/local/…, /var/…) moved under `root`."""
    pattern = re.compile(r"(?<![\w./-])(" + "|".join(re.escape(d) for d in _SYSTEM_DIRS) + ")")
    return pattern.sub(lambda m: f"{root}{m.group(1)}", text)


def production_lines(containing: str) -> list[str]:
    """The command lines (comments dropped) of the README's production block holding `containing`."""
    return [line.split("   #")[0].rstrip() for line in command_lines(readme_block(containing))
            if not line.lstrip().startswith("#")]


def line_with(lines: list[str], containing: str) -> str:
    found = [line for line in lines if containing in line]
    assert len(found) == 1, f"one README line with {containing!r} expected, found {found}"
    return found[0]


def run(line: str, env: Mapping[str, str] | None = None, cwd: Path = ROOT,
        timeout: int = 180) -> subprocess.CompletedProcess:
    """One command line through bash, required to succeed."""
    done = subprocess.run(["bash", "-c", line], cwd=cwd, env=dict(env or os.environ), stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{line}\nexit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def as_postgres(line: str) -> str:
    """A README line run by the OS user postgres: as written when root; the current user otherwise
    (a throwaway cluster is then this user's own), without runuser and install's owner options."""
    if is_root():
        pwd.getpwnam("postgres")  # the postgresql package makes it
        return line
    line = line.replace("runuser -u postgres -- ", "")
    return re.sub(r" -o postgres -g postgres", "", line)


def wait_until(check, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@contextmanager
def serving(argv: list[str], env: Mapping[str, str], port: int, log: Path) -> Iterator[subprocess.Popen]:
    """The real server process, once it answers its health check; stopped as systemd stops it (SIGTERM)."""
    with open(log, "wb") as out:
        process = subprocess.Popen(argv, env=dict(env), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: process.poll() is None and _answers(f"http://127.0.0.1:{port}/api/v1/health"), 90,
                   f"the server on port {port} (log: {log.read_text(errors='replace')[-2000:] if log.exists() else ''})")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
