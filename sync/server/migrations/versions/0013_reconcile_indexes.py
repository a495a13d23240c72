"""Two indexes for the supervisor's reconciliation (sync/server/reconcile_ledger.py,
reconcile_view.py), which otherwise read whole tables once per agent and per session:

- `ix_events_type_time` on events (type, device_time): the cash sessions opened on a day, of one
  agent or of all; without it every reconciliation scans every event ever pushed (on PostgreSQL
  one index per partition, made by the index on the partitioned table);
- `ix_receipts_device_seq` on receipts: a session's receipts, between its opening and its closing
  on its device; revision 0011 makes it (device_id, event_seq, method, amount), so here it is
  only made where it is missing.

Measured on a month of 50 agents (150,000 payments, 306,626 events; `make bench SUITE=supervisor`):
README, Benchmarks, "Supervisor". `if_not_exists`: a database that already has
them is left as it is. On a large PostgreSQL database, building them blocks pushes for the time it
takes (CONCURRENTLY cannot build an index on a partitioned table).

Revision ID: 0013
"""
from alembic import op

revision = "0013"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_type_time", "events", ["type", "device_time"], if_not_exists=True)
    op.create_index("ix_receipts_device_seq", "receipts", ["device_id", "event_seq", "method", "amount"],
                    if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_events_type_time", table_name="events")
