"""Census photos (issue 12): `attachments`, the files devices uploaded (content-addressed under
the data directory, sync/server/attachments.py), and `submissions.attachments`, the photos a
submission's event lists (JSON), which an upload must match; an index of submissions by device.

Revision ID: 0017
"""
from alembic import op
from sqlalchemy import BigInteger, Column, String, Text

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        Column("sha256", String(64), primary_key=True),
        Column("size", BigInteger, nullable=False),
        Column("type", String(100), nullable=False),
        Column("path", Text, nullable=False),
        Column("device_id", String(36), nullable=False),
        Column("received_at", String(32), nullable=False),
    )
    op.add_column("submissions", Column("attachments", Text, nullable=True))
    op.create_index("ix_submissions_device", "submissions", ["device_id"])


def downgrade() -> None:
    op.drop_index("ix_submissions_device", table_name="submissions")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("attachments")
    op.drop_table("attachments")
