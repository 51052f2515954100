"""SQLite's failures in plain words, one line in the user's language.

SQLAlchemy's own text spans lines: the driver's message, the SQL, the
parameters and "(Background on this error at: https://sqlalche.me/...)".
None of it helps an advisor. The driver's error code says what happened, so
the common ones get a sentence of their own; anything else keeps only the
driver's first line.
"""

from __future__ import annotations

import sqlite3

from ..domain.text import Text
from ..errors import StoreError

BY_CODE: dict[str, Text] = {
    "SQLITE_BUSY": Text(
        "de database is bezet: een ander programma of venster schrijft erin",
        "the database is busy: another program or window is writing to it",
    ),
    "SQLITE_LOCKED": Text("de database is bezet", "the database is busy"),
    "SQLITE_FULL": Text("de schijf is vol", "the disk is full"),
    "SQLITE_READONLY": Text("de map of het bestand is alleen-lezen", "the folder or file is read-only"),
    "SQLITE_IOERR": Text("de schijf gaf een lees- of schrijffout", "the disk reported a read or write error"),
    "SQLITE_CORRUPT": Text("het bestand is beschadigd", "the file is damaged"),
    "SQLITE_NOTADB": Text("het bestand is geen database", "the file is not a database"),
    "SQLITE_CANTOPEN": Text("het bestand kan niet worden geopend", "the file cannot be opened"),
    "SQLITE_PERM": Text("er is geen toestemming om het bestand te gebruiken", "there is no permission to use the file"),
    "SQLITE_AUTH": Text("er is geen toestemming om het bestand te gebruiken", "there is no permission to use the file"),
    "SQLITE_CONSTRAINT": Text("de gegevens spreken een regel van de database tegen", "the data breaks a rule of the database"),
}


def plain_cause(error: BaseException) -> Text:
    """What went wrong, without SQL, parameters or links; for ``sqlite3`` and SQLAlchemy errors alike."""
    # SQLAlchemy's errors are recognised by their module, not imported: the listing's plain path
    # (``store.plain``) opens the database without loading SQLAlchemy at all.
    from_sqlalchemy = type(error).__module__.startswith("sqlalchemy")
    wraps_driver = any(kind.__module__ == "sqlalchemy.exc" and kind.__name__ == "DBAPIError" for kind in type(error).__mro__)
    driver = getattr(error, "orig", error) if wraps_driver else error
    if isinstance(driver, sqlite3.Error):
        name = getattr(driver, "sqlite_errorname", "") or ""
        for code, text in BY_CODE.items():
            if name == code or name.startswith(code + "_"):
                return text
    first_line = (str(driver).strip().splitlines() or [type(driver).__name__])[0]
    if from_sqlalchemy and not wraps_driver:
        first_line = first_line.split(" (Background on this error", 1)[0]
    return Text(first_line, first_line)


def read_failure(file_name: str, error: BaseException) -> StoreError:
    """A read that failed, in one plain line naming the file."""
    cause = plain_cause(error)
    return StoreError(Text(f"Lezen uit {file_name} is mislukt ({cause.nl})", f"Reading from {file_name} failed ({cause.en})"))
