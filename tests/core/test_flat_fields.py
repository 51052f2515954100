"""The names of a record's fields one by one (``domain.flat_fields``) follow the records of ``domain.records``.

The merge compares records by these names and the device marks the advisor's edits by them: a field added
to a record as a mapping or a list of children and not spread here would merge whole, and two devices that
edited different parts of it would lose one side's work.
"""

from __future__ import annotations

from advisor_app.domain import records
from advisor_app.domain.flat_fields import SPREAD, action_field, answer_field


def test_every_mapping_and_list_of_children_of_a_record_is_spread_by_its_parts() -> None:
    for entity in records.ENTITIES:
        assert set(SPREAD.get(entity, {})) == records.structured_fields(entity), entity


def test_a_list_of_children_is_named_by_a_field_of_the_child_and_a_mapping_by_its_keys() -> None:
    for entity, spread in SPREAD.items():
        children, part = records.CHILDREN[entity]
        for key, naming in spread.items():
            if key == children:
                assert naming in part.model_fields, (entity, key)
            else:
                assert naming == "", (entity, key)


def test_an_answer_and_an_action_are_named_under_their_records_list() -> None:
    assert answer_field("D1.2") == f"{records.CHILDREN['scan'][0]}.D1.2"
    assert action_field("a1") == f"{records.CHILDREN['plan'][0]}.a1"
