"""``scans list --json`` rounds each distinct index once (``listing_json.kept_one_decimal``): always as ``one_decimal`` does."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.services import export, listing_json

finite = st.floats(allow_nan=False, allow_infinity=False)
indices = st.floats(min_value=-1, max_value=101, allow_nan=False) | st.sampled_from([0.0, -0.0, 62.25, 62.35, -0.04, 0.05])


@given(st.lists(finite | indices | st.none(), max_size=40))
def test_kept_rounding_writes_what_plain_rounding_writes(values: list[float | None]) -> None:
    """The same value, sign of zero and JSON text, whichever values were rounded before (and twice)."""
    for value in [*values, *reversed(values)]:
        assert written(listing_json.kept_one_decimal, value) == written(export.one_decimal, value)


def written(rounding: Callable[[float | None], float | None], value: float | None) -> str:
    """What the listing would write: the rounded value's text, or the error a value too large to round gives."""
    try:
        return repr(rounding(value))
    except ArithmeticError as error:
        return type(error).__name__


def test_kept_rounding_forgets_when_full() -> None:
    """A long-running app keeps at most a bounded number of rounded values."""
    for step in range(listing_json._ROUNDED_AT_MOST + 10):
        listing_json.kept_one_decimal(step / 7 + 0.5)
    assert len(listing_json._ROUNDED) <= listing_json._ROUNDED_AT_MOST
    assert listing_json.kept_one_decimal(62.25) == 62.3
