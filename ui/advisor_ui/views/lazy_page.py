"""A page whose records load in a worker while it is shown, and again after a change.

The Scans and Plans pages share this rhythm: a change elsewhere only marks the page
stale; it reloads when visible, never twice at once, and once more if a change
arrived while loading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import AppContext
from ..qt import QShowEvent, QWidget
from .tables import TableStates


class LazyPage(QWidget):
    context: AppContext
    states: TableStates

    def __init__(self) -> None:
        super().__init__()
        self.stale = True
        self.loading = False

    def fetch(self) -> Callable[[], Any]:
        """The read to run in the worker (it must not touch widgets)."""
        raise NotImplementedError

    def show_records(self, records: Any) -> None:
        raise NotImplementedError

    def show_load_error(self, error: BaseException) -> None:
        raise NotImplementedError

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.stale = False
        self.states.set_loading(True)
        read = self.fetch()
        self.context.tasks.start(lambda _control: read(), self._loaded, self._failed)

    def _loaded(self, records: Any) -> None:
        self.loading = False
        self.show_records(records)
        self.states.set_loading(False)
        if self.stale:
            self.reload()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.states.set_loading(False)
        self.show_load_error(error)
