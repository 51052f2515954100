"""The column type for moments, shared by the device's store and the server.

Both keep times as naive UTC in the database (SQLite has no zone-aware type, and PostgreSQL's
``timestamp`` then behaves the same) and hand back aware UTC, so a comparison never mixes zones
and a time read back equals the time written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands back aware UTC; a naive time is refused, since its zone is a guess."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.replace(value, tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
