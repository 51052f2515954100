"""A base copy says whether the agreed copy was the server's tombstone.

"Keep the server's" after a refusal restores the last copy agreed with the server. When that copy was a
tombstone (the record deleted elsewhere came down while a change of it waited, and the advisor kept
their own version, which the server then refused), the restored record was live here, scrubbed and
empty, while the server held it deleted. The flag lets it be deleted again.

Existing base copies of records that are deleted here and settled at the base's version were
tombstones: they are marked so. The column is added in place (no copy of the table: sync_base carries
no triggers of migration 0010, and nothing else is rebuilt).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

RECORD_TABLES = {"company": "company", "scan": "scan", "plan": "plan", "voucher": "voucher"}
"""The synced kinds and their tables, as they were when this migration was written."""


def upgrade() -> None:
    op.add_column("sync_base", sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()))
    for entity, table in RECORD_TABLES.items():
        op.execute(
            f"UPDATE sync_base SET deleted = 1 WHERE entity = '{entity}' AND EXISTS ("
            f"SELECT 1 FROM {table} WHERE {table}.id = sync_base.record_id AND {table}.deleted = 1"
            f" AND {table}.dirty = 0 AND {table}.server_version = sync_base.version)"
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_base") as batch:
        batch.drop_column("deleted")
