"""A scan's questionnaire version is as wide as the record and the server allow: 40 characters, was 20.

The domain's scan record (``advisor_app.domain.records``) bounds the version at 40, as the server's
column and the published versions do; a version of 21-40 characters was accepted by the server and
then did not fit the device. SQLite changes a column by copying the table, which drops the table's
triggers: the one on ``scan`` (0007, it forgets a stored result when the scan changes) is read
before and made again after. The copy runs with foreign keys off (``advisor_app.dbkit.migrations``),
so the answers and plans that refer to the scans stay as they are.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _widen(old: int, new: int) -> None:
    triggers = [
        sql
        for (sql,) in op.get_bind().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'scan' ORDER BY name"
        )
    ]
    with op.batch_alter_table("scan") as batch_op:
        batch_op.alter_column(
            "questionnaire_version", existing_type=sa.String(length=old), type_=sa.String(length=new), existing_nullable=False
        )
    for sql in triggers:
        op.execute(sql)


def upgrade() -> None:
    _widen(20, 40)


def downgrade() -> None:
    _widen(40, 20)
