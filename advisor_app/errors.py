"""Errors of the device side of the core (store and services).

They extend the domain's :class:`BasisscanError`, so every edge catches one
root and shows one plain sentence.
"""

from __future__ import annotations

from .domain.errors import BasisscanError, ValidationError
from .domain.text import Text

__all__ = [
    "BasisscanError",
    "DuplicateError",
    "ForeignDatabaseError",
    "ImportFileError",
    "NewerDatabaseError",
    "NotFoundError",
    "ReadOnlyError",
    "StateError",
    "StoreError",
    "ValidationError",
]


class StoreError(BasisscanError):
    """The local database cannot be opened, migrated or written."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer Basisscan; we never downgrade."""


class ForeignDatabaseError(StoreError):
    """The data file is another application's database (or no database): refused, never written to."""


class ReadOnlyError(StoreError):
    """The data folder is on read-only media: reading works, writing cannot."""


class NotFoundError(BasisscanError):
    def __init__(self, what: Text, key: object) -> None:
        super().__init__(Text(f"{what.nl} '{key}' bestaat niet", f"{what.en} '{key}' does not exist"))
        self.key = key


class DuplicateError(ValidationError):
    """A unique fact (such as a KvK number) is already taken; ``field`` names it."""


class StateError(BasisscanError):
    """The action does not fit the record's state (e.g. editing a completed scan)."""


class ImportFileError(BasisscanError):
    """An import file as a whole cannot be read."""
