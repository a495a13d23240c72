"""`tax_schedule_versions`: a tax's amount or rate from a date (sync/server/schedule_versions.py).
A version is never updated or deleted (a trigger on SQLite and on PostgreSQL): a correction is a
further version for the same day, so who set which rate, and when, stays on record.

Revision ID: 0012
"""
from alembic import op
from sqlalchemy import BigInteger, Column, Integer, String, Text

revision = "0012"
down_revision = "0008"
branch_labels = None
depends_on = None

_MESSAGE = "tax schedule versions are immutable: add a further version instead"


def upgrade() -> None:
    op.create_table(
        "tax_schedule_versions",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("tax_code", String(16), nullable=False),
        Column("effective_from", String(10), nullable=False),
        Column("amount", BigInteger),
        Column("rate", BigInteger),
        Column("created_at", String(32), nullable=False),
        Column("created_by", String(120), nullable=False),
        Column("note", Text),
    )
    op.create_index("ix_tax_schedule_versions_code", "tax_schedule_versions", ["tax_code", "effective_from"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION tax_schedule_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$""")
        op.execute("CREATE TRIGGER tax_schedule_versions_no_change BEFORE UPDATE OR DELETE ON tax_schedule_versions "
                   "FOR EACH ROW EXECUTE FUNCTION tax_schedule_versions_immutable()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER tax_schedule_versions_no_{action.lower()} BEFORE {action} "
                       f"ON tax_schedule_versions BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tax_schedule_versions_no_change ON tax_schedule_versions")
        op.execute("DROP FUNCTION IF EXISTS tax_schedule_versions_immutable()")
    op.drop_table("tax_schedule_versions")
