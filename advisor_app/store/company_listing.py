"""The companies list as one plain SQL statement over the driver's connection (``Database.plain_read``).

The desktop's companies list reads every live company at the start; through the ORM, 8,343 rows (each
made into a mapped object with its UUID and datetimes converted, then into a pydantic view) took a fifth
of a second of CPU, more than the query. This statement returns plain tuples in the columns' stored form
(ids as 32 hex digits, booleans as 0/1) and only the columns the list shows;
``services.company_listing`` makes the summaries. ``tests/core/test_company_listing.py`` holds it to the
ORM's reading (``CompanyService.list``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

COMPANIES = (
    "SELECT id, name, kvk, sector, municipality, employees, contact_person, consent"
    " FROM company WHERE deleted = 0 ORDER BY name, id"
)
"""Every live company by name (as ``CompanyService.list`` orders them; the id only breaks ties)."""

ID, NAME, KVK, SECTOR, MUNICIPALITY, EMPLOYEES, CONTACT_PERSON, CONSENT = range(8)
"""Positions in a row of :data:`COMPANIES`."""


def listed_companies(connection: sqlite3.Connection) -> list[Any]:
    """The rows of :data:`COMPANIES`."""
    return connection.execute(COMPANIES).fetchall()
