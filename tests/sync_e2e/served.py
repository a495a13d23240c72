"""Real processes for the fault tests: the server under uvicorn (`quittance-server serve`) and
the misbehaving proxy (tests/sync_e2e/proxy.py) in front of it."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "quittance-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str, interval: float = 0.05) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"{what} did not happen within {timeout} s"
        time.sleep(interval)


class ServerProcess:
    """`quittance-server serve` on a fixed port, so that a restart comes back at the same address."""

    def __init__(self, data_dir: Path, database_url: str, log: Path) -> None:
        self.data_dir, self.database_url, self.log = data_dir, database_url, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "ServerProcess":
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(BIN), "--data", str(self.data_dir), "--database-url", self.database_url, "serve",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_until(self._healthy, 60, "the server answering /health")
        return self

    def _healthy(self) -> bool:
        assert self.process is not None and self.process.poll() is None, self.log.read_text()[-2000:]
        try:
            return httpx.get(f"{self.base_url}/api/v1/health", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    def kill(self) -> None:
        """SIGKILL, as a power cut or the OOM killer does: no clean shutdown, no answer sent."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


class ProxyProcess:
    """The proxy process, and its control connection."""

    def __init__(self, target_port: int) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.sync_e2e.proxy", "--target",
                                         f"127.0.0.1:{target_port}"], cwd=ROOT, stdout=subprocess.PIPE,
                                        start_new_session=True)
        assert self.process.stdout is not None
        ports = json.loads(self.process.stdout.readline())
        self.port, self.control_port = ports["listen"], ports["control"]
        self._control = socket.create_connection(("127.0.0.1", self.control_port), timeout=60)
        self._lines = self._control.makefile("rwb")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self, **command: Any) -> dict[str, Any]:
        self._lines.write(json.dumps(command).encode() + b"\n")
        self._lines.flush()
        return json.loads(self._lines.readline())

    def set(self, **faults: int) -> dict[str, Any]:
        return self.command(cmd="set", **faults)

    def stats(self) -> dict[str, Any]:
        return self.command(cmd="stats")

    def replay(self, index: int) -> dict[str, Any]:
        return self.command(cmd="replay", index=index)

    def stop(self) -> None:
        self._lines.close()
        self._control.close()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        if self.process.stdout:
            self.process.stdout.close()


def one_connection_per_call() -> httpx.HTTPTransport:
    """The client's real transport, without keep-alive: each call is its own TCP connection, so a
    link that drops one connection in five drops one call in five."""
    return httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
