"""Erasing a company on this device (GDPR), whether the advisor asks for it here or the server tells of it.

The rows stay as tombstones (the sync must carry the deletion, and the server
sends its own tombstones back), scrubbed with the domain's one rule
(:mod:`advisor_app.domain.erasure`), the same the server applies. With them
go the sync bookkeeping's copies (base copies scrubbed the same way, open and
closed conflicts deleted), the voucher form's draft, the PDF reports of the
company's scans in ``reports/``, and the bytes SQLite would otherwise keep:
the database runs with ``secure_delete`` (freed space is zeroed), and after
an erasure it is vacuumed and its WAL emptied, so a backup made afterwards
holds nothing of the company.

The files and the vacuum come after the commit, from a mark set in the same
transaction (:func:`finish_erasures`): a crash in between leaves the mark, and
the next call finishes the job.
"""

from __future__ import annotations

import logging
import re
import uuid
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..dbkit.types import utcnow
from ..domain.erasure import scrub, scrub_document
from ..store.bookkeeping import explicit_bookkeeping
from ..store.database import Database
from ..store.models import Company, Plan, Scan, SyncBase, SyncConflict, Voucher
from ..store.settings import get_setting, set_setting
from .vouchers import drop_form_draft

PENDING_KEY = "erasure_pending"
"""Set in the erasing transaction; :func:`finish_erasures` removes reports, vacuums and clears it."""
_WORDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-z]+")
log = logging.getLogger(__name__)


def erase_company(session: Session, company_id: uuid.UUID, *, to_send: bool) -> None:
    """Scrub and delete the company and everything about it in this transaction.

    ``to_send``: the advisor erased it here, so the deletions go to the server at the next sync
    (records the server never had need not); otherwise the server told of it and nothing goes back.
    """
    company = session.get(Company, company_id)
    if company is None:
        return
    now = utcnow()
    records: list[tuple[str, Company | Scan | Plan | Voucher]] = [("company", company)]
    records += [("scan", row) for row in session.scalars(select(Scan).where(Scan.company_id == company_id))]
    records += [("plan", row) for row in session.scalars(select(Plan).where(Plan.company_id == company_id))]
    records += [("voucher", row) for row in session.scalars(select(Voucher).where(Voucher.company_id == company_id))]
    with explicit_bookkeeping(session):  # a scrubbed tombstone goes out only when the server knew the record
        for entity, row in records:
            scrub(entity, row)
            if not row.deleted:
                row.deleted, row.updated_at = True, now
                row.dirty = to_send and row.server_version is not None
            elif not to_send:
                row.dirty = False
    ids = [row.id for _, row in records]
    for base in session.scalars(select(SyncBase).where(SyncBase.record_id.in_(ids))):
        base.data = scrub_document(base.entity, base.data)
    session.execute(delete(SyncConflict).where(SyncConflict.record_id.in_(ids)))
    drop_form_draft(session, company_id)
    set_setting(session, PENDING_KEY, "1")


def erased(session: Session, row: Company | Scan | Plan | Voucher) -> bool:
    """Whether a record is gone by an erasure: a deleted company (companies are only ever erased), or a part of one.

    For a copy of the record made after the erasure (the base copy an answer that arrived late brings):
    it is scrubbed like the copies :func:`erase_company` scrubbed.
    """
    if isinstance(row, Company):
        return row.deleted
    company = session.get(Company, row.company_id)
    return company is not None and company.deleted


def finish_erasures(db: Database, reports: Path) -> int:
    """After an erasure's commit: delete the reports of erased companies' scans, vacuum; returns the files removed."""
    with db.session() as session:
        if get_setting(session, PENDING_KEY) is None:
            return 0
        erased_scans = set(session.scalars(select(Scan.id).join(Company, Scan.company_id == Company.id).where(Company.deleted)))
        # A refusal recorded after the erasure in the same sync (a part sent before the server's tombstone came in).
        # Only of companies the server erased (their tombstone applied here, so nothing waits to be sent): the
        # refusal of this device's own erasure, still to be sent, is the advisor's to resolve and must stay.
        erased = select(Company.id).where(Company.deleted, ~Company.dirty)
        parts = [select(model.id).where(model.company_id.in_(erased)) for model in (Scan, Plan, Voucher)]
        session.execute(delete(SyncConflict).where(SyncConflict.record_id.in_(erased.union(*parts))))
    words = scan_words(erased_scans)
    removed = 0
    for path in sorted(reports.rglob("*.pdf")) if reports.is_dir() else ():
        if path.is_file() and not words.isdisjoint(_WORDS.findall(path.name.lower())):
            path.unlink()
            removed += 1
    _run(db, "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")
    with db.session() as session:
        set_setting(session, PENDING_KEY, None)
    _run(db, "PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("erasure finished: %d report(s) removed, database vacuumed", removed)
    return removed


def scan_words(scan_ids: set[uuid.UUID]) -> set[str]:
    """How a report's file name names a scan: its whole id, or its first 8 characters (as reports are named)."""
    return {str(scan_id) for scan_id in scan_ids} | {scan_id.hex for scan_id in scan_ids} | {s.hex[:8] for s in scan_ids}


def _run(db: Database, *statements: str) -> None:
    """Outside any transaction, as VACUUM and a truncating checkpoint need: the raw connection is in autocommit."""
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        for statement in statements:
            cursor.execute(statement)
        cursor.close()
    finally:
        connection.close()
