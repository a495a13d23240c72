"""Revision 0021 starts the transparency log on a server that already holds events: every stored
event becomes a leaf, in arrival order, and a push afterwards appends after them."""
from __future__ import annotations

from sqlalchemy import select, text

from core import merkle
from sync.server import tlog
from sync.server.db import migrate, reading
from sync.server.schema import events
from tests.server.support import enrolled_device, push_all, record_sale


def test_events_stored_before_the_log_become_its_first_leaves(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    for i in range(3):
        record_sale(ledger, name=f"Contribuable {i} Kabongo", amount=10_000 + i)
    push_all(server, token, ledger)
    with server.engine.begin() as conn:  # the server as it was at revision 0020
        for table in ("tlog_checkpoints", "tlog_nodes", "tlog_leaves", "receipt_series"):  # 0022: receipt_series
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0020'"))
    migrate(server.engine)
    with reading(server.engine) as conn:
        stored = conn.execute(select(events.c.hash).order_by(events.c.arrival)).scalars().all()
        assert tlog.size(conn) == len(stored) > 6
        assert tlog.root(conn, len(stored)) == merkle.root_of([tlog.leaf_of_event_hash(h) for h in stored])
    record_sale(ledger, name="Après la migration", amount=5_000)
    push_all(server, token, ledger)
    with reading(server.engine) as conn:
        stored = conn.execute(select(events.c.hash).order_by(events.c.arrival)).scalars().all()
        assert tlog.root(conn, tlog.size(conn)) == merkle.root_of([tlog.leaf_of_event_hash(h) for h in stored])
    migrate(server.engine)  # at head: nothing appended twice
    with reading(server.engine) as conn:
        assert tlog.size(conn) == len(stored)
