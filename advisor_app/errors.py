"""Errors of the device side of the core (store and services).

They extend the domain's :class:`BasisscanError`, so every edge catches one
root and shows one plain sentence.
"""

from __future__ import annotations

import errno

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
    "UnknownQuestionnaireVersionError",
    "ValidationError",
    "os_failure",
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


class UnknownQuestionnaireVersionError(NotFoundError):
    """A scan names a questionnaire version this device does not have: one message for every lookup that misses."""

    def __init__(self, questionnaire_id: str, version: str) -> None:
        super().__init__(Text("Vragenlijst", "Questionnaire"), f"{questionnaire_id}@{version}")


class DuplicateError(ValidationError):
    """A unique fact (such as a KvK number) is already taken; ``field`` names it."""


class StateError(BasisscanError):
    """The action does not fit the record's state (e.g. editing a completed scan)."""


class ImportFileError(BasisscanError):
    """An import file as a whole cannot be read."""


OS_REASONS = {
    errno.ENOENT: Text("bestaat niet", "No such file or directory"),
    errno.EACCES: Text("geen toegang", "Permission denied"),
    errno.EPERM: Text("geen toestemming", "Operation not permitted"),
    errno.EROFS: Text("de schijf is alleen-lezen", "Read-only file system"),
    errno.ENOSPC: Text("de schijf is vol", "No space left on device"),
    errno.EISDIR: Text("is een map", "Is a directory"),
    errno.ENOTDIR: Text("is geen map", "Not a directory"),
    errno.EEXIST: Text("bestaat al", "File exists"),
}


def os_failure(error: OSError) -> str:
    """An operating-system failure as one line: the reason in the user's language, then the file."""
    known = OS_REASONS.get(error.errno) if error.errno is not None else None
    reason = str(known) if known is not None else (error.strerror or str(error))
    return f"{reason}: {error.filename or ''}".rstrip(": ")
