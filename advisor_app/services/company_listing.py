"""Every live company as the desktop's companies list shows it, read without the ORM.

One plain statement (``store.company_listing``) over ``Database.plain_read``; a summary is one named
tuple with only what the list shows, so 10,000 of them cost little to make and to keep, and the
garbage collector has few objects to walk. The records themselves (``CompanyView``, through the ORM)
are for what edits or exports a company. This module imports no SQLAlchemy, so a reader without the
store's ORM (``store.plain.PlainDatabase``) can list too.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import AbstractContextManager
from typing import NamedTuple, Protocol

from ..store import company_listing as listing
from ..store.stored_ids import uuid_of


class Reader(Protocol):
    """``Database`` in the app (or ``store.plain.PlainDatabase``)."""

    def plain_read(self) -> AbstractContextManager[sqlite3.Connection]: ...


class CompanySummary(NamedTuple):
    """A company as the list shows it: the same names and values as :class:`~advisor_app.services.views.CompanyView`.

    A named tuple, as ``scan_listing.ScanSummary``: the frozen dataclass it was set each of its 8 fields through
    ``object.__setattr__``, three and a half times the cost of making the tuple (8,343 companies at the start).
    """

    id: uuid.UUID
    name: str
    kvk: str
    sector: str
    municipality: str
    employees: int | None
    contact_person: str
    consent: bool


def company_summaries(db: Reader) -> list[CompanySummary]:
    """Every live company, by name."""
    with db.plain_read() as connection:
        rows = listing.listed_companies(connection)
    return [
        CompanySummary(
            uuid_of(row[listing.ID]),
            row[listing.NAME],
            row[listing.KVK],
            row[listing.SECTOR],
            row[listing.MUNICIPALITY],
            row[listing.EMPLOYEES],
            row[listing.CONTACT_PERSON],
            bool(row[listing.CONSENT]),
        )
        for row in rows
    ]
