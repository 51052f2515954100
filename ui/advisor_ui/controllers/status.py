"""The facts in the status bar: changes waiting for a sync, and when the last sync was."""

from __future__ import annotations

from datetime import datetime

from advisor_app.services.sync_status import last_sync_at

from ..context import AppContext
from ..qt import QObject, QTimer, Signal

SETTLE_MS = 250
"""Bursts of changes (an answer a second) are counted once they pause."""


class StatusController(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending = 0
        self.last_sync: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        events = context.events
        for signal in (events.companies_changed, events.scans_changed, events.plans_changed, context.autosaver.written):
            signal.connect(self._timer.start)
        events.sync_finished.connect(self.refresh)

    def refresh(self) -> None:
        """Two small indexed reads; cheap enough for the main thread."""
        workspace = self.context.workspace
        self.pending = workspace.pending_changes()
        self.last_sync = last_sync_at(workspace.db)
        self.changed.emit()
