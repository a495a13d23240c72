"""Payment attestations (sync/server/attestation.py), immutable as cash sign-offs are (a trigger
refuses UPDATE and DELETE on SQLite and PostgreSQL); for the reconciliation report
(sync/server/report_data.py), an index on receipts by device and seq that holds the method and
amount (each cash session summed from the index alone), and a partial index on the events that
open and close sessions and void payments.

Revision ID: 0011
"""
from alembic import op
from sqlalchemy import Column, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None

_MESSAGE = "attestations are immutable: issue a new attestation instead"


def upgrade() -> None:
    op.create_index("ix_receipts_device_seq", "receipts", ["device_id", "event_seq", "method", "amount"],
                    if_not_exists=True)
    op.create_table(
        "attestations",
        Column("id", String(36), nullable=False),
        Column("code", String(16), nullable=False),
        Column("taxpayer_id", String(36), nullable=False),
        Column("year", Integer, nullable=False),
        Column("record", Text, nullable=False),
        Column("signature", String(128), nullable=False),
        Column("public_key", String(64), nullable=False),
        Column("created_at", String(32), nullable=False),
        Column("created_by", String(120), nullable=False),
        PrimaryKeyConstraint("id"),
        UniqueConstraint("code"),
    )
    op.create_index("ix_attestations_taxpayer_id", "attestations", ["taxpayer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION attestations_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$""")
        op.execute("CREATE TRIGGER attestations_no_change BEFORE UPDATE OR DELETE ON attestations "
                   "FOR EACH ROW EXECUTE FUNCTION attestations_immutable()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER attestations_no_{action.lower()} BEFORE {action} ON attestations "
                       f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS attestations_no_change ON attestations")
        op.execute("DROP FUNCTION IF EXISTS attestations_immutable()")
    op.drop_table("attestations")
    op.drop_index("ix_receipts_device_seq", table_name="receipts")
