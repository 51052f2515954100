"""Social innovation vouchers: at most EUR 4,000, one live voucher per company."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.money import format_euros
from ..domain.text import Text
from ..errors import NotFoundError, StateError
from ..store.database import Database
from ..store.models import Company, Voucher
from ..store.types import utcnow

VOUCHER = Text("Voucher", "Voucher")


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
    ) -> Voucher:
        rules.validate_voucher_amount(amount_cents)
        rules.validate_own_contribution(own_contribution_cents)
        with self.db.session() as session:
            company = session.get(Company, company_id)
            if company is None or company.deleted:
                raise NotFoundError(Text("Bedrijf", "Company"), company_id)
            existing = session.scalars(
                select(Voucher).where(Voucher.company_id == company_id, ~Voucher.deleted, Voucher.status != "rejected")
            ).first()
            if existing is not None:
                nl, en = (format_euros(existing.amount_cents, language) for language in ("nl", "en"))
                raise StateError(
                    Text(
                        f"{company.name} heeft al een voucher ({nl}, {existing.status}); één voucher per bedrijf",
                        f"{company.name} already has a voucher ({en}, {existing.status}); one voucher per company",
                    )
                )
            voucher = Voucher(
                company_id=company_id,
                plan_id=plan_id,
                amount_cents=amount_cents,
                own_contribution_cents=own_contribution_cents,
                supplier=supplier.strip(),
                deliverables=deliverables.strip(),
                status="draft",
            )
            session.add(voucher)
            return voucher

    def update(
        self,
        voucher_id: uuid.UUID,
        *,
        amount_cents: int | None = None,
        own_contribution_cents: int | None = None,
        supplier: str | None = None,
        deliverables: str | None = None,
    ) -> Voucher:
        with self.db.session() as session:
            voucher = self._live(session, voucher_id)
            if voucher.status != "draft":
                raise StateError(Text("Alleen een conceptvoucher kan worden gewijzigd", "Only a draft voucher can be changed"))
            if amount_cents is not None:
                voucher.amount_cents = rules.validate_voucher_amount(amount_cents)
            if own_contribution_cents is not None:
                voucher.own_contribution_cents = rules.validate_own_contribution(own_contribution_cents)
            if supplier is not None:
                voucher.supplier = supplier.strip()
            if deliverables is not None:
                voucher.deliverables = deliverables.strip()
            self._touch(voucher)
            return voucher

    def set_status(self, voucher_id: uuid.UUID, status: str) -> Voucher:
        with self.db.session() as session:
            voucher = self._live(session, voucher_id)
            rules.check_voucher_transition(voucher.status, status)
            voucher.status = status
            voucher.status_changed_at = utcnow()
            self._touch(voucher)
            return voucher

    def for_company(self, company_id: uuid.UUID) -> list[Voucher]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Voucher).where(Voucher.company_id == company_id, ~Voucher.deleted).order_by(Voucher.created_at)
                )
            )

    def all(self) -> list[Voucher]:
        with self.db.read() as session:
            return list(session.scalars(select(Voucher).where(~Voucher.deleted).order_by(Voucher.created_at)))

    @staticmethod
    def _live(session: Session, voucher_id: uuid.UUID) -> Voucher:
        voucher = session.get(Voucher, voucher_id)
        if voucher is None or voucher.deleted:
            raise NotFoundError(VOUCHER, voucher_id)
        return voucher

    @staticmethod
    def _touch(voucher: Voucher) -> None:
        voucher.updated_at, voucher.dirty = utcnow(), True
