"""Erasure (GDPR) always wins, end to end: no device brings an erased company back, and none keeps a copy to offer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor_app.errors import NotFoundError
from advisor_app.services.companies import CompanyInput

from ..server.live import Database
from .helpers import Device, edit_company, server_records


def test_work_done_offline_on_an_erased_company_is_erased_too_without_a_conflict(
    device: Callable[..., Device], database: Database
) -> None:
    """A conflict would keep the laptop's copy (personal data) until the advisor chose; erasure leaves nothing to choose."""
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Zorg BV", kvk="55667788", sector="health", contact_person="Zoë de Vries", email="zoe@example.nl")
    )
    office.sync()
    laptop.sync()
    office.workspace.companies.delete(company.id)  # the entrepreneur asked for erasure
    edit_company(laptop.workspace, company.id, municipality="Zeist")  # meanwhile, offline
    laptop.workspace.scans.start(company.id, "Alice")  # and a new scan, never sent
    office.sync()
    report = laptop.sync()
    assert laptop.engine.conflicts() == []
    assert report.open_conflicts == 0
    laptop.sync()
    office.sync()
    for workspace in (office.workspace, laptop.workspace):
        with pytest.raises(NotFoundError):
            workspace.companies.get(company.id)
        assert workspace.scans.summaries() == []
    held = server_records(database.url)
    assert held[("company", str(company.id))][0] is True, "the server holds it erased"
    assert [key for key, (deleted, _doc) in held.items() if not deleted] == []


def test_an_erasure_from_a_device_that_missed_the_latest_edit_still_erases(
    device: Callable[..., Device], database: Database
) -> None:
    """The laptop changed the company after the office last synced: the office's erasure wins all the same, at once."""
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Zorg BV", kvk="55667788", sector="health", contact_person="Zoë de Vries", email="zoe@example.nl")
    )
    office.sync()
    laptop.sync()
    edit_company(laptop.workspace, company.id, municipality="Zeist")
    laptop.sync()
    office.workspace.companies.delete(company.id)  # the office has not seen the laptop's edit
    office.sync()
    assert office.engine.conflicts() == []
    with pytest.raises(NotFoundError):
        office.workspace.companies.get(company.id)
    assert server_records(database.url)[("company", str(company.id))][0] is True, "erased on the server"
    laptop.sync()
    with pytest.raises(NotFoundError):
        laptop.workspace.companies.get(company.id)
