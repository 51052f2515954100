"""Files (PDF reports) by SHA-256: uploaded once, linked to whoever sent them and the scan they belong to.

Content is stored once, but each advisor sees only the files they sent, the
files of their own scans, or (coordinators) everything: asking which files are
missing, uploading and downloading all answer from that view, so none of them
tells one advisor whether another holds a file. A file is attached only to a
live scan of the uploader's own.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import ColumnElement, exists, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.text import Text

from ..core.errors import HashMismatchError, NotFoundError
from ..crud.audit import audit
from ..models import FileLink, ScanRecord, StoredFile, User
from .access import reads_everything


def readable(user: User) -> ColumnElement[bool]:
    """The files this user may fetch: the ones they sent (to their own scans or none), or any for a coordinator.

    A link naming a scan is only ever made by that scan's owner (see :func:`store`), so "sent by them" covers
    the reports of their scans from every one of their devices, and nobody else's upload reaches them.
    """
    if reads_everything(user):
        return true()
    return exists().where(FileLink.sha256 == StoredFile.sha256, FileLink.user_id == user.id)


def missing(session: Session, user: User, hashes: list[str]) -> list[str]:
    """The hashes this user must upload: those they cannot fetch, whether or not someone else sent the content."""
    wanted = sorted(set(hashes))
    present = (
        set(session.scalars(select(StoredFile.sha256).where(StoredFile.sha256.in_(wanted), readable(user)))) if wanted else set()
    )
    return [sha for sha in wanted if sha not in present]


def store(
    session: Session,
    user: User,
    device_id: uuid.UUID,
    sha256: str,
    content: bytes,
    *,
    name: str,
    scan_id: uuid.UUID | None,
    media_type: str,
) -> bool:
    """Keep the file unless it is already there; returns whether it is new *to this user* (no oracle).

    ``scan_id`` must name a live scan of the uploader's own; any other id gets the same "does not exist".
    """
    actual = hashlib.sha256(content).hexdigest()
    if actual != sha256:
        raise HashMismatchError(
            Text(
                f"De inhoud past niet bij de SHA-256 in het adres (ontvangen {actual}); het bestand is niet bewaard",
                f"The content does not match the SHA-256 in the address (received {actual}); the file was not stored",
            )
        )
    if scan_id is not None:
        scan = session.get(ScanRecord, scan_id)
        if scan is None or scan.deleted or scan.owner_id != user.id:
            raise NotFoundError(Text(f"Scan {scan_id} bestaat niet", f"Scan {scan_id} does not exist"))
    new_to_user = not session.scalar(select(exists().where(FileLink.sha256 == sha256, FileLink.user_id == user.id)))
    created = session.get(StoredFile, sha256) is None
    if created:
        try:
            with session.begin_nested():
                session.add(
                    StoredFile(sha256=sha256, size=len(content), media_type=media_type, content=content, uploaded_by=user.id)
                )
        except IntegrityError:
            created = False  # the same file arrived from another device a moment ago
    linked = session.scalar(select(exists().where(FileLink.sha256 == sha256, FileLink.user_id == user.id, FileLink.name == name)))
    if not linked:
        session.add(FileLink(sha256=sha256, user_id=user.id, name=name, scan_id=scan_id, linked_at=utcnow()))
        # The file's name stays out of the audit: a name may say whose report it is, and the audit outlives erasures.
        audit(session, "file.upload", user_id=user.id, device_id=device_id, entity="file", sha256=sha256, new=created)
    return new_to_user


def fetch(session: Session, user: User, sha256: str) -> StoredFile:
    """The file, if this user may read it (see :func:`readable`)."""
    stored = session.scalars(select(StoredFile).where(StoredFile.sha256 == sha256, readable(user))).first()
    if stored is None:
        raise NotFoundError(Text(f"Bestand {sha256} bestaat niet", f"File {sha256} does not exist"))
    return stored
