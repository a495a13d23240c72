"""Who left which zone: `zone_exits` (sync/server/schema.py), read by pull to withdraw a moved
taxpayer, or a zone taken from an agent, from the devices that held it.

Revision ID: 0003
"""
from alembic import op
from sqlalchemy import BigInteger, Column, PrimaryKeyConstraint, String

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "zone_exits",
        Column("kind", String(16), nullable=False),
        Column("subject_id", String(36), nullable=False),
        Column("zone_id", String(36), nullable=False),
        Column("change_no", BigInteger, nullable=False),
        PrimaryKeyConstraint("kind", "subject_id", "zone_id"),
    )
    op.create_index("ix_zone_exits_change_no", "zone_exits", ["change_no"])


def downgrade() -> None:
    op.drop_index("ix_zone_exits_change_no", table_name="zone_exits")
    op.drop_table("zone_exits")
