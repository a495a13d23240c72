"""The supervisor's session in the app: a SupervisorClient that tells the window what its calls met.

Every screen calls `context.client` on a worker thread; this client emits, through a QObject on
the UI thread, (1) each reading with whether it came from the cache, for the offline banner, and
(2) a refused session (401), so that the window goes back to the login whichever screen met it.
Offline viewing: a supervisor whose password was checked by the server once on this device may
open the last answers kept for them, checked against a scrypt hash of that password kept in the
cache (never the password itself): the cache is per name, so no one sees another's answers."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal

from core.config import check_pin, hash_pin
from sync.client.http import Backoff, ServerError
from sync.client.supervisor import Reading, SupervisorCache, SupervisorClient

CACHE_FILE = "supervisor-cache.db"
_VERIFIER = "#offline-verifier"  # a cache key's path part; real paths start with "/"
EXPIRED_CODES = {"session_expired", "unauthenticated"}


class SessionWatch(QObject):
    """Lives on the UI thread; the workers emit, Qt queues the calls here."""
    reading = Signal(object)  # Reading
    expired = Signal(str)  # the server's code


class WatchedClient(SupervisorClient):
    def __init__(self, base_url: str, transport: httpx.BaseTransport | None = None, *,
                 cache: SupervisorCache | None = None, max_attempts: int = 3, backoff: Backoff | None = None) -> None:
        super().__init__(base_url, transport, cache=cache, max_attempts=max_attempts, backoff=backoff)
        self.watch = SessionWatch()
        self.offline = False  # opened from the cache, without a session on the server

    def _watched(self, call: Any) -> Any:
        try:
            return call()
        except ServerError as error:
            if error.status == 401 and error.code in EXPIRED_CODES:
                self.watch.expired.emit(error.code)
            raise

    def login(self, name: str, password: str, totp: str | None = None) -> dict[str, Any]:
        session = super().login(name, password, totp)
        self.offline = False
        # Kept only once the server said yes: offline viewing asks for the same password.
        self.cache.put(f"{session['supervisor']['name']}|{_VERIFIER}", {"hash": hash_pin(password)},
                       session["expires_at"])
        return session

    def open_offline(self, name: str, password: str) -> bool:
        """The last answers kept for `name`, if this password is the one the server last accepted."""
        name = " ".join(name.split())
        kept = self.cache.get(f"{name}|{_VERIFIER}")
        if kept is None or not check_pin(password, kept.data.get("hash", "")):
            return False
        self.session, self.http.token, self.offline = {"supervisor": {"name": name}, "role": "supervisor"}, None, True
        return True

    def read(self, path: str, params: dict[str, Any] | None = None) -> Reading:
        found = self._watched(lambda: super(WatchedClient, self).read(path, params))
        self.watch.reading.emit(found)
        return found

    def send(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._watched(lambda: super(WatchedClient, self).send(path, body))

    def download(self, path: str, params: dict[str, Any] | None = None) -> bytes:
        return self._watched(lambda: super(WatchedClient, self).download(path, params))

    def end(self) -> None:
        """Log out on the server (if it can be reached) and drop the connection; the cache stays."""
        self.logout()
        self.offline = False
        self.http.close()


def open_cache(data_dir: Path | None, device_key: bytes | None = None) -> SupervisorCache:
    return SupervisorCache(data_dir / CACHE_FILE if data_dir else None, device_key)
