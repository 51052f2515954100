"""Records remember the sync run whose push wrote them, so that run's pull need not send them back.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("companies", "scans", "plans", "vouchers")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("origin", sa.Uuid(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "origin")
