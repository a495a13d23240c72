"""The first schema: every table of sync/server/migrations/schema_0001.py (schema.py as it stood
at this revision, frozen); events partitioned on PostgreSQL. Later revisions change it.

Revision ID: 0001
"""
from alembic import op
from sqlalchemy import MetaData

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    import importlib.util
    from pathlib import Path

    # The frozen tables sit beside this folder (alembic would read them as a revision inside it).
    spec = importlib.util.spec_from_file_location("quittance_schema_0001",
                                                  Path(__file__).resolve().parents[1] / "schema_0001.py")
    schema = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(schema)

    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    others = [t for t in schema.metadata.sorted_tables if t.name != "events"]
    schema.metadata.create_all(bind, tables=others)
    if not postgres:
        schema.metadata.create_all(bind, tables=[schema.events])
        return
    # PostgreSQL: a unique key must hold the partition key, so events are partitioned by a
    # device-hash bucket and keyed (bucket, device_id, seq); arrival comes from one sequence.
    op.execute("CREATE SEQUENCE events_arrival_seq")
    copy = MetaData()
    events = schema.events.to_metadata(copy)
    events.dialect_options["postgresql"]["partition_by"] = "LIST (bucket)"
    events.c.arrival.server_default = None
    copy.create_all(bind, tables=[events])
    op.execute("ALTER TABLE events ALTER COLUMN arrival SET DEFAULT nextval('events_arrival_seq')")
    for bucket in range(schema.BUCKETS):
        op.execute(f"CREATE TABLE events_b{bucket:02d} PARTITION OF events FOR VALUES IN ({bucket})")


def downgrade() -> None:
    raise NotImplementedError("the first schema is not undone")
