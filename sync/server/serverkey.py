"""The server's own Ed25519 key: signs pull pages (later checkpoints and audit files).

The private half is a file of 64 hex characters with 0600 permissions (settings.key_path, by
default <data dir>/server-key.hex); devices receive the public half at enrollment."""
from __future__ import annotations

import os
from pathlib import Path

from core.keys import generate_keypair, public_key_of, sign


def load_or_create(path: Path) -> str:
    """The private key hex; made (0600, never readable by others) the first time."""
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    private_hex, _public = generate_keypair()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(private_hex + "\n")
    return private_hex


def record_public_key(conn, public_hex: str, at: str) -> None:  # noqa: ANN001
    """Keep the history of the server's public keys: the one in use, and when others retired."""
    from sqlalchemy import select

    from sync.server.schema import server_keys

    if conn.execute(select(server_keys.c.public_key).where(server_keys.c.public_key == public_hex)).first():
        return
    conn.execute(server_keys.update().where(server_keys.c.retired_at.is_(None)).values(retired_at=at))
    conn.execute(server_keys.insert().values(public_key=public_hex, created_at=at))


def public_key(private_hex: str) -> str:
    return public_key_of(private_hex)


def sign_text(private_hex: str, text: str) -> str:
    return sign(private_hex, text.encode("utf-8")).hex()
