"""Index scans by the scan they revise: "is this scan superseded?" is asked for every benchmark.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_scan_revision_of_id", "scan", ["revision_of_id"])


def downgrade() -> None:
    op.drop_index("ix_scan_revision_of_id", "scan")
