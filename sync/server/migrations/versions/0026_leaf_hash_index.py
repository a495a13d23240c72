"""The transparency log's leaves found by their hash (issue 14): GET /api/v1/log/inclusion?leaf=B
answers from an index on the level-0 node hashes, so a citizen holding only the leaf they
recomputed from their receipt gets its proof without a scan.

Revision ID: 0026
"""
from alembic import op
from sqlalchemy import column

revision = "0026"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tlog_leaf_hash", "tlog_nodes", ["hash"], postgresql_where=column("level") == 0,
                    sqlite_where=column("level") == 0)


def downgrade() -> None:
    op.drop_index("ix_tlog_leaf_hash", table_name="tlog_nodes")
