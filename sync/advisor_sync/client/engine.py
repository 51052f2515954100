"""The sync engine: the outbox first, then the reports, then everything new from the server.

Order matters: a report is attached to its scan only once the server holds
that scan (the server refuses a file for a scan it does not know, or of another
advisor), so the reports follow the push; local changes go out before the pull, so the server can merge or refuse them
first; each pulled page is applied together with its cursor in one
transaction, so an interruption at any point loses nothing and repeats
nothing. The pushes that got no answer (at most two batches) are kept and sent
again, under their batch ids, before anything else: the server then returns its
first answers.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError as ShapeError
from sqlalchemy import select

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.demo import SYNC_OFF_IN_DEMO
from advisor_app.domain.text import Text, active_language
from advisor_app.services.collector import collection_paused
from advisor_app.services.erasure import finish_erasures
from advisor_app.services.sync_status import last_sync_at
from advisor_app.store.models import SyncConflict

from ..protocol.messages import LoginRequest, LoginResponse, PullResponse
from . import conflicts as conflict_rules
from .benchmarks import keep_benchmarks
from .conflicts import Conflict, as_conflict
from .credentials import Credentials, StoredToken
from .errors import DemoWorkspaceError, DeviceTokenRevokedError, NotLoggedInError, RequestRefusedError, SyncError
from .http import DEFAULT_RETRY, DEFAULT_TIMEOUTS, ApiClient, RetryPolicy, Timeouts, cancelled
from .incoming import Incoming
from .ledger import BENCHMARKS_DIGEST, CURSOR, LAST_SYNC, OPEN_CONFLICTS, PENDING_PUSHES, PUT_STATE, SERVER_URL, Ledger
from .pushing import Pusher
from .questionnaires import fetch_missing
from .start import Start, device_name, normalise_server_url, read_start, refuse_demo
from .uploads import upload_reports

if TYPE_CHECKING:
    from advisor_app.workspace import Workspace

Stage = Literal["files", "push", "pull"]


@dataclass(frozen=True)
class SyncProgress:
    stage: str
    """``files``, ``push`` or ``pull``."""
    done: int
    total: int


@dataclass(frozen=True)
class SyncReport:
    sent: int
    """Local changes the server accepted."""
    received: int
    """Records that changed here because of the server."""
    conflicts: int
    """Conflicts recorded in this sync (including refused changes)."""
    files: int
    """Reports uploaded."""
    finished_at: datetime
    rejected: int = 0
    """Local changes the server refused; they stay here, listed among the conflicts."""
    open_conflicts: int = 0
    """All conflicts waiting for the advisor after this sync."""
    questionnaires: tuple[str, ...] = ()
    """Versions of the scan received (``id@version``); new scans start on the newest."""


class SyncEngine:
    """Syncs one workspace with one server; runs in a worker thread (UI) or headless (command line)."""

    def __init__(
        self,
        workspace: Workspace,
        server_url: str,
        *,
        credentials: Credentials | None = None,
        ca_bundle: str | None = None,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retry: RetryPolicy = DEFAULT_RETRY,
        batch_size: int = 200,
        page_size: int = 500,
    ) -> None:
        self.workspace = workspace
        self.server_url = normalise_server_url(server_url)
        self.credentials = credentials or Credentials()
        self.ca_bundle = ca_bundle
        self.timeouts = timeouts
        self.retry = retry
        self.batch_size = batch_size
        self.page_size = page_size
        self.language = active_language()
        self.round_trips = 0
        """Requests made by the last ``sync`` (retries included)."""

    # -- the device token -------------------------------------------------------------

    def login(self, username: str, password: str) -> None:
        """Trade the password for a device token, kept through :class:`Credentials`."""
        refuse_demo(self.workspace)
        try:
            body = LoginRequest(username=username.strip(), password=password, device_name=device_name())
        except ShapeError:
            raise RequestRefusedError(
                Text(f"'{username}' is geen geldige gebruikersnaam", f"'{username}' is not a valid username")
            ) from None
        api = self._api(None, None)
        try:
            answer = api.post("/auth/login", body, LoginResponse)
        finally:
            api.close()
        self.credentials.set(self.server_url, StoredToken(answer.user.username, answer.token))

    def has_token(self) -> bool:
        return self.credentials.get(self.server_url) is not None

    @property
    def username(self) -> str | None:
        stored = self.credentials.get(self.server_url)
        return None if stored is None else stored.username

    def logout(self) -> None:
        """Revoke this device on the server (when reachable) and forget the token here."""
        stored = self.credentials.get(self.server_url)
        if stored is not None:
            api = self._api(stored.token, None)
            try:
                api.request("POST", "/auth/logout")
            except SyncError:
                pass
            finally:
                api.close()
        self.credentials.delete(self.server_url)

    # -- syncing --------------------------------------------------------------------------

    def sync(self, progress: Callable[[SyncProgress], None] | None = None, cancel: threading.Event | None = None) -> SyncReport:
        """Push, pull, upload; with the cyclic garbage collector paused, as for a listing.

        A push of a new device's scans makes tens of thousands of objects (rows, documents, their JSON),
        hardly any in a cycle; now and then the collector walked every object of the process for it,
        some 100 ms in a push of 100 scans that costs about as much CPU without it.
        """
        start = read_start(self.workspace)  # the demo check too: read each time, as refuse_demo does
        if start.demo:
            raise DemoWorkspaceError(SYNC_OFF_IN_DEMO)
        stored = self.credentials.get(self.server_url)
        if stored is None:
            raise NotLoggedInError(
                Text(
                    f"Dit apparaat is nog niet aangemeld bij {self.server_url}; log eerst in",
                    f"This device is not logged in to {self.server_url} yet; log in first",
                )
            )
        api = self._api(stored.token, cancel)
        try:
            with collection_paused():  # see the docstring
                return _Run(self, api, progress or (lambda _p: None), cancel, start).run()
        except DeviceTokenRevokedError:
            self.credentials.delete(self.server_url)
            raise
        finally:
            self.round_trips = api.round_trips
            api.close()

    # -- conflicts ----------------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """Unresolved conflicts, oldest first."""
        with self.workspace.db.read() as session:
            rows = session.scalars(
                select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.created_at, SyncConflict.id)
            )
            return [as_conflict(row) for row in rows]

    def resolve(self, conflict_id: uuid.UUID, keep: Literal["mine", "server"]) -> None:
        """Keep the local value (sent at the next sync) or the server's; the conflict is then closed."""
        with self.workspace.db.session() as session:
            conflict_rules.resolve(session, conflict_id, keep)

    def last_sync(self) -> datetime | None:
        return last_sync_at(self.workspace.db)

    def _api(self, token: str | None, cancel: threading.Event | None) -> ApiClient:
        return ApiClient(
            self.server_url,
            token=token,
            ca_bundle=self.ca_bundle,
            language=self.language,
            timeouts=self.timeouts,
            retry=self.retry,
            cancel=cancel,
        )


class _Run:
    """One sync, start to finish.

    Its last write, ``last_sync_at`` with the digest of the benchmark sets kept, is plain statements (through
    a session it cost more than the rest of a no-op sync's CPU) and does not wait for the disk
    (``Database.statements(durable=False)``): it was the only commit of a sync with nothing to do, and
    half the device's time there. What a power cut may take is that moment alone (the status bar shows
    the sync before) and the digest (the next sync compares the sets with the cache again). Everything
    the sync must not lose is committed durably before: each pulled page with its cursor, each answer
    with the next pending push, the benchmark sets.
    """

    def __init__(
        self,
        engine: SyncEngine,
        api: ApiClient,
        progress: Callable[[SyncProgress], None],
        cancel: threading.Event | None,
        start: Start,
    ) -> None:
        self.engine = engine
        self.start = start
        self.state_changed = False
        """Whether this run reset the sync state read at its start (another server than last time)."""
        self.benchmarks_digest: str | None = None
        """The digest of benchmark sets this run stored, kept with ``last_sync_at``."""
        self.db = engine.workspace.db
        self.api = api
        self.progress = progress
        self.cancel = cancel
        self.received = self.conflicts = self.files = 0
        self.questionnaires: list[str] = []
        self.origin = {"origin": str(uuid.uuid4())}
        """This sync's id on its pushes and its pull: the server does not send back what these pushes wrote."""
        self.merged = False
        """Whether a push's answers or a pulled page were applied: their merge may leave changes to push again."""
        self.pusher = Pusher(
            self.db,
            api,
            origin=self.origin,
            batch_size=engine.batch_size,
            emit=lambda done, total: self._emit("push", done, total),
            cancel=cancel,
        )

    def run(self) -> SyncReport:
        self._remember_server()
        self._replay_pending_push()
        first_page = None
        if self.start.local_changes or self.merged:
            first_page = self._push(then=self._first_page)
        else:
            self._emit("push", 0, 0)  # nothing was dirty at the start: the outbox is empty, no write transaction
        self._pull(first_page)
        if self.merged or self.start.erasure_pending:  # else nothing came in that could erase, and nothing was left
            finish_erasures(self.db, self.engine.workspace.reports_dir)  # what the pull erased: its reports, the freed bytes
        self._upload_files()  # after the pull: no report goes up for a scan the server erased meanwhile
        if self.merged:  # else no merge left anything to send (a sync with nothing to do reads the outbox once)
            self._push(again=True)
        finished = utcnow()
        with self.db.statements(durable=False) as statements:  # see _Run's docstring
            statements.execute(PUT_STATE, {"key": LAST_SYNC, "value": finished.isoformat()})
            if self.benchmarks_digest is not None:
                statements.execute(PUT_STATE, {"key": BENCHMARKS_DIGEST, "value": self.benchmarks_digest})
            (open_conflicts,) = statements.execute(OPEN_CONFLICTS).first()
        pushed = self.pusher.done
        return SyncReport(
            sent=pushed.sent,
            received=self.received,
            conflicts=self.conflicts + pushed.conflicts,
            files=self.files,
            finished_at=finished,
            rejected=pushed.rejected,
            open_conflicts=open_conflicts,
            questionnaires=tuple(self.questionnaires),
        )

    def _emit(self, stage: Stage, done: int, total: int) -> None:
        self.progress(SyncProgress(stage, done, max(done, total)))

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise cancelled()

    def _remember_server(self) -> None:
        """A different server than last time has its own cursor: start from the beginning there."""
        if self.start.state.get(SERVER_URL) == self.engine.server_url:
            return  # the same server as last time: nothing to write
        self.state_changed = True
        with self.db.session() as session:
            ledger = Ledger(session)
            previous = ledger.state(SERVER_URL)
            if previous is not None and previous != self.engine.server_url:
                ledger.set_state(CURSOR, "0")
                for key in PENDING_PUSHES:
                    ledger.set_state(key, None)
            ledger.set_state(SERVER_URL, self.engine.server_url)

    # -- files ------------------------------------------------------------------------------

    def _upload_files(self) -> None:
        self.files += upload_reports(
            self.db,
            self.engine.workspace.reports_dir,
            self.api,
            lambda done, total: self._emit("files", done, total),
            self._check_cancel,
        )

    # -- push -------------------------------------------------------------------------------

    def _replay_pending_push(self) -> None:
        state = {} if self.state_changed else self.start.state
        stored = {key: state[key] for key in PENDING_PUSHES if state.get(key)}
        if stored:
            self.pusher.replay(stored)
            self.merged = True

    def _push(
        self, *, again: bool = False, then: Callable[[], tuple[int, PullResponse]] | None = None
    ) -> Future[tuple[int, PullResponse]] | None:
        before = self.pusher.done.batches
        later = self.pusher.push(again=again, then=then)
        self.merged = self.merged or self.pusher.done.batches > before
        return later

    # -- pull ---------------------------------------------------------------------------------

    def _pull(self, first: Future[tuple[int, PullResponse]] | None = None) -> None:
        """Every page since the cursor; ``first``, the first page, asked for as the push's last answer was settled."""
        page: PullResponse | None = None
        if first is not None:
            cursor, page = first.result()
        else:
            cursor = self._cursor()
        done = 0
        while True:
            self._check_cancel()
            if page is None:
                page = self._page(cursor)
            if page.changes or page.cursor != cursor:  # an empty page at the same cursor changes nothing here
                self.merged = self.merged or bool(page.changes)
                with self.db.session() as session:
                    ledger = Ledger(session)
                    self.received += Incoming(session, ledger).apply_page(page.changes)
                    ledger.set_state(CURSOR, str(page.cursor))
                    self.conflicts += ledger.recorded
            done += len(page.changes)
            self._emit("pull", done, done + page.remaining)
            self._keep_benchmarks(page)
            if page.questionnaires is not None:
                self.questionnaires += fetch_missing(self.api, self.engine.workspace, page.questionnaires)
            if not page.has_more:
                return
            cursor, page = page.cursor, None

    def _cursor(self, *, pushed: bool = False) -> int:
        if self.state_changed:
            return 0
        if pushed or self.merged:  # a push ran: read the cursor again rather than trust the start's copy
            with self.db.read() as session:
                return int(Ledger(session).state(CURSOR) or 0)
        return int(self.start.state.get(CURSOR) or 0)

    def _page(self, cursor: int) -> PullResponse:
        return self.api.get("/sync/pull", PullResponse, params={"cursor": cursor, "limit": self.engine.page_size, **self.origin})

    def _first_page(self) -> tuple[int, PullResponse]:
        """The pull's first page, asked for in the push's request thread the moment its last answer arrived.

        While the device settles that answer the server makes the page (the benchmark sets with the pushed
        scans: 25 ms for 100, 0.25 s for 3,000), where the two came one after the other. The server has
        committed every batch by then; the cursor is read as after any push (the settling does not move it).
        """
        cursor = self._cursor(pushed=True)
        return cursor, self._page(cursor)

    def _keep_benchmarks(self, page: PullResponse) -> None:
        """The same sets as at the last whole sync with this server are not compared again (see benchmarks.py)."""
        last = None if self.state_changed else self.start.state.get(BENCHMARKS_DIGEST)
        stored = keep_benchmarks(self.engine.workspace, page, last)
        if stored is not None:
            self.benchmarks_digest = stored
