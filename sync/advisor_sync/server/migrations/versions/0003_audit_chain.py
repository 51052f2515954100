"""Audit log hash chain: every row carries the previous row's hash and its own; rows written before are chained here.

Also an ``actor`` column (the operator, for changes made from the command
line), and on PostgreSQL no role but the table's owner keeps UPDATE, DELETE,
TRUNCATE, REFERENCES or TRIGGER on the audit table, nor write access to
``alembic_version``: whatever default privileges gave the app role when 0001
created them, the app may only SELECT and INSERT audit rows and read the
schema's version (docs/server.md, "The audit log"). Runs as the owner, who
alone may set the append-only triggers aside while the old rows get their
hashes; before old upload rows are sealed their file names go (older clients
named reports after the company's KvK number).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from advisor_sync.server.crud.audit import GENESIS, entry_hash

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PAGE = 1000
SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
SQLITE_OPEN = ("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
POSTGRESQL_OPEN = ("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",)
POSTGRESQL_APPEND_ONLY = ("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change",)
POSTGRESQL_SEQUENCE_PAST_ROWS = (
    "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE((SELECT max(id) FROM audit_log), 0) + 1, false)"
)
WITHHELD = {
    "audit_log": "UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER",
    "alembic_version": "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER",
}
"""PostgreSQL: privileges no role but the table's owner keeps (the app must not forge the schema's version either)."""


def _withhold(table: str, privileges: str) -> str:
    """Revoke ``privileges`` from every role but the owner, and PUBLIC, whatever their names (default privileges gave them)."""
    listed = ", ".join(f"'{privilege.strip()}'" for privilege in privileges.split(","))
    return f"""
DO $$
DECLARE grantee text;
BEGIN
  FOR grantee IN
    SELECT DISTINCT CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_roles.rolname) END
    FROM pg_class CROSS JOIN LATERAL aclexplode(pg_class.relacl) AS acl
    LEFT JOIN pg_roles ON pg_roles.oid = acl.grantee
    WHERE pg_class.oid = '{table}'::regclass AND acl.grantee <> pg_class.relowner AND acl.privilege_type IN ({listed})
  LOOP
    EXECUTE 'REVOKE {privileges} ON {table} FROM ' || grantee;
  END LOOP;
END $$
"""


audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.BigInteger()),
    sa.column("at", sa.DateTime()),
    sa.column("user_id", sa.Uuid()),
    sa.column("device_id", sa.Uuid()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("record_id", sa.Uuid()),
    sa.column("version", sa.BigInteger()),
    sa.column("detail", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def _sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def _run(statements: tuple[str, ...]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("actor", sa.String(200), nullable=True))
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(64), nullable=True))
    op.add_column("audit_log", sa.Column("hash", sa.String(64), nullable=True))
    _run(SQLITE_OPEN if _sqlite() else POSTGRESQL_OPEN)
    _chain_existing_rows()
    with op.batch_alter_table("audit_log") as batch:  # SQLite: the table is copied, so its triggers come back below
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(64), nullable=False)
    _run(SQLITE_APPEND_ONLY if _sqlite() else POSTGRESQL_APPEND_ONLY)
    if not _sqlite():
        for table, privileges in WITHHELD.items():
            op.execute(_withhold(table, privileges))


def _chain_existing_rows() -> None:
    """In id order, a page at a time: the order the rows were written in."""
    connection = op.get_bind()
    prev_hash, last_id = GENESIS, None
    while True:
        query = sa.select(audit_log).order_by(audit_log.c.id).limit(PAGE)
        if last_id is not None:
            query = query.where(audit_log.c.id > last_id)
        page = [dict(row) for row in connection.execute(query).mappings()]
        if not page:
            return
        updates = []
        for row in page:
            row["detail"] = _without_personal_data(row["action"], row["detail"])
            row["prev_hash"] = prev_hash
            prev_hash = entry_hash(row)
            updates.append(
                {"row_id": row["id"], "new_detail": row["detail"], "new_prev_hash": row["prev_hash"], "new_hash": prev_hash}
            )
        connection.execute(
            audit_log.update()
            .where(audit_log.c.id == sa.bindparam("row_id"))
            .values(detail=sa.bindparam("new_detail"), prev_hash=sa.bindparam("new_prev_hash"), hash=sa.bindparam("new_hash")),
            updates,
        )
        last_id = page[-1]["id"]


def _without_personal_data(action: str, detail: dict[str, object]) -> dict[str, object]:
    """Uploads recorded the file's name, which older clients made of the company's KvK number.

    Once chained a row can no longer be cleaned, and an erasure must leave no
    KvK number behind: so the names go now (the upload keeps its SHA-256).
    """
    if action == "file.upload":
        return {key: value for key, value in detail.items() if key != "name"}
    return detail


def downgrade() -> None:
    if _sqlite():
        _run(SQLITE_OPEN)
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("actor")
    if _sqlite():
        _run(SQLITE_APPEND_ONLY)
    else:  # ids were handed out by the chain, not the sequence: the older server takes them from the sequence again
        op.execute(POSTGRESQL_SEQUENCE_PAST_ROWS)
