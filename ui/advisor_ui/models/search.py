"""A proxy that sorts by each column's sort key and finds every typed word anywhere in a row."""

from __future__ import annotations

import unicodedata

from ..qt import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Models answer this role with a value that sorts naturally (numbers as numbers, dates as dates)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The record's id, whatever column is asked."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Column 0 answers with the row's text folded (see :func:`fold`), so a search is one lookup a row."""


def fold(text: str) -> str:
    """Lower case without accents: typing "zoe" or "ozturk" finds Zoë and Öztürk."""
    if text.isascii():  # no accents to take off: most texts, and 10,000 rows' worth of them at each fill
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class SearchProxy(QSortFilterProxyModel):
    """Every typed word must appear somewhere in the row, in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None
        """Per source row, whether it matches: worked out in one pass over the model's prepared texts."""
        self._matched: list[str] | None = None
        """The texts ``_accepted`` was worked out for; the model makes a new list whenever its rows change."""

    def _match(self, *_args: object) -> None:
        """One pass in plain Python over the folded texts (a model that has them), instead of one call a row."""
        texts = getattr(self.sourceModel(), "search_texts", None)
        if not self._words or texts is None:
            self._accepted = None
            return
        words, current = self._words, texts()
        self._accepted = [all(word in haystack for word in words) for haystack in current]
        self._matched = current

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A model that sorts its own prepared keys does it (fast); the proxy keeps its order."""
        source = self.sourceModel()
        if getattr(source, "sorts_itself", False):
            source.sort(column, order)
            return
        super().sort(column, order)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self._match()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt's name
        if not self._words:
            return True
        texts = getattr(self.sourceModel(), "search_texts", None)
        if texts is not None:
            if self._matched is not texts():
                self._match()  # the rows changed (a reload, a sort) since the last pass
            accepted = self._accepted
            if accepted is not None and 0 <= source_row < len(accepted):
                return accepted[source_row]
        model = self.sourceModel()
        haystack = str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
