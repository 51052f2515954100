"""Sync bookkeeping: the pull cursor and friends, and the benchmarks the server sends down.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "benchmark_cache",
        sa.Column("group_key", sa.String(40), primary_key=True),
        sa.Column("questionnaire_version", sa.String(20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("means", sa.JSON(), nullable=False),
        sa.Column("sii", sa.Float(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("benchmark_cache")
    op.drop_table("sync_state")
