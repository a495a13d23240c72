"""What the desktop's sync tests share: the fake server of tests/sync_client (written to
sync/PROTOCOL.md) reached through the client's httpx transport seam, a transport that holds
pushes until the test lets them go, and the one stand-in allowed (core.reference, until merged)."""
from __future__ import annotations

import threading

import httpx
import pytest

from core.events import last_seq
from sync.client.http import Backoff
from tests.sync_client.fake_server import FakeServer
from tests.ui.conftest import WAIT_MS

SERVER_URL = "https://recettes.kananga.example"


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


class HoldingTransport(httpx.BaseTransport):
    """Passes requests to the fake server, except that while `hold` is set a push waits (on the
    sync thread) until `release()`: a slow uplink that the test controls."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.hold = False
        self.entered = threading.Event()  # a push is being held now
        self._gate = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.hold and request.url.path.endswith("/push"):
            self.entered.set()
            if not self._gate.wait(timeout=WAIT_MS / 1000 * 4):
                raise httpx.ReadTimeout("held too long", request=request)
        return self.inner.handle_request(request)

    def release(self) -> None:
        self.hold = False
        self._gate.set()


class SwitchableTransport(httpx.BaseTransport):
    """A network that is down (`up = False`: every connection refused) until the test says."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.up, self.refused = inner, True, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.up:
            self.refused += 1
            raise httpx.ConnectError("network unreachable", request=request)
        return self.inner.handle_request(request)


def use_server(qtbot, main, transport: httpx.BaseTransport) -> None:  # noqa: ANN001
    """Point the app's sync at `transport`; retries inside one sync do not sleep."""
    runner = main.ctx.sync
    runner.transport = transport
    runner.backoff = Backoff(sleep=lambda seconds: None)
    done = {"read": False}

    def read() -> None:
        done["read"] = True
    runner.refresh(then=read)
    qtbot.waitUntil(lambda: done["read"], timeout=WAIT_MS)


def enroll_directly(ledger, server: FakeServer, device_code: str = "T09") -> None:  # noqa: ANN001
    """Enrolled before the test starts (tests of the Sync screen, not of enrollment)."""
    from sync.client.enroll import enroll_ledger

    enroll_ledger(ledger, SERVER_URL, server.add_code(device_code), transport=server.transport())


def events_on_device(ledger) -> int:  # noqa: ANN001
    with ledger.store.read() as conn:
        return last_seq(conn)
