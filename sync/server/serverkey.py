"""The server's own Ed25519 key: signs pull pages (later checkpoints and audit files).

The private half is a file of 64 hex characters with 0600 permissions (settings.key_path, by
default <data dir>/server-key.hex), never in the database; devices receive the public half at
enrollment, and `server_keys` keeps every public key with the hand-over to it
(sync/server/keyrotation.py)."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, func, select

from core.keys import generate_keypair, public_key_of, sign
from sync.server.schema import server_keys


def write_private(path: Path, private_hex: str) -> None:
    """A new key file, readable by its owner only from its first byte (O_EXCL: never over another)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(private_hex + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def read_private(path: Path) -> str:
    return path.read_text(encoding="ascii").strip()


def load_or_create(path: Path) -> str:
    """The private key hex; made (0600, never readable by others) the first time."""
    if path.exists():
        return read_private(path)
    private_hex, _public = generate_keypair()
    write_private(path, private_hex)
    return private_hex


class KeyFile:
    """The key as its file holds it now. The file is looked at (one stat) on every use and read
    again when it changed, so a running server signs with the new key as soon as `key rotate`
    put it in place, without a restart; the process itself keeps nothing of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._loaded: tuple[tuple[int, int, int], str, str] | None = None

    def _current(self) -> tuple[str, str]:
        try:
            info = os.stat(self.path)
            stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
        except OSError:
            if self._loaded is None:
                raise
            return self._loaded[1], self._loaded[2]  # a file being replaced: the key it held
        loaded = self._loaded
        if loaded is None or loaded[0] != stamp:
            private_hex = read_private(self.path)
            loaded = self._loaded = (stamp, private_hex, public_key_of(private_hex))
        return loaded[1], loaded[2]

    def private(self) -> str:
        return self._current()[0]

    def public(self) -> str:
        return self._current()[1]


def record_public_key(conn: Connection, public_hex: str, at: str) -> int:
    """Record the key in use if it is new (the others retire); returns its number."""
    number = conn.execute(select(server_keys.c.number).where(server_keys.c.public_key == public_hex)).first()
    if number is not None:
        return number[0]
    following = (conn.execute(select(func.coalesce(func.max(server_keys.c.number), 0))).scalar_one()) + 1
    conn.execute(server_keys.update().where(server_keys.c.retired_at.is_(None)).values(retired_at=at))
    conn.execute(server_keys.insert().values(public_key=public_hex, created_at=at, number=following))
    return following


def public_key(private_hex: str) -> str:
    return public_key_of(private_hex)


def sign_text(private_hex: str, text: str) -> str:
    return sign(private_hex, text.encode("utf-8")).hex()
