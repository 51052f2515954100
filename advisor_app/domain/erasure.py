"""What an erasure (GDPR) forgets: the one scrub rule for the device and the server.

A deleted record stays behind as a tombstone, so every device learns of the
deletion; the tombstone keeps its id, references, status, times and the
numbers that are no one's personal data (sector, size band, amounts), and
forgets every free text and personal detail. The device scrubs its rows, its
sync bookkeeping and its conflicts with this rule; the server scrubs its
records with it, so the two can never disagree on what an erased company
still says.

The names are the fields of the synced documents (``advisor_sync.protocol``),
which the device's rows and the server's rows both carry under the same names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

PERSONAL_FIELDS: Mapping[str, Mapping[str, Callable[[], Any]]] = {
    "company": {
        "name": str,
        "kvk": str,
        "municipality": str,
        "contact_person": str,
        "email": str,
        "phone": str,
        "consent": bool,
        "consent_at": lambda: None,
        "created_by": str,
    },
    "scan": {"advisor": str, "summary_notes": str, "answers": list, "intake": dict, "ambitions": dict},
    "plan": {"title": str, "next_steps": str, "actions": list},
    "voucher": {"supplier": str, "deliverables": str},
}
"""Per kind of record, each field a tombstone forgets and a maker of its empty value (fresh each time)."""


def scrubbed_values(entity: str) -> dict[str, Any]:
    """The empty value of every field ``entity``'s tombstone forgets, new objects each call (safe to assign)."""
    return {field: empty() for field, empty in PERSONAL_FIELDS[entity].items()}


def scrub_document(entity: str, document: Mapping[str, Any]) -> dict[str, Any]:
    """A synced document as its tombstone: the same keys, the personal ones emptied."""
    return {**document, **{field: value for field, value in scrubbed_values(entity).items() if field in document}}


def scrub(entity: str, row: object) -> None:
    """Empty the personal fields of a row (device or server) in place; child rows go with their list."""
    for field, value in scrubbed_values(entity).items():
        setattr(row, field, value)
