"""Key management (issue 13): `recovery_keys`, the municipality's recovery public keys (X25519),
newest last. The private half never reaches the server: `quittance-server recovery-key create`
writes it, encrypted with a passphrase, to a file the municipality keeps offline. Enrollment hands
devices the newest public key (sync/server/recovery.py).

Revision ID: 0018
"""
from alembic import op
from sqlalchemy import Column, Integer, String

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_keys",
        Column("number", Integer, primary_key=True, autoincrement=False),
        Column("public_key", String(64), nullable=False, unique=True),
        Column("created_at", String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("recovery_keys")
