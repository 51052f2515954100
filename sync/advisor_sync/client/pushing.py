"""A sync's pushes: the outbox in batches, each remembered before it is sent and settled by its answer.

Why it is built this way: a push of a new device's scans was two and a half times the same bodies
POSTed by a bare loop (issue 12), and the difference was the client's own work around each request.
So each batch is serialized once (``Batch``): the same JSON is kept as the pending push, sent, and read
back for the base copies, where before it was dumped three times. And write transactions do two jobs:
the one that reads the outbox also remembers the first batch, and the one that settles a batch also
remembers the one after the next, so a push of n batches commits n + 2 times (the second batch is kept
on its own, while the first is away) instead of 2n + 1. Every commit waits for the disk
(``synchronous=FULL``), so that is most of what a transaction costs here.

And the server is never kept waiting for the device: while a batch is away, the next one is stored
already, so it leaves the moment the answer arrives, and that answer is settled (and the batch after
the next made and stored) while the next one is away. With one batch stored at a time, the server
waited for each answer's settling and its commit (3,000 scans: 44 such gaps, 0.76 s of a 5.8 s push).
The outbox's rows are read at once, in the transaction that stores the first batch; each later batch's
documents (checked by their records) and JSON are made while a request waits in a thread of its own.

What stays the same: no batch is sent before it is stored, so an answer lost on the way is asked for
again with the same batch id, and the server applies the batches in the outbox's order, each sent only
after the answer to the one before. At most two are stored unsettled (``ledger.PENDING_PUSHES``): the
one away and the one to follow it; the next sync sends both again, oldest first, before anything else.
A batch stored but never sent (a cancel) is forgotten, not replayed; the one away when the sync is
cancelled is waited for and settled. A row whose data cannot be sent is refused in the transaction that
stores the batch it would have been in, or in the one that settles the last batch.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ..protocol.documents import AnyDocument
from ..protocol.messages import ChangeIn, PushRequest, PushResponse
from .http import ApiClient, cancelled
from .ledger import NEXT_PUSH, PENDING_PUSH, Ledger
from .outgoing import Outbox, Unsendable, has_local_changes, keep_home, settle

if TYPE_CHECKING:
    from advisor_app.store.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Batch:
    """One push request with its JSON, made once."""

    request: PushRequest
    body: str
    """What is sent, and kept as the pending push until its answer is settled."""
    sent: list[dict[str, Any]]
    """Each change of ``body`` as JSON values, in the request's order: the base copies are taken from these."""

    @classmethod
    def of(cls, changes: list[ChangeIn]) -> Batch:
        """Serialized by pydantic itself, then read back for the base copies: the same JSON as dumping the request
        to JSON values and those with ``json.dumps``, in about 60 % of the CPU (300 scans: 35 -> 21 ms)."""
        request = PushRequest(batch_id=uuid.uuid4(), changes=changes)
        body = request.model_dump_json()
        return cls(request, body, json.loads(body)["changes"])

    @classmethod
    def replay(cls, raw: str) -> Batch:
        """A pending push as it was stored: sent again byte for byte, under its batch id."""
        return cls(PushRequest.model_validate_json(raw), raw, json.loads(raw)["changes"])


@dataclass
class Pushed:
    """What the pushes of one sync did, for its report."""

    sent: int = 0
    rejected: int = 0
    conflicts: int = 0
    batches: int = 0
    refused: dict[uuid.UUID, AnyDocument | None] = field(default_factory=dict)
    """What the server refused in this sync, as sent: not sent again unless it changed since."""


class Pusher:
    """The pushes of one sync, against one server."""

    def __init__(
        self,
        db: Database,
        api: ApiClient,
        *,
        origin: dict[str, str],
        batch_size: int,
        emit: Callable[[int, int], None],
        cancel: threading.Event | None,
    ) -> None:
        self.db = db
        self.api = api
        self.origin = origin
        self.batch_size = batch_size
        self.emit = emit
        self.cancel = cancel
        self.done = Pushed()

    def replay(self, stored: dict[str, str]) -> None:
        """The pushes an earlier sync stored and got no answer for (``ledger.PENDING_PUSHES``), oldest first: only sent.

        Each answer is settled in a transaction that forgets that one batch, so an interruption between the
        two leaves the later one to be sent again, alone.
        """
        for key, raw in stored.items():
            batch = Batch.replay(raw)
            self._settle(batch, self._post(batch), [], {key: None})

    def push(self, *, again: bool = False, then: Callable[[], T] | None = None) -> Future[T] | None:
        """Send the outbox; ``again`` after a merge, when only what the merge left (if anything) goes out.

        ``then`` (the sync's first pull) runs in the request thread the moment the last answer arrives,
        while that answer is settled here: its future is returned, done (None when nothing was sent).
        """
        if again:
            with self.db.read() as session:
                if not has_local_changes(session):  # a read, not a write transaction, when nothing is left
                    return None
        refused = dict(self.done.refused)

        def keep(change: ChangeIn) -> bool:
            return change.id not in refused or refused[change.id] != change.data

        with self.db.session() as session:
            ledger = Ledger(session)
            source = Outbox(session)
            changes, unsendable = source.take(self.batch_size, keep)
            keep_home(session, ledger, unsendable)
            batch = Batch.of(changes) if changes else None
            if batch is not None:
                ledger.set_state(PENDING_PUSH, batch.body)
            self.done.conflicts += ledger.recorded
        if again and batch is None:
            return None
        total = len(changes) + source.left
        self.emit(0, total)
        return None if batch is None else self._send_all(batch, source, keep, total, then)

    def _send_all(
        self, away: Batch, source: Outbox, keep: Callable[[ChangeIn], bool], total: int, then: Callable[[], T] | None
    ) -> Future[T] | None:
        """Send ``away`` (stored as the pending push) and every batch after it, one away at a time (see the module)."""
        if self._cancelled():
            self._store({PENDING_PUSH: None})  # stored, never sent: nothing to ask for again
            raise cancelled()
        sent = 0
        later: Future[T] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="basisscan-push") as sender:  # waits for the one away
            answer = self._away(sender, away)
            following, unsendable = self._make(source, keep)
            if following is not None:
                self._store({NEXT_PUSH: following.body}, unsendable)  # kept before it can leave
                unsendable = []
            while True:
                response = answer.result()
                if following is not None and self._cancelled():
                    self._settle(away, response, unsendable, {PENDING_PUSH: None, NEXT_PUSH: None})
                    sent += len(away.request.changes)
                    self.emit(sent, total)
                    raise cancelled()  # the one stored to follow was never sent: forgotten with the settling
                made: Batch | None = None
                if following is not None:
                    answer = self._away(sender, following)  # stored already: it leaves at once
                    made, more = self._make(source, keep)
                    unsendable += more
                elif then is not None:
                    later = _running(sender, then)
                self._settle(
                    away,
                    response,
                    unsendable,
                    {PENDING_PUSH: None if following is None else following.body, NEXT_PUSH: None if made is None else made.body},
                )
                sent += len(away.request.changes)
                self.emit(sent, total)
                if following is None:
                    break
                away, following, unsendable = following, made, []
        return later

    def _make(self, source: Outbox, keep: Callable[[ChangeIn], bool]) -> tuple[Batch | None, list[Unsendable]]:
        """The next batch of the outbox (None when it is empty), and the rows met on the way that cannot be sent."""
        if not source.left:
            return None, []
        changes, unsendable = source.take(self.batch_size, keep)
        return (Batch.of(changes) if changes else None), unsendable

    def _post(self, batch: Batch) -> PushResponse:
        return self.api.post_json("/sync/push", batch.body.encode(), PushResponse, params=self.origin)

    def _away(self, sender: ThreadPoolExecutor, batch: Batch) -> Future[PushResponse]:
        return _running(sender, lambda: self._post(batch))

    def _settle(self, batch: Batch, response: PushResponse, unsendable: list[Unsendable], states: dict[str, str | None]) -> None:
        """Apply the answer to ``batch`` in the transaction that sets the pending pushes to ``states``."""
        with self.db.session() as session:
            ledger = Ledger(session)
            accepted, rejected = settle(session, ledger, batch.request, response, batch.sent)
            keep_home(session, ledger, unsendable)
            for key, value in states.items():
                ledger.set_state(key, value)
            self.done.conflicts += ledger.recorded
        self.done.batches += 1
        self.done.sent += accepted
        self.done.rejected += rejected
        sent = {change.id: change.data for change in batch.request.changes}
        self.done.refused |= {r.id: sent.get(r.id) for r in response.results if r.status == "rejected"}

    def _store(self, states: dict[str, str | None], unsendable: list[Unsendable] | None = None) -> None:
        """Set pending pushes (a batch's JSON to keep, None to forget one), with the refusals of ``unsendable``."""
        with self.db.session() as session:
            ledger = Ledger(session)
            keep_home(session, ledger, unsendable or [])
            for key, value in states.items():
                ledger.set_state(key, value)
            self.done.conflicts += ledger.recorded

    def _cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()


def _running(sender: ThreadPoolExecutor, work: Callable[[], T]) -> Future[T]:
    """``work`` in the sender's thread (a request), returned once that thread runs.

    Else this thread goes on making and settling, and the sender waits for the interpreter's lock for a
    switch interval (5 ms) before it can even write its request: the server then waited 230 ms in all
    between the batches of a push of 3,000 scans, 20 ms this way. Once it runs, the sender keeps the lock
    until it waits for the network, which is soon.
    """
    running = threading.Event()

    def run() -> T:
        running.set()
        return work()

    future = sender.submit(run)
    running.wait()
    return future
