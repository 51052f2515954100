"""Applying a pushed batch: each change accepted, in conflict, or rejected with a reason.

The whole batch is one transaction that starts by locking the change counter,
so versions are handed out in commit order and a replayed batch id finds the
first answer (stored with the batch) instead of applying anything twice.
Every document is checked with the domain's rules (:mod:`.validation` for one
record, the rulebook :mod:`advisor_app.domain.invariants` for records
together) before anything is written; should the database still refuse
something, the batch is redone change by change so that one bad record
spoils nothing else. A batch id sent again with other changes is refused
(409): its first answer would not describe them.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from pydantic import ValidationError as ShapeError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.domain.errors import ValidationError
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.text import Text

from ...protocol import ProblemCode
from ...protocol.documents import (
    ENTITIES,
    AnyDocument,
    CompanyDoc,
    EntityName,
    VoucherDoc,
    parse_document,
    references,
)
from ...protocol.messages import ChangeIn, ChangeOut, ChangeResult, PushRequest, PushResponse
from ...protocol.validation import check_document
from ..core.errors import AlreadyExistsError
from ..crud.audit import audit
from ..models import (
    RECORD_MODELS,
    ChangeCounter,
    CompanyRecord,
    Device,
    PushBatch,
    Record,
    User,
    VoucherRecord,
    utcnow,
)
from .access import assigned_company_ids, writes_records
from .erasure import live_parts, tombstone
from .push_checks import BatchChecks, BatchContext, ChangeRejectedError
from .records import document_of, same_content, write_document

log = logging.getLogger(__name__)

BATCH_MEMORY = timedelta(days=30)
"""How long a batch's answer is kept for replays; a device retries within minutes, not months."""


@dataclass(frozen=True)
class Caller:
    user: User
    device: Device


class BatchChangedError(AlreadyExistsError):
    code = ProblemCode.BATCH_CHANGED
    title = "Batch id reused"


def lock_counter(session: Session) -> ChangeCounter:
    """The first statement of every writing transaction: serialises writers on one row."""
    return session.execute(select(ChangeCounter).where(ChangeCounter.id == 1).with_for_update()).scalar_one()


REQUEST_DIGEST = "request_sha256"
"""Kept with a batch's stored answer: the SHA-256 of the changes it answered."""


def request_digest(request: PushRequest) -> str:
    """The changes of a batch in canonical JSON (sorted keys), hashed: equal content, equal digest."""
    canonical = json.dumps([change.model_dump(mode="json") for change in request.changes], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def replayed_answer(stored: PushBatch, caller: Caller, request: PushRequest) -> PushResponse:
    """The first answer to this batch id, if the caller sends the same changes again."""
    if stored.user_id != caller.user.id:
        raise AlreadyExistsError(
            Text("Dit batch-id is al door een ander account gebruikt", "This batch id was already used by another account")
        )
    answer = dict(stored.response)
    digest = answer.pop(REQUEST_DIGEST, None)
    if digest is not None and digest != request_digest(request):
        raise BatchChangedError(
            Text(
                "Dit batch-id is al gebruikt voor andere wijzigingen; stuur nieuwe wijzigingen onder een nieuw batch-id",
                "This batch id was already used for different changes; send new changes under a new batch id",
            )
        )
    return PushResponse.model_validate({**answer, "replayed": True})


def push(
    sessions: sessionmaker[Session],
    caller: Caller,
    request: PushRequest,
    questionnaires: Mapping[str, Questionnaire],
    language: str,
) -> PushResponse:
    try:
        return _push_once(sessions, caller, request, questionnaires, language, careful=False)
    except IntegrityError as exc:
        # Every rule was checked before writing, so this is a fault of ours (or a race) worth seeing in the log.
        log.warning("batch %s retried change by change: the database refused it (%s)", request.batch_id, exc.orig)
        return _push_once(sessions, caller, request, questionnaires, language, careful=True)


def _push_once(
    sessions: sessionmaker[Session],
    caller: Caller,
    request: PushRequest,
    questionnaires: Mapping[str, Questionnaire],
    language: str,
    *,
    careful: bool,
) -> PushResponse:
    with sessions() as session, session.begin():
        counter = lock_counter(session)
        stored = session.get(PushBatch, request.batch_id)
        if stored is not None:
            return replayed_answer(stored, caller, request)
        batch = _Batch(session, caller=caller, counter=counter, questionnaires=questionnaires, language=language, careful=careful)
        results = batch.run(request.changes)
        response = PushResponse(batch_id=request.batch_id, results=results)
        now = utcnow()
        session.execute(delete(PushBatch).where(PushBatch.received_at < now - BATCH_MEMORY))
        session.add(
            PushBatch(
                batch_id=request.batch_id,
                user_id=caller.user.id,
                device_id=caller.device.id,
                received_at=now,
                response={**response.model_dump(mode="json"), REQUEST_DIGEST: request_digest(request)},
            )
        )
        return response


class _Batch:
    def __init__(
        self,
        session: Session,
        *,
        caller: Caller,
        counter: ChangeCounter,
        questionnaires: Mapping[str, Questionnaire],
        language: str,
        careful: bool,
    ) -> None:
        self.session = session
        self.user = caller.user
        self.device = caller.device
        self.counter = counter
        self.questionnaires = questionnaires
        self.language = language
        self.careful = careful
        self.context = BatchContext()
        self.checks = BatchChecks(session, self.user, self.context)

    # -- the batch -------------------------------------------------------------

    def run(self, changes: list[ChangeIn]) -> list[ChangeResult]:
        if not writes_records(self.user):
            refusal = ChangeRejectedError(
                Text(
                    f"Dit account ({self.user.role}) mag alleen lezen; wijzigingen worden niet opgeslagen",
                    f"This account ({self.user.role}) can only read; changes are not stored",
                )
            )
            return [self._rejected(change, refusal) for change in changes]
        parsed = [self._parse(change) for change in changes]
        self._prefetch(parsed)
        results: dict[int, ChangeResult] = {}
        previous: str | None = None
        for position in parents_first(parsed):
            change, doc = parsed[position]
            if not self.careful and previous not in (None, change.entity):
                # The unit of work orders tables by class name, not by foreign key (plans before scans):
                # each kind is written before the next one may name it.
                self.session.flush()
            previous = change.entity
            results[position] = self._one(change, doc)
        if not self.careful:
            self.session.flush()
        return [results[position] for position in range(len(parsed))]

    def _one(self, change: ChangeIn, doc: AnyDocument | ChangeRejectedError | None) -> ChangeResult:
        if not self.careful:
            return self._handle(change, doc)
        savepoint = self.session.begin_nested()
        try:
            result = self._handle(change, doc)
            self.session.flush()
        except IntegrityError as exc:
            savepoint.rollback()
            self.session.expire_all()
            self.context.rows[change.entity].pop(change.id, None)
            return self._rejected(
                change,
                ChangeRejectedError(
                    Text(
                        f"De server kon dit gegeven niet opslaan: het botst met andere gegevens ({exc.orig})",
                        f"The server could not store this record: it clashes with other data ({exc.orig})",
                    )
                ),
            )
        savepoint.commit()
        return result

    def _parse(self, change: ChangeIn) -> tuple[ChangeIn, AnyDocument | ChangeRejectedError | None]:
        if change.deleted:
            return change, None
        if change.data is None:
            return change, ChangeRejectedError(Text("De wijziging bevat geen gegevens", "The change carries no data"), "data")
        try:
            doc = parse_document(change.entity, change.data)
        except ShapeError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in first["loc"]) or change.entity
            return change, ChangeRejectedError(Text(f"Veld '{where}': {first['msg']}", f"Field '{where}': {first['msg']}"), where)
        try:
            return change, check_document(doc, self.questionnaires)
        except ValidationError as exc:
            return change, ChangeRejectedError(exc.text, exc.field)

    def _prefetch(self, parsed: list[tuple[ChangeIn, AnyDocument | ChangeRejectedError | None]]) -> None:
        wanted: dict[EntityName, set[uuid.UUID]] = defaultdict(set)
        kvks: set[str] = set()
        voucher_companies: set[uuid.UUID] = set()
        for change, doc in parsed:
            wanted[change.entity].add(change.id)
            if isinstance(doc, ChangeRejectedError) or doc is None:
                continue
            for kind, key in references(change.entity, doc):
                wanted[kind].add(key)
            if isinstance(doc, CompanyDoc):
                kvks.add(doc.kvk)
            if isinstance(doc, VoucherDoc):
                voucher_companies.add(doc.company_id)
        if kvks:
            for company_id, kvk in self.session.execute(
                select(CompanyRecord.id, CompanyRecord.kvk).where(CompanyRecord.kvk.in_(kvks), ~CompanyRecord.deleted)
            ):
                self.context.live_kvk[kvk] = company_id
                wanted["company"].add(company_id)
        for kind, ids in wanted.items():
            model = RECORD_MODELS[kind]
            for row in self.session.scalars(select(model).where(model.id.in_(ids))):
                self.context.rows[kind][row.id] = row
        self.context.assigned = assigned_company_ids(self.session, self.user, wanted["company"])
        if voucher_companies:
            for voucher in self.session.scalars(
                select(VoucherRecord).where(VoucherRecord.company_id.in_(voucher_companies), ~VoucherRecord.deleted)
            ):
                self.context.track_voucher(voucher)

    # -- one change --------------------------------------------------------------

    def _handle(self, change: ChangeIn, doc: AnyDocument | ChangeRejectedError | None) -> ChangeResult:
        row = self.context.rows[change.entity].get(change.id)
        try:
            if row is not None and not self.checks.may_write(change.entity, row):
                raise ChangeRejectedError(
                    Text("Dit gegeven hoort bij een andere adviseur", "This record belongs to another advisor")
                )
            if isinstance(doc, ChangeRejectedError):
                raise doc
            if doc is None:
                return self._delete(change, row)
            if row is not None and not row.deleted and same_content(change.entity, row, doc):
                return self._accepted(change, row.version)
            if row is not None and change.base_version != row.version:
                return self._conflict(change, row)
            self.checks.check_stored(row)
            self.checks.check_references(change, doc)
            self.checks.check_rules(change, doc, row)
        except ChangeRejectedError as refusal:
            return self._rejected(change, refusal)
        return self._write(change, doc, row)

    def _delete(self, change: ChangeIn, row: Record | None) -> ChangeResult:
        if row is None:
            return self._accepted(change, None)
        if row.deleted:
            return self._accepted(change, row.version)
        if change.base_version != row.version and not isinstance(row, CompanyRecord):
            return self._conflict(change, row)
        if isinstance(row, CompanyRecord):  # an erasure wins over edits the eraser has not seen (who may: check_erasure)
            try:
                self.checks.check_erasure(row)
            except ChangeRejectedError as refusal:
                return self._rejected(change, refusal)
            parts = list(live_parts(self.session, row.id))
            self._tombstone(change.entity, row, cascade=False)
            for entity, part in parts:
                self._tombstone(entity, part, cascade=True)
        else:
            self._tombstone(change.entity, row, cascade=False)
        return self._accepted(change, row.version)

    def _write(self, change: ChangeIn, doc: AnyDocument, row: Record | None) -> ChangeResult:
        created = row is None
        if row is None:
            row = RECORD_MODELS[change.entity](id=change.id, owner_id=self.user.id, deleted=False)
            self.session.add(row)
            self.context.rows[change.entity][change.id] = row
        old_kvk = row.kvk if isinstance(row, CompanyRecord) and not created and not row.deleted else None
        changed = write_document(change.entity, row, doc)
        if row.deleted:
            row.deleted = False
            changed.append("deleted")
        self.counter.value += 1
        row.version = self.counter.value
        row.received_at = utcnow()
        if isinstance(row, CompanyRecord):
            if old_kvk is not None:
                self.context.live_kvk.pop(old_kvk, None)
            self.context.live_kvk[row.kvk] = row.id
        if isinstance(row, VoucherRecord):
            self.context.track_voucher(row)
        self._audit("create" if created else "update", change.entity, row, fields=changed)
        return self._accepted(change, row.version)

    def _tombstone(self, entity: str, row: Record, *, cascade: bool) -> None:
        tombstone(self.session, self.counter, entity, row, user_id=self.user.id, device_id=self.device.id, cascade=cascade)
        if isinstance(row, CompanyRecord):
            self.context.live_kvk = {k: v for k, v in self.context.live_kvk.items() if v != row.id}
        if isinstance(row, VoucherRecord):
            self.context.track_voucher(row)

    # -- results -------------------------------------------------------------------

    def _audit(self, action: str, entity: str, row: Record, *, fields: list[str]) -> None:
        audit(
            self.session,
            f"record.{action}",
            user_id=self.user.id,
            device_id=self.device.id,
            entity=entity,
            record_id=row.id,
            version=row.version,
            fields=fields,
        )

    @staticmethod
    def _accepted(change: ChangeIn, version: int | None) -> ChangeResult:
        return ChangeResult(entity=change.entity, id=change.id, status="accepted", version=version)

    def _conflict(self, change: ChangeIn, row: Record) -> ChangeResult:
        return ChangeResult(entity=change.entity, id=change.id, status="conflict", server=change_out(change.entity, row))

    def _rejected(self, change: ChangeIn, refusal: ChangeRejectedError) -> ChangeResult:
        return ChangeResult(
            entity=change.entity, id=change.id, status="rejected", reason=refusal.text.get(self.language), field=refusal.field
        )


def parents_first(parsed: list[tuple[ChangeIn, AnyDocument | ChangeRejectedError | None]]) -> list[int]:
    """The positions of a batch's changes in the order to apply them: a record after the records it names.

    A device may list a plan before its scan, or a revision before the scan it
    revises; applied as listed, the plan would name a scan the server does not
    know yet. Companies come before scans, scans before plans, plans before
    vouchers, and within a kind the listed order holds unless a record names
    another of the batch (a revision or follow-up after its scan). Results
    are still answered in the listed order.
    """
    position_of = {(change.entity, change.id): position for position, (change, _doc) in enumerate(parsed)}
    waiting_on = [0] * len(parsed)
    named_by: dict[int, list[int]] = defaultdict(list)
    for position, (change, doc) in enumerate(parsed):
        if doc is None or isinstance(doc, ChangeRejectedError):
            continue
        for named in {position_of[key] for key in references(change.entity, doc) if key in position_of} - {position}:
            waiting_on[position] += 1
            named_by[named].append(position)

    def rank(position: int) -> tuple[int, int]:
        return ENTITIES.index(parsed[position][0].entity), position

    ready = [rank(position) for position in range(len(parsed)) if not waiting_on[position]]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _kind, position = heapq.heappop(ready)
        order.append(position)
        for child in named_by[position]:
            waiting_on[child] -= 1
            if not waiting_on[child]:
                heapq.heappush(ready, rank(child))
    # Records that name each other in a circle are left in the listed order; the checks refuse them.
    done = set(order)
    return order + [position for position in range(len(parsed)) if position not in done]


def change_out(entity: str, row: Record) -> ChangeOut:
    return ChangeOut.model_validate(
        {"entity": entity, "id": row.id, "version": row.version, "deleted": row.deleted, "data": document_of(entity, row)}
    )
