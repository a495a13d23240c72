"""The first schema: every table of sync/server/schema.py; events partitioned on PostgreSQL.

It builds from schema.py as that file stands at this revision. The first change to schema.py
must first copy its tables here (frozen), then add revision 0002 with the change.

Revision ID: 0001
"""
from alembic import op
from sqlalchemy import MetaData

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sync.server import schema

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
