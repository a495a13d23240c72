"""Supervisors' server accounts and their sessions (sync/server/supervisors.py), and the
supervisors' settings (sync/server/server_settings.py).

Revision ID: 0006
"""
from alembic import op
from sqlalchemy import Column, Integer, String, Text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervisors",
        Column("id", String(36), primary_key=True),
        Column("name", String(120), nullable=False, unique=True),
        Column("password_hash", String(200), nullable=False),
        Column("totp_secret", String(64)),
        Column("active", Integer, nullable=False, server_default="1"),
        Column("created_at", String(32), nullable=False),
    )
    op.create_table(
        "supervisor_sessions",
        Column("token_hash", String(64), primary_key=True),
        Column("supervisor_id", String(36), nullable=False),
        Column("created_at", String(32), nullable=False),
        Column("expires_at", String(32), nullable=False),
        Column("ended_at", String(32)),
    )
    op.create_table(
        "server_settings",
        Column("key", String(64), primary_key=True),
        Column("value", Text, nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("updated_by", String(120)),
    )


def downgrade() -> None:
    op.drop_table("server_settings")
    op.drop_table("supervisor_sessions")
    op.drop_table("supervisors")
