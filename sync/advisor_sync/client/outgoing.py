"""The outbox: local changes as a push, and what the server's answers mean for each row."""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as ShapeError
from pydantic_core import ErrorDetails
from sqlalchemy import Connection, exists, or_, select
from sqlalchemy.orm import Session

from advisor_app.domain import shape
from advisor_app.domain.erasure import scrub_document
from advisor_app.domain.flat_fields import flatten
from advisor_app.domain.text import Text
from advisor_app.services.erasure import erased
from advisor_app.store.bookkeeping import explicit_bookkeeping
from advisor_app.store.models import Company, Scan
from advisor_app.store.touched import every_touched, forget_touched

from ..protocol.documents import ENTITIES, EntityName
from ..protocol.messages import ChangeIn, PushRequest, PushResponse, change_in
from .documents import MODELS, SyncedRow, document, label, waiting_children
from .incoming import WHOLE_RECORD, Incoming
from .ledger import Ledger
from .merge import ABSENT
from .settling import Accepted, settle_accepted, still_dirty

LOCAL_CHANGES = select(or_(*(exists().where(model.dirty) for model in MODELS.values())))
"""Whether any synced row waits for the push; built once (each sync's start asks it)."""


def has_local_changes(connection: Connection | Session) -> bool:
    """Whether the outbox holds anything, in one query: a sync with nothing to send needs no write transaction."""
    return bool(connection.scalar(LOCAL_CHANGES))


ERASURES_TO_SEND = select(Company.id).where(Company.deleted, Company.dirty, Company.server_version.is_not(None))
"""Companies this device erased whose erasure the server has not accepted yet."""


@dataclass(frozen=True)
class Unsendable:
    """A row whose local data breaks its record's description: kept home, and the advisor is told why."""

    entity: EntityName
    row: SyncedRow
    faults: list[ErrorDetails]


class Outbox:
    """Every row with local changes, parents before the records that name them, read in one transaction.

    The rows are read at once, and made into changes (their documents, checked by their records) as they
    are taken: so a push can make the next batch while the last is on its way (``pushing``). The rows keep
    what was read, whatever is saved meanwhile, as a list made at once would.

    An erasure is all or nothing: the tombstones of an erased company's scans, plans and vouchers wait
    until the server has accepted the company's own. The server then erases them with it; and if it
    refuses (another advisor's records belong to the company), they were not deleted there one by
    one, so "keep the server's" brings the company back whole.
    """

    def __init__(self, session: Session) -> None:
        self._rows: deque[tuple[EntityName, SyncedRow, list[Any] | None]] = deque()
        """Per row its children as read (``None`` for a deletion, which carries no document)."""
        waiting = set(session.scalars(ERASURES_TO_SEND))
        self._touched = every_touched(session)
        for entity in ENTITIES:
            model = MODELS[entity]
            rows: list[SyncedRow] = list(session.scalars(select(model).where(model.dirty).order_by(model.created_at, model.id)))
            if entity == "scan":
                rows = _revisions_after_originals(rows)
            children = waiting_children(session, entity, [row.id for row in rows if not row.deleted])
            for row in rows:
                if row.deleted and row.server_version is None:
                    row.dirty = False  # made and deleted here: the server never needs to know
                elif row.deleted and not isinstance(row, Company) and row.company_id in waiting:
                    continue  # part of an erasure not yet accepted: see the docstring
                else:
                    self._rows.append((entity, row, None if row.deleted else children[row.id]))

    @property
    def left(self) -> int:
        """Rows not taken yet (each a change, unless its data cannot be sent or the caller leaves it out)."""
        return len(self._rows)

    def take(
        self, count: int | None = None, keep: Callable[[ChangeIn], bool] = lambda _change: True
    ) -> tuple[list[ChangeIn], list[Unsendable]]:
        """The next ``count`` changes that ``keep`` keeps (all, without a count), and the rows that cannot be sent."""
        changes: list[ChangeIn] = []
        unsendable: list[Unsendable] = []
        while self._rows and (count is None or len(changes) < count):
            entity, row, children = self._rows.popleft()
            if children is None:
                change = change_in(entity, row.id, base_version=row.server_version, deleted=True)
            else:
                try:
                    data = document(entity, row, children)
                except ShapeError as exc:
                    unsendable.append(Unsendable(entity, row, exc.errors(include_url=False)))
                    continue
                touched = self._touched.get((entity, row.id)) if row.server_version is not None else None
                change = change_in(entity, row.id, base_version=row.server_version, data=data, touched=touched)
            if keep(change):
                changes.append(change)
        return changes, unsendable


def keep_home(session: Session, ledger: Ledger, unsendable: list[Unsendable]) -> None:
    """A refusal of its own for each row that cannot be sent, in the advisor's words, until its data is fixed."""
    for item in unsendable:
        why = shape.describe(item.faults, record=item.entity)
        ledger.conflict(
            item.entity,
            item.row.id,
            label=label(session, item.entity, item.row),
            field=shape.field_name(item.faults[0]) or WHOLE_RECORD,
            kind="rejected",
            mine=ABSENT,
            theirs=ABSENT,
            reason=str(
                Text(
                    f"{why.nl}\n(de gegevens op dit apparaat kunnen zo niet worden verstuurd)",
                    f"{why.en}\n(the data on this device cannot be sent like this)",
                )
            ),
        )


def outbox(session: Session, ledger: Ledger) -> list[ChangeIn]:
    """Every change of the outbox at once (see :class:`Outbox`); the rows that cannot be sent are kept home."""
    changes, unsendable = Outbox(session).take()
    keep_home(session, ledger, unsendable)
    return changes


def _revisions_after_originals(scans: list[SyncedRow]) -> list[SyncedRow]:
    by_id = {row.id: row for row in scans}
    ordered: list[SyncedRow] = []
    placed: set[uuid.UUID] = set()

    def place(row: SyncedRow) -> None:
        if row.id in placed:
            return
        placed.add(row.id)
        assert isinstance(row, Scan)
        for earlier in (row.revision_of_id, row.follow_up_of_id):
            if earlier is not None and earlier in by_id:
                place(by_id[earlier])
        ordered.append(row)

    for row in scans:
        place(row)
    return ordered


def settle(
    session: Session, ledger: Ledger, request: PushRequest, response: PushResponse, sent_json: list[dict[str, Any]]
) -> tuple[int, int]:
    """Apply the server's answers to a push; returns (accepted, rejected).

    ``sent_json`` holds the request's changes as sent, as JSON values: an accepted document's base copy
    is taken from there rather than dumped again.
    """
    sent = {(change.entity, change.id): change for change in request.changes}
    documents = {change.id: dumped.get("data") for change, dumped in zip(request.changes, sent_json, strict=True)}
    plain = [
        Accepted(sent[(result.entity, result.id)], result.version, documents.get(result.id))
        for result in response.results
        if result.status == "accepted" and result.version is not None and (result.entity, result.id) in sent
    ]
    done = settle_accepted(session, plain)  # the common case in bulk, first: the ORM below reads what it wrote
    rest = [result for result in response.results if (result.entity, result.id) not in done]
    incoming = Incoming(session, ledger)
    incoming.preload([(result.entity, result.id) for result in rest if (result.entity, result.id) in sent])
    accepted, rejected = len(done), 0
    new_bases: list[tuple[str, uuid.UUID, int, dict[str, Any]]] = []
    with explicit_bookkeeping(session):  # the answers settle the rows as the server has them: no local change
        for result in rest:
            change = sent.get((result.entity, result.id))
            row = incoming.row(result.entity, result.id)
            if change is None or row is None:
                continue
            if result.status == "accepted":
                accepted += 1
                _accepted(
                    session, ledger, change, row, sent_data=documents.get(change.id), version=result.version, new_bases=new_bases
                )
            elif result.status == "conflict" and result.server is not None:
                incoming.apply(result.server)
            elif result.status == "rejected":
                rejected += 1
                mine: Any = ABSENT
                if change.data is not None and result.field:
                    mine = flatten(change.entity, change.data.model_dump(mode="json")).get(result.field, ABSENT)
                ledger.conflict(
                    change.entity,
                    change.id,
                    label=label(session, change.entity, row),
                    field=result.field or WHOLE_RECORD,
                    kind="rejected",
                    mine=mine,
                    theirs=ABSENT,
                    reason=result.reason or "",
                )
        ledger.add_bases(new_bases)
    return accepted, rejected


def _accepted(
    session: Session,
    ledger: Ledger,
    change: ChangeIn,
    row: SyncedRow,
    *,
    sent_data: dict[str, Any] | None,
    version: int | None,
    new_bases: list[tuple[str, uuid.UUID, int, dict[str, Any]]],
) -> None:
    """The server holds ``change`` at ``version``: that is the base copy, and the row is clean unless it changed since.

    A row deleted after the change was sent (while the push was away, or after its answer was lost) is the
    server's record now, so its deletion goes out, and its base copy is still the document as sent (a merge
    and a refusal's "keep the server's" need it), scrubbed if the deletion was an erasure. An erasure that
    saw no server version left its tombstone unsent, as if the server had never had the record.
    """
    ledger.settle_conflicts(change.id, "rejected", "accepted")
    if version is None:
        row.dirty = not row.deleted
        return
    row.server_version = version
    deleted_since = row.deleted and not change.deleted
    data = None if change.data is None else sent_data
    if data is not None and deleted_since and erased(session, row):
        data = scrub_document(change.entity, data)
    if data is not None and ledger.base(change.entity, change.id) is None:
        new_bases.append((change.entity, change.id, version, data))  # inserted together at the end
    else:
        ledger.set_base(change.entity, change.id, version, data, deleted=change.deleted)
    row.dirty = still_dirty(change, deleted=row.deleted, updated_at=row.updated_at, dirty=row.dirty)
    if not row.dirty:
        forget_touched(session, [(change.entity, change.id)])
