"""Questionnaire versions published by coordinators: canonical content and its SHA-256, written once.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire_versions",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("questionnaire_id", sa.String(40), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.Uuid(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("actor", sa.String(200), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("questionnaire_versions")
