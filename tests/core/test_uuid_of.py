"""``store.stored_ids.uuid_of`` skips ``UUID.__init__``: what it makes must be ``uuid.UUID(stored)`` in every way.

The listing hands it an id as the store holds it. The ORM writes 32 lower-case hex digits; a row written
some other way (by hand, an older tool) may hold upper case, dashes or braces, which the ORM's own reading
(``uuid.UUID(value)``) accepts. So every spelling of a random UUID is compared, on everything code can see
of the object, and any other 32 characters must be refused exactly as the constructor refuses them.
"""

from __future__ import annotations

import copy
import operator
import pickle
import uuid
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.store import stored_ids
from advisor_app.store.stored_ids import uuid_of, uuid_text

SPELLINGS: dict[str, Callable[[uuid.UUID], str]] = {
    "hex": lambda u: u.hex,
    "upper hex": lambda u: u.hex.upper(),
    "dashed": str,
    "upper dashed": lambda u: str(u).upper(),
    "braced": lambda u: "{" + str(u) + "}",
    "urn": lambda u: u.urn,
}
"""What an id column might hold; only the first two take the short way (the others go to the constructor)."""

COMPARISONS = (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge)


def seen(made: uuid.UUID) -> tuple[object, ...]:
    """Everything about a UUID that other code can observe."""
    slots = tuple(getattr(made, name) for name in uuid.UUID.__slots__ if name != "__weakref__")
    return (
        type(made),
        made.int,
        made.is_safe,
        slots,
        str(made),
        repr(made),
        made.hex,
        made.bytes,
        made.fields,
        made.variant,
        made.version,
        hash(made),
        tuple(pickle.dumps(made, protocol) for protocol in range(pickle.HIGHEST_PROTOCOL + 1)),
    )


@given(st.uuids(), st.sampled_from(sorted(SPELLINGS)))
def test_uuid_of_is_uuid_of_the_same_text_in_every_way(value: uuid.UUID, spelling: str) -> None:
    stored = SPELLINGS[spelling](value)
    made, expected = uuid_of(stored), uuid.UUID(stored)
    assert seen(made) == seen(expected)
    for other in (expected, value, uuid.UUID(int=value.int ^ 1)):
        assert [compare(made, other) for compare in COMPARISONS] == [compare(expected, other) for compare in COMPARISONS]
        assert [compare(other, made) for compare in COMPARISONS] == [compare(other, expected) for compare in COMPARISONS]
    assert {made: 1}[expected] == 1, "one dictionary key"
    for back in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert seen(back) == seen(expected)


def thirty_two(alphabet: str | st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=32, max_size=32)


@given(
    thirty_two("0123456789abcdefABCDEF")
    | thirty_two("0123456789abcdefABCDEFgxXzZ\u0663\uff11")
    | thirty_two("0123456789abcdef-{}: _")
    | thirty_two(st.characters(codec="utf-8"))
)
def test_any_32_characters_are_taken_or_refused_as_uuid_takes_or_refuses_them(stored: str) -> None:
    """The same UUID or the same error, word for word: hex in any case, letters beyond f, a ``0x`` prefix, other
    scripts' digits (``str.isalnum`` lets them by, and both ways read them with the same ``int(stored, 16)``)."""
    try:
        expected: uuid.UUID | str = uuid.UUID(stored)
    except ValueError as error:
        expected = f"ValueError: {error}"
    try:
        made: uuid.UUID | str = uuid_of(stored)
    except ValueError as error:
        made = f"ValueError: {error}"
    if isinstance(made, uuid.UUID) and isinstance(expected, uuid.UUID):
        assert seen(made) == seen(expected)
    else:
        assert made == expected


def test_the_short_way_is_taken_on_this_python() -> None:
    """Else ``uuid_of`` calls the constructor for every id, and the tests above compare it with itself."""
    assert stored_ids._UUID_SLOTS


@given(
    st.uuids().map(lambda u: u.hex)
    | st.builds(lambda u, spelling: SPELLINGS[spelling](u), st.uuids(), st.sampled_from(sorted(SPELLINGS)))
    | thirty_two("0123456789abcdefABCDEFgxXzZ\u0663\uff11")
    | thirty_two(st.characters(codec="utf-8"))
)
def test_the_id_as_text_is_the_uuids_text(stored: str) -> None:
    """``uuid_text`` (``scans list --json``) writes what ``str(uuid_of(...))`` writes, or fails as it fails."""
    try:
        expected = str(uuid_of(stored))
    except ValueError as error:
        expected = f"ValueError: {error}"
    try:
        made = uuid_text(stored)
    except ValueError as error:
        made = f"ValueError: {error}"
    assert made == expected
