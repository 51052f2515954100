"""An edit typed back to the agreed value is still the advisor's edit: where the server changed it too, it is a conflict.

The merge compares the device's copy, the copy last agreed with the server and the server's: a contact
person changed from Jan to Piet and back to Jan while another device made it Klaas looked unchanged here,
and Klaas replaced Jan without a word (seeds 2096305509 and 1681782594 of the long convergence run).
The device now remembers which fields the advisor edited since the agreed copy (``store.touched``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from advisor_app.services.companies import CompanyInput
from advisor_app.services.views import CompanyView
from advisor_app.store.models import SyncTouched
from tests.scans import Q

from .helpers import Device, edit_company


def agreeing_on_jan(device: Callable[..., Device]) -> tuple[Device, Device, CompanyView]:
    """Two devices of alice that agree on a company with contact Jan."""
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Terugtyp B.V.", kvk="12345670", sector="health", contact_person="Jan")
    )
    office.sync()
    laptop.sync()
    return office, laptop, company


def klaas_on_the_server(device: Callable[..., Device]) -> tuple[Device, Device, CompanyView]:
    """Two devices of alice that agree on a company with contact Jan; then the laptop makes it Klaas and syncs."""
    office, laptop, company = agreeing_on_jan(device)
    edit_company(laptop.workspace, company.id, contact_person="Klaas")
    laptop.sync()
    return office, laptop, company


def test_a_company_field_typed_back_comes_back_as_a_conflict(device: Callable[..., Device]) -> None:
    office, _laptop, company = klaas_on_the_server(device)
    edit_company(office.workspace, company.id, contact_person="Piet")
    edit_company(office.workspace, company.id, contact_person="Jan")  # the advisor's last word
    assert office.sync().conflicts == 1
    (conflict,) = office.engine.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("contact_person", "Jan", "Klaas")
    assert office.workspace.companies.get(company.id).contact_person == "Klaas", "the server's value stays until chosen"


def test_a_field_typed_back_and_pushed_first_still_meets_the_other_devices_edit_as_a_conflict(
    device: Callable[..., Device],
) -> None:
    """The mirror order: the office's Jan, Piet, Jan reaches the server first, then the laptop's Klaas.

    The office's last word was Jan, after the laptop's Klaas was typed; the laptop's merge saw the
    server's contact unchanged against its base (Jan, Jan) and took Klaas without a word (seed
    1314825133 of the long convergence run, on PostgreSQL). The server now keeps which version last
    edited each field, and the laptop's merge meets the office's edit as a conflict.
    """
    office, laptop, company = agreeing_on_jan(device)
    edit_company(laptop.workspace, company.id, contact_person="Klaas")
    edit_company(office.workspace, company.id, contact_person="Piet")
    edit_company(office.workspace, company.id, contact_person="Jan", phone="030-1234567")
    office.sync()

    assert laptop.sync().conflicts == 1
    (conflict,) = laptop.engine.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("contact_person", "Klaas", "Jan")
    merged = laptop.workspace.companies.get(company.id)
    assert (merged.contact_person, merged.phone) == ("Jan", "030-1234567"), "the server's value stays until chosen"


def test_an_answer_typed_back_comes_back_as_a_conflict(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Terugtyp B.V.", kvk="12345670", sector="health"))
    scan = office.workspace.scans.start(company.id)
    item = Q.item_ids[0]
    office.workspace.scans.answer(scan.id, item, 1)
    office.sync()
    laptop.sync()
    laptop.workspace.scans.answer(scan.id, item, 4)
    laptop.sync()
    office.workspace.scans.answer(scan.id, item, 5)
    office.workspace.scans.answer(scan.id, item, 1)  # typed back
    assert office.sync().conflicts == 1
    (conflict,) = office.engine.conflicts()
    assert conflict.field == f"answers.{item}"
    assert (conflict.mine["score"], conflict.theirs["score"]) == (1, 4)


def test_an_edit_left_alone_still_takes_the_servers_value_without_a_conflict(device: Callable[..., Device]) -> None:
    """Touched is per field: the other fields of an edited record merge as before."""
    office, laptop, company = klaas_on_the_server(device)
    edit_company(office.workspace, company.id, phone="030-1234567")
    report = office.sync()
    assert (report.conflicts, office.engine.conflicts()) == (0, [])
    merged = office.workspace.companies.get(company.id)
    assert (merged.contact_person, merged.phone) == ("Klaas", "030-1234567")
    office.sync()
    laptop.sync()
    assert laptop.workspace.companies.get(company.id).phone == "030-1234567"


def edited_here(device: Device) -> set[tuple[str, str]]:
    """What the device remembers the advisor edited since the agreed copy: (entity, field)."""
    with device.workspace.db.read() as session:
        return {(row.entity, row.field) for row in session.scalars(select(SyncTouched))}


def test_a_draft_the_server_never_had_keeps_no_edits_and_a_synced_one_only_until_it_is_pushed(
    device: Callable[..., Device],
) -> None:
    """A record the server never had has no agreed copy to merge with: its first push sends it whole.

    So its edits leave nothing behind (a draft made and deleted here before any sync would otherwise leave
    its field names for good); once the server has the scan, each edit is remembered until it is pushed.
    """
    office = device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Nieuw B.V.", kvk="12345670", sector="health"))
    scan = office.workspace.scans.start(company.id)
    first, second = Q.item_ids[:2]
    office.workspace.scans.answer(scan.id, first, 3)
    office.workspace.scans.note(scan.id, first, "Een notitie")
    office.workspace.scans.set_summary_notes(scan.id, "Samenvatting")
    edit_company(office.workspace, company.id, contact_person="Jan")
    assert edited_here(office) == set()

    office.sync()
    office.workspace.scans.answer(scan.id, second, 4)
    office.workspace.scans.set_summary_notes(scan.id, "Anders")
    edit_company(office.workspace, company.id, contact_person="Piet")
    assert edited_here(office) == {("scan", f"answers.{second}"), ("scan", "summary_notes"), ("company", "contact_person")}

    office.sync()
    assert edited_here(office) == set()
