"""A searchable, sortable table with its search box, and the states it can be in."""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Callable

from ..models.search import ID_ROLE, SearchProxy
from ..qt import (
    QAbstractItemModel,
    QAbstractItemView,
    QHeaderView,
    QKeyEvent,
    QLineEdit,
    QModelIndex,
    QStackedWidget,
    Qt,
    QTableView,
    Signal,
)
from .widgets import EmptyState

MAX_COLUMN_WIDTH = 260
"""A column other than the stretching one (the name) is never wider than this."""
MAX_NAME_WIDTH = 520
SAMPLE_ROWS = 200
"""Column widths are measured on the first rows plus the longest texts, not on all 10,000."""
CELL_PADDING = 18


class RecordTable(QTableView):
    """Keyboard first: Enter opens the row, Delete asks to erase it, Up from the first row returns to search."""

    open_requested = Signal(uuid.UUID)
    delete_requested = Signal(uuid.UUID)

    def __init__(self, model: QAbstractItemModel, name: str, stretch_column: int = 0) -> None:
        """``stretch_column`` is the name column, sized to its longest text (-1: none; the last column takes the spare width)."""
        super().__init__()
        self.setObjectName(name)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.stretch_column = stretch_column
        self._sized = False
        self.proxy.modelReset.connect(self._size_columns)
        self.activated.connect(self._open)
        self.search_box: QLineEdit | None = None

    def _size_columns(self) -> None:
        """Fit the columns to their contents once (measured on a sample); after that the user's widths stay.

        The name column gets the width of the longest name (never squeezed to "B..."); when the
        window is too narrow for every column the table scrolls sideways instead.
        """
        if self._sized or self.proxy.rowCount() == 0:
            return
        self._sized = True
        source = self.proxy.sourceModel()
        cells = getattr(source, "shown", None)
        if cells is None:
            self.resizeColumnsToContents()
        else:
            self._measure(source.rowCount(), cells)
        self.horizontalHeader().setStretchLastSection(True)

    def _measure(self, rows: int, cells: Callable[[int], tuple[str, ...]]) -> None:
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        shown = [cells(row) for row in range(rows)]  # once a row, not once a cell: 10,000 rows of 10 columns
        for column in range(self.proxy.columnCount()):
            texts_of = [row_texts[column] for row_texts in shown]
            longest = heapq.nlargest(20, texts_of, key=len)  # = sorted(..., key=len, reverse=True)[:20]
            texts = {*texts_of[:SAMPLE_ROWS], *longest}
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max([metrics.horizontalAdvance(text) for text in texts] + [header_metrics.horizontalAdvance(title) + 24])
            cap = MAX_NAME_WIDTH if column == max(0, self.stretch_column) else MAX_COLUMN_WIDTH
            self.setColumnWidth(column, min(width + CELL_PADDING, cap))

    def current_id(self) -> uuid.UUID | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index, ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.setCurrentIndex(self.proxy.index(0, 0))
            self.selectRow(0)

    def select_id(self, record_id: uuid.UUID) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(row, 0), ID_ROLE) == record_id:
                self.setCurrentIndex(self.proxy.index(row, 0))
                self.selectRow(row)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        record_id = self.current_id()
        if event.key() == Qt.Key.Key_Delete and record_id is not None:
            self.delete_requested.emit(record_id)
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0 and self.search_box is not None:
            self.search_box.setFocus()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        value = self.proxy.data(index, ID_ROLE)
        if isinstance(value, uuid.UUID):
            self.open_requested.emit(value)


class SearchBox(QLineEdit):
    """Down or Enter moves into the table; Ctrl+F anywhere on the page comes back here."""

    def __init__(self, name: str, table: RecordTable) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setClearButtonEnabled(True)
        self.table = table
        table.search_box = self
        self.textChanged.connect(table.proxy.set_search)
        self.returnPressed.connect(self._enter_table)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down:
            self._enter_table()
            return
        super().keyPressEvent(event)

    def take_focus(self) -> None:
        """Ctrl+F: here, with the old search selected so typing replaces it."""
        self.setFocus()
        self.selectAll()

    def _enter_table(self) -> None:
        if self.table.proxy.rowCount() > 0:
            if not self.table.currentIndex().isValid():
                self.table.select_first()
            self.table.setFocus()


class TableStates(QStackedWidget):
    """The table, or why it is empty: still loading, nothing yet, or nothing matching the search."""

    def __init__(self, table: RecordTable, empty: EmptyState, loading: EmptyState, no_match: EmptyState) -> None:
        super().__init__()
        self.table, self.empty, self.loading, self.no_match = table, empty, loading, no_match
        for widget in (table, empty, loading, no_match):
            self.addWidget(widget)
        model = table.proxy
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self._is_loading = False

    def set_loading(self, loading: bool) -> None:
        self._is_loading = loading
        self.refresh()

    def refresh(self, *_args: object) -> None:
        source = self.table.proxy.sourceModel()
        if source.rowCount() == 0:
            self.setCurrentWidget(self.loading if self._is_loading else self.empty)
        elif self.table.proxy.rowCount() == 0:
            self.setCurrentWidget(self.no_match)
        else:
            self.setCurrentWidget(self.table)
