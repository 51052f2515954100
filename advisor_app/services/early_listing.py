"""The companies list at the desktop's start, before SQLAlchemy, pydantic and the services are imported.

A cold start spent about half a second of CPU importing the store's ORM, the records and every service
before the companies list could be read, and the advisor looked at "Opening your data ..." meanwhile.
When the folder the start opens is surely the chosen one and its database is ours and current
(``store.plain``: nothing to migrate, back up or check first), the list is read here through the driver
alone (``services.company_listing``), shown, and the workspace opens behind it; what the advisor does with
the list before then waits for it (``advisor_ui.waiting``). Any doubt gives ``None`` and the start opens the
workspace first, as before.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from ..paths import DATABASE_FILE
from ..store.plain import PlainDatabase
from .company_listing import CompanySummary, company_summaries

DEMO_FOLDER = "demo"
"""A real folder's demo folder (``Workspace.open_demo``); while its database exists the start may open the demo instead."""


def start_reader(folder: Path) -> PlainDatabase | None:
    """The database the start will open, read through the driver alone; ``None`` when that is not certain or not possible.

    ``Workspace.open_to_start`` opens the chosen folder unless its demo folder holds a database (and the
    folder's settings say the demo is in use); without a demo database it is surely the chosen folder.
    """
    if (folder / DEMO_FOLDER / DATABASE_FILE).is_file():
        return None
    return PlainDatabase.open_current(folder / DATABASE_FILE)


def early_companies(folder: Path) -> list[CompanySummary] | None:
    """The live companies of the folder the start opens, or ``None`` when the workspace must open it first."""
    reader = start_reader(folder)
    if reader is None:
        return None
    try:
        return company_summaries(reader)
    except StoreError:  # held by another program, say: the workspace waits for it and tells the advisor
        return None
