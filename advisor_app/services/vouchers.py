"""Social innovation vouchers: at most EUR 4,000, one live voucher per company.

Before a company's voucher is requested, what the advisor types into the form
is kept as a *form draft* (:class:`VoucherFormDraft`): the typed text exactly as
typed, in the data folder's ``workspace_setting`` table, on the device only.
It is not a voucher record: a record needs an amount the device and the server
both accept, claims the company's one live voucher and travels to the
programme office at the next sync, while a half-filled form is none of these.
``request`` turns the form into the voucher and drops the draft in the same
transaction; erasing the company drops it too.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..dbkit.types import utcnow
from ..domain import invariants, rules
from ..domain.invariants import PlanFacts, VoucherFacts
from ..domain.text import Text
from ..domain.vocabulary import VoucherStatus
from ..errors import NotFoundError, StateError
from ..store.database import Database
from ..store.models import Company, Plan, Voucher
from ..store.settings import get_setting, set_setting

if TYPE_CHECKING:
    from .views import VoucherView

VOUCHER = Text("Voucher", "Voucher")
FORM_KEY_PREFIX = "vform:"
"""``vform:<company id, hex>``: the typed voucher form of a company without a voucher yet."""


@dataclass(frozen=True)
class VoucherFormDraft:
    """The voucher form as typed, before the request: text, not yet read as amounts."""

    amount: str = ""
    own_contribution: str = ""
    supplier: str = ""
    deliverables: str = ""
    language: str = ""
    """The language the amounts are written in ("3.500" is three thousand five hundred in Dutch only)."""

    @property
    def empty(self) -> bool:
        return not any(value.strip() for value in (self.amount, self.own_contribution, self.supplier, self.deliverables))


def form_key(company_id: uuid.UUID) -> str:
    return f"{FORM_KEY_PREFIX}{company_id.hex}"


def drop_form_draft(session: Session, company_id: uuid.UUID) -> None:
    set_setting(session, form_key(company_id), None)


def voucher_view(voucher: Voucher) -> VoucherView:
    from .views import VoucherView  # pydantic with the first view, not with the workspace (``services.views``)

    return VoucherView.model_construct(
        id=voucher.id,
        company_id=voucher.company_id,
        plan_id=voucher.plan_id,
        amount_cents=voucher.amount_cents,
        own_contribution_cents=voucher.own_contribution_cents,
        supplier=voucher.supplier,
        deliverables=voucher.deliverables,
        status=voucher.status,
        status_changed_at=voucher.status_changed_at,
        created_at=voucher.created_at,
        updated_at=voucher.updated_at,
    )


def facts_of(voucher: Voucher) -> VoucherFacts:
    """What the rulebook needs to know of a stored voucher."""
    return VoucherFacts(voucher.id, voucher.company_id, voucher.status, voucher.deleted)


class VoucherService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def request(
        self,
        company_id: uuid.UUID,
        amount_cents: int,
        *,
        own_contribution_cents: int = 0,
        supplier: str = "",
        deliverables: str = "",
        plan_id: uuid.UUID | None = None,
    ) -> VoucherView:
        rules.validate_voucher_amount(amount_cents)
        rules.validate_own_contribution(own_contribution_cents)
        invariants.check_contribution(amount_cents, own_contribution_cents)
        with self.db.session() as session:
            company = session.get(Company, company_id)
            if company is None or company.deleted:
                raise NotFoundError(Text("Bedrijf", "Company"), company_id)
            voucher_id = uuid.uuid4()
            if plan_id is not None:
                plan = session.get(Plan, plan_id)
                if plan is None or plan.deleted:
                    raise NotFoundError(Text("Plan", "Plan"), plan_id)
                invariants.check_voucher_plan(company_id, PlanFacts(plan.id, plan.company_id))
            invariants.check_one_live_voucher(
                VoucherFacts(voucher_id, company_id, VoucherStatus.DRAFT),
                [facts_of(v) for v in session.scalars(select(Voucher).where(Voucher.company_id == company_id))],
            )
            voucher = Voucher(
                id=voucher_id,
                company_id=company_id,
                plan_id=plan_id,
                amount_cents=amount_cents,
                own_contribution_cents=own_contribution_cents,
                supplier=supplier.strip(),
                deliverables=deliverables.strip(),
                status=VoucherStatus.DRAFT,
            )
            session.add(voucher)
            drop_form_draft(session, company_id)
            session.flush()
            return voucher_view(voucher)

    def keep_form(self, company_id: uuid.UUID, draft: VoucherFormDraft) -> None:
        """Keep what is typed into the form of a company without a voucher (an empty form keeps nothing)."""
        with self.db.session() as session:
            company = session.get(Company, company_id)
            if company is None or company.deleted:
                raise NotFoundError(Text("Bedrijf", "Company"), company_id)
            set_setting(session, form_key(company_id), None if draft.empty else json.dumps(asdict(draft), ensure_ascii=False))

    def kept_form(self, company_id: uuid.UUID) -> VoucherFormDraft:
        """What was typed into the form before the request; an empty form when nothing was."""
        with self.db.read() as session:
            value = get_setting(session, form_key(company_id))
        if value is None:
            return VoucherFormDraft()
        fields = json.loads(value)
        return VoucherFormDraft(**{name: str(fields.get(name, "")) for name in VoucherFormDraft.__dataclass_fields__})

    def update(
        self,
        voucher_id: uuid.UUID,
        *,
        amount_cents: int | None = None,
        own_contribution_cents: int | None = None,
        supplier: str | None = None,
        deliverables: str | None = None,
    ) -> VoucherView:
        with self.db.session() as session:
            voucher = self._live(session, voucher_id)
            if voucher.status != VoucherStatus.DRAFT:
                raise StateError(Text("Alleen een conceptvoucher kan worden gewijzigd", "Only a draft voucher can be changed"))
            if amount_cents is not None:
                voucher.amount_cents = rules.validate_voucher_amount(amount_cents)
            if own_contribution_cents is not None:
                voucher.own_contribution_cents = rules.validate_own_contribution(own_contribution_cents)
            if supplier is not None:
                voucher.supplier = supplier.strip()
            if deliverables is not None:
                voucher.deliverables = deliverables.strip()
            invariants.check_contribution(voucher.amount_cents, voucher.own_contribution_cents)
            session.flush()
            return voucher_view(voucher)

    def set_status(self, voucher_id: uuid.UUID, status: str) -> VoucherView:
        with self.db.session() as session:
            voucher = self._live(session, voucher_id)
            rules.check_voucher_transition(voucher.status, status)
            voucher.status = status
            voucher.status_changed_at = utcnow()
            session.flush()
            return voucher_view(voucher)

    def for_company(self, company_id: uuid.UUID) -> list[VoucherView]:
        with self.db.read() as session:
            query = select(Voucher).where(Voucher.company_id == company_id, ~Voucher.deleted).order_by(Voucher.created_at)
            return [voucher_view(voucher) for voucher in session.scalars(query)]

    def all(self) -> list[VoucherView]:
        with self.db.read() as session:
            query = select(Voucher).where(~Voucher.deleted).order_by(Voucher.created_at)
            return [voucher_view(voucher) for voucher in session.scalars(query)]

    @staticmethod
    def _live(session: Session, voucher_id: uuid.UUID) -> Voucher:
        voucher = session.get(Voucher, voucher_id)
        if voucher is None or voucher.deleted:
            raise NotFoundError(VOUCHER, voucher_id)
        return voucher
