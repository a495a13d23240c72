"""The supervisor's decisions on the registry: conflict resolutions, taxpayer merges and
dismissed duplicate pairs (sync/server/registry_conflicts.py, registry_duplicates.py). Each is a
row that is never updated or deleted: the database refuses it (a trigger on SQLite and on
PostgreSQL), as for `cash_signoffs` (0005).

Revision ID: 0008
"""
from alembic import op
from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Text

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None

_TABLES = ("conflict_resolutions", "taxpayer_merges", "duplicate_dismissals")
_MESSAGE = "registry decisions are immutable: record a further decision instead"


def upgrade() -> None:
    op.create_table(
        "conflict_resolutions",
        Column("id", String(36), nullable=False),
        Column("taxpayer_id", String(36), nullable=False),
        Column("choices", Text, nullable=False),
        Column("conflict_ids", Text, nullable=False),
        Column("version", Integer, nullable=False),
        Column("reason", Text, nullable=False),
        Column("decided_by", String(120), nullable=False),
        Column("decided_at", String(32), nullable=False),
        PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflict_resolutions_taxpayer_id", "conflict_resolutions", ["taxpayer_id"])
    op.create_table(
        "taxpayer_merges",
        Column("merged_id", String(36), nullable=False),
        Column("kept_id", String(36), nullable=False),
        Column("reason", Text, nullable=False),
        Column("decided_by", String(120), nullable=False),
        Column("decided_at", String(32), nullable=False),
        PrimaryKeyConstraint("merged_id"),
    )
    op.create_index("ix_taxpayer_merges_kept_id", "taxpayer_merges", ["kept_id"])
    op.create_table(
        "duplicate_dismissals",
        Column("a_id", String(36), nullable=False),
        Column("b_id", String(36), nullable=False),
        Column("reason", Text, nullable=False),
        Column("decided_by", String(120), nullable=False),
        Column("decided_at", String(32), nullable=False),
        PrimaryKeyConstraint("a_id", "b_id"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION registry_decisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$""")
        for table in _TABLES:
            op.execute(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION registry_decisions_immutable()")
    else:
        for table in _TABLES:
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in _TABLES:
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
        op.drop_table(table)
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS registry_decisions_immutable()")
