"""`cash_signoffs`: the supervisor's signed sign-offs of an agent's cash, one row per record,
never updated or deleted (sync/server/reconcile_signoff.py). The database itself refuses an
UPDATE or DELETE of a row (a trigger on SQLite and on PostgreSQL), so not even a script that
goes around the application can edit a variance away.

Revision ID: 0005
"""
from alembic import op
from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_MESSAGE = "cash sign-offs are immutable: record a further sign-off instead"


def upgrade() -> None:
    op.create_table(
        "cash_signoffs",
        Column("id", String(36), nullable=False),
        Column("agent_id", String(36), nullable=False),
        Column("day", String(10), nullable=False),
        Column("number", Integer, nullable=False),
        Column("record", Text, nullable=False),
        Column("signature", String(128), nullable=False),
        Column("public_key", String(64), nullable=False),
        Column("created_at", String(32), nullable=False),
        PrimaryKeyConstraint("id"),
        UniqueConstraint("agent_id", "day", "number", name="uq_cash_signoffs_agent_day_number"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION cash_signoffs_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$""")
        op.execute("CREATE TRIGGER cash_signoffs_no_change BEFORE UPDATE OR DELETE ON cash_signoffs "
                   "FOR EACH ROW EXECUTE FUNCTION cash_signoffs_immutable()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER cash_signoffs_no_{action.lower()} BEFORE {action} ON cash_signoffs "
                       f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS cash_signoffs_no_change ON cash_signoffs")
        op.execute("DROP FUNCTION IF EXISTS cash_signoffs_immutable()")
    op.drop_table("cash_signoffs")
