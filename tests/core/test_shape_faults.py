"""Every way a record can be badly shaped is said in Dutch and English, naming the field (domain/shape.py)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError as ShapeError

from advisor_app.domain import records, shape

VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**40), max_value=2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=5)
    | st.just("x" * 600)
    | st.just("nul\x00")
    | st.just("2025-10-01T10:00:00")
    | st.just("0001-01-01T00:00:00Z"),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def bad_records(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    entity = draw(st.sampled_from(records.ENTITIES))
    fields = list(records.RECORD_TYPES[entity].model_fields)
    chosen = draw(st.lists(st.sampled_from([*fields, "colour"]), unique=True, max_size=len(fields) + 1))
    return entity, {name: draw(VALUES) for name in chosen}


@settings(max_examples=300, deadline=None)
@given(bad_records())
def test_every_fault_of_a_record_is_translated_and_names_its_field(case: tuple[str, dict[str, Any]]) -> None:
    entity, data = case
    try:
        records.RECORD_TYPES[entity].model_validate(data)
    except ShapeError as exc:
        faults = exc.errors(include_url=False)
        for error in faults:
            said = shape.fault(error)
            assert said.nl != "is ongeldig", error  # a type of fault no translation covers
            assert said.nl != said.en
        text = shape.describe(exc, record=entity)
        named = {shape.field_name(error) or entity for error in faults}
        assert len(text.nl.splitlines()) == len(text.en.splitlines()) == len(named)
        for nl, en in zip(text.nl.splitlines(), text.en.splitlines(), strict=True):
            assert nl.startswith("Veld '")
            assert en.startswith("Field '")
