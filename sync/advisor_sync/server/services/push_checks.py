"""The checks of one pushed change against what the server holds: ownership, references, the rulebook.

:mod:`.push` runs a batch; this module decides, for each change, whether the
caller may write the record, whether the records it names exist and are the
caller's, and whether the rulebook (:mod:`advisor_app.domain.invariants`, the
same functions the device's services call) allows it. A refusal is a
:class:`ChangeRejectedError`: it becomes a ``rejected`` result with the
rulebook's reason, never an error response.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain import invariants
from advisor_app.domain.errors import ValidationError
from advisor_app.domain.invariants import KvkHolder, PlanFacts, ScanFacts, VoucherFacts
from advisor_app.domain.text import Text

from ...protocol.documents import AnyDocument, CompanyDoc, PlanDoc, ScanDoc, VoucherDoc, references
from ...protocol.messages import ChangeIn
from ..models import CompanyRecord, PlanRecord, Record, ScanRecord, User, VoucherRecord
from .erasure import owners_of_live_parts

_ENTITY_NL = {"company": "bedrijf", "scan": "scan", "plan": "plan", "voucher": "voucher"}


class ChangeRejectedError(Exception):
    """Why one change cannot be accepted; it becomes a ``rejected`` result, never an error response."""

    def __init__(self, message: Text, field: str | None = None) -> None:
        super().__init__(message.en)
        self.text = message
        self.field = field


def scan_facts(row: Record) -> ScanFacts:
    assert isinstance(row, ScanRecord)
    return ScanFacts(row.id, row.company_id, row.status, row.deleted, row.revision_of_id)


def plan_facts(row: Record) -> PlanFacts:
    assert isinstance(row, PlanRecord)
    return PlanFacts(row.id, row.company_id)


@dataclass
class BatchContext:
    """What a batch knows: the rows it read or wrote, and the facts the rules need across its changes."""

    rows: dict[str, dict[uuid.UUID, Record]] = field(default_factory=lambda: defaultdict(dict))
    assigned: set[uuid.UUID] = field(default_factory=set)
    live_kvk: dict[str, uuid.UUID] = field(default_factory=dict)
    vouchers: dict[uuid.UUID, dict[uuid.UUID, VoucherFacts]] = field(default_factory=lambda: defaultdict(dict))
    """Per company, its vouchers as the batch has left them so far."""

    def track_voucher(self, row: VoucherRecord) -> None:
        for vouchers in self.vouchers.values():
            vouchers.pop(row.id, None)
        if not row.deleted:
            self.vouchers[row.company_id][row.id] = VoucherFacts(row.id, row.company_id, row.status)


class BatchChecks:
    def __init__(self, session: Session, user: User, context: BatchContext) -> None:
        self.session = session
        self.user = user
        self.context = context

    def may_write(self, entity: str, row: Record) -> bool:
        if entity == "company":
            return row.owner_id == self.user.id or row.id in self.context.assigned
        return row.owner_id == self.user.id

    def check_references(self, change: ChangeIn, doc: AnyDocument) -> None:
        for entity, key in references(change.entity, doc):
            if entity == change.entity and key == change.id:
                raise ChangeRejectedError(Text("Een gegeven kan niet naar zichzelf verwijzen", "A record cannot refer to itself"))
            target = self.context.rows[entity].get(key)
            if target is None or (entity != "company" and target.owner_id != self.user.id):
                # Another advisor's scan or plan is answered as unknown: the refusal tells nobody what exists.
                raise ChangeRejectedError(
                    Text(
                        f"Het gegeven verwijst naar {_ENTITY_NL[entity]} {key}, die niet bekend is op de server",
                        f"The record refers to {entity} {key}, which the server does not know",
                    ),
                    f"{entity}_id",
                )
            if entity == "company":
                if target.deleted:
                    raise ChangeRejectedError(
                        Text("Het bedrijf is op de server verwijderd", "The company was deleted on the server"), "company_id"
                    )
                if not self.may_write("company", target):
                    raise ChangeRejectedError(
                        Text(
                            "Het bedrijf is door een andere adviseur geregistreerd; "
                            "vraag de coördinator het aan jou toe te wijzen",
                            "The company was registered by another advisor; ask the coordinator to assign it to you",
                        ),
                        "company_id",
                    )

    def check_stored(self, row: Record | None) -> None:
        """What the server already holds may forbid any change: an erased company, a completed scan."""
        try:
            if isinstance(row, CompanyRecord):
                invariants.check_not_erased(row.deleted)
            if isinstance(row, ScanRecord):
                invariants.check_scan_editable(scan_facts(row))
        except ValidationError as exc:
            raise ChangeRejectedError(exc.text, exc.field) from None

    def check_rules(self, change: ChangeIn, doc: AnyDocument, row: Record | None) -> None:
        """The rulebook over this document and the records it names (known and the caller's, see above)."""
        try:
            if isinstance(doc, CompanyDoc):
                self._check_kvk(change, doc)
            elif isinstance(doc, ScanDoc):
                self._check_lineage(change, doc, scan_facts(row) if isinstance(row, ScanRecord) else None)
            elif isinstance(doc, PlanDoc) and doc.scan_id is not None:
                invariants.check_plan_scan(doc.company_id, scan_facts(self._target("scan", doc.scan_id)))
            elif isinstance(doc, VoucherDoc):
                if doc.plan_id is not None:
                    invariants.check_voucher_plan(doc.company_id, plan_facts(self._target("plan", doc.plan_id)))
                invariants.check_one_live_voucher(
                    VoucherFacts(change.id, doc.company_id, doc.status), self.context.vouchers[doc.company_id].values()
                )
                if isinstance(row, VoucherRecord) and not row.deleted:
                    invariants.check_voucher_progress(row.status, doc.status)
        except ValidationError as exc:
            raise ChangeRejectedError(exc.text, exc.field) from None

    def _check_lineage(self, change: ChangeIn, doc: ScanDoc, stored: ScanFacts | None) -> None:
        facts = ScanFacts(change.id, doc.company_id, doc.status, revision_of_id=doc.revision_of_id)
        if doc.revision_of_id is not None:
            original = scan_facts(self._target("scan", doc.revision_of_id))
            revisions = self.session.scalars(select(ScanRecord).where(ScanRecord.revision_of_id == doc.revision_of_id))
            invariants.check_revision(facts, original, [scan_facts(revision) for revision in revisions], stored=stored)
        if doc.follow_up_of_id is not None:
            invariants.check_follow_up(facts, scan_facts(self._target("scan", doc.follow_up_of_id)))

    def _check_kvk(self, change: ChangeIn, doc: CompanyDoc) -> None:
        """One live company per KvK number (the rulebook's rule); another advisor's company is not named."""
        holder_id = self.context.live_kvk.get(doc.kvk)
        holder = None
        if holder_id is not None:
            company = self.context.rows["company"].get(holder_id)
            if isinstance(company, CompanyRecord) and self.may_write("company", company):
                holder = KvkHolder(holder_id, company.name)
            else:
                holder = KvkHolder(holder_id, "", visible=False)
        invariants.check_unique_kvk(doc.kvk, change.id, holder, on_server=True)

    def _target(self, entity: str, key: uuid.UUID) -> Record:
        """A record the document names; :meth:`check_references` made sure it is there."""
        return self.context.rows[entity][key]

    def check_erasure(self, company: CompanyRecord) -> None:
        """Through the sync an advisor erases only a company that holds nothing of other advisors."""
        try:
            invariants.check_may_erase(self.user.id, owners_of_live_parts(self.session, company.id), erases_for_everyone=False)
        except ValidationError as exc:
            raise ChangeRejectedError(exc.text, exc.field) from None
