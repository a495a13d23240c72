"""The technical journal (issue 14, core/journal.py) as supervisors read it: the devices'
`journal.recorded` events, newest first, across devices or for one. A partial index by arrival,
so that no other push writes to it and the list reads only journal entries.

Revision ID: 0024
"""
from alembic import op
from sqlalchemy import text

revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    where = text("type = 'journal.recorded'")
    op.create_index("ix_events_journal", "events", ["arrival"], postgresql_where=where, sqlite_where=where,
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_events_journal", table_name="events")
