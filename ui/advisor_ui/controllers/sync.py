"""Syncing from the desktop: log in, sync in a worker with progress and cancel, resolve conflicts.

The sync client is loaded when the Sync page first needs it, not at start-up:
it brings HTTP and keyring libraries that the rest of a day at the table
never uses. An installation without it gets a plain sentence instead.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.text import Text
from advisor_app.services.sync_status import remembered_server

from ..context import AppContext
from ..qt import QObject, Signal
from ..tasks import Control, Task
from .status import record_sync_failure

if TYPE_CHECKING:
    from advisor_sync.client import Conflict, Credentials, SyncEngine, SyncReport


class SyncUnavailableError(BasisscanError):
    """The sync client cannot be loaded in this installation."""


@dataclass(frozen=True)
class AccountState:
    """What the Sync page shows about one server, read in a worker (the keyring may be a D-Bus call away)."""

    server: str
    user: str | None
    warning: str
    """The keyring's warning (no backend: the token is kept for this session only), or empty."""
    conflicts: tuple[Conflict, ...]
    unavailable: str = ""
    """Why syncing is not possible in this installation, or empty."""


class SyncController(QObject):
    logged_in = Signal(str)
    progressed = Signal(object)
    """A ``SyncProgress`` (stage, done, total)."""
    finished = Signal(object)
    """A ``SyncReport``."""
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.credential_store: Credentials | None = None
        """Where device tokens live: the OS keyring by default (made on first use)."""
        self.engine_options: dict[str, Any] = {}
        """Passed on to each ``SyncEngine`` (e.g. ``ca_bundle``, ``retry``, ``timeouts``)."""
        self._task: Task | None = None
        self._syncing = False
        """The running task is a sync (a failed login is no failed sync)."""
        self._credentials_lock = threading.Lock()

    # -- the client, loaded on first use ------------------------------------------------------

    def credentials(self) -> Credentials:
        """One store for the whole session, so a token kept without a keyring survives page visits."""
        with self._credentials_lock:  # workers ask for it; the keyring is looked up once
            if self.credential_store is None:
                self.credential_store = _client().Credentials()
            return self.credential_store

    def engine(self, server_url: str) -> SyncEngine:
        engine: SyncEngine = _client().SyncEngine(
            self.context.workspace, server_url, credentials=self.credentials(), **self.engine_options
        )
        return engine

    def keyring_warning(self) -> str:
        warning = self.credentials().warning
        return "" if warning is None else str(warning)

    def logged_in_as(self, server_url: str) -> str | None:
        """The user this device holds a token for on that server, if any."""
        try:
            return self.engine(server_url).username
        except BasisscanError:
            return None

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- work in the background ------------------------------------------------------------------

    def login(self, server_url: str, username: str, password: str) -> None:
        def run(_control: Control) -> str:
            engine = self.engine(server_url)
            engine.login(username, password)
            return engine.username or username

        self._start(run, self._logged_in)

    def sync(self, server_url: str) -> None:
        def run(control: Control) -> SyncReport:
            return self.engine(server_url).sync(progress=control.note, cancel=control.cancel)

        self._start(run, self._synced, on_note=self.progressed.emit, syncing=True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _start(self, job: Any, on_done: Any, on_note: Any = None, *, syncing: bool = False) -> None:
        """Raises :class:`SyncUnavailableError` at once when there is no client; the work itself runs in a worker."""
        if self._task is not None:
            return
        _client()  # a missing client is said at once; the keyring is looked up in the worker
        self._syncing = syncing
        self._task = self.context.tasks.start(job, on_done, self._failed, on_note=on_note)
        self.busy_changed.emit(True)

    def _settle(self) -> None:
        self._task = None
        self.busy_changed.emit(False)

    def _logged_in(self, username: str) -> None:
        self._settle()
        self.logged_in.emit(username)

    def _synced(self, report: SyncReport) -> None:
        self._settle()
        record_sync_failure(self.context.settings, None)
        events = self.context.events
        for changed in (events.companies_changed, events.scans_changed, events.plans_changed, events.sync_finished):
            changed.emit()
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._settle()
        message = self.context.message(error)
        if self._syncing:
            record_sync_failure(self.context.settings, message)
        self.failed.emit(message)
        self.context.events.sync_finished.emit()

    # -- the account and the conflicts (read and written in a worker) ----------------------------

    def account_state(self, server_url: str) -> AccountState:
        """Who is logged in on ``server_url`` and which conflicts wait; runs in a worker."""
        try:
            warning = self.keyring_warning()
        except BasisscanError as error:
            return AccountState(server_url, None, "", (), unavailable=str(error))
        if not server_url:
            return AccountState(server_url, None, warning, ())
        user = self.logged_in_as(server_url)
        try:
            conflicts = tuple(self.engine(server_url).conflicts())
        except BasisscanError:
            conflicts = ()
        return AccountState(server_url, user, warning, conflicts)

    def read_account(self, server_url: str, on_done: Callable[[AccountState], None]) -> None:
        self.context.tasks.start(lambda _control: self.account_state(server_url), on_done, self._read_failed)

    def read_remembered_server(self, on_done: Callable[[str], None]) -> None:
        db = self.context.workspace.db
        self.context.tasks.start(lambda _control: remembered_server(db), on_done, self._read_failed)

    def resolve(
        self,
        server_url: str,
        conflict_id: uuid.UUID,
        keep: Literal["mine", "server"],
        on_done: Callable[[], None],
        on_error: Callable[[str], None],
    ) -> None:
        def resolved(_result: object) -> None:
            events = self.context.events
            for changed in (events.companies_changed, events.scans_changed, events.plans_changed):
                changed.emit()
            on_done()

        self.context.tasks.start(
            lambda _control: self.engine(server_url).resolve(conflict_id, keep),
            resolved,
            lambda error: on_error(self.context.message(error)),
        )

    def _read_failed(self, error: BaseException) -> None:
        self.failed.emit(self.context.message(error))


def _client() -> Any:
    try:
        from advisor_sync import client
    except ImportError as error:
        raise SyncUnavailableError(
            Text(
                f"Synchroniseren is in deze installatie niet beschikbaar ({error.name} ontbreekt)",
                f"Syncing is not available in this installation ({error.name} is missing)",
            )
        ) from error
    return client
