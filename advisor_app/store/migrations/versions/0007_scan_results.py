"""Stored results of completed scans (``scan_result``), and the triggers that keep them honest.

The results stay derived: a row is only a remembered ``score_scan`` of a frozen scan (since 2026-12-03 the
listings store drafts' results as well, which the same triggers drop at a draft's next autosave). The triggers delete
a scan's row whenever one of its answers is added, changed or removed, or the scan's ambitions, status or
questionnaire version change, whatever code path does it, so a stale result is never read back; the
services score such a scan again. Deleting a scan deletes its row (foreign key, cascade).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TRIGGERS = {
    "scan_result_answer_added": "AFTER INSERT ON answer BEGIN DELETE FROM scan_result WHERE scan_id = NEW.scan_id; END",
    "scan_result_answer_changed": (
        "AFTER UPDATE ON answer BEGIN DELETE FROM scan_result WHERE scan_id IN (OLD.scan_id, NEW.scan_id); END"
    ),
    "scan_result_answer_removed": "AFTER DELETE ON answer BEGIN DELETE FROM scan_result WHERE scan_id = OLD.scan_id; END",
    "scan_result_scan_changed": (
        "AFTER UPDATE OF ambitions, status, questionnaire_id, questionnaire_version ON scan"
        " BEGIN DELETE FROM scan_result WHERE scan_id IN (OLD.id, NEW.id); END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "scan_result",
        sa.Column("scan_id", sa.String(32), sa.ForeignKey("scan.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("basis", sa.String(200), nullable=False),
        sa.Column("answers_hash", sa.String(64), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("sii", sa.Float(), nullable=True),
        sa.Column("stage", sa.String(20), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("scan_result")
