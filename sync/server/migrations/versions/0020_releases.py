"""App releases (issue 13, Updates): `releases`, one row per published installer file, its
SHA-256, size and the server key's signature over its manifest (sync/server/releases.py).

Revision ID: 0020
"""
from alembic import op
from sqlalchemy import BigInteger, Column, String, Text, UniqueConstraint

revision = "0020"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "releases",
        Column("id", String(36), primary_key=True),
        Column("version", String(32), nullable=False),
        Column("platform", String(16), nullable=False),
        Column("file_name", Text, nullable=False),
        Column("size", BigInteger, nullable=False),
        Column("sha256", String(64), nullable=False),
        Column("path", Text, nullable=False),
        Column("notes", Text, nullable=False),
        Column("published_at", String(32), nullable=False),
        Column("signed_by", String(64), nullable=False),
        Column("signature", String(128), nullable=False),
        UniqueConstraint("platform", "version", name="uq_releases_platform_version"),
    )


def downgrade() -> None:
    op.drop_table("releases")
