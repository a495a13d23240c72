"""Revision 0005 adds `cash_signoffs` and the triggers that refuse to edit or delete a sign-off, to
a server made before it; downgrading removes both, and upgrading again works."""
from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from sync.server.db import MIGRATIONS, make_engine, migrate
from sync.server.settings import load_settings

ROW = {"id": "01938d00-0000-7000-8000-000000000001", "agent_id": "a", "day": "2026-11-24", "number": 1,
       "record": "{}", "signature": "0" * 128, "public_key": "0" * 64, "created_at": "2026-11-24T16:00:00.000Z"}


def test_a_server_from_before_gets_immutable_sign_offs(database_url, tmp_path):
    engine = make_engine(load_settings(data_dir=tmp_path / "server-data", database_url=database_url))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))

    def to(revision: str, down: bool = False) -> None:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

    try:
        to("0004")  # a server from before reconciliation
        assert "cash_signoffs" not in inspect(engine).get_table_names()
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO cash_signoffs (id, agent_id, day, number, record, signature, public_key, "
                              "created_at) VALUES (:id, :agent_id, :day, :number, :record, :signature, :public_key, "
                              ":created_at)"), ROW)
        for statement in ("UPDATE cash_signoffs SET record = 'x'", "DELETE FROM cash_signoffs"):
            with pytest.raises(Exception, match="immutable"), engine.begin() as conn:
                conn.execute(text(statement))
        with pytest.raises(Exception), engine.begin() as conn:  # the same agent, day and number again
            conn.execute(text("INSERT INTO cash_signoffs (id, agent_id, day, number, record, signature, public_key,"
                              " created_at) VALUES ('other', 'a', '2026-11-24', 1, '{}', 's', 'k', 't')"))
        to("0004", down=True)
        assert "cash_signoffs" not in inspect(engine).get_table_names()
        migrate(engine)
        assert "cash_signoffs" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
