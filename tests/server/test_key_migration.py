"""Revision 0002 on a server made before key rotation: its keys are numbered in the order they
were made, and its devices then follow a rotation like any other (SQLite and PostgreSQL)."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, select, text

from sync.server import keyrotation
from sync.server.db import MIGRATIONS, make_engine, migrate
from sync.server.schema import server_keys
from sync.server.settings import load_settings


def test_keys_recorded_before_revision_0002_are_numbered_and_rotate(tmp_path, database_url):
    settings = load_settings(data_dir=tmp_path / "server-data", database_url=database_url)
    engine = make_engine(settings)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with engine.begin() as conn:
            assert "number" not in {c["name"] for c in inspect(conn).get_columns("server_keys")}
            conn.execute(text("INSERT INTO server_keys (public_key, created_at, retired_at) VALUES "
                              "(:a, '2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z'), "
                              "(:b, '2026-06-01T00:00:00.000Z', NULL)"), {"a": "a" * 64, "b": "b" * 64})

        migrate(engine)

        with engine.connect() as conn:
            rows = conn.execute(select(server_keys.c.public_key, server_keys.c.number, server_keys.c.handover)
                                .order_by(server_keys.c.number)).all()
        assert [(r.public_key[0], r.number, r.handover) for r in rows] == [("a", 1, None), ("b", 2, None)]
        # The key file in use is not one of those two: it is recorded as key 3, and the rotation
        # after it is key 4, handed over by key 3.
        done = keyrotation.rotate(engine, settings.key_path)
        assert (done["previous_number"], done["number"]) == (3, 4)
        with engine.connect() as conn:
            [handover] = keyrotation.handovers(conn)
        assert handover["number"] == 4 and handover["previous_key"] == done["previous_key"]
    finally:
        engine.dispose()
