"""A table's prepared rows fold each distinct text once and find as folding the whole row would; a sort orders as before."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from operator import itemgetter

from advisor_ui import labels
from advisor_ui.models import scans
from advisor_ui.models.records import Column, RecordTableModel, prepare
from advisor_ui.models.search import SearchProxy, fold
from advisor_ui.qt import Qt
from hypothesis import given
from hypothesis import strategies as st

COLUMNS: list[Column[tuple[str, str, str]]] = [
    Column(lambda: "a", lambda r: r[0]),
    Column(lambda: "b", lambda r: r[1], lambda r: r[1].casefold()),
    Column(lambda: "c", lambda r: r[2]),
]
ID = uuid.UUID(int=1)
texts = st.text(alphabet=st.sampled_from(["a", "Z", "ë", "\u0308", "ß", "Σ", "\u00a0", "–", " ", "ﬁ", "İ"]), max_size=6)


@given(st.lists(st.tuples(texts, texts, texts), max_size=8))
def test_search_texts_and_sort_keys_are_those_of_the_whole_row_folded(records: list[tuple[str, str, str]]) -> None:
    rows = prepare(COLUMNS, records, lambda _record: uuid.uuid4(), keep_records=False)
    assert rows.search == [fold(" ".join(record)) for record in records]
    assert rows.keys == [(fold(a), b.casefold(), fold(c)) for a, b, c in records]
    assert rows.shown == records


def test_a_search_finds_the_rows_whose_texts_are_made_only_when_searched(qapp: object) -> None:
    """The rows hold no search texts until the advisor searches (10,000 scans' took memory at the start's peak)."""
    records = [("Zoë", "Öztürk", "x"), ("Ada", "Zoe", "y"), ("Bram", "Kees", "z")]
    rows = prepare(COLUMNS, records, lambda record: uuid.uuid5(ID, record[0]), keep_records=False)
    model = RecordTableModel(COLUMNS, lambda record: uuid.uuid5(ID, record[0]), keep_records=False)
    model.set_rows(rows)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert "search" not in vars(model._rows)  # what the rows hold before any search
    proxy.set_search("zoe")
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["Zoë", "Ada"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the sorted rows keep the texts made for the search
    assert "search" in vars(model._rows)
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == ["Ada", "Zoë"]


BY_VALUE: list[Column[tuple[str, float | None]]] = [
    Column(lambda: "code", lambda r: r[0].upper(), value=itemgetter(0)),
    Column(lambda: "score", lambda r: "–" if r[1] is None else f"{r[1]:.0f}", lambda r: r[1] or -1.0, value=itemgetter(1)),
]


@given(st.lists(st.tuples(texts, st.one_of(st.none(), st.sampled_from([0.0, 2.5, 62.5, 100.0]))), max_size=12))
def test_a_column_read_by_value_prepares_the_rows_its_records_would(records: list[tuple[str, float | None]]) -> None:
    """Its functions are called once per distinct value: the same texts, search texts and sort keys, row by row."""
    by_record = [replace(column, value=None) for column in BY_VALUE]
    assert prepare(BY_VALUE, records, lambda _record: ID) == prepare(by_record, records, lambda _record: ID)


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


ZONES = ["UTC", "Europe/Amsterdam", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"]
moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


@given(st.lists(moments, min_size=1, max_size=20), st.sampled_from(ZONES))
def test_a_scans_day_is_its_local_day(values: list[datetime], zone: str) -> None:
    """The Scans page's day (from the moment's timestamp) is the day ``labels.day`` shows, in every local zone."""
    was = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        for value in values:
            assert scans.day(value) == labels.day(value)
            assert date.fromtimestamp(value.timestamp()) == value.astimezone().date()
    finally:
        if was is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = was
        time.tzset()
