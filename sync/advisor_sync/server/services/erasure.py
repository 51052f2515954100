"""Tombstones and the erasure of a company (GDPR), for the push and for the coordinator alike.

A tombstone keeps a record's id, references and status and forgets every
free text and personal detail (the domain's one rule,
:mod:`advisor_app.domain.erasure`), so each device learns of the deletion and
no personal data survives it. With a scan go its reports (file links, and the
stored file once nobody else links it); with a company also the links an
older client named after its KvK number; with any record the remembered
answers to pushes that named it (a conflict's answer carries the server's
full copy). The audit records only ids and versions, never the data.

Erasing a company tombstones everything about it, whoever recorded it; who may
do that is a rule of the rulebook
(:func:`advisor_app.domain.invariants.check_may_erase`): the advisors whose
records are all that hangs on the company, or a coordinator.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from sqlalchemy import delete, event, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.erasure import scrub

from ..crud.audit import audit
from ..models import (
    COMPANY_PARTS,
    CompanyPart,
    CompanyRecord,
    FileLink,
    PushBatch,
    PushBatchMention,
    Record,
    ScanRecord,
    StoredFile,
)
from .versions import Versions


def tombstone(
    session: Session,
    versions: Versions,
    entity: str,
    row: Record,
    *,
    user_id: uuid.UUID,
    device_id: uuid.UUID | None,
    cascade: bool,
    origin: uuid.UUID | None = None,
) -> None:
    """Scrub and delete ``row`` under a new version (written by the sync run ``origin``, see ``Versions.stamp``)."""
    forget_traces(session, row, user_id=user_id, device_id=device_id)
    if not event.contains(session, "after_commit", empty_sqlite_wal):
        event.listen(session, "after_commit", empty_sqlite_wal)
    scrub(entity, row)
    row.deleted = True
    versions.stamp(row, origin=origin)
    row.received_at = utcnow()
    audit(
        session,
        "record.delete",
        user_id=user_id,
        device_id=device_id,
        entity=entity,
        record_id=row.id,
        version=row.version,
        cascade=cascade,
    )


def live_parts(session: Session, company_id: uuid.UUID) -> Iterator[tuple[str, CompanyPart]]:
    """Every live scan, plan and voucher of the company, whoever recorded it."""
    for entity, model in COMPANY_PARTS.items():
        for part in session.scalars(select(model).where(model.company_id == company_id, ~model.deleted)):
            yield entity, part


def owners_of_live_parts(session: Session, company_id: uuid.UUID) -> set[uuid.UUID]:
    owners: set[uuid.UUID] = set()
    for model in COMPANY_PARTS.values():
        owners |= set(session.scalars(select(model.owner_id).where(model.company_id == company_id, ~model.deleted)))
    return owners


def erase_company(
    session: Session,
    versions: Versions,
    company: CompanyRecord,
    *,
    user_id: uuid.UUID,
    device_id: uuid.UUID | None,
) -> int:
    """Tombstone the company and everything about it; returns how many records were erased."""
    parts = list(live_parts(session, company.id))
    tombstone(session, versions, "company", company, user_id=user_id, device_id=device_id, cascade=False)
    for entity, part in parts:
        tombstone(session, versions, entity, part, user_id=user_id, device_id=device_id, cascade=True)
    return 1 + len(parts)


def forget_traces(session: Session, row: Record, *, user_id: uuid.UUID, device_id: uuid.UUID | None) -> None:
    """What else holds the record's data: remembered push answers, and a scan's or company's reports.

    The answers are found through the ids they name (``PushBatchMention``), an index probe each: never a
    read of every stored answer, inside the transaction that holds the change counter.
    """
    named = select(PushBatchMention.batch_id).where(PushBatchMention.record_id == row.id)
    session.execute(delete(PushBatch).where(PushBatch.batch_id.in_(named)))
    links = None
    if isinstance(row, ScanRecord):
        links = FileLink.scan_id == row.id
    elif isinstance(row, CompanyRecord) and row.kvk:
        links = FileLink.name.contains(row.kvk)  # report names of older clients: basisscan-<kvk>-...
    if links is None:
        return
    hashes = set(session.scalars(select(FileLink.sha256).where(links)))
    if not hashes:
        return
    # The same bytes are the same report, whoever sent them and under whatever name: all of it goes.
    session.execute(delete(FileLink).where(FileLink.sha256.in_(hashes)))
    session.execute(delete(StoredFile).where(StoredFile.sha256.in_(hashes)))
    for sha256 in sorted(hashes):
        audit(session, "file.delete", user_id=user_id, device_id=device_id, entity="file", sha256=sha256)


def empty_sqlite_wal(session: Session) -> None:
    """SQLite keeps old page images in its WAL until it is reused: after a tombstone's commit, empty it.

    The database itself zeroes freed space (``secure_delete``, ``dbkit.sqlite_setup``). Readers in the middle of a
    transaction can hold the checkpoint back; it then waits a second at most and the next one catches up.
    PostgreSQL keeps dead row versions until VACUUM (docs/privacy.md).
    """
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return
    connection = bind.engine.raw_connection() if isinstance(bind, Connection) else bind.raw_connection()
    try:
        cursor = connection.cursor()
        (usual,) = cursor.execute("PRAGMA busy_timeout").fetchone()
        cursor.execute("PRAGMA busy_timeout=1000")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute(f"PRAGMA busy_timeout={int(usual)}")
        cursor.close()
    finally:
        connection.close()
