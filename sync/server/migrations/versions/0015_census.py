"""Census on the server: published `forms` (immutable once published: a trigger refuses any
UPDATE or DELETE), `submissions` projected from pushed `submission.recorded` events, `basemaps`
devices pull, and a zone's polygon (`zones.geometry`, GeoJSON text).

Revision ID: 0015
"""
from alembic import op
from sqlalchemy import BigInteger, Column, Integer, PrimaryKeyConstraint, String, Text

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_MESSAGE = "a published form version is immutable: publish a new version instead"


def upgrade() -> None:
    op.create_table(
        "forms",
        Column("form_id", String(64), nullable=False),
        Column("version", String(64), nullable=False),
        Column("title", Text, nullable=False),
        Column("definition", Text, nullable=False),
        Column("sha256", String(64), nullable=False),
        Column("published_at", String(32), nullable=False),
        Column("published_by", String(120), nullable=False),
        PrimaryKeyConstraint("form_id", "version"),
    )
    op.create_table(
        "submissions",
        Column("id", String(36), primary_key=True),
        Column("device_id", String(36), nullable=False),
        Column("event_seq", BigInteger, nullable=False),
        Column("form_id", String(64), nullable=False),
        Column("form_version", String(64), nullable=False),
        Column("agent_id", String(36)),
        Column("taxpayer_id", String(36)),
        Column("answers", Text, nullable=False),
        Column("geometry", Text),
        Column("recorded_at", String(32), nullable=False),
        Column("received_at", String(32), nullable=False),
    )
    op.create_index("ix_submissions_form", "submissions", ["form_id", "form_version", "recorded_at"])
    op.create_table(
        "basemaps",
        Column("id", String(36), primary_key=True),
        Column("name", Text, nullable=False),
        Column("attribution", Text, nullable=False),
        Column("bounds", String(120)),
        Column("minzoom", Integer),
        Column("maxzoom", Integer),
        Column("size", BigInteger, nullable=False),
        Column("sha256", String(64), nullable=False, unique=True),
        Column("path", Text, nullable=False),
        Column("added_at", String(32), nullable=False),
    )
    op.add_column("zones", Column("geometry", Text))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION forms_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                       BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$""")
        op.execute("CREATE TRIGGER forms_no_change BEFORE UPDATE OR DELETE ON forms "
                   "FOR EACH ROW EXECUTE FUNCTION forms_immutable()")
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER forms_no_{action.lower()} BEFORE {action} "
                       f"ON forms BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS forms_no_change ON forms")
        op.execute("DROP FUNCTION IF EXISTS forms_immutable()")
    with op.batch_alter_table("zones") as batch:
        batch.drop_column("geometry")
    op.drop_table("basemaps")
    op.drop_index("ix_submissions_form", table_name="submissions")
    op.drop_table("submissions")
    op.drop_table("forms")
