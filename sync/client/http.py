"""`SyncClient`: the HTTP side of sync, one `httpx.Client` on an injectable transport.

Every call is retried on what a flaky network does (connection refused or dropped, a timeout,
a 5xx, a 429) with exponential backoff and full jitter: attempt k waits uniform(0, min(cap,
base·2^k)) seconds, so many devices coming back after an outage do not knock in step. A refusal
the server means (any other 4xx) is raised at once as a `ServerError` with its stable code.
`sleep` and `random` are injectable so tests record the waits instead of waiting."""
from __future__ import annotations

import json as _json
import random as _random
import time
from typing import Any, Callable, Iterable, Iterator

import httpx

API_PREFIX = "/api/v1"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)  # a push of 250 events over a slow link fits in 30 s
_RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_WAIT = 30.0  # a Retry-After longer than this is reported at once, not waited out
MAX_LINE = 32 * 1024 * 1024  # one snapshot line (a page of at most 5,000 records is a few MB)


class ServerError(Exception):
    """The server refused the request on purpose: `status`, the protocol's stable `code`, its
    English `message` (shown to supervisors; the agent sees a catalogue message for the code)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


class Unreachable(Exception):
    """Every attempt failed on the network or the server's side; what the last one met."""

    def __init__(self, attempts: int, last: str) -> None:
        super().__init__(f"server unreachable after {attempts} attempts: {last}")
        self.attempts, self.last = attempts, last


class Backoff:
    """Full-jitter exponential backoff; `delays` keeps every wait asked for (tests read it)."""

    def __init__(self, base: float = 0.5, cap: float = 60.0, sleep: Callable[[float], None] = time.sleep,
                 random: Callable[[], float] = _random.random) -> None:
        self.base, self.cap, self._sleep, self._random = base, cap, sleep, random
        self.delays: list[float] = []

    def wait(self, attempt: int, at_least: float = 0.0) -> float:
        delay = max(at_least, self._random() * min(self.cap, self.base * 2 ** attempt))
        self.delays.append(delay)
        self._sleep(delay)
        return delay


class SyncClient:
    """`base_url` is the server's root (e.g. https://recettes.example); paths are PROTOCOL.md's."""

    def __init__(self, base_url: str, transport: httpx.BaseTransport | None = None, *, token: str | None = None,
                 timeout: httpx.Timeout = TIMEOUT, max_attempts: int = 6, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.time, max_wait: float = MAX_WAIT) -> None:
        self.base_url = base_url.rstrip("/")
        self.max_wait = max_wait
        self.token = token
        self.max_attempts = max_attempts
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.last_server_time: str | None = None
        self.last_local_time: float | None = None  # when that server time was heard, by the device clock
        self._http = httpx.Client(base_url=self.base_url + API_PREFIX, transport=transport, timeout=timeout,
                                  headers={"Accept": "application/json"}, follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "SyncClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the protocol's calls ------------------------------------------------------------
    def enroll(self, code: str, device_id: str, public_key: str, app_version: str) -> dict[str, Any]:
        return self.call("POST", "/enroll", auth=False, json={
            "code": code, "device_id": device_id, "public_key": public_key, "app_version": app_version})

    def device_status(self) -> dict[str, Any]:
        return self.call("GET", "/device")

    def push(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        return self.call("POST", "/push", json={"events": events})

    def put_bytes(self, path: str, content: bytes, content_type: str) -> dict[str, Any]:
        """A file's bytes as the body (census photos, sync/client/attachments.py), retried as any call."""
        return self._body(self._send("PUT", path, auth=True, json=None, params=None, stream=False,
                                     content=content, content_type=content_type))

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self.call("GET", "/pull", params=params)

    def snapshot(self, cursor: str | None, limit: int) -> Iterator[bytes]:
        """The snapshot stream's lines (one signed page each, as bytes), as they arrive
        (sync/PROTOCOL.md). Opening it is retried as any call is; a link cut once lines have
        come raises httpx.TransportError to the caller, which knows what it applied and reopens
        from there. The caller parses each line (sync.client.pull.line_page) and passes the
        page to `heard`."""
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        response = self._send("GET", "/snapshot", auth=True, json=None, params=params, stream=True)
        try:
            yield from _lines(response.iter_bytes())
        finally:
            response.close()

    # -- one call, retried ---------------------------------------------------------------
    def call(self, method: str, path: str, *, auth: bool = True, json: Any = None,
             params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._body(self._send(method, path, auth=auth, json=json, params=params, stream=False))

    def _send(self, method: str, path: str, *, auth: bool, json: Any, params: dict[str, Any] | None,
              stream: bool, content: bytes | None = None, content_type: str | None = None,
              extra_headers: dict[str, str] | None = None) -> httpx.Response:
        """The response of the first attempt the server answers below 400 (streamed: its body
        not read yet). `extra_headers`: a download's `Range` (sync/client/updates.py)."""
        headers = {"Authorization": f"Bearer {self.token}"} if auth and self.token else {}
        headers.update(extra_headers or {})
        if content_type:
            headers["Content-Type"] = content_type
        last = ""
        for attempt in range(self.max_attempts):
            retry_after = 0.0
            try:
                request = self._http.build_request(method, path, json=json, params=params, headers=headers,
                                                   content=content)
                response = self._http.send(request, stream=stream)
                if stream and response.status_code >= 400:
                    response.read()  # an error is a small JSON body: read it to say why
                    response.close()
            except httpx.TransportError as error:  # refused, dropped, timed out: the server may have committed
                last = f"{type(error).__name__}: {error}"
            else:
                if response.status_code < 400:
                    return response
                if response.status_code not in _RETRY_STATUSES:
                    raise _server_error(response)
                last = f"HTTP {response.status_code}"
                retry_after = _retry_after(response)
                if retry_after > self.max_wait:
                    # Told to come back in minutes (the enrollment rate limit): say so now rather
                    # than hold the agent's screen that long.
                    raise _server_error(response)
            if attempt + 1 < self.max_attempts:
                self.backoff.wait(attempt, retry_after)
        raise Unreachable(self.max_attempts, last)

    def _body(self, response: httpx.Response) -> dict[str, Any]:
        return self._parsed(response.status_code, response.content)

    def _parsed(self, status: int, content: bytes) -> dict[str, Any]:
        try:
            body = _json.loads(content)
        except ValueError:
            raise ServerError(status, "bad_response", "the server's answer is not JSON") from None
        if not isinstance(body, dict):
            raise ServerError(status, "bad_response", "the server's answer is not an object")
        return self.heard(body)

    def heard(self, body: dict[str, Any]) -> dict[str, Any]:
        """Note the server's time an answer carries (the clock drift check reads it)."""
        if isinstance(body.get("server_time"), str):
            self.last_server_time, self.last_local_time = body["server_time"], self.clock()
        return body


def _lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Newline-delimited lines from a byte stream. A last line without its newline is a stream
    cut inside a page (a proxy that closed cleanly at the wrong place): raised as a cut link."""
    pending, searched = bytearray(), 0
    for chunk in chunks:
        pending += chunk
        while (end := pending.find(b"\n", searched)) >= 0:
            line = bytes(pending[:end])
            del pending[:end + 1]
            searched = 0
            if line.strip():
                yield line
        searched = len(pending)  # a 1 MB line comes in many chunks: each byte is searched once
        if searched > MAX_LINE:
            raise ServerError(200, "bad_response", f"a snapshot line is longer than {MAX_LINE} bytes")
    if pending.strip():
        raise httpx.RemoteProtocolError("the snapshot stream ended inside a line")


def _server_error(response: httpx.Response) -> ServerError:
    try:
        error = response.json()["error"]
        return ServerError(response.status_code, str(error["code"]), str(error.get("message", "")))
    except (ValueError, KeyError, TypeError):
        return ServerError(response.status_code, f"http_{response.status_code}", response.text[:200])


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(300.0, max(0.0, float(response.headers.get("Retry-After", 0))))
    except ValueError:
        return 0.0
