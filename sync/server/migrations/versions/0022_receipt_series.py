"""Receipt series (issue 14, sync/server/series.py): `receipt_series`, one row per device and year
with the validation code its receipts print. Unique (device_id, year) and unique code.

Revision ID: 0022
"""
from alembic import op
from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, UniqueConstraint

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt_series",
        Column("device_id", String(36), nullable=False),
        Column("year", Integer, nullable=False),
        Column("code", String(8), nullable=False),
        Column("registered_at", String(32), nullable=False),
        PrimaryKeyConstraint("device_id", "year", name="pk_receipt_series"),
        UniqueConstraint("code", name="uq_receipt_series_code"),
    )


def downgrade() -> None:
    op.drop_table("receipt_series")
