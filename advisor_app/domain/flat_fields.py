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
