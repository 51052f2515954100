"""Actions taken while the data folder is still opening: they wait for it, visibly, and then run in order.

The start may show the companies list or the Scans page before the workspace (SQLAlchemy, the services)
is loaded (``advisor_app.services.early_listing``). Searching, sorting, the status filter and moving
through the list work at once; what needs the workspace (open a company or a scan, new, import, edit,
erase, the dialogs) is kept here, with a busy cursor and a line in the status bar, and runs the moment
the workspace is attached. Nothing the
advisor does is lost or refused; closing the window first drops what waited (nothing was typed yet).
"""

from __future__ import annotations

from collections.abc import Callable

from .qt import QGuiApplication, QObject, Qt, Signal


class WhenReady(QObject):
    waiting_changed = Signal(bool)
    """True when the first action starts waiting, False when the waiting ones ran (or were dropped)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ready = False
        self._waiting: list[Callable[[], object]] = []

    @property
    def waiting(self) -> bool:
        return bool(self._waiting)

    def run(self, action: Callable[[], object]) -> None:
        """Now when ready; otherwise once :meth:`set_ready` is called."""
        if self.ready:
            action()
            return
        if not self._waiting:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._waiting.append(action)
            self.waiting_changed.emit(True)
            return
        self._waiting.append(action)

    def set_ready(self) -> None:
        self.ready = True
        waiting, self._waiting = self._waiting, []
        if waiting:
            QGuiApplication.restoreOverrideCursor()
            self.waiting_changed.emit(False)
        for action in waiting:
            action()

    def drop(self) -> None:
        """The window closes before the data folder opened: what waited will not run."""
        if self._waiting:
            self._waiting = []
            QGuiApplication.restoreOverrideCursor()
            self.waiting_changed.emit(False)
