"""What the end-to-end tests share: a device as a field agent has it, the real client's calls
with a quick backoff, and what the server holds, read from its own tables."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from core.envelope import GENESIS_HASH, chain_hash, parse_payload, signature_valid
from core.service import Ledger
from sync.client.enroll import enroll_ledger
from sync.client.http import Backoff
from sync.client.service import SyncResult, sync_ledger
from sync.server.db import reading
from sync.server.schema import alerts, devices, events
from tests.server.support import Server, make_device

IN_PROCESS_URL = "http://testserver"


def quick_backoff() -> Backoff:
    """Real waits, but short ones: a test recovers in fractions of a second, not minutes."""
    return Backoff(base=0.05, cap=0.5)


def in_process(server: Server) -> httpx.BaseTransport:
    """The app through starlette's TestClient transport: real HTTP semantics, no socket."""
    return server.client._transport  # noqa: SLF001  (TestClient is an httpx.Client on this transport)


def enrolled_device(path: Path, server: Server, url: str, transport: httpx.BaseTransport | None,
                    code: str = "T07", agent: str = "Ilunga Kabeya") -> Ledger:
    """A device holding the server's reference data, enrolled through the real client, acting as `agent`."""
    ledger = make_device(path, server, code, agent)
    enroll_ledger(ledger, url, server.enrollment_code(code, (agent,)), transport=transport, backoff=quick_backoff())
    return ledger


def sync(ledger: Ledger, transport: httpx.BaseTransport | None = None, **options: Any) -> SyncResult:
    options.setdefault("backoff", quick_backoff())
    return sync_ledger(ledger, transport=transport, **options)


def server_seqs(server: Server, device_id: str) -> list[int]:
    """Every seq the server stored for a device, in order, repeats included (there must be none)."""
    with reading(server.engine) as conn:
        return list(conn.execute(select(events.c.seq).where(events.c.device_id == device_id)
                                 .order_by(events.c.seq)).scalars())


def server_hashes(server: Server, device_id: str) -> dict[int, str]:
    with reading(server.engine) as conn:
        return {r.seq: r.hash for r in conn.execute(select(events.c.seq, events.c.hash)
                                                    .where(events.c.device_id == device_id))}


def device_hashes(ledger: Ledger) -> dict[int, str]:
    with ledger.store.read() as conn:
        return dict(conn.execute("SELECT seq, hash FROM events").fetchall())


def assert_server_chain_verifies(server: Server, device_id: str) -> None:
    """The server's side of `verify`: its stored events, replayed from their payloads alone,
    chain from genesis to the hashes it holds, and the newest carries the device's signature."""
    with reading(server.engine) as conn:
        rows = conn.execute(select(events.c.seq, events.c.payload, events.c.hash, events.c.signature)
                            .where(events.c.device_id == device_id).order_by(events.c.seq)).all()
        key = conn.execute(select(devices.c.public_key).where(devices.c.id == device_id)).scalar_one()
    prev = GENESIS_HASH
    for row in rows:
        assert parse_payload(row.payload).seq == row.seq
        prev = chain_hash(prev, row.payload)
        assert prev == row.hash, f"seq {row.seq} does not recompute on the server"
    if rows:
        assert signature_valid(key, rows[-1].hash, rows[-1].signature)


def assert_exactly_once(server: Server, ledger: Ledger) -> None:
    """The server holds every event of the device once, the same events (hashes), and `verify`
    passes on both sides."""
    seqs = server_seqs(server, ledger.device.id)
    mine = device_hashes(ledger)
    assert seqs == sorted(mine), "the server lacks an event or holds one twice"
    assert server_hashes(server, ledger.device.id) == mine
    assert_server_chain_verifies(server, ledger.device.id)
    report = ledger.verify()
    assert report.ok, report.problems


def alert_kinds(server: Server) -> list[str]:
    with reading(server.engine) as conn:
        return sorted(conn.execute(select(alerts.c.kind)).scalars())


def stopped_reason(server: Server, device_id: str) -> str | None:
    with reading(server.engine) as conn:
        return conn.execute(select(devices.c.stopped_reason).where(devices.c.id == device_id)).scalar_one()


def event_count(server: Server) -> int:
    with reading(server.engine) as conn:
        return conn.execute(select(func.count()).select_from(events)).scalar_one()


def raw_device_db(path: Path) -> sqlite3.Connection:
    """The device file opened as an attacker would, around the app: append-only triggers off."""
    conn = sqlite3.connect(path, isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                "(name LIKE '%_no_update' OR name LIKE '%_no_delete')").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    return conn
