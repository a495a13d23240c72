"""`SupervisorClient`: the supervisor's side of the server's API (/api/v1/supervisor/...).

It rides on `SyncClient` (same retries, same transport seam: tests pass the server's ASGI app
or a mock transport). What it read last is kept in a small SQLite cache, so a supervisor
without a network still sees the last figures, marked with when they were fetched."""
from __future__ import annotations

import hashlib
import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx

from sync.client.http import Backoff, ServerError, SyncClient, Unreachable

PREFIX = "/supervisor"


@dataclass(frozen=True)
class Reading:
    """An answer of the server, or the cached one when the server could not be reached."""
    data: dict[str, Any]
    fetched_at: str  # when the server gave it (UTC ISO)
    cached: bool  # True: the server was unreachable, this is the last answer kept


def _cache_key(device_key: bytes) -> bytes:
    return hashlib.sha256(b"quittance/supervisor-cache/v1\x00" + device_key).digest()


def _open(path: Path | None, key: bytes | None) -> sqlite3.Connection:
    """The cache file, keyed; one that does not open with this key (written before encryption,
    or under another device's key) is only a cache: it is deleted and started afresh."""
    if path is None:
        return sqlite3.connect(":memory:", check_same_thread=False)
    conn = sqlite3.keyed_connect(str(path), key, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError:
        conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return sqlite3.keyed_connect(str(path), key, check_same_thread=False)


class SupervisorCache:
    """Last answers by request, in one SQLite file next to the app's data (None: memory only).

    Screens read from several worker threads at once; one lock keeps them off the one connection
    in turn (a connection used by two threads at once fails, and the reading with it)."""

    def __init__(self, path: Path | None, device_key: bytes | None = None) -> None:
        """`device_key`: the device database's data key, on an encrypted device. The cache holds
        the server's answers (taxpayers' names, amounts), so it is encrypted too, under a key
        derived from the device's: a stolen tablet reveals no more here than in its database."""
        self._lock = threading.Lock()
        key = _cache_key(device_key) if device_key is not None else None
        self._conn = _open(path, key)
        self._conn.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, body TEXT NOT NULL, "
                           "fetched_at TEXT NOT NULL)")
        self._conn.commit()

    def put(self, key: str, body: dict[str, Any], fetched_at: str) -> None:
        with self._lock, self._conn:
            self._conn.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                               (key, json.dumps(body, ensure_ascii=False), fetched_at))

    def get(self, key: str) -> Reading | None:
        with self._lock:
            row = self._conn.execute("SELECT body, fetched_at FROM answers WHERE key = ?", (key,)).fetchone()
        return Reading(json.loads(row[0]), row[1], True) if row else None

    def clear(self) -> None:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM answers")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


class SupervisorClient:
    """Log in, then `read` (GET, cached), `send` (POST, never cached) and `download` (bytes)."""

    def __init__(self, base_url: str, transport: httpx.BaseTransport | None = None, *,
                 cache: SupervisorCache | None = None, max_attempts: int = 3, backoff: Backoff | None = None) -> None:
        self.http = SyncClient(base_url, transport, max_attempts=max_attempts, backoff=backoff)
        self.cache = cache or SupervisorCache(None)
        self.session: dict[str, Any] | None = None

    @property
    def name(self) -> str | None:
        return self.session["supervisor"]["name"] if self.session else None

    def login(self, name: str, password: str, totp: str | None = None) -> dict[str, Any]:
        """The session ({token, expires_at, role, supervisor}); ServerError `login_refused` or
        `totp_required` when the server says no."""
        body: dict[str, Any] = {"name": name, "password": password}
        if totp:
            body["totp"] = totp
        session = self.http.call("POST", PREFIX + "/login", auth=False, json=body)
        self.session, self.http.token = session, session["token"]
        return session

    def logout(self) -> None:
        if self.session:
            try:
                self.http._send("POST", PREFIX + "/logout", auth=True, json=None, params=None, stream=False)
            except (ServerError, Unreachable):
                pass  # an expired session or no network: it ends on the server by itself
        self.session, self.http.token = None, None

    def read(self, path: str, params: dict[str, Any] | None = None) -> Reading:
        """GET PREFIX+path; on an unreachable server, the last answer kept for it (else Unreachable)."""
        key = f"{self.name}|{path}|{json.dumps(params or {}, sort_keys=True)}"
        try:
            body = self.http.call("GET", PREFIX + path, params=params)
        except Unreachable:
            cached = self.cache.get(key)
            if cached is None:
                raise
            return cached
        fetched = _now()
        self.cache.put(key, body, fetched)
        return Reading(body, fetched, False)

    def send(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """POST PREFIX+path with a JSON body; a decision is never queued offline: it says why it failed."""
        return self.http.call("POST", PREFIX + path, json=body or {})

    def download(self, path: str, params: dict[str, Any] | None = None) -> bytes:
        """GET PREFIX+path as bytes (a PDF, a CSV)."""
        response = self.http._send("GET", PREFIX + path, auth=True, json=None, params=params, stream=False)
        return response.content

    def close(self) -> None:
        self.http.close()
        self.cache.close()
