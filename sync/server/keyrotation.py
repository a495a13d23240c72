"""`quittance-server key rotate`: a new server key, and the signed hand-over devices follow.

Rotation makes key N+1, signs "key N+1 is X" with key N (core/handover.py), records both in
`server_keys`, and puts the new private key in place of the old one. The hand-over is signed
once, here, so the old private key is no longer needed and is not kept: a retired key that no
longer exists can sign nothing. Devices that trust any earlier key get every hand-over in the
device-status answer and walk them up to the key in use (sync/PROTOCOL.md, "Server key").

A crash half-way loses nothing: the new key is first written beside the old one
(`server-key.hex.new`); the database commit is the point of no return; the file swap that follows
is finished by the next `key rotate` or server start if it did not happen (`finish_pending`)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, text

from core.handover import make_handover
from core.keys import generate_keypair, public_key_of
from sync.server.common import now_iso
from sync.server.db import is_postgres
from sync.server.schema import server_keys
from sync.server.serverkey import load_or_create, read_private, record_public_key, write_private


def pending_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + ".new")


def finish_pending(conn: Connection, key_path: Path) -> bool:
    """Put a new key left beside the old one in place if its hand-over was committed, or drop it
    if not (the rotation never happened); True when the key in use changed."""
    pending = pending_path(key_path)
    try:  # several workers start at once: the first one to get here finishes it, the others find nothing
        new_public = public_key_of(read_private(pending))
        row = conn.execute(select(server_keys.c.handover).where(server_keys.c.public_key == new_public)).first()
        current = public_key_of(read_private(key_path)) if key_path.exists() else None
        if row is not None and row.handover and json.loads(row.handover)["previous_key"] == current:
            os.replace(pending, key_path)
            return True
        pending.unlink()
    except FileNotFoundError:
        pass
    except ValueError:  # cut short while being written, so before the commit: no rotation happened
        pending.unlink(missing_ok=True)
    return False


def rotate(engine: Engine, key_path: Path) -> dict[str, Any]:
    """Rotate the key at `key_path`; returns what changed (numbers and public keys)."""
    with engine.begin() as conn:
        finish_pending(conn, key_path)
    old_private = load_or_create(key_path)
    old_public = public_key_of(old_private)
    new_private, new_public = generate_keypair()
    pending = pending_path(key_path)
    write_private(pending, new_private)
    try:
        with engine.begin() as conn:
            if is_postgres(conn):  # two rotations at once: one after the other, never two keys N+1
                conn.execute(text("SELECT pg_advisory_xact_lock(771003)"))
            at = now_iso()
            number = record_public_key(conn, old_public, at) + 1
            handover = make_handover(old_private, old_public, number, new_public, at)
            conn.execute(server_keys.update().where(server_keys.c.public_key == old_public).values(retired_at=at))
            conn.execute(server_keys.insert().values(public_key=new_public, created_at=at, number=number,
                                                     handover=json.dumps(handover, sort_keys=True)))
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    os.replace(pending, key_path)  # the old private key is gone; its last act is the hand-over
    return {"number": number, "public_key": new_public, "previous_number": number - 1,
            "previous_key": old_public, "at": at, "key_path": str(key_path)}


def handovers(conn: Connection) -> list[dict[str, Any]]:
    """Every hand-over, oldest first, as devices receive them."""
    rows = conn.execute(select(server_keys.c.handover).where(server_keys.c.handover.is_not(None))
                        .order_by(server_keys.c.number)).scalars()
    return [json.loads(row) for row in rows]


def key_list(conn: Connection) -> list[dict[str, Any]]:
    """The history of the server's public keys, for `quittance-server key list`."""
    rows = conn.execute(select(server_keys).order_by(server_keys.c.number)).mappings()
    return [{"number": r["number"], "public_key": r["public_key"], "created_at": r["created_at"],
             "retired_at": r["retired_at"], "handover": r["handover"] is not None} for r in rows]
