"""Initial schema: advisor profile, companies, scans with answers, plans, vouchers.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[object]]:
    """The columns every synced table carries (frozen here as of this revision)."""
    return [
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "advisor_profile",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "company",
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("kvk", sa.String(8), nullable=False),
        sa.Column("sector", sa.String(40), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("size_band", sa.String(10), nullable=True),
        sa.Column("municipality", sa.String(200), nullable=False),
        sa.Column("contact_person", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        *_synced_columns(),
    )
    op.create_index("ix_company_dirty", "company", ["dirty"])
    op.create_index("uq_company_kvk_live", "company", ["kvk"], unique=True, sqlite_where=sa.text("deleted = 0"))
    op.create_table(
        "scan",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("advisor", sa.String(200), nullable=False),
        sa.Column("questionnaire_id", sa.String(40), nullable=False),
        sa.Column("questionnaire_version", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("revision_of_id", sa.Uuid(), sa.ForeignKey("scan.id"), nullable=True),
        sa.Column("follow_up_of_id", sa.Uuid(), sa.ForeignKey("scan.id"), nullable=True),
        sa.Column("intake", sa.JSON(), nullable=False),
        sa.Column("ambitions", sa.JSON(), nullable=False),
        sa.Column("summary_notes", sa.Text(), nullable=False),
        sa.Column("position", sa.String(40), nullable=False),
        *_synced_columns(),
    )
    op.create_index("ix_scan_company_id", "scan", ["company_id"])
    op.create_index("ix_scan_dirty", "scan", ["dirty"])
    op.create_index("ix_scan_status", "scan", ["status"])
    op.create_table(
        "answer",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("scan_id", sa.Uuid(), sa.ForeignKey("scan.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_id", sa.String(20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("scan_id", "item_id"),
    )
    op.create_index("ix_answer_scan_id", "answer", ["scan_id"])
    op.create_table(
        "plan",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("scan_id", sa.Uuid(), sa.ForeignKey("scan.id"), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        *_synced_columns(),
    )
    op.create_index("ix_plan_company_id", "plan", ["company_id"])
    op.create_index("ix_plan_dirty", "plan", ["dirty"])
    op.create_table(
        "plan_action",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("plan_id", sa.Uuid(), sa.ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.String(20), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_index("ix_plan_action_plan_id", "plan_action", ["plan_id"])
    op.create_table(
        "voucher",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("company.id"), nullable=False),
        sa.Column("plan_id", sa.Uuid(), sa.ForeignKey("plan.id"), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("own_contribution_cents", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(300), nullable=False),
        sa.Column("deliverables", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
    )
    op.create_index("ix_voucher_company_id", "voucher", ["company_id"])
    op.create_index("ix_voucher_dirty", "voucher", ["dirty"])


def downgrade() -> None:
    for table in ("voucher", "plan_action", "plan", "answer", "scan", "company", "advisor_profile"):
        op.drop_table(table)
