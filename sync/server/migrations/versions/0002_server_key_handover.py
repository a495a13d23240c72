"""The server's key rotation: server_keys gains `number` and the signed `handover` to each key.

Revision ID: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("server_keys") as batch:
        batch.add_column(sa.Column("number", sa.Integer()))
        batch.add_column(sa.Column("handover", sa.Text()))
    # Keys recorded before this revision are numbered in the order they were made.
    bind = op.get_bind()
    keys = sa.table("server_keys", sa.column("public_key", sa.String), sa.column("created_at", sa.String),
                    sa.column("number", sa.Integer))
    rows = bind.execute(sa.select(keys.c.public_key).order_by(keys.c.created_at, keys.c.public_key)).scalars().all()
    for number, public_key in enumerate(rows, start=1):
        bind.execute(keys.update().where(keys.c.public_key == public_key).values(number=number))


def downgrade() -> None:
    with op.batch_alter_table("server_keys") as batch:
        batch.drop_column("handover")
        batch.drop_column("number")
