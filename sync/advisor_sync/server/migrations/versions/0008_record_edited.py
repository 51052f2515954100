"""Records remember which version each field was edited after, so a field typed back still counts as edited.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("companies", "scans", "plans", "vouchers")


def upgrade() -> None:
    for table in TABLES:  # plain ADD COLUMN: a batch's table copy would trip SQLite's foreign keys on the parts
        op.add_column(table, sa.Column("edited", sa.JSON(), server_default="{}", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "edited")
