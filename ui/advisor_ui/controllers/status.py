"""The facts in the status bar: online or not, changes waiting, the last sync and whether it failed.

Everything here is read off the main thread: the counts and the last sync in a
worker, the server's reachability by a quick probe through the sync client
(``advisor_sync.client.probe``), every ``PROBE_MS`` and after each sync. The
sync page records a failed sync in the window settings (see :func:`record_sync_failure`),
so the status bar says so in red until the next sync succeeds, also after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from advisor_app.services.sync_status import last_sync_at, remembered_server

from ..context import AppContext
from ..qt import QObject, QSettings, QTimer, Signal, is_alive

SETTLE_MS = 250
"""Bursts of changes (an answer a second) are counted once they pause."""
PROBE_MS = 30_000
"""How often the configured server is asked whether it is there."""
FAILURE_KEY, FAILURE_AT_KEY = "sync/lastFailure", "sync/lastFailureAt"
AUTO_SYNC_KEY = "sync/whenOnline"
"""Sync by itself when the server becomes reachable (off unless the advisor turns it on)."""


class Connection(StrEnum):
    UNKNOWN = "unknown"
    """Not probed yet."""
    NO_SERVER = "no_server"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True)
class StatusFacts:
    pending: int
    last_sync: datetime | None
    server: str
    demo: bool


def record_sync_failure(settings: QSettings, message: str | None) -> None:
    """Remember the last sync's failure (``None``: it succeeded)."""
    if message is None:
        settings.remove(FAILURE_KEY)
        settings.remove(FAILURE_AT_KEY)
    else:
        settings.setValue(FAILURE_KEY, message)
        settings.setValue(FAILURE_AT_KEY, datetime.now(UTC).isoformat())
    settings.sync()


def auto_sync_enabled(settings: QSettings) -> bool:
    return str(settings.value(AUTO_SYNC_KEY, "false")).lower() == "true"


def set_auto_sync(settings: QSettings, enabled: bool) -> None:
    settings.setValue(AUTO_SYNC_KEY, "true" if enabled else "false")
    settings.sync()


def _probe(server: str) -> bool:
    from advisor_sync.client.probe import server_reachable  # requests loads in the worker, on first need

    return server_reachable(server)


class StatusController(QObject):
    changed = Signal()
    connection_appeared = Signal()
    """The server became reachable (it was offline or not yet probed)."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.facts: StatusFacts | None = None
        """``None`` until the first read has come back."""
        self.connection = Connection.UNKNOWN
        self._reading = False
        self._read_again = False
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh)
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_MS)
        self._probe_timer.timeout.connect(self.probe)
        self._probe_timer.start()
        events = context.events
        for signal in (events.companies_changed, events.scans_changed, events.plans_changed, context.autosaver.written):
            signal.connect(self._timer.start)
        events.sync_finished.connect(self.refresh)

    # -- what the bar shows -------------------------------------------------------------------

    @property
    def pending(self) -> int:
        return self.facts.pending if self.facts is not None else 0

    @property
    def last_sync(self) -> datetime | None:
        return self.facts.last_sync if self.facts is not None else None

    @property
    def failure(self) -> str:
        """Why the last sync failed, or an empty string when it did not (or there was none)."""
        return str(self.context.settings.value(FAILURE_KEY, "") or "")

    # -- reading in the background ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the counts in a worker; a request while reading reads once more afterwards."""
        if not is_alive(self.context.tasks):
            return  # the app is closing
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        workspace = self.context.workspace

        def read() -> StatusFacts:
            return StatusFacts(
                workspace.pending_changes(), last_sync_at(workspace.db), remembered_server(workspace.db), workspace.is_demo
            )

        self.context.tasks.start(lambda _control: read(), self._read, self._read_failed)

    def _read(self, facts: StatusFacts) -> None:
        if not is_alive(self):
            return
        server_changed = self.facts is None or self.facts.server != facts.server
        self.facts = facts
        self._settle_read()
        self.changed.emit()
        if server_changed:
            self.probe()

    def _read_failed(self, _error: BaseException) -> None:
        self._settle_read()

    def _settle_read(self) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()

    def probe(self) -> None:
        """Ask the configured server whether it is there (no server configured: say so, ask nobody)."""
        facts = self.facts
        if facts is None or self._probing or not is_alive(self.context.tasks):
            return
        if facts.demo or not facts.server:
            self._set_connection(Connection.NO_SERVER)
            return
        self._probing = True
        server = facts.server
        self.context.tasks.start(lambda _control: _probe(server), self._probed, self._probe_failed)

    def _probed(self, reachable: bool) -> None:
        if not is_alive(self):
            return
        self._probing = False
        self._set_connection(Connection.ONLINE if reachable else Connection.OFFLINE)

    def _probe_failed(self, _error: BaseException) -> None:
        self._probing = False
        self._set_connection(Connection.OFFLINE)

    def _set_connection(self, connection: Connection) -> None:
        before = self.connection
        self.connection = connection
        if connection != before:
            self.changed.emit()
        if connection == Connection.ONLINE and before != Connection.ONLINE:
            self.connection_appeared.emit()
