"""Applying a pushed batch: each change accepted, in conflict, or rejected with a reason.

Every document is checked on its own (:mod:`.validation`) before the batch's
transaction begins, and with the rulebook :mod:`advisor_app.domain.invariants`
for records together before anything is written. The transaction first locks
the companies the batch touches (every rule between records stays within one
company, so two pushes about the same company take turns, others do not wait
for each other), reads and writes, and only then takes its versions
(:mod:`.versions`: on PostgreSQL a claim in a short transaction of its own, so
the counter every push shares is held for two statements, and the audit chain's
lock for its append and the commit). A replayed batch id
finds the first answer (stored with the batch) instead of applying anything
twice. Should the database still refuse something, the batch is redone change
by change so that one bad record spoils nothing else. A batch id sent again
with other changes is refused (409): its first answer would not describe them.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Select, delete, select, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.dbkit.types import utcnow
from advisor_app.domain.questionnaire import Questionnaire
from advisor_app.domain.text import Text

from ...protocol.documents import (
    AnyDocument,
    CompanyDoc,
    EntityName,
    VoucherDoc,
    references,
)
from ...protocol.messages import ChangeIn, ChangeResult, PushRequest, PushResponse
from ..crud.audit import CHAIN_LOCKED_AT, audit
from ..models import (
    COMPANY_PARTS,
    RECORD_MODELS,
    CompanyPart,
    CompanyRecord,
    Device,
    PushBatch,
    Record,
    User,
    VoucherRecord,
)
from .access import assigned_company_ids, writes_records
from .erasure import live_parts, tombstone
from .push_batches import BATCH_MEMORY, REQUEST_DIGEST, replayed_answer, request_digest
from .push_checks import BatchChecks, BatchContext, ChangeRejectedError
from .push_parsing import Parsed, parents_first, parse_change
from .records import change_out, same_content, write_document
from .versions import Versions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Caller:
    user: User
    device: Device


def push(
    sessions: sessionmaker[Session],
    caller: Caller,
    request: PushRequest,
    questionnaires: Mapping[str, Questionnaire],
    language: str,
    *,
    origin: uuid.UUID | None = None,
    timing: bool = False,
) -> PushResponse:
    """Apply a batch of the sync run ``origin`` (``run_origin``; None: unnamed).

    With ``timing``, log how long it held the counter's lock (the benchmark's serial fraction).
    """
    started = time.perf_counter()
    parsed = [parse_change(change, questionnaires) for change in request.changes] if writes_records(caller.user) else None
    try:
        response, serial = _push_once(sessions, caller, request, parsed, language, origin=origin, careful=False)
    except IntegrityError as exc:
        # Every rule was checked before writing, so this is a fault of ours (or a race) worth seeing in the log.
        log.warning("batch %s retried change by change: the database refused it (%s)", request.batch_id, exc.orig)
        response, serial = _push_once(sessions, caller, request, parsed, language, origin=origin, careful=True)
    if timing:
        finished = time.perf_counter()
        log.info(
            "push timing",
            extra={
                "push_ms": round((finished - started) * 1000, 3),
                "locked_ms": round(serial(finished) * 1000, 3),
                "changes": len(request.changes),
            },
        )
    return response


def _push_once(
    sessions: sessionmaker[Session],
    caller: Caller,
    request: PushRequest,
    parsed: list[Parsed] | None,
    language: str,
    *,
    origin: uuid.UUID | None,
    careful: bool,
) -> tuple[PushResponse, Callable[[float], float]]:
    """The batch in one transaction; also returns how long, up to a moment after its commit, it held a shared lock."""
    with sessions() as session, session.begin():
        stored = session.get(PushBatch, request.batch_id)
        if stored is not None:
            return replayed_answer(stored, caller.user.id, request), lambda _finished: 0.0
        now = utcnow()
        session.execute(delete(PushBatch).where(PushBatch.received_at < now - BATCH_MEMORY))
        versions = Versions(session)
        batch = _Batch(session, caller=caller, versions=versions, origin=origin, language=language, careful=careful)
        results = batch.run(request.changes, parsed)
        digest = request_digest(request)
        versions.assign()  # final versions; the rows become visible, and the claim ends, with the commit
        response = PushResponse(batch_id=request.batch_id, results=batch.finished(results))
        session.add(
            PushBatch(
                batch_id=request.batch_id,
                user_id=caller.user.id,
                device_id=caller.device.id,
                received_at=now,
                response={**response.model_dump(mode="json"), REQUEST_DIGEST: digest},
            )
        )
    return response, lambda finished: versions.serial_seconds(finished, session.info.get(CHAIN_LOCKED_AT))


class _Batch:
    def __init__(
        self,
        session: Session,
        *,
        caller: Caller,
        versions: Versions,
        origin: uuid.UUID | None,
        language: str,
        careful: bool,
    ) -> None:
        self.session = session
        self.user = caller.user
        self.device = caller.device
        self.versions = versions
        self.origin = origin
        """The sync run this batch belongs to: what it writes as sent carries it (``Versions.stamp``)."""
        self.language = language
        self.careful = careful
        self.context = BatchContext()
        self.checks = BatchChecks(session, self.user, self.context)
        self.unfinished: dict[int, tuple[EntityName, Record]] = {}
        """Conflicts with a record this batch wrote: their server copy waits for its final version."""
        self.edit_of: dict[uuid.UUID, int] = {}
        """The version each record this batch edits had before it (``write_document``)."""

    # -- the batch -------------------------------------------------------------

    def run(self, changes: list[ChangeIn], parsed: list[Parsed] | None) -> list[ChangeResult]:
        if parsed is None:
            refusal = ChangeRejectedError(
                Text(
                    f"Dit account ({self.user.role}) mag alleen lezen; wijzigingen worden niet opgeslagen",
                    f"This account ({self.user.role}) can only read; changes are not stored",
                )
            )
            return [self._rejected(change, refusal) for change in changes]
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

    def finished(self, results: list[ChangeResult]) -> list[ChangeResult]:
        """The answers with final versions, once :meth:`Versions.assign` ran."""
        done = []
        for answer in results:
            if id(answer) in self.unfinished:
                entity, row = self.unfinished[id(answer)]
                done.append(answer.model_copy(update={"server": change_out(entity, row)}))
            elif answer.version is not None and answer.version < 0:
                done.append(answer.model_copy(update={"version": self.versions.final(answer.version)}))
            else:
                done.append(answer)
        return done

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

    def _prefetch(self, parsed: list[Parsed]) -> None:
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
        locked = self._lock_companies(wanted, kvks, set())
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
        read_under = {
            row.company_id for rows in self.context.rows.values() for row in rows.values() if isinstance(row, CompanyPart)
        }
        if read_under - locked:  # a record moved to another company between the two reads: lock that one too
            self._lock_companies(wanted, set(), locked)
        # Only another advisor's company needs an assignment to be written (``may_write``): none, no query.
        others = {key for key, row in self.context.rows["company"].items() if row.owner_id != self.user.id}
        self.context.assigned = assigned_company_ids(self.session, self.user, others)
        if voucher_companies:
            for voucher in self.session.scalars(
                select(VoucherRecord).where(VoucherRecord.company_id.in_(voucher_companies), ~VoucherRecord.deleted)
            ):
                self.context.track_voucher(voucher)

    def _lock_companies(
        self, wanted: Mapping[EntityName, set[uuid.UUID]], kvks: set[str], locked: set[uuid.UUID]
    ) -> set[uuid.UUID]:
        """Lock every company the batch names or reads under, in id order: two batches never wait in a circle.

        Every rule between records stays within one company (a scan's revisions, one live voucher, who may
        erase), and every writer of a record holds its company's lock, so what the batch reads after this
        holds until it commits. A company that does not exist yet is not locked: a second batch creating
        the same id or KvK number meets the primary key or the unique index and is redone change by change.
        """
        companies = set(wanted.get("company", ()))
        lookups: list[Select[uuid.UUID]] = [
            select(model.company_id).where(model.id.in_(ids))
            for kind, model in COMPANY_PARTS.items()
            if (ids := wanted.get(kind))  # type: ignore[call-overload]
        ]
        if kvks:
            lookups.append(select(CompanyRecord.id).where(CompanyRecord.kvk.in_(kvks), ~CompanyRecord.deleted))
        if lookups:  # one statement for every kind's companies
            companies |= set(self.session.scalars(lookups[0] if len(lookups) == 1 else union_all(*lookups)))
        companies -= locked
        if companies:
            locked |= set(
                self.session.scalars(
                    select(CompanyRecord.id).where(CompanyRecord.id.in_(companies)).order_by(CompanyRecord.id).with_for_update()
                )
            )
        return locked

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
            if (
                row is not None
                and not row.deleted
                and same_content(change.entity, row, doc)
                and not self._typed_back(change, row)
            ):
                return self._accepted(change, row.version)
            if row is not None and change.base_version != row.version:
                return self._conflict(change, row)
            self.checks.check_stored(row)
            self.checks.check_references(change, doc)
            self.checks.check_rules(change, doc, row)
        except ChangeRejectedError as refusal:
            return self._rejected(change, refusal)
        return self._write(change, doc, row)

    @staticmethod
    def _typed_back(change: ChangeIn, row: Record) -> bool:
        """An edit of the current version that only typed fields back: not a repeat, the edit is noted."""
        return bool(change.touched) and change.base_version == row.version

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
        if not created and row.version >= 0:
            self.edit_of[row.id] = row.version
        changed = write_document(change.entity, row, doc, edit_of=self.edit_of.get(row.id), touched=change.touched)
        if row.deleted:
            row.deleted = False
            changed.append("deleted")
        self.versions.stamp(row, origin=self.origin)
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
        tombstone(
            self.session,
            self.versions,
            entity,
            row,
            user_id=self.user.id,
            device_id=self.device.id,
            cascade=cascade,
            origin=None if cascade else self.origin,  # a part erased with its company: the device may not have it
        )
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
        if row.version < 0:  # written earlier in this batch: its copy goes out with its final version
            result = ChangeResult(entity=change.entity, id=change.id, status="conflict")
            self.unfinished[id(result)] = (change.entity, row)
            return result
        return ChangeResult(entity=change.entity, id=change.id, status="conflict", server=change_out(change.entity, row))

    def _rejected(self, change: ChangeIn, refusal: ChangeRejectedError) -> ChangeResult:
        return ChangeResult(
            entity=change.entity, id=change.id, status="rejected", reason=refusal.text.get(self.language), field=refusal.field
        )
