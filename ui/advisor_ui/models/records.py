"""A read-only table over a list of records, described column by column.

Each column says how to show a record, how to sort it and what its header
says; headers are functions, so they follow a language switch.

**Computed once.** What a row shows and how it sorts are worked out once per load
(:func:`prepare`, pure Python, so it runs in the worker that read the records), and
what a search finds at the first search of the load (:attr:`Rows.search`), never in
``data()`` on every paint: with 10,000 scans a sort or a keystroke only compares
strings and keys that are already there.
Sorting happens here, on those keys (Python's sort), rather than in the proxy,
which would call ``data()`` twice per comparison.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

from ..qt import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from .search import ID_ROLE, SEARCH_ROLE, SORT_ROLE, fold

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]
    show: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[R], str] | None = None
    value: Callable[[R], Hashable] | None = None
    """What :attr:`show` and :attr:`sort` read of a record (``operator.attrgetter("sector")``), when that is all they
    read: :func:`prepare` then calls them once per distinct value, not once per record."""


@dataclass(frozen=True)
class Rows(Generic[R]):
    """What each cell shows and its sort key, in one language, with the row's id (and, when searched, its folded text).

    ``records`` are the records themselves, or empty for a long list that keeps only what it shows
    (:class:`RecordTableModel`'s ``keep_records``); ``facets`` the code a page filters on (a scan's
    status), or empty.
    """

    ids: list[uuid.UUID]
    records: list[R]
    shown: list[tuple[str, ...]]
    keys: list[tuple[Any, ...]]
    facets: list[str]

    @classmethod
    def none(cls) -> Rows[R]:
        return cls([], [], [], [], [])

    @cached_property
    def search(self) -> list[str]:
        """Each row's shown texts folded (:func:`fold`), made at the first search of these rows, not with them.

        ``fold(" ".join(texts))`` of a row: an ASCII row's text in lower case, another's texts each folded once and
        joined (folding never reaches across the space; the texts repeat). 10,000 scans' search texts held about
        2.8 MB at the start's peak for a search the advisor may not make; the first search makes them (11-13 ms).
        """
        folded: dict[str, str] = {}

        def searched(row: tuple[str, ...]) -> str:
            text = " ".join(row)
            if text.isascii():
                return text.lower()
            return " ".join([folded[part] if part in folded else folded.setdefault(part, fold(part)) for part in row])

        return list(map(searched, self.shown))

    def take(self, chosen: Sequence[int]) -> Rows[R]:
        """These rows, in this order (with their search texts, if they were made)."""
        taken = Rows(
            [self.ids[i] for i in chosen],
            [self.records[i] for i in chosen] if self.records else [],
            [self.shown[i] for i in chosen],
            [self.keys[i] for i in chosen],
            [self.facets[i] for i in chosen] if self.facets else [],
        )
        searched = self.__dict__.get("search")
        if searched is not None:
            taken.__dict__["search"] = [searched[i] for i in chosen]  # what cached_property would keep
        return taken


def prepare(
    columns: Sequence[Column[R]],
    records: Sequence[R],
    record_id: Callable[[R], uuid.UUID],
    *,
    keep_records: bool = True,
    facet: Callable[[R], str] | None = None,
) -> Rows[R]:
    """Every display string and sort key, once; touches no widget, so a worker can do it.

    Equal strings are kept once (a sector's name, a status, a day, the advisor): with 10,000 rows the
    texts of a column repeat, and each would otherwise be its own copy for as long as the table shows.
    The work goes column by column, each a pass of ``map`` over the records, and the rows are zipped
    from the columns at the end: row by row, the nested comprehensions and their tuples cost about as
    much as the columns' own functions (10,000 scans, 10 columns).
    """
    pool: dict[Any, Any] = {}
    once = pool.setdefault
    folded: dict[str, str] = {}
    texts_of: list[list[str]] = []
    keys_of: list[list[Any]] = []
    for column in columns:
        if column.value is not None:
            texts, keys = _by_value(column, column.value, records, once, folded)
            texts_of.append(texts)
            keys_of.append(keys)
            continue
        texts = [once(text, text) for text in map(column.show, records)]
        texts_of.append(texts)
        if column.sort is None:  # the folded text is the key: the texts repeat, each distinct one is folded once
            for text in set(texts).difference(folded):
                key = fold(text)
                folded[text] = once(key, key)
            keys_of.append(list(map(folded.__getitem__, texts)))
        else:
            keys_of.append([once(key, key) if isinstance(key, str) else key for key in map(column.sort, records)])
    return Rows(
        list(map(record_id, records)),
        list(records) if keep_records else [],
        list(zip(*texts_of, strict=True)),
        list(zip(*keys_of, strict=True)),
        [once(code, code) for code in map(facet, records)] if facet is not None else [],
    )


def _by_value(
    column: Column[R],
    value: Callable[[R], Hashable],
    records: Sequence[R],
    once: Callable[[Any, Any], Any],
    folded: dict[str, str],
) -> tuple[list[str], list[Any]]:
    """A column's texts and sort keys, its functions called on one record of each distinct value.

    10,000 scans hold a handful of statuses, stages and sectors and a few hundred scores: a lookup per record
    in a table made per value instead of the column's functions (and their lookups of words, formats and the
    language) per record.
    """
    values = list(map(value, records))
    one_of_each = dict(zip(values, records, strict=True))  # a record per distinct value (the last one)
    shown = {key: once(text, text) for key, text in zip(one_of_each, map(column.show, one_of_each.values()), strict=True)}
    if column.sort is None:
        for text in set(shown.values()).difference(folded):
            key = fold(text)
            folded[text] = once(key, key)
        keys = {key: folded[text] for key, text in shown.items()}
    else:
        sorts = zip(one_of_each, map(column.sort, one_of_each.values()), strict=True)
        keys = {key: once(sort, sort) if isinstance(sort, str) else sort for key, sort in sorts}
    return list(map(shown.__getitem__, values)), list(map(keys.__getitem__, values))


class RecordTableModel(QAbstractTableModel, Generic[R]):
    sorts_itself = True
    """The search proxy hands sorting to this model (see :meth:`sort`)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        record_id: Callable[[R], uuid.UUID],
        parent: QObject | None = None,
        *,
        keep_records: bool = True,
        facet: Callable[[R], str] | None = None,
    ) -> None:
        """``keep_records=False``: a long list keeps only its rows' ids and texts (10,000 scans), so no
        tooltips from the records and no :meth:`record`; ``facet`` is the code :meth:`subset` filters on."""
        super().__init__(parent)
        if not keep_records and any(column.tooltip is not None for column in columns):
            raise ValueError("a tooltip reads the record: keep the records")
        self._columns = list(columns)
        self._id = record_id
        self._keep_records = keep_records
        self._facet = facet
        self._rows: Rows[R] = Rows.none()
        self._order: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    @property
    def records(self) -> list[R]:
        """The records in row order (empty when the model keeps only what it shows)."""
        return self._rows.records

    def prepare(self, records: Sequence[R]) -> Rows[R]:
        """The rows for ``records``; call it in the worker that read them."""
        return prepare(self._columns, records, self._id, keep_records=self._keep_records, facet=self._facet)

    def set_records(self, records: Sequence[R]) -> None:
        """Small lists (a company's scans): prepared here."""
        self.set_rows(self.prepare(records))

    def set_rows(self, rows: Rows[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        if self._order is not None:
            self._reorder(*self._order)
        self.endResetModel()

    def search_texts(self) -> list[str]:
        """Each row's folded text, in row order (the search proxy matches them in one pass)."""
        return self._rows.search

    def record(self, row: int) -> R:
        return self._rows.records[row]

    def id_of(self, row: int) -> uuid.UUID:
        return self._rows.ids[row]

    def shown(self, row: int) -> tuple[str, ...]:
        return self._rows.shown[row]

    def retranslate(self) -> None:
        """Headers and shown words (sector names, statuses) in the new language; for short lists (long ones reload)."""
        self.retranslate_headers()
        if self._rows.records:
            self.set_rows(self.prepare(self._rows.records))

    def retranslate_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    @staticmethod
    def subset(facet: str, rows: Rows[R]) -> Rows[R]:
        """The prepared rows whose facet is ``facet`` (a status filter), without preparing them again."""
        return rows.take([row for row, code in enumerate(rows.facets) if code == facet])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows.shown[row][column]
        if role == SEARCH_ROLE:
            return self._rows.search[row]
        if role == ID_ROLE:
            return self._rows.ids[row]
        if role == SORT_ROLE:
            return self._rows.keys[row][column]
        described = self._columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and described.numeric:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and described.tooltip is not None:
            return described.tooltip(self._rows.records[row])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's prepared keys; the order is kept for the next load."""
        if not 0 <= column < len(self._columns):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_of = self._reorder(column, order)
        moved = [0] * len(order_of)
        for new_row, old_row in enumerate(order_of):
            moved[old_row] = new_row
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                self.changePersistentIndex(persistent, self.index(moved[persistent.row()], persistent.column()))
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in the column's order; returns, for each new row, the row it was."""
        rows = self._rows
        values = [key[column] for key in rows.keys]
        if None in values:
            values = [_comparable(value) for value in values]
        order_of = sorted(range(len(values)), key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows.take(order_of)
        return order_of


def _comparable(key: Any) -> tuple[int, Any]:
    """``None`` sorts first without comparing it to the others (only a column that holds one pays for the tuples)."""
    return (0, 0) if key is None else (1, key)
