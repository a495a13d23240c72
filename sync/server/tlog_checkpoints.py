"""Signed checkpoints of the transparency log (C2SP tlog-checkpoint in a signed note, core/checkpoint).

The server's own key signs them (sync/server/serverkey.py: its 32-byte Ed25519 private key is the
signed note's seed); the key name is the log's origin. Every checkpoint is kept, so anyone holding
an old one can ask for the consistency proof from it to any later one. A checkpoint is made by
`quittance-server tlog checkpoint` and, while `serve` runs, every QUITTANCE_CHECKPOINT_S seconds
(default 300) when the log grew."""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, select

from core import checkpoint as cp
from sync.server import tlog
from sync.server.common import now_iso
from sync.server.schema import municipality, server_keys, tlog_checkpoints

DEFAULT_INTERVAL_S = 300


def origin_of(conn: Connection) -> str:
    """The log's name: the first checkpoint's, kept for good; before it, the host of the
    municipality's verification address (a schema-less URL, as C2SP advises), else its code."""
    first = conn.execute(select(tlog_checkpoints.c.origin).order_by(tlog_checkpoints.c.id).limit(1)).scalar()
    if first:
        return first
    raw = conn.execute(select(municipality.c.data).where(municipality.c.id == 1)).scalar()
    data = json.loads(raw) if raw else {}
    host = urlsplit(data.get("verify_url") or "").hostname
    return f"{host}/quittance-log" if host else f"quittance/{(data.get('code') or 'log').lower()}/log"


def verifier(origin: str, public_hex: str) -> cp.Verifier:
    return cp.verifier_for(origin, bytes.fromhex(public_hex))


def vkeys(conn: Connection, origin: str) -> list[str]:
    """Every server key, oldest first, as a signed-note verifier key: a checkpoint made before a
    key rotation still opens with the key that signed it."""
    keys = conn.execute(select(server_keys.c.public_key).order_by(server_keys.c.number)).scalars()
    return [verifier(origin, key).vkey for key in keys]


def _row(row: Any) -> dict[str, Any]:
    return {"id": row.id, "origin": row.origin, "size": row.size, "root": row.root, "note": row.note,
            "created_at": row.created_at}


def latest(conn: Connection) -> dict[str, Any] | None:
    row = conn.execute(select(tlog_checkpoints).order_by(tlog_checkpoints.c.id.desc()).limit(1)).first()
    return None if row is None else _row(row)


def all_checkpoints(conn: Connection, after: int = 0, limit: int = 1000) -> list[dict[str, Any]]:
    rows = conn.execute(select(tlog_checkpoints).where(tlog_checkpoints.c.id > after)
                        .order_by(tlog_checkpoints.c.id).limit(limit))
    return [_row(row) for row in rows]


def make(conn: Connection, private_hex: str, force: bool = False) -> dict[str, Any] | None:
    """Sign and keep a checkpoint of the log as it is in this transaction; None when the latest
    one already says the same (nothing was appended since) and `force` is not set."""
    size = tlog.size(conn)
    root = tlog.root(conn, size)
    previous = latest(conn)
    if previous and previous["size"] == size and previous["root"] == root.hex() and not force:
        return None
    origin = origin_of(conn)
    note = cp.make_checkpoint(cp.Checkpoint(origin, size, root), origin, bytes.fromhex(private_hex))
    at = now_iso()
    new_id = conn.execute(tlog_checkpoints.insert().values(origin=origin, size=size, root=root.hex(), note=note,
                                                           created_at=at)).inserted_primary_key[0]
    return {"id": new_id, "origin": origin, "size": size, "root": root.hex(), "note": note, "created_at": at}


def every(engine: Engine, private_hex_of: Callable[[], str], interval_s: float) -> threading.Event:
    """Make a checkpoint every `interval_s` seconds in a daemon thread (`serve`); set the
    returned event to stop it. A failure is printed and retried at the next tick."""
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(interval_s):
            try:
                with engine.begin() as conn:
                    make(conn, private_hex_of())
            except Exception as exc:  # noqa: BLE001 — the API keeps serving; the next tick retries
                print(f"quittance-server: checkpoint failed: {exc}", flush=True)

    threading.Thread(target=run, name="tlog-checkpoints", daemon=True).start()
    return stop
