"""UUIDv7 identifiers, made on the device (invariant 2)."""
from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A time-ordered UUIDv7 (RFC 9562) with a 12-bit counter so ids made in the same
    millisecond on this device still sort in creation order."""
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            now_ms = _last_ms
        else:
            _last_ms = now_ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (now_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    return str(uuid7())


def short_id(full_id: str) -> str:
    """The abbreviated form printed on receipts: first 4 and last 3 hex digits."""
    hex_digits = full_id.replace("-", "")
    return f"{hex_digits[:4]}…{hex_digits[-3:]}"


def id_bytes(text: str) -> bytes | str:
    """How an id is stored in the large reference tables: the UUID's 16 bytes instead of its
    36-character text. Anything that is not a UUID (a file written by hand) stays as it was."""
    try:
        return uuid.UUID(text).bytes
    except (ValueError, AttributeError, TypeError):
        return text


def id_text(stored: bytes | str) -> str:
    """The text form callers see, whatever id_bytes() stored."""
    if isinstance(stored, bytes) and len(stored) == 16:
        return str(uuid.UUID(bytes=stored))
    return stored.decode() if isinstance(stored, bytes) else stored
