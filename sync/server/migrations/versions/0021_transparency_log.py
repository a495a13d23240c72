"""The public transparency log (issue 14, sync/server/tlog.py): `tlog_leaves` (which event each leaf
holds), `tlog_nodes` (every complete subtree's RFC 9162 hash) and `tlog_checkpoints` (every signed
checkpoint, kept). Events stored before this revision are appended in their arrival order, so the
log covers the whole history from its first checkpoint.

Revision ID: 0021
"""
from alembic import op
from sqlalchemy import (BigInteger, Column, Integer, LargeBinary, PrimaryKeyConstraint, SmallInteger, String, Text,
                        UniqueConstraint)

revision = "0021"
# The brief names "0017"; main already has 0020 on 0017, so this chains on 0020 to keep one head.
# The merger re-chains.
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tlog_leaves",
        Column("idx", BigInteger, primary_key=True, autoincrement=False),
        Column("device_id", String(36), nullable=False),
        Column("seq", BigInteger, nullable=False),
        UniqueConstraint("device_id", "seq", name="uq_tlog_leaves_event"),
    )
    op.create_table(
        "tlog_nodes",
        Column("level", SmallInteger, nullable=False),
        Column("idx", BigInteger, nullable=False),
        Column("hash", LargeBinary(32), nullable=False),
        PrimaryKeyConstraint("level", "idx"),
    )
    op.create_table(
        "tlog_checkpoints",
        Column("id", Integer, primary_key=True),
        Column("origin", Text, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("root", String(64), nullable=False),
        Column("note", Text, nullable=False),
        Column("created_at", String(32), nullable=False),
    )
    op.create_index("ix_tlog_checkpoints_size", "tlog_checkpoints", ["size"])
    from sync.server.tlog import backfill  # the events already stored, in arrival order
    backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("tlog_checkpoints")
    op.drop_table("tlog_nodes")
    op.drop_table("tlog_leaves")
