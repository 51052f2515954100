"""The fields of a record changed here since the copy agreed with the server (``models.SyncTouched``).

An edit that brought a field back to its agreed value looked like no edit to the merge, which then took
the server's newer value without a conflict. The table starts empty: a record dirty at the upgrade merges
as before for its current edits, and every edit after it is remembered.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_touched",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", "field"),
    )


def downgrade() -> None:
    op.drop_table("sync_touched")
