"""Creating, editing, finding and erasing companies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.demo import refuse_demo_kvk
from ..domain.sectors import sector_by_key
from ..domain.text import Text
from ..errors import DuplicateError, NotFoundError
from ..store.database import Database
from ..store.models import Company
from ..store.settings import is_demo
from ..store.types import utcnow
from .erasure import erase_company, finish_erasures

COMPANY = Text("Bedrijf", "Company")


@dataclass
class CompanyInput:
    """What a user types for a company; :meth:`validated` applies the domain rules."""

    name: str
    kvk: str
    sector: str
    employees: int | None = None
    municipality: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    consent: bool = False

    def validated(self) -> CompanyInput:
        return CompanyInput(
            name=rules.validate_name(self.name),
            kvk=rules.normalise_kvk(self.kvk),
            sector=sector_by_key(self.sector).key,
            employees=rules.validate_employees(self.employees),
            municipality=" ".join(self.municipality.split()),
            contact_person=" ".join(self.contact_person.split()),
            email=rules.validate_email(self.email),
            phone=rules.validate_phone(self.phone),
            consent=bool(self.consent),
        )


def apply_input(company: Company, data: CompanyInput) -> None:
    """Copy validated input onto a row, marking it for the next sync when it changed."""
    changed = False
    for f in fields(CompanyInput):
        value = getattr(data, f.name)
        if getattr(company, f.name, None) != value:
            setattr(company, f.name, value)
            changed = True
    if data.employees is not None and company.size_band != rules.size_band(data.employees):
        company.size_band = rules.size_band(data.employees)
        changed = True
    if data.consent and company.consent_at is None:
        company.consent_at = utcnow()
    if not data.consent:
        company.consent_at = None
    if changed:
        company.updated_at = utcnow()
        company.dirty = True


def live_company_by_kvk(session: Session, kvk: str) -> Company | None:
    return session.scalars(select(Company).where(Company.kvk == kvk, ~Company.deleted)).first()


class CompanyService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.reports = db.path.parent / "reports"
        """The data folder's reports (the database lives in the data folder): an erased company's PDFs go there."""

    def create(self, data: CompanyInput, created_by: str = "") -> Company:
        clean = data.validated()
        with self.db.session() as session:
            self._refuse_duplicate(session, clean.kvk, None)
            if not is_demo(session):
                refuse_demo_kvk(clean.kvk)  # the server would refuse it: say so now
            company = Company(created_by=created_by)
            apply_input(company, clean)
            session.add(company)
            return company

    def update(self, company_id: uuid.UUID, data: CompanyInput) -> Company:
        clean = data.validated()
        with self.db.session() as session:
            company = self._live(session, company_id)
            self._refuse_duplicate(session, clean.kvk, company_id)
            if not is_demo(session):
                refuse_demo_kvk(clean.kvk)
            apply_input(company, clean)
            return company

    def get(self, company_id: uuid.UUID) -> Company:
        with self.db.read() as session:
            return self._live(session, company_id)

    def list(self, search: str = "") -> list[Company]:
        query = select(Company).where(~Company.deleted).order_by(Company.name)
        if search.strip():
            pattern = f"%{search.strip()}%"
            query = query.where(or_(Company.name.ilike(pattern), Company.kvk.like(pattern), Company.municipality.ilike(pattern)))
        with self.db.read() as session:
            return list(session.scalars(query))

    def delete(self, company_id: uuid.UUID) -> None:
        """Erase a company and everything about it (GDPR): scrubbed tombstones the sync carries, its reports, and the bytes.

        See :mod:`advisor_app.services.erasure` for everything that goes.
        """
        with self.db.session() as session:
            self._live(session, company_id)
            erase_company(session, company_id, to_send=True)
        finish_erasures(self.db, self.reports)

    def _live(self, session: Session, company_id: uuid.UUID) -> Company:
        company = session.get(Company, company_id)
        if company is None or company.deleted:
            raise NotFoundError(COMPANY, company_id)
        return company

    @staticmethod
    def _refuse_duplicate(session: Session, kvk: str, own_id: uuid.UUID | None) -> None:
        other = live_company_by_kvk(session, kvk)
        if other is not None and other.id != own_id:
            raise DuplicateError(
                "kvk",
                Text(
                    f"KvK-nummer {kvk} hoort al bij '{other.name}'",
                    f"KvK number {kvk} already belongs to '{other.name}'",
                ),
            )
