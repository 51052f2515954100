"""A read-only table over a list of records, described column by column.

Each column says how to show a record, how to sort it and what its header
says; headers are functions, so they follow a language switch.

**Computed once.** What a row shows, how it sorts and what a search finds are
worked out once per load (:func:`prepare`, pure Python, so it runs in the worker
that read the records), never in ``data()`` on every paint: with 10,000 scans a
sort or a keystroke only compares strings and keys that are already there.
Sorting happens here, on those keys (Python's sort), rather than in the proxy,
which would call ``data()`` twice per comparison.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Rows(Generic[R]):
    """Records with what each cell shows, its sort key and the row's folded search text, in one language."""

    records: list[R]
    shown: list[tuple[str, ...]]
    keys: list[tuple[Any, ...]]
    search: list[str]


def prepare(columns: Sequence[Column[R]], records: Sequence[R]) -> Rows[R]:
    """Every display string and sort key, once; touches no widget, so a worker can do it."""
    shown: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    search: list[str] = []
    for record in records:
        texts = tuple(column.show(record) for column in columns)
        shown.append(texts)
        keys.append(
            tuple(
                column.sort(record) if column.sort is not None else fold(text)
                for column, text in zip(columns, texts, strict=True)
            )
        )
        search.append(fold(" ".join(texts)))
    return Rows(list(records), shown, keys, search)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    sorts_itself = True
    """The search proxy hands sorting to this model (see :meth:`sort`)."""

    def __init__(self, columns: Sequence[Column[R]], record_id: Callable[[R], uuid.UUID], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id = record_id
        self._rows: Rows[R] = Rows([], [], [], [])
        self._order: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    @property
    def records(self) -> list[R]:
        return self._rows.records

    def prepare(self, records: Sequence[R]) -> Rows[R]:
        """The rows for ``records``; call it in the worker that read them."""
        return prepare(self._columns, records)

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

    def shown(self, row: int) -> tuple[str, ...]:
        return self._rows.shown[row]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        for row, record in enumerate(self._rows.records):
            if self._id(record) == record_id:
                return row
        return None

    def retranslate(self) -> None:
        """Headers and shown words (sector names, statuses) in the new language; for short lists (long ones reload)."""
        self.retranslate_headers()
        if self._rows.records:
            self.set_rows(self.prepare(self._rows.records))

    def retranslate_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def subset(self, keep: Callable[[R], bool], rows: Rows[R]) -> Rows[R]:
        """The prepared rows whose record ``keep`` accepts (a status filter), without preparing them again."""
        chosen = [row for row, record in enumerate(rows.records) if keep(record)]
        return Rows(
            [rows.records[i] for i in chosen],
            [rows.shown[i] for i in chosen],
            [rows.keys[i] for i in chosen],
            [rows.search[i] for i in chosen],
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self._rows.records)

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
            return self._id(self._rows.records[row])
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
        before = list(self._rows.records)
        self._reorder(column, order)
        moved = {id(record): row for row, record in enumerate(self._rows.records)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                new_row = moved[id(before[persistent.row()])]
                self.changePersistentIndex(persistent, self.index(new_row, persistent.column()))
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> None:
        rows = self._rows
        order_of = sorted(
            range(len(rows.records)),
            key=lambda row: _comparable(rows.keys[row][column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = Rows(
            [rows.records[i] for i in order_of],
            [rows.shown[i] for i in order_of],
            [rows.keys[i] for i in order_of],
            [rows.search[i] for i in order_of],
        )


def _comparable(key: Any) -> tuple[int, Any]:
    """``None`` sorts first without comparing it to the others."""
    return (0, 0) if key is None else (1, key)
