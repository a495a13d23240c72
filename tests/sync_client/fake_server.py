"""A fake of the central server that answers as sync/PROTOCOL.md says, for the client's tests.

It keeps events per device, recomputes every hash with core.envelope (never trusting the ones
sent), checks one signature per batch, is idempotent on (device, seq), quarantines what a rule
says, signs pull pages (alone, or as the lines of a snapshot stream) with its own Ed25519 key,
and can lose an answer after committing. It runs behind `httpx.MockTransport` (`transport()`)
or a real local HTTP server (`serve()`). The integrator adds the same tests against the real
server (sync/server) after merging."""
from __future__ import annotations

import hashlib
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import httpx

from core.canonical import canonical_json
from core.envelope import GENESIS_HASH, EnvelopeError, chain_hash, parse_payload, signature_valid
from core.ids import new_id
from core.keys import generate_keypair, sign

HALTING = ("chain_broken", "fork", "bad_signature")


@dataclass
class FakeDevice:
    id: str
    public_key: str
    code: str
    token_hash: str
    revoked: bool = False
    hashes: dict[int, str] = field(default_factory=dict)  # seq -> hash the server computed
    payloads: dict[int, str] = field(default_factory=dict)
    arrivals: list[int] = field(default_factory=list)  # every seq stored, in arrival order
    halted: dict[str, str] | None = None
    quarantined: dict[int, dict[str, str]] = field(default_factory=dict)

    @property
    def stored_through(self) -> int:
        seq = 0
        while seq + 1 in self.hashes:
            seq += 1
        return seq


def zone_record(code: str, name: str, version: int = 1) -> dict[str, Any]:
    zone_id = new_id()
    return {"kind": "zone", "id": zone_id, "version": version, "data": {"id": zone_id, "code": code, "name": name}}


class FakeServer:
    def __init__(self, *, records: list[dict[str, Any]] | None = None, page_size: int = 100,
                 municipality: dict[str, Any] | None = None, config_zones: list[dict[str, Any]] | None = None,
                 quarantine: Callable[[Any], tuple[str, str] | None] | None = None,
                 clock_skew: timedelta = timedelta(0)) -> None:
        self.private_key, self.public_key = generate_keypair()
        self.records = records or []
        self.page_size = page_size
        self.municipality = municipality or {
            "name": "Commune de Kananga", "code": "KGA", "currency": "CDF", "locale": "fr",
            "timezone": "Africa/Lubumbashi", "verify_url": "https://recettes.kananga.example/v/",
            "service_name": "Service des recettes"}
        self.config_zones = config_zones if config_zones is not None else [zone_record("LUK", "Lukonga")]
        self.quarantine = quarantine or (lambda parsed: None)
        self.clock_skew = clock_skew
        self.codes: dict[str, str] = {}  # one-time code -> the device code it enrolls
        self.devices: dict[str, FakeDevice] = {}  # by device id
        self.lose_answers = 0  # pushes to commit and then drop the answer of
        self.forge_pages: set[int] = set()  # page numbers (1-based) altered after signing
        self.requests: list[tuple[str, str]] = []
        self.push_sizes: list[int] = []
        self.pages_served = 0  # pages made, whether sent alone or as a line of a stream
        self.streams_opened = 0
        self.cut_streams: list[int] = []  # the next streams are cut after this many lines each
        self.lock = threading.Lock()
        # Receipt series (issue 14) answered at enrollment and in the device status; None: a
        # server from before series, which sends no `series` key at all.
        self.series: list[dict[str, Any]] | None = None

    # -- set-up --------------------------------------------------------------------------
    def add_code(self, device_code: str = "T09") -> str:
        code = secrets.token_hex(4).upper()
        self.codes[code] = device_code
        return code

    def device(self, device_id: str) -> FakeDevice:
        return self.devices[device_id]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def now(self) -> str:
        moment = datetime.now(timezone.utc) + self.clock_skew
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    # -- requests ------------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            path = request.url.path
            self.requests.append((request.method, path))
            routes = {("POST", "/api/v1/enroll"): self._enroll, ("POST", "/api/v1/push"): self._push,
                      ("GET", "/api/v1/pull"): self._pull, ("GET", "/api/v1/device"): self._device_status,
                      ("GET", "/api/v1/snapshot"): self._snapshot}
            route = routes.get((request.method, path))
            if route is None:
                return _error(404, "not_found", f"no route {request.method} {path}")
            return route(request)

    def _authenticated(self, request: httpx.Request) -> FakeDevice | httpx.Response:
        header = request.headers.get("Authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        digest = hashlib.sha256(token.encode()).hexdigest()
        device = next((d for d in self.devices.values() if d.token_hash == digest), None)
        if device is None:
            return _error(401, "unauthenticated", "unknown token")
        if device.revoked:
            return _error(403, "device_revoked", "this device was revoked")
        return device

    def _enroll(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        device_code = self.codes.pop(body.get("code", ""), None)
        if device_code is None:
            return _error(403, "enrollment_code_invalid", "unknown, used or expired code")
        token = secrets.token_urlsafe(24)
        device = FakeDevice(body["device_id"], body["public_key"], device_code,
                            hashlib.sha256(token.encode()).hexdigest())
        self.devices[device.id] = device
        return _json({"device_id": device.id, "device_code": device_code, "token": token,
                      "server_time": self.now(), "server_public_key": self.public_key,
                      "config": {"municipality": self.municipality, "zones": self.config_zones,
                                 "tax_types": [], "agents": []}, **self._series()})

    def _device_status(self, request: httpx.Request) -> httpx.Response:
        device = self._authenticated(request)
        if isinstance(device, httpx.Response):
            return device
        return _json({"device_id": device.id, "device_code": device.code, "revoked": False,
                      "stored_through": device.stored_through, "last_sync": None, "server_time": self.now(),
                      **self._series()})

    def _series(self) -> dict[str, Any]:
        return {} if self.series is None else {"series": [dict(s) for s in self.series]}

    def _push(self, request: httpx.Request) -> httpx.Response:
        device = self._authenticated(request)
        if isinstance(device, httpx.Response):
            return device
        if device.halted:
            return _error(409, device.halted["code"], device.halted["message"])
        events = json.loads(request.content)["events"]
        self.push_sizes.append(len(events))
        refusal, new, duplicates = self._check(device, events)
        if refusal is not None:
            code, message = refusal
            if code in HALTING:
                device.halted = {"code": code, "message": message}
            return _error(409, code, message)
        quarantined = []
        for seq, payload, digest, parsed in new:  # one transaction: all of the batch or nothing
            device.hashes[seq], device.payloads[seq] = digest, payload
            device.arrivals.append(seq)
            verdict = self.quarantine(parsed)
            if verdict is not None:
                device.quarantined[seq] = {"seq": seq, "code": verdict[0], "reason": verdict[1]}
                quarantined.append(device.quarantined[seq])
        if self.lose_answers:
            self.lose_answers -= 1
            raise httpx.ReadError("the answer was lost after the server committed", request=request)
        return _json({"stored_through": device.stored_through, "stored": len(new), "duplicates": duplicates,
                      "quarantined": quarantined, "server_time": self.now()})

    def _check(self, device: FakeDevice, events: list[dict[str, Any]]):
        if not events:
            return ("bad_request", "no events"), [], 0
        first = events[0]["seq"]
        if first > device.stored_through + 1:
            return ("seq_gap", f"expected seq {device.stored_through + 1}"), [], 0
        prev = device.hashes.get(first - 1, GENESIS_HASH) if first > 1 else GENESIS_HASH
        new, duplicates = [], 0
        for offset, event in enumerate(events):
            try:
                parsed = parse_payload(event["payload"])
            except EnvelopeError as error:
                return ("chain_broken", str(error)), [], 0
            if parsed.device_id != device.id:
                return ("wrong_device", "an event of another device"), [], 0
            if parsed.seq != event["seq"] or event["seq"] != first + offset or event.get("prev_hash") != prev:
                return ("chain_broken", f"link broken at seq {event['seq']}"), [], 0
            digest = chain_hash(prev, event["payload"])  # recomputed: the sent hash is not trusted
            stored = device.hashes.get(parsed.seq)
            if stored is not None and stored != digest:
                return ("fork", f"another event is stored at seq {parsed.seq}"), [], 0
            if stored is None:
                new.append((parsed.seq, event["payload"], digest, parsed))
            else:
                duplicates += 1
            prev = digest
        if not signature_valid(device.public_key, prev, events[-1].get("signature")):
            return ("bad_signature", "the newest event's signature does not verify"), [], 0
        return None, new, duplicates

    def _pull(self, request: httpx.Request) -> httpx.Response:
        device = self._authenticated(request)
        if isinstance(device, httpx.Response):
            return device
        start, limit = self._page_query(request)
        return _json(self._page(start, limit))

    def _snapshot(self, request: httpx.Request) -> httpx.Response:
        """The same pages, one per line, made as the client reads them; `cut_streams` cuts the
        next streams after that many lines each (the link drops, as httpx.ReadError)."""
        device = self._authenticated(request)
        if isinstance(device, httpx.Response):
            return device
        start, limit = self._page_query(request)
        cut = self.cut_streams.pop(0) if self.cut_streams else None
        self.streams_opened += 1

        def lines() -> Iterator[bytes]:
            position, sent = start, 0
            while True:
                if cut is not None and sent >= cut:
                    raise httpx.ReadError("the link dropped in the middle of the stream", request=request)
                with self.lock:
                    page = self._page(position, limit)
                yield (json.dumps(page) + "\n").encode("utf-8")
                sent += 1
                position = int(page["next_cursor"])
                if not page["more"]:
                    return

        return httpx.Response(200, headers={"Content-Type": "application/x-ndjson"}, content=lines())

    def _page_query(self, request: httpx.Request) -> tuple[int, int]:
        query = parse_qs(urlsplit(str(request.url)).query)
        return int(query.get("cursor", ["0"])[0]), min(int(query.get("limit", ["100"])[0]), self.page_size)

    def _page(self, start: int, limit: int) -> dict[str, Any]:
        records = self.records[start:start + limit]
        end = start + len(records)
        page = {"records": records, "next_cursor": str(end), "more": end < len(self.records),
                "server_time": self.now()}
        page["signature"] = sign(self.private_key, canonical_json(page).encode("utf-8")).hex()
        self.pages_served += 1
        if self.pages_served in self.forge_pages:  # a man in the middle renames a zone
            page = json.loads(json.dumps(page))
            page["records"][0]["data"]["name"] = "Forged"
        return page

def _json(body: dict[str, Any], status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def _error(status: int, code: str, message: str) -> httpx.Response:
    return _json({"error": {"code": code, "message": message}}, status)


class FlakyTransport(httpx.BaseTransport):
    """Drops a connection now and then, as a mobile network does: `fail(n)` says whether the
    n-th request (1-based) raises httpx.ConnectError instead of reaching the server."""

    def __init__(self, inner: httpx.BaseTransport, fail: Callable[[int, httpx.Request], bool]) -> None:
        self.inner, self.fail, self.count = inner, fail, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.fail(self.count, request):
            raise httpx.ConnectError("connection dropped", request=request)
        return self.inner.handle_request(request)


@contextmanager
def serve(server: FakeServer) -> Iterator[str]:
    """The fake behind a real HTTP server on 127.0.0.1 (a thread); yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = httpx.Request(self.command, f"http://127.0.0.1{self.path}", headers=dict(self.headers),
                                    content=self.rfile.read(length))
            try:
                response = server.handle(request)
            except httpx.TransportError:  # the fake lost its answer: close without one
                self.close_connection = True
                return
            body = response.read()
            self.send_response(response.status_code)
            self.send_header("Content-Type", response.headers.get("Content-Type", "application/json"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _any

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
