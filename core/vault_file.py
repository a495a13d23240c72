"""The `<database>.keys` file: versioned JSON, written atomically, readable by its owner only.

It holds wrapped keys, agents' ids and names (names print on every receipt anyway), the device's
count of wrong PINs, the PIN policy and, where there is no keystore, the device secret. Never a
taxpayer's data. A MAC keyed by the device secret covers the whole file, so an edit (a reset
count of wrong PINs, a renamed agent) is refused rather than believed; a recovery, which needs no
device secret, rewrites it."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from core.errors import QuittanceError
from core.vault_crypto import hkdf
from core.file_lock import lock_exclusive

FORMAT = "quittance-keys"
VERSION = 1
_process_lock = threading.Lock()


def envelope_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.keys")


def damaged(path: Path) -> QuittanceError:
    return QuittanceError("vault_envelope_damaged", path=str(path))


def read_raw(db_path: str | Path) -> dict[str, Any] | None:
    """The envelope as stored, its format checked; None when there is no file."""
    path = envelope_path(db_path)
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("id"), str):
        raise damaged(path)
    if data.get("version") != VERSION:
        raise QuittanceError("vault_envelope_version", path=str(path), version=str(data.get("version")))
    if not isinstance(data.get("agents", []), list):
        raise damaged(path)
    return data


def _canonical(data: dict[str, Any]) -> bytes:
    body = {k: v for k, v in data.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def mac_of(data: dict[str, Any], secret: bytes) -> str:
    return hmac.new(hkdf(secret, b"quittance keys mac v1"), _canonical(data), hashlib.sha256).hexdigest()


def mac_valid(data: dict[str, Any], secret: bytes) -> bool:
    return isinstance(data.get("mac"), str) and hmac.compare_digest(data["mac"], mac_of(data, secret))


def write(db_path: str | Path, data: dict[str, Any], secret: bytes) -> None:
    """Temp file (0600) beside it, fsync, rename over, fsync the folder: a power cut leaves the old
    envelope or the new one, never half of one."""
    path = envelope_path(db_path)
    data = {**data, "format": FORMAT, "version": VERSION}
    data["mac"] = mac_of(data, secret)
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    temp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


@contextmanager
def locked(db_path: str | Path) -> Iterator[None]:
    """One reader-modifier-writer of the envelope at a time, across threads and processes (the
    app and a command line counting wrong PINs at once must not lose one)."""
    lock_path = Path(f"{envelope_path(db_path)}.lock")
    with _process_lock:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            lock_exclusive(fd)
            yield
        finally:
            os.close(fd)  # closing releases the lock
