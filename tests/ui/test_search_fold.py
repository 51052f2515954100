"""The search folds text the same way whether or not it takes the shortcut for plain ASCII."""

from __future__ import annotations

import unicodedata

from advisor_ui.models.search import fold
from hypothesis import given
from hypothesis import strategies as st


def folded_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@given(st.text())
def test_fold_equals_casefold_without_accents_for_any_text(text: str) -> None:
    assert fold(text) == folded_the_long_way(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_the_same_through_the_shortcut(text: str) -> None:
    assert fold(text) == folded_the_long_way(text)
