"""Data keys this process has already unlocked, by database file.

The app unlocks the database once (an agent's PIN, a supervisor's recovery) and may reopen it
later in the same run (a storage fault's "check again", a restore, a migration): it must not ask
for the PIN again. Keys live only in this process's memory, never on disk; `forget` drops one
when the app locks (logout of the last agent, a lockout)."""
from __future__ import annotations

import threading
from pathlib import Path

_lock = threading.Lock()
_keys: dict[str, bytes] = {}


def _name(db_path: str | Path) -> str:
    return str(Path(db_path).resolve())


def remember(db_path: str | Path, key: bytes) -> None:
    if len(key) != 32:
        raise ValueError("a data key is 32 bytes")
    with _lock:
        _keys[_name(db_path)] = bytes(key)


def recall(db_path: str | Path) -> bytes | None:
    with _lock:
        return _keys.get(_name(db_path))


def forget(db_path: str | Path) -> None:
    with _lock:
        _keys.pop(_name(db_path), None)
