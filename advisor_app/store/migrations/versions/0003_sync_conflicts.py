"""Sync merge bookkeeping: the base copy of each synced record, and the conflicts kept for the advisor.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("record_id", sa.Uuid(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(500), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(10), nullable=True),
    )
    op.create_index("ix_sync_conflict_record_id", "sync_conflict", ["record_id"])
    op.create_index("ix_sync_conflict_resolved_at", "sync_conflict", ["resolved_at"])


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")
