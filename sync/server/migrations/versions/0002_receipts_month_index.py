"""An index on receipts by paid_at that holds every column the open-data page reads of a month's
receipts (tax, taxpayer, amount, void), so that the index alone answers it.

Revision 0001 builds from schema.py as it stands, so a database made after this change already has
the index from 0001; `if_not_exists` makes this revision a no-op there, and adds the index to a
database made before it. (An added index is the one change that can be replayed this way; a new
column must first freeze 0001, as its docstring says.)

Revision ID: 0002
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_receipts_month", "receipts", ["paid_at", "tax_code", "taxpayer_id", "amount", "voided_at"],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_receipts_month", table_name="receipts")
