"""The append-only audit log: who did what to which record, and when.

Entries name the fields that changed, never their values, so erasing a
company (GDPR) leaves no personal data behind in the log.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from ..models import AuditEntry, utcnow


def audit(
    session: Session,
    action: str,
    *,
    user_id: uuid.UUID | None,
    device_id: uuid.UUID | None = None,
    entity: str | None = None,
    record_id: uuid.UUID | None = None,
    version: int | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            at=utcnow(),
            user_id=user_id,
            device_id=device_id,
            action=action,
            entity=entity,
            record_id=record_id,
            version=version,
            detail=detail,
        )
    )
