"""Benchmark cache: per dimension how many companies a mean rests on, and one row per group per version.

The device leaves its own company out of the server's groups; a dimension whose
mean rests on fewer companies than the group (an output dimension some companies
scored too few items of) needs that count to be left out exactly. The primary key
was the group alone, so a second version of the scan with benchmarks made the
sync fail; it is now (version, group). Rows cached before keep no counts until
the next sync brings them.

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


COPIED = "group_key, questionnaire_version, n, means, sii, received_at"


def upgrade() -> None:
    op.create_table(
        "benchmark_cache_new",
        sa.Column("questionnaire_version", sa.String(20), primary_key=True),
        sa.Column("group_key", sa.String(40), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("means", sa.JSON(), nullable=False),
        sa.Column("sii", sa.Float(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.execute(f"INSERT INTO benchmark_cache_new ({COPIED}, counts) SELECT {COPIED}, '{{}}' FROM benchmark_cache")
    op.drop_table("benchmark_cache")
    op.rename_table("benchmark_cache_new", "benchmark_cache")


def downgrade() -> None:
    """Back to one row per group: a cache, so it starts empty and the next sync fills it again."""
    op.drop_table("benchmark_cache")
    op.create_table(
        "benchmark_cache",
        sa.Column("group_key", sa.String(40), primary_key=True),
        sa.Column("questionnaire_version", sa.String(20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("means", sa.JSON(), nullable=False),
        sa.Column("sii", sa.Float(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
