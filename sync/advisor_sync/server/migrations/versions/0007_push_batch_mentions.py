"""Remembered push answers are indexed by the records they name, so an erasure forgets them by id.

Before, an erasure read every stored answer as text for each erased record. The index is filled for
the answers already stored, from every id written in them, as the server fills it from now on
(``models.ids_named_in``; copied here, since a migration must not change when the app does).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def upgrade() -> None:
    mentions = op.create_table(
        "push_batch_mentions",
        sa.Column("batch_id", sa.Uuid(), sa.ForeignKey("push_batches.batch_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("record_id", sa.Uuid(), primary_key=True),
    )
    op.create_index("ix_push_batch_mentions_record_id", "push_batch_mentions", ["record_id"])
    batches = sa.table("push_batches", sa.column("batch_id", sa.Uuid()), sa.column("response", sa.JSON()))
    connection = op.get_bind()
    rows: list[dict[str, Any]] = []
    for batch_id, response in connection.execute(sa.select(batches.c.batch_id, batches.c.response)):
        named = {uuid.UUID(found) for found in _UUID_TEXT.findall(json.dumps(response))}
        rows += [{"batch_id": batch_id, "record_id": record_id} for record_id in sorted(named)]
    if rows:
        op.bulk_insert(mentions, rows)


def downgrade() -> None:
    op.drop_index("ix_push_batch_mentions_record_id", table_name="push_batch_mentions")
    op.drop_table("push_batch_mentions")
