"""A supervisor's account and session on a test server."""
from __future__ import annotations

import httpx

from sync.server import supervisors
from tests.server.support import Server

SUPERVISOR = "Kalala Mwamba"
PASSWORD = "correct horse battery"


def add_supervisor(server: Server, name: str = SUPERVISOR, password: str = PASSWORD, totp: bool = False) -> str | None:
    """Adds the account; returns its TOTP secret when asked for one."""
    with server.engine.begin() as conn:
        supervisors.add_supervisor(conn, name, password)
        return supervisors.enable_totp(conn, name)[0] if totp else None


def supervisor_token(server: Server, name: str = SUPERVISOR, password: str = PASSWORD) -> str:
    """Adds the supervisor (if new) and logs in through the API; returns the session token."""
    with server.engine.begin() as conn:
        known = any(r["name"] == name for r in supervisors.list_supervisors(conn))
    if not known:
        add_supervisor(server, name, password)
    answer = server.client.post("/api/v1/supervisor/login", json={"name": name, "password": password})
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


class Switch(httpx.BaseTransport):
    """The server app's transport, or a dead network when `down`."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.down = inner, False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network unreachable", request=request)
        return self.inner.handle_request(request)
