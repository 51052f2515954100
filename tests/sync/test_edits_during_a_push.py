"""What the advisor saves while a push is on its way is not settled away by the push's answer.

The push read its records, the server stored them, and before the answer is settled on the device the
advisor saves again (the sync runs in a worker; the wizard autosaves every key press). The answer says
the server holds the record as it was sent; the newer save must still go out, here in the same sync.
The server's answer is held back once (the proxy resets the connection after the server committed), and
the save happens in that moment; the client asks again under the same batch id and settles the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from advisor_app.services.companies import CompanyInput

from ..server.live import Database
from .faults import PUSH, Fault, FaultyProxy
from .helpers import Device, edit_company, server_records


@pytest.fixture
def alice(device: Callable[..., Device], proxy: FaultyProxy) -> Device:
    return device("alice", url=proxy.url)


def server_copy(database: Database, entity: str, record_id: object) -> dict[str, Any]:
    deleted, doc = server_records(database.url)[(entity, str(record_id))]
    assert not deleted
    return doc


def push_while(alice: Device, proxy: FaultyProxy, save: Callable[[], None]) -> None:
    """One sync whose first push answer waits until ``save`` has run on the device."""
    proxy.add(Fault(PUSH, after_answer=save))
    alice.sync()
    assert proxy.triggered == 1, "the save ran while the push was on its way"


def test_an_answer_typed_while_its_scan_was_pushed_reaches_the_server(
    alice: Device, proxy: FaultyProxy, database: Database
) -> None:
    company = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    draft = alice.workspace.scans.start(company.id, advisor="Alice")
    items = [item.id for item in alice.workspace.scans.get(draft.id).questionnaire.items()]
    alice.workspace.scans.answer(draft.id, items[0], 3)
    push_while(alice, proxy, lambda: alice.workspace.scans.answer(draft.id, items[1], 4))
    answers = {answer["item_id"]: answer["score"] for answer in server_copy(database, "scan", draft.id)["answers"]}
    assert answers == {items[0]: 3, items[1]: 4}
    assert alice.workspace.pending_changes() == 0


def test_a_company_edited_while_it_was_pushed_reaches_the_server(alice: Device, proxy: FaultyProxy, database: Database) -> None:
    company = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    alice.sync()
    edit_company(alice.workspace, company.id, municipality="Zeist")
    push_while(alice, proxy, lambda: edit_company(alice.workspace, company.id, email="info@bouw.example.nl"))
    held = server_copy(database, "company", company.id)
    assert (held["municipality"], held["email"]) == ("Zeist", "info@bouw.example.nl")
    assert alice.workspace.pending_changes() == 0


def test_a_record_left_alone_during_the_push_is_settled_clean(alice: Device, proxy: FaultyProxy, database: Database) -> None:
    company = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    other = alice.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    alice.sync()
    edit_company(alice.workspace, company.id, municipality="Zeist")
    edit_company(alice.workspace, other.id, municipality="Houten")
    push_while(alice, proxy, lambda: edit_company(alice.workspace, other.id, phone="030-1234567"))
    assert server_copy(database, "company", company.id)["municipality"] == "Zeist"
    assert server_copy(database, "company", other.id)["phone"] == "030-1234567"
    assert alice.workspace.pending_changes() == 0
    assert alice.sync().sent == 0, "nothing was left to send"
