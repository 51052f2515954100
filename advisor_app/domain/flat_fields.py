"""A record's fields one by one: how the sync's merge compares them and how "edited here" names them.

Two devices that answered different items of one scan, or edited different actions of one plan, both keep
their work because a record is compared part by part: each intake answer and ambition, each scan answer
(by item) and each plan action (by id) is a field of its own, named ``intake.size_class``,
``answers.D1.2`` or ``actions.<id>``. The device marks the fields the advisor edited by the same names
(``store.touched``), and the merge looks them up; so the naming lives here once, beside neither of them.
``tests/core/test_flat_fields.py`` holds :data:`SPREAD` to the records of ``domain.records``. No pydantic
here: the store's flush-time bookkeeping and the autosave's plain statements use it too.
"""

from __future__ import annotations

from typing import Any

SPREAD: dict[str, dict[str, str]] = {
    "scan": {"intake": "", "ambitions": "", "answers": "item_id"},
    "plan": {"actions": "id"},
}
"""Per entity: the fields whose parts are fields of their own, and the key naming a list entry ("" for a mapping)."""


def part_field(key: str, part: object) -> str:
    """The name of one part of a spread field: ``part_field("answers", "D1.2") == "answers.D1.2"``."""
    return f"{key}.{part}"


def answer_field(item_id: str) -> str:
    """A scan's answer to one item, as a field of the scan."""
    return part_field("answers", item_id)


def action_field(action_id: object) -> str:
    """One action of a plan, as a field of the plan."""
    return part_field("actions", action_id)


TIMES = ("created_at", "updated_at")
"""A record's times: no fields of their own (the merge takes the later ``updated_at``)."""


def flatten(entity: str, doc: dict[str, Any]) -> dict[str, Any]:
    """``{"answers.D1.2": {...}, "intake.size_class": "1-9", "name": ...}``; times are left out.

    The device's merge compares records so; the server names the fields a push edited so (``Record.edited``).
    """
    spread = SPREAD.get(entity, {})
    flat: dict[str, Any] = {}
    for key, value in doc.items():
        if key in TIMES:
            continue
        if key not in spread:
            flat[key] = value
        elif spread[key]:
            for entry in value:
                part = dict(entry)
                flat[part_field(key, part.pop(spread[key]))] = part
        else:
            for part_key, part_value in value.items():
                flat[part_field(key, part_key)] = part_value
    return flat


def names_a_field(entity: str, fields: frozenset[str], name: str) -> bool:
    """Whether ``name`` is a field of the record as :func:`flatten` names them (``fields``: the record's own).

    What a device may say it edited: a plain field, or one part of a spread field (any part: an answer
    given and taken back again is in neither copy).
    """
    head, dot, part = name.partition(".")
    spread = SPREAD.get(entity, {})
    if not dot:
        return name in fields and name not in spread and name not in TIMES
    return head in spread and bool(part)
