"""Ids as the store writes them (32 lowercase hex digits, no dashes), read back without SQLAlchemy's type.

The plain listings (``services.scan_listing``, ``services.company_listing``, ``services.listing_json``) read
thousands of ids a start or a command; these two give the same values as ``uuid.UUID(stored)`` and its
``str`` at a fraction of their cost. This module imports nothing heavy, so the early companies list can use it.
"""

from __future__ import annotations

import re
import uuid

_UUID_SLOTS = {"int", "is_safe"} <= set(getattr(uuid.UUID, "__slots__", ()))
_new = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def uuid_of(stored: str) -> uuid.UUID:
    """The UUID of an id as stored (32 hex digits), equal to ``uuid.UUID(stored)`` at a third of its cost.

    ``UUID.__init__`` strips braces and dashes, checks the length and sets its two fields through
    ``object.__setattr__`` behind five keyword checks; a listing makes 20,000 of them. Anything but 32
    hex digits (or a ``UUID`` without those two slots) goes through the constructor, which says what is wrong.
    """
    if not _UUID_SLOTS or len(stored) != 32 or not stored.isalnum():
        return uuid.UUID(stored)
    made = _new(uuid.UUID)
    _set(made, "int", int(stored, 16))
    _set(made, "is_safe", _UNKNOWN)
    return made


_LOWER_HEX = re.compile("[0-9a-f]{32}").fullmatch


def uuid_text(stored: str) -> str:
    """``str(uuid_of(stored))`` without the UUID: an id as stored (32 lowercase hex digits) with its dashes.

    Anything else goes through the UUID (which says what is wrong, or writes it as ``str`` would).
    """
    if _LOWER_HEX(stored) is None:
        return str(uuid_of(stored))
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"
