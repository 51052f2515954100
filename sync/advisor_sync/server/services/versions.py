"""Versions for the records a transaction writes, handed out in a short critical section at its end.

Every record carries the value of the server's one change counter at its last change, and a pull
"since cursor N" reads the versions up to the counter's committed value (:mod:`.pull`). That is
only safe if no version at or below the counter can still be uncommitted: a pull that had moved its
cursor past a version committed late would never send that change. The counter is therefore moved
on only under a lock on its row that the writer keeps until it commits.

Holding that lock for a whole push made every push wait for every other one. Instead a transaction
stamps the rows it writes with placeholders (negative, unique within it) while it reads, validates
and writes; :meth:`Versions.assign` then locks the counter, moves it on by the number of stamps and
turns each placeholder ``-k`` into ``base + k`` with one UPDATE per table, and the lock is held from
there until the commit: the critical section is those few statements, the audit chain's append and
the commit itself. Versions stay unique and grow in commit order, because a transaction takes its
numbers only while no other one that took numbers is still uncommitted.

A transaction that never calls :meth:`~Versions.assign` gets its versions just before it commits
(a ``before_commit`` hook that runs before the audit log's, so audit entries name final versions).
Placeholders never leave the transaction: other transactions do not see its rows before the commit.
"""

from __future__ import annotations

import time
import uuid

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.orm.attributes import set_committed_value

from ..crud.audit import restamp_queued
from ..models import ChangeCounter, Record


def run_origin(device_id: uuid.UUID, origin: uuid.UUID) -> uuid.UUID:
    """The server's name for a device's sync run: the run's own random id, tied to the device's token.

    A record written by a run's push carries it, and a pull naming the same run leaves such records out
    (the device holds exactly that state: it sent it and stored the answer before pulling). Tied to the
    device, so no other device can hide records from itself or anyone by naming someone else's run; a
    new id each run, so a device whose data folder was restored from a backup gets its later records back.
    """
    return uuid.uuid5(device_id, str(origin))


class Versions:
    """The version stamps of one transaction on ``session``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._stamped: set[type[Record]] = set()
        self._rows: list[Record] = []
        self._count = 0
        self._base: int | None = None
        self.locked_at: float | None = None
        """``time.perf_counter()`` when the counter's lock was granted (for the benchmark's serial fraction)."""
        session.info.setdefault(_PENDING, []).append(self)
        if not event.contains(session, "before_commit", _assign_before_commit):
            # First in line, so the audit log's own hook (crud.audit) chains entries that name final versions.
            event.listen(session, "before_commit", _assign_before_commit, insert=True)
            event.listen(session, "after_transaction_end", _forget_at_end)

    def stamp(self, row: Record, *, origin: uuid.UUID | None = None) -> None:
        """Give ``row`` a new version (a placeholder until :meth:`assign`), written by the sync run ``origin`` or none."""
        if self._base is not None:
            raise RuntimeError("versions of this transaction were already assigned")
        self._count += 1
        row.version = -self._count
        row.origin = origin
        self._stamped.add(type(row))
        self._rows.append(row)

    def final(self, version: int | None) -> int | None:
        """The version a stamp became (a version that is no placeholder stays as it is)."""
        if version is None or version >= 0:
            return version
        if self._base is None:
            raise RuntimeError("versions of this transaction are not assigned yet")
        return self._base - version

    def assign(self) -> None:
        """Lock the counter and give every stamped row its final version; the lock lasts until the commit."""
        if self._base is not None or not self._count:
            return
        session = self.session
        session.flush()  # every stamped row is written, with its placeholder, before the lock is taken
        counter = session.execute(select(ChangeCounter).where(ChangeCounter.id == 1).with_for_update()).scalar_one()
        self.locked_at = time.perf_counter()
        base = self._base = counter.value
        counter.value = base + self._count
        for model in self._stamped:
            # Every negative version this transaction sees is its own: others' rows are invisible until they commit,
            # with final versions. A row whose savepoint rolled back holds its committed version again.
            session.execute(
                update(model)
                .where(model.version < 0)
                .values(version=base - model.version)
                .execution_options(synchronize_session=False)
            )
        for row in self._rows:
            state = row.__dict__
            if "version" in state and isinstance(state["version"], int) and state["version"] < 0:
                set_committed_value(row, "version", base - state["version"])
        restamp_queued(session, {-k: base + k for k in range(1, self._count + 1)})
        session.flush()


_PENDING = "versions.pending"
"""``Session.info`` key of the :class:`Versions` begun in the session's transaction."""


def _assign_before_commit(session: Session) -> None:
    """Versions not yet assigned get theirs as the transaction commits."""
    if session.in_nested_transaction():
        return
    for versions in session.info.get(_PENDING, []):
        versions.assign()


def _forget_at_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
