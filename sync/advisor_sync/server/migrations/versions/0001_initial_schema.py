"""Initial schema: users and devices, records, files, batches, benchmarks, the audit log.

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

ID64 = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
POSTGRESQL_APPEND_ONLY = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def _record_columns() -> list[sa.Column[object]]:
    """The columns every synced record carries (frozen here as of this revision)."""
    return [
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    ]


def _record_indexes(table: str) -> None:
    op.create_index(f"ix_{table}_version", table, ["version"])
    op.create_index(f"ix_{table}_owner_id", table, ["owner_id"])


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(500), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", ID64, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("remote", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_login_attempts_username_at", "login_attempts", ["username", "at"])
    op.create_index("ix_login_attempts_remote_at", "login_attempts", ["remote", "at"])
    op.create_table(
        "audit_log",
        sa.Column("id", ID64, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(20), nullable=True),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_record_id", "audit_log", ["record_id"])
    for statement in SQLITE_APPEND_ONLY if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_APPEND_ONLY:
        op.execute(statement)
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])
    op.create_table(
        "push_batches",
        sa.Column("batch_id", sa.Uuid(), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("device_id", sa.Uuid(), sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
    )
    op.create_index("ix_push_batches_received_at", "push_batches", ["received_at"])
    op.create_table(
        "companies",
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
        *_record_columns(),
    )
    _record_indexes("companies")
    op.create_index("ix_companies_sector", "companies", ["sector"])
    op.create_index(
        "uq_companies_kvk_live",
        "companies",
        ["kvk"],
        unique=True,
        sqlite_where=sa.text("deleted = 0"),
        postgresql_where=sa.text("NOT deleted"),
    )
    op.create_table(
        "company_assignments",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("companies.id"), primary_key=True),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("assigned_by", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
    )
    op.create_index("ix_company_assignments_user_id", "company_assignments", ["user_id"])
    op.create_table(
        "scans",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column("advisor", sa.String(200), nullable=False),
        sa.Column("questionnaire_id", sa.String(40), nullable=False),
        sa.Column("questionnaire_version", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("revision_of_id", sa.Uuid(), sa.ForeignKey("scans.id"), nullable=True),
        sa.Column("follow_up_of_id", sa.Uuid(), sa.ForeignKey("scans.id"), nullable=True),
        sa.Column("intake", sa.JSON(), nullable=False),
        sa.Column("ambitions", sa.JSON(), nullable=False),
        sa.Column("summary_notes", sa.Text(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        *_record_columns(),
    )
    _record_indexes("scans")
    op.create_index("ix_scans_company_id", "scans", ["company_id"])
    op.create_index("ix_scans_status", "scans", ["status"])
    op.create_index("ix_scans_revision_of_id", "scans", ["revision_of_id"])
    op.create_table(
        "plans",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column("scan_id", sa.Uuid(), sa.ForeignKey("scans.id"), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        *_record_columns(),
    )
    _record_indexes("plans")
    op.create_index("ix_plans_company_id", "plans", ["company_id"])
    op.create_table(
        "vouchers",
        sa.Column("company_id", sa.Uuid(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column("plan_id", sa.Uuid(), sa.ForeignKey("plans.id"), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("own_contribution_cents", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(300), nullable=False),
        sa.Column("deliverables", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        *_record_columns(),
    )
    _record_indexes("vouchers")
    op.create_index("ix_vouchers_company_id", "vouchers", ["company_id"])
    op.create_table(
        "files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_by", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
    )
    op.create_table(
        "file_links",
        sa.Column("id", ID64, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("files.sha256"), nullable=False),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("scan_id", sa.Uuid(), nullable=True),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_file_links_sha256", "file_links", ["sha256"])
    op.create_index("ix_file_links_user_id", "file_links", ["user_id"])
    op.create_index("ix_file_links_scan_id", "file_links", ["scan_id"])
    op.create_table(
        "benchmark_snapshots",
        sa.Column("questionnaire_key", sa.String(100), primary_key=True),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("groups", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_log_append_only() CASCADE")
    for table in (
        "benchmark_snapshots",
        "file_links",
        "files",
        "vouchers",
        "plans",
        "scans",
        "company_assignments",
        "companies",
        "push_batches",
        "change_counter",
        "audit_log",
        "login_attempts",
        "devices",
        "users",
    ):
        op.drop_table(table)
