"""The state of the completed scans: a token that changes whenever what the benchmark groups are made of does.

The local benchmark groups' inputs (``services.benchmark_members``) were kept with the count and the last
``updated_at`` of every scan and company, which each autosave of a draft moves: the first report after an
edit built them again from 10,000 results and wrote 1.4 MB. They are made of completed scans only: which
ones are live and current (status, deletion, the revisions that replace them), their company, completion,
questionnaire and answers, and their company's sector and deletion. These triggers give
``workspace_setting.completed_scans_state`` a fresh random value whenever one of those changes, whatever
code path does it; a sync that sets a server's ``updated_at`` (older than the newest one here) moves it
too, which the timestamps did not. Changes of a draft, and the bookkeeping of a completed scan (``dirty``,
``updated_at``, ``server_version``, ``position``; a push marks them), leave it.

Answers changed or removed on a completed scan move it; answers *added* are not watched: they come
with their scan, whose insert or completion (in the same transaction: a scan travels with its answers)
moves the token, and a completed scan takes no new answers (``invariants.check_scan_editable``). Watching
them too cost a quarter of the time of writing a demo or pulling many completed scans (a trigger per answer).

A token and not a counter: a counter that is lost (a removed row) and counted again could meet an old value.

A later migration that copies ``scan``, ``answer`` or ``company`` (SQLite's ``batch_alter_table`` changes a
column that way) must make these triggers again, or the kept inputs are read back after the scans changed.
A copy of ``answer`` or ``company`` drops their triggers without an error; a copy of ``scan`` fails at the
rename, as the two on ``answer`` name ``scan``. So: read every trigger whose SQL names the copied table
(``sqlite_master``), drop those before the copy, execute their SQL after it (docs/architecture.md,
*Shared database infrastructure*).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEY = "completed_scans_state"
KEPT = "benchmark_members"
"""The inputs kept with the old state (``services.benchmark_members.KEY``): removed, so none outlives its key."""

COMPLETED = "'completed'"
"""``ScanStatus.COMPLETED`` as stored (a migration keeps the values it was written with)."""

SCAN_DATA = (
    "id, company_id, advisor, questionnaire_id, questionnaire_version, status, started_at, completed_at,"
    " revision_of_id, follow_up_of_id, intake, ambitions, summary_notes, created_at, deleted"
)
"""Every column of ``scan`` but the bookkeeping (``store.bookkeeping.BOOKKEEPING``); a test holds the two together."""

NEW_STATE = f"INSERT OR REPLACE INTO workspace_setting (key, value) VALUES ('{KEY}', lower(hex(randomblob(16))))"
OF_COMPLETED = "EXISTS (SELECT 1 FROM scan WHERE id IN ({ids}) AND status = " + COMPLETED + ")"

TRIGGERS = {
    "completed_scans_scan_added": f"AFTER INSERT ON scan WHEN NEW.status = {COMPLETED}",
    "completed_scans_scan_changed": (
        f"AFTER UPDATE OF {SCAN_DATA} ON scan WHEN OLD.status = {COMPLETED} OR NEW.status = {COMPLETED}"
    ),
    "completed_scans_scan_removed": f"AFTER DELETE ON scan WHEN OLD.status = {COMPLETED}",
    "completed_scans_company_changed": "AFTER UPDATE OF id, sector, deleted ON company",
    "completed_scans_company_removed": "AFTER DELETE ON company",
    "completed_scans_answer_changed": "AFTER UPDATE ON answer WHEN " + OF_COMPLETED.format(ids="OLD.scan_id, NEW.scan_id"),
    "completed_scans_answer_removed": "AFTER DELETE ON answer WHEN " + OF_COMPLETED.format(ids="OLD.scan_id"),
}


def upgrade() -> None:
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {NEW_STATE}; END")
    op.execute(f"DELETE FROM workspace_setting WHERE key = '{KEPT}'")
    op.execute(NEW_STATE)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DELETE FROM workspace_setting WHERE key IN ('{KEY}', '{KEPT}')")
