"""Version claims: a push takes its versions in a short transaction and ends the claim in its own commit.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "version_claims",
        sa.Column("low", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("high", sa.BigInteger(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("version_claims")
