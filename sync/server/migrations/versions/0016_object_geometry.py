"""A taxable object's outline (issue 12): `taxable_objects.geometry`, GeoJSON Polygon text in
lon/lat, NULL for none. Pushed by `taxable_object.added` (when drawn at registration) and
`taxable_object.shaped` (core/shapes.py); the object's `data` carries it too, for devices to pull.

Revision ID: 0016
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("taxable_objects", sa.Column("geometry", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("taxable_objects") as batch:
        batch.drop_column("geometry")
