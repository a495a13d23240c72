"""Mobile-money statements: `receipts.reference` (backfilled from the stored payment events), the
operators' column mappings, the imported statements and their lines, and the supervisors'
clearings of flags. Lines and clearings are never updated or deleted: the database refuses it (a
trigger on SQLite and on PostgreSQL, as revision 0005 does for sign-offs).

Revision ID: 0009
"""
import json

from alembic import op
from sqlalchemy import BigInteger, Column, Integer, String, Text, UniqueConstraint, bindparam, text

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None

IMMUTABLE = {"statement_lines": "statement lines are immutable: import the corrected statement instead",
             "statement_clearings": "cleared flags are immutable: a decision is never edited"}
_BATCH = 2_000


def upgrade() -> None:
    op.add_column("receipts", Column("reference", Text))
    op.create_index("ix_receipts_reference", "receipts", [text("upper(reference)")])
    _backfill_references()
    op.create_table(
        "statement_mappings",
        Column("operator", String(64), primary_key=True),
        Column("mapping", Text, nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("updated_by", String(120)),
    )
    op.create_table(
        "statement_imports",
        Column("id", String(36), primary_key=True),
        Column("operator", String(64), nullable=False),
        Column("filename", Text),
        Column("file_hash", String(64), nullable=False),
        Column("imported_at", String(32), nullable=False),
        Column("imported_by", String(120)),
        Column("report", Text, nullable=False),
    )
    op.create_table(
        "statement_lines",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("import_id", String(36), nullable=False),
        Column("operator", String(64), nullable=False),
        Column("line_no", Integer, nullable=False),
        Column("line_hash", String(64), nullable=False),
        Column("reference", String(120), nullable=False),
        Column("amount", BigInteger, nullable=False),
        Column("occurred_at", String(32), nullable=False),
        Column("raw", Text, nullable=False),
        UniqueConstraint("operator", "line_hash", name="uq_statement_lines_operator_hash"),
    )
    op.create_index("ix_statement_lines_reference", "statement_lines", ["reference"])
    op.create_index("ix_statement_lines_time", "statement_lines", ["occurred_at"])
    op.create_table(
        "statement_clearings",
        Column("id", String(36), primary_key=True),
        Column("flag_id", String(64), nullable=False),
        Column("kind", String(32), nullable=False),
        Column("detail", Text, nullable=False),
        Column("reason", Text, nullable=False),
        Column("cleared_by", String(120), nullable=False),
        Column("cleared_at", String(32), nullable=False),
        UniqueConstraint("flag_id", "kind", name="uq_statement_clearings_flag_kind"),
    )
    for table, message in IMMUTABLE.items():
        _refuse_changes(table, message)


def _backfill_references() -> None:
    """Every stored payment event's `reference` into its receipt, read once in arrival order and
    written by payment id (unique), so the cost is one pass however many events there are."""
    conn = op.get_bind()
    update = text("UPDATE receipts SET reference = :reference WHERE payment_id = :payment_id") \
        .bindparams(bindparam("reference"), bindparam("payment_id"))
    rows = conn.execute(text("SELECT payload FROM events WHERE type = 'payment.recorded'"),
                        execution_options={"stream_results": True, "yield_per": _BATCH})
    batch: list[dict[str, str]] = []
    for (payload,) in rows:
        data = json.loads(payload).get("data") or {}
        reference = data.get("reference")
        if isinstance(reference, str) and reference.strip() and isinstance(data.get("id"), str):
            batch.append({"reference": reference.strip(), "payment_id": data["id"]})
        if len(batch) >= _BATCH:
            conn.execute(update, batch)
            batch = []
    if batch:
        conn.execute(update, batch)


def _refuse_changes(table: str, message: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION {table}_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{message}'; END $$""")
        op.execute(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_immutable()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    for table in IMMUTABLE:
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_immutable()")
    for table in ("statement_clearings", "statement_lines", "statement_imports", "statement_mappings"):
        op.drop_table(table)
    op.drop_index("ix_receipts_reference", table_name="receipts")
    op.drop_column("receipts", "reference")
