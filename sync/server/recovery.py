"""The municipality's recovery key: a supervisor can open a device whose agents are all gone.

`create` makes an X25519 key pair; the private key is written, encrypted with a passphrase, to a
file the municipality keeps offline (never on the server); the public key is kept in
`recovery_keys` and handed to every device at enrollment (`recovery_public_key`, sync/PROTOCOL.md),
which wraps its data key for it at once and at every later key change (core/vault.py)."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, func, select

from core.vault_crypto import new_recovery_key
from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import recovery_keys

MIN_PASSPHRASE = 12


def current_public_key(conn: Connection) -> str | None:
    """The newest recovery public key (base64 of 32 bytes), or None when none was made."""
    return conn.execute(select(recovery_keys.c.public_key).order_by(recovery_keys.c.number.desc())
                        .limit(1)).scalar_one_or_none()


def create(conn: Connection, out: Path, passphrase: str) -> dict[str, object]:
    """A new key pair: the private key to `out` (0600, never over an existing file), the public
    key recorded as the one devices receive from now on."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise AdminError(f"the recovery key's passphrase needs at least {MIN_PASSPHRASE} characters")
    if out.exists():
        raise AdminError(f"{out} exists already; a recovery key is never written over another")
    if not out.parent.is_dir():
        raise AdminError(f"the folder {out.parent} does not exist")
    pem, public = new_recovery_key(passphrase)
    number = (conn.execute(select(func.max(recovery_keys.c.number))).scalar() or 0) + 1
    conn.execute(recovery_keys.insert().values(number=number, public_key=public, created_at=now_iso()))
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    return {"number": number, "public_key": public, "file": str(out)}
