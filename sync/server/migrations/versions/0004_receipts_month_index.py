"""An index on receipts by paid_at that holds every column the open-data page reads of a month's
receipts (tax, taxpayer, amount, void), so that the index alone answers it.

`if_not_exists`: a database that already has the index is left as it is.

Revision ID: 0004
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_receipts_month", "receipts", ["paid_at", "tax_code", "taxpayer_id", "amount", "voided_at"],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_receipts_month", table_name="receipts")
