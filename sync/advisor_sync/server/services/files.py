"""Files (PDF reports) by SHA-256: uploaded once, linked to whoever sent them and the scan they belong to."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advisor_app.domain.text import Text

from ..core.errors import HashMismatchError, NotFoundError
from ..crud.audit import audit
from ..models import FileLink, ScanRecord, StoredFile, User, utcnow
from .access import reads_everything


def missing(session: Session, hashes: list[str]) -> list[str]:
    wanted = sorted(set(hashes))
    present = set(session.scalars(select(StoredFile.sha256).where(StoredFile.sha256.in_(wanted)))) if wanted else set()
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
    """Keep the file unless it is already there; returns whether it was new."""
    actual = hashlib.sha256(content).hexdigest()
    if actual != sha256:
        raise HashMismatchError(
            Text(
                f"De inhoud past niet bij de SHA-256 in het adres (ontvangen {actual}); het bestand is niet bewaard",
                f"The content does not match the SHA-256 in the address (received {actual}); the file was not stored",
            )
        )
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
        audit(session, "file.upload", user_id=user.id, device_id=device_id, entity="file", sha256=sha256, name=name, new=created)
    return created


def fetch(session: Session, user: User, sha256: str) -> StoredFile:
    """The file, if this user sent it, owns the scan it belongs to, or reads everything."""
    stored = session.get(StoredFile, sha256)
    allowed = stored is not None and (
        reads_everything(user)
        or session.scalar(
            select(
                exists().where(
                    FileLink.sha256 == sha256,
                    (FileLink.user_id == user.id)
                    | FileLink.scan_id.in_(select(ScanRecord.id).where(ScanRecord.owner_id == user.id)),
                )
            )
        )
    )
    if stored is None or not allowed:
        raise NotFoundError(Text(f"Bestand {sha256} bestaat niet", f"File {sha256} does not exist"))
    return stored
