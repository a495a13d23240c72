"""The alert queue's decisions and the voids that wait for a supervisor (sync/server/alerts.py,
sync/server/voids.py): `alert_decisions`, `void_requests`, `void_decisions`. Each row is a record
of what happened or of who decided what and why; the database refuses an UPDATE or DELETE of any
of them (a trigger on SQLite and on PostgreSQL), as revision 0005 does for cash sign-offs.

Revision ID: 0007
"""
from alembic import op
from sqlalchemy import BigInteger, Column, Integer, String, Text

revision = "0007"
down_revision = "0012"
branch_labels = None
depends_on = None

_TABLES = ("alert_decisions", "void_requests", "void_decisions")


def upgrade() -> None:
    op.create_table(
        "alert_decisions",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("alert_key", String(120), nullable=False, unique=True),
        Column("kind", String(32), nullable=False),
        Column("device_id", String(36)),
        Column("action", String(16), nullable=False),
        Column("reason", Text, nullable=False),
        Column("decided_by", String(120), nullable=False),
        Column("decided_at", String(32), nullable=False),
        Column("snapshot", Text, nullable=False),
    )
    op.create_table(
        "void_requests",
        Column("receipt_no", String(40), primary_key=True),
        Column("payment_id", String(36), nullable=False, unique=True),
        Column("device_id", String(36), nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("agent_id", String(36)),
        Column("reason", Text),
        Column("voided_at", String(32), nullable=False),
        Column("why", String(64), nullable=False),
        Column("received_at", String(32), nullable=False),
    )
    op.create_table(
        "void_decisions",
        Column("receipt_no", String(40), primary_key=True),
        Column("action", String(16), nullable=False),
        Column("reason", Text, nullable=False),
        Column("decided_by", String(120), nullable=False),
        Column("decided_at", String(32), nullable=False),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in _TABLES:
        message = f"{table} rows are immutable: record a new decision instead"
        if postgres:
            op.execute(f"""CREATE FUNCTION {table}_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                           BEGIN RAISE EXCEPTION '{message}'; END $$""")
            op.execute(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {table}_immutable()")
        else:
            for action in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(_TABLES):
        if postgres:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_immutable()")
        op.drop_table(table)
