"""Revision 0004 adds the open-data index to a database made before it; at head, migrating
again does nothing."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from sync.server.db import MIGRATIONS, make_engine, migrate
from sync.server.settings import load_settings


def _indexes(engine) -> set[str]:  # noqa: ANN001
    return {index["name"] for index in inspect(engine).get_indexes("receipts")}


def test_a_database_from_before_the_index_gets_it_and_a_new_one_keeps_it(database_url, tmp_path):
    engine = make_engine(load_settings(data_dir=tmp_path / "server-data", database_url=database_url))
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")  # a server from before the open-data page
        assert "ix_receipts_month" not in _indexes(engine)
        migrate(engine)
        assert "ix_receipts_month" in _indexes(engine)
        migrate(engine)  # at head already: nothing to do, nothing fails
        with engine.connect() as conn:
            head = ScriptDirectory.from_config(cfg).get_current_head()
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
    finally:
        engine.dispose()
