"""Ask the server what it holds for this device (`GET /api/v1/device/head`), for a restore.

None when it cannot say: the device is not enrolled, the server cannot be reached, or it refuses
the token. The restore then relies on the device's own record (core/restore.py); an answer is
never guessed. A server from before the route answers 404: its `/device` status still gives the
highest seq it stored."""
from __future__ import annotations

import httpx

from core.restore import ServerHead
from sync.client.http import ServerError, SyncClient, Unreachable

QUICK = httpx.Timeout(10.0, connect=5.0)  # an agent waits at the terminal: no 30 s per try


def ask_server(server_url: str, token: str, transport: httpx.BaseTransport | None = None,
               attempts: int = 2) -> ServerHead | None:
    if not server_url or not token:
        return None
    client = SyncClient(server_url, transport, token=token, timeout=QUICK, max_attempts=attempts)
    try:
        try:
            answer = client.call("GET", "/device/head")
        except ServerError as error:
            if error.status != 404:
                return None
            answer = {"stored_through": client.device_status().get("stored_through", 0), "receipts": {}}
    except (ServerError, Unreachable, httpx.HTTPError, ValueError):
        return None
    finally:
        client.close()
    receipts = answer.get("receipts") or {}
    return ServerHead(int(answer.get("stored_through") or 0),
                      {int(year): int(number) for year, number in receipts.items()})
