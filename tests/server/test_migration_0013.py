"""Revision 0013 adds the reconciliation's indexes to a database made before them; at head,
migrating again does nothing."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from sync.server.db import MIGRATIONS, make_engine, migrate
from sync.server.settings import load_settings


def _indexes(engine, table: str) -> set[str]:  # noqa: ANN001
    return {index["name"] for index in inspect(engine).get_indexes(table)}


def test_a_database_from_before_the_indexes_gets_them(database_url, tmp_path):
    engine = make_engine(load_settings(data_dir=tmp_path / "server-data", database_url=database_url))
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006")  # a server from before them
        assert "ix_events_type_time" not in _indexes(engine, "events")
        assert "ix_receipts_device_seq" not in _indexes(engine, "receipts")
        migrate(engine)
        assert "ix_events_type_time" in _indexes(engine, "events")
        assert "ix_receipts_device_seq" in _indexes(engine, "receipts")
        assert {"ix_events_voids", "ix_events_closings"} <= _indexes(engine, "events")  # revision 0014
        migrate(engine)  # at head already: nothing to do, nothing fails
    finally:
        engine.dispose()
