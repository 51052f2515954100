"""A table's prepared rows fold each distinct text once and find as folding the whole row would; a sort orders as before."""

from __future__ import annotations

import uuid

from advisor_ui.models.records import Column, RecordTableModel, prepare
from advisor_ui.models.search import fold
from advisor_ui.qt import Qt
from hypothesis import given
from hypothesis import strategies as st

COLUMNS: list[Column[tuple[str, str, str]]] = [
    Column(lambda: "a", lambda r: r[0]),
    Column(lambda: "b", lambda r: r[1], lambda r: r[1].casefold()),
    Column(lambda: "c", lambda r: r[2]),
]
texts = st.text(alphabet=st.sampled_from(["a", "Z", "ë", "\u0308", "ß", "Σ", "\u00a0", "–", " ", "ﬁ", "İ"]), max_size=6)


@given(st.lists(st.tuples(texts, texts, texts), max_size=8))
def test_search_texts_and_sort_keys_are_those_of_the_whole_row_folded(records: list[tuple[str, str, str]]) -> None:
    rows = prepare(COLUMNS, records, lambda _record: uuid.uuid4(), keep_records=False)
    assert rows.search == [fold(" ".join(record)) for record in records]
    assert rows.keys == [(fold(a), b.casefold(), fold(c)) for a, b, c in records]
    assert rows.shown == records


@given(st.lists(st.one_of(st.none(), st.integers(-3, 3)), max_size=12), st.booleans())
def test_a_sort_puts_missing_values_first_and_keeps_equal_rows_in_order(values: list[int | None], descending: bool) -> None:
    records = list(enumerate(values))
    model: RecordTableModel[tuple[int, int | None]] = RecordTableModel(
        [Column(lambda: "n", lambda r: "" if r[1] is None else str(r[1]), lambda r: r[1])], lambda _record: uuid.uuid4()
    )
    model.set_records(records)
    model.sort(0, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    expected = sorted(records, key=lambda r: (0, 0) if r[1] is None else (1, r[1]), reverse=descending)
    assert model.records == expected
