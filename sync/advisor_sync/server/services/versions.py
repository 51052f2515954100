"""Versions for the records a transaction writes, and how far a pull may read.

Every record carries a version from the server's one change counter, and a pull "since cursor N"
reads versions up to a high mark (:mod:`.pull`). That is only safe if no version at or below the
mark can still be uncommitted: a pull that had moved its cursor past a version committed late would
never send that change.

A transaction stamps the rows it writes with placeholders (negative, unique within it) while it
reads, validates and writes; :meth:`Versions.assign` then gets a range of real versions and turns
each placeholder ``-k`` into ``base + k`` with one UPDATE per table. How it gets the range:

* **PostgreSQL: a claim.** A short transaction of its own, on a connection of its own, moves the
  counter on and records the range in ``version_claims``, and commits at once (without waiting for
  the disk: the push's own commit, later in the log, makes the claim durable with it). That is the
  only moment a push holds the counter's row: a few hundred microseconds, not the push's version
  UPDATEs, audit entries and commit. The push then deletes its claim in its own transaction, which
  locks the claim's row until the commit that makes the rows visible also ends the claim. A pull
  reads no further than the lowest open claim (:func:`readable_high`): in one snapshot, every
  version up to the counter is either committed or inside a claim still open.
* **SQLite: the counter under the write lock.** Every SQLite transaction already holds the
  database's one write lock from ``BEGIN IMMEDIATE`` (``core.db``), so it moves the counter itself;
  a claim on another connection would wait for that very lock.

A claim whose push died (process killed, connection lost) has no holder: its row is unlocked.
A pull meeting a claim older than :data:`CLAIM_GRACE` deletes such claims (``SKIP LOCKED``
leaves every claim a live push holds), and a push whose claim was taken away so refuses to commit
(:class:`ClaimLostError`), so that only liveness, never a pull's completeness, rests on the grace.
A push that rolls back gives its claim up at once.

A transaction that never calls :meth:`~Versions.assign` gets its versions just before it commits
(a ``before_commit`` hook that runs before the audit log's, so audit entries name final versions).
Placeholders never leave the transaction: other transactions do not see its rows before the commit.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
import weakref
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    ScalarSelect,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.orm.attributes import set_committed_value

from advisor_app.dbkit.types import UTCDateTime, utcnow

from ..crud.audit import restamp_queued
from ..models import ChangeCounter, Record, VersionClaim

log = logging.getLogger(__name__)

CLAIM_GRACE = timedelta(seconds=60)
"""A claim no push holds is given up once it is this old; a live push takes its claim within milliseconds."""


class ClaimLostError(RuntimeError):
    """This transaction's versions were given up as abandoned: a pull may have passed them, so it must not commit."""


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
        self._claim: int | None = None
        """The first version of this transaction's open claim (PostgreSQL), until it commits or gives it up."""
        self.claim_seconds = 0.0
        """How long the claim held the counter's row (for the benchmark's serial fraction)."""
        self.locked_at: float | None = None
        """``time.perf_counter()`` when the counter's lock was granted for the rest of the transaction (SQLite)."""
        session.info.setdefault(_PENDING, []).append(self)
        if not event.contains(session, "before_commit", _assign_before_commit):
            # First in line, so the audit log's own hook (crud.audit) chains entries that name final versions.
            event.listen(session, "before_commit", _assign_before_commit, insert=True)
            event.listen(session, "after_commit", _committed)
            event.listen(session, "after_transaction_end", _give_up_at_end)

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
        """Give every stamped row its final version, from a claim (PostgreSQL) or the counter under the write lock."""
        if self._base is not None or not self._count:
            return
        session = self.session
        session.flush()  # every stamped row is written, with its placeholder, before versions are taken
        base = self._base = self._claimed() if _engine(session).dialect.name == "postgresql" else self._counted()
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

    def _counted(self) -> int:
        counter = self.session.execute(select(ChangeCounter).where(ChangeCounter.id == 1).with_for_update()).scalar_one()
        self.locked_at = time.perf_counter()
        base = counter.value
        counter.value = base + self._count
        return base

    def _claimed(self) -> int:
        moved = (
            update(ChangeCounter)
            .where(ChangeCounter.id == 1)
            .values(value=ChangeCounter.value + self._count)
            .returning(ChangeCounter.value)
            .cte("moved")
        )
        claim = (
            insert(VersionClaim)
            .from_select(
                ["low", "high", "claimed_at"],
                select(moved.c.value - (self._count - 1), moved.c.value, literal(utcnow(), UTCDateTime())),
            )
            .returning(VersionClaim.low)
        )
        with claims_engine(_engine(self.session)).connect() as connection:
            started = time.perf_counter()  # one statement, committed as it ends: the counter's row is locked that long
            low = int(connection.execute(claim).scalar_one())
            self.claim_seconds += time.perf_counter() - started
        self._claim = low
        # Deleting the claim here locks its row until this transaction ends; the commit that makes the rows visible ends it.
        taken = self.session.execute(delete(VersionClaim).where(VersionClaim.low == low))
        if taken.rowcount != 1:  # type: ignore[attr-defined]
            raise ClaimLostError(f"the claim of versions from {low} was given up as abandoned before this push took it")
        return low - 1

    def serial_seconds(self, committed_at: float, chain_locked_at: float | None) -> float:
        """How long this transaction held a lock every writer shares: the counter, then the audit chain (``crud.audit``)."""
        if self.locked_at is not None:  # SQLite: the counter from its grant to the commit, the audit append within
            return committed_at - self.locked_at
        return self.claim_seconds + (0.0 if chain_locked_at is None else committed_at - chain_locked_at)

    def give_up(self) -> None:
        """The transaction rolled back: its claim ends now, so pulls need not wait for the grace."""
        low, self._claim = self._claim, None
        if low is None:
            return
        try:
            with claims_engine(_engine(self.session)).connect() as connection:
                connection.execute(delete(VersionClaim).where(VersionClaim.low.in_(_unheld(VersionClaim.low == low))))
        except SQLAlchemyError as exc:
            log.warning("claim of versions from %s left for the sweep: %s", low, exc)


def readable_high(session: Session) -> int:
    """The highest version a pull may read up to: every version at or below it is committed.

    The counter and the lowest open claim come from one statement, so from one snapshot: a claim is made
    in the same commit that moves the counter, and ended in the same commit that writes its versions.
    """
    claims = select(func.min(VersionClaim.low)).scalar_subquery()
    oldest = select(func.min(VersionClaim.claimed_at)).scalar_subquery()
    found = session.execute(select(ChangeCounter.value, claims, oldest).where(ChangeCounter.id == 1)).first()
    if found is None:
        return 0
    value, lowest, claimed_at = found
    if lowest is None:
        return int(value)
    engine = _engine(session)
    if engine.dialect.name == "postgresql" and claimed_at < utcnow() - CLAIM_GRACE and release_abandoned(engine):
        return readable_high(session)
    return min(int(value), int(lowest) - 1)


def release_abandoned(engine: Engine) -> int:
    """Give up the claims older than the grace that no push holds (their push died); returns how many."""
    with claims_engine(engine).connect() as connection:
        stale = _unheld(VersionClaim.claimed_at < utcnow() - CLAIM_GRACE)
        released = connection.execute(delete(VersionClaim).where(VersionClaim.low.in_(stale))).rowcount
    if released:
        log.warning("gave up %d abandoned version claim(s): their pushes never committed", released)
    return int(released)


def _unheld(which: ColumnElement[bool]) -> ScalarSelect[int]:
    """The claims ``which`` picks that no transaction holds (``SKIP LOCKED``: never waits for a live push)."""
    return select(VersionClaim.low).where(which).with_for_update(skip_locked=True).scalar_subquery()


_claim_engines: weakref.WeakKeyDictionary[Engine, Engine] = weakref.WeakKeyDictionary()
_claim_engines_lock = threading.Lock()


def claims_engine(engine: Engine) -> Engine:
    """One connection per server process for claims, beside the pool of ``engine``; each statement commits at once.

    A push holds a connection of the pool for its whole transaction while it claims: drawing the claim's
    connection from the same pool could leave every push waiting for a connection another push holds.
    The claims take turns on the counter's row anyway.
    """
    with _claim_engines_lock:
        found = _claim_engines.get(engine)
        if found is not None:
            return found
        claims = _claim_engines[engine] = create_engine(
            engine.url, pool_size=1, max_overflow=0, pool_pre_ping=True, isolation_level="AUTOCOMMIT"
        )
        event.listen(claims, "connect", _commit_without_waiting)
        event.listen(engine, "engine_disposed", lambda _engine: claims.dispose())
        return claims


def _commit_without_waiting(connection: Any, _record: Any) -> None:
    """A claim's commit need not wait for the disk: the commit of the push that uses it, later in the log, does.

    Should the server crash before that, the push never committed either; a claim given up or swept is
    committed by whatever commits next, and a claim lost with a crash only leaves its versions unused.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


_PENDING = "versions.pending"
"""``Session.info`` key of the :class:`Versions` begun in the session's transaction."""


def _assign_before_commit(session: Session) -> None:
    """Versions not yet assigned get theirs as the transaction commits."""
    if session.in_nested_transaction():
        return
    for versions in session.info.get(_PENDING, []):
        versions.assign()


def _committed(session: Session) -> None:
    session.info.pop(_PENDING, None)  # their claims ended with the commit


def _give_up_at_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        for versions in session.info.pop(_PENDING, []):
            versions.give_up()
