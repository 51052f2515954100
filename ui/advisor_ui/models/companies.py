"""The companies table: name, KvK, sector, place, size, contact, consent."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from operator import attrgetter

from advisor_app.services.company_listing import CompanySummary

from .. import labels
from ..i18n import translate
from ..qt import QObject
from .records import Column, RecordTableModel, Rows, prepare


def _yes_no(value: bool) -> str:
    return translate("CompanyColumns", "Yes") if value else translate("CompanyColumns", "No")


COLUMNS: list[Column[CompanySummary]] = [
    Column(lambda: translate("CompanyColumns", "Name"), lambda c: c.name, lambda c: c.name.casefold()),
    Column(lambda: translate("CompanyColumns", "KvK"), lambda c: c.kvk),
    Column(lambda: translate("CompanyColumns", "Sector"), lambda c: labels.sector(c.sector), value=attrgetter("sector")),
    Column(lambda: translate("CompanyColumns", "Municipality"), lambda c: c.municipality),
    Column(
        lambda: translate("CompanyColumns", "Employees"),
        lambda c: "" if c.employees is None else str(c.employees),
        lambda c: -1 if c.employees is None else c.employees,
        numeric=True,
        value=attrgetter("employees"),
    ),
    Column(lambda: translate("CompanyColumns", "Contact person"), lambda c: c.contact_person),
    Column(
        lambda: translate("CompanyColumns", "Consent"),
        lambda c: _yes_no(c.consent),
        lambda c: int(c.consent),
        value=attrgetter("consent"),
    ),
]


def _id(company: CompanySummary) -> uuid.UUID:
    return company.id


def prepared(companies: Sequence[CompanySummary]) -> Rows[CompanySummary]:
    """The rows of :class:`CompanyTableModel` for ``companies``, made in a worker before any model exists (the start)."""
    return prepare(COLUMNS, companies, _id, keep_records=False)


class CompanyTableModel(RecordTableModel[CompanySummary]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, _id, parent, keep_records=False)  # 10,000 companies: texts only
