"""A read-only table over a list of records, described column by column.

Each column says how to show a record, how to sort it and what its header
says; headers are functions, so they follow a language switch.
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


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]
    show: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], record_id: Callable[[R], uuid.UUID], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id = record_id
        self._records: list[R] = []
        self._search_text: dict[int, str] = {}

    @property
    def records(self) -> list[R]:
        return self._records

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._search_text.clear()
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        for row, record in enumerate(self._records):
            if self._id(record) == record_id:
                return row
        return None

    def retranslate(self) -> None:
        """Headers and shown words (sector names, statuses) in the new language."""
        self._search_text.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own name and default
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.show(record)
        if role == ID_ROLE:
            return self._id(record)
        if role == SEARCH_ROLE:
            return self._searchable(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def _searchable(self, row: int) -> str:
        text = self._search_text.get(row)
        if text is None:
            record = self._records[row]
            text = fold(" ".join(column.show(record) for column in self._columns))
            self._search_text[row] = text
        return text
