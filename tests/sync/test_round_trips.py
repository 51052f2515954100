"""End-of-day syncs of two advisors and a coordinator, both ways, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.services.sync_status import remembered_server
from advisor_app.store.models import SyncState

from ..server.live import BACKENDS, Database
from .helpers import Device, device_records, edit_company, live, server_records


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_two_advisors_and_a_coordinator_round_trip(device: Callable[..., Device], database: Database) -> None:
    alice, bob, carol = device("alice"), device("bob"), device("carol")
    generate_demo(alice.workspace, 10, seed=11)
    generate_demo(bob.workspace, 8, seed=12)
    alice_pending, bob_pending = alice.workspace.pending_changes(), bob.workspace.pending_changes()

    assert alice.sync().sent == alice_pending
    assert bob.sync().sent == bob_pending
    assert alice.workspace.pending_changes() == bob.workspace.pending_changes() == 0

    everything = carol.sync()
    assert everything.received == alice_pending + bob_pending
    assert len(carol.workspace.companies.list()) == 18
    assert live(device_records(carol.workspace)) == live(server_records(database.url))

    laptop = device("alice")
    assert laptop.sync().received == alice_pending
    assert live(device_records(laptop.workspace)) == live(device_records(alice.workspace)), "her own records, not bob's"

    company = laptop.workspace.companies.list()[0]
    edit_company(laptop.workspace, company.id, municipality="Amersfoort")
    draft = laptop.workspace.scans.start(company.id, advisor="Alice")
    laptop.workspace.scans.answer(draft.id, "D1.1", 4)
    assert laptop.sync().sent == 2
    back_home = alice.sync()
    assert back_home.received == 2
    assert alice.workspace.companies.get(company.id).municipality == "Amersfoort"
    assert alice.workspace.scans.get(draft.id).answers == {"D1.1": 4}
    assert carol.sync().received == 2

    server = live(server_records(database.url))
    assert live(device_records(alice.workspace)) == {
        key: doc for key, doc in server.items() if key in live(device_records(alice.workspace))
    }
    assert live(device_records(carol.workspace)) == server
    assert not alice.engine.conflicts()


def test_benchmarks_and_sync_state_come_down(device: Callable[..., Device]) -> None:
    alice, bob = device("alice"), device("bob")
    generate_demo(alice.workspace, 6, seed=21)
    generate_demo(bob.workspace, 14, seed=22)
    bob.sync()
    report = alice.sync()
    programme = alice.workspace.benchmarks.cached("1.0")["programme"]
    own = alice.workspace.benchmarks.local(alice.workspace.questionnaire)["programme"]
    assert programme.n > own.n, "the server's benchmark rests on every advisor's scans"
    with alice.workspace.db.read() as session:
        state = {row.key: row.value for row in session.query(SyncState)}
    assert state["server_url"] == alice.engine.server_url
    assert state["last_sync_at"] == report.finished_at.isoformat()
    assert int(state["cursor"]) > 0
    assert alice.engine.last_sync() == report.finished_at
    assert remembered_server(alice.workspace.db) == alice.engine.server_url


def test_a_sync_with_nothing_to_do_is_one_round_trip(device: Callable[..., Device]) -> None:
    alice = device("alice")
    generate_demo(alice.workspace, 3, seed=5)
    alice.sync()
    report = alice.sync()
    assert (report.sent, report.received, report.conflicts, report.files) == (0, 0, 0, 0)
    assert alice.engine.round_trips == 1


def test_the_same_company_edited_on_two_devices_merges_and_keeps_the_conflict(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Bouw BV", kvk="12345678", sector="construction", phone="030-1111111", consent=True)
    )
    office.sync()
    laptop.sync()
    edit_company(office.workspace, company.id, municipality="Zeist", phone="030-2222222")
    edit_company(laptop.workspace, company.id, email="info@bouw.example.nl", phone="030-3333333")
    office.sync()

    report = laptop.sync()
    merged = laptop.workspace.companies.get(company.id)
    assert (merged.municipality, merged.email, merged.phone) == ("Zeist", "info@bouw.example.nl", "030-2222222")
    assert report.conflicts == 1
    (conflict,) = laptop.engine.conflicts()
    assert (conflict.entity, conflict.label, conflict.field) == ("company", "Bouw BV", "phone")
    assert (conflict.mine, conflict.theirs) == ("030-3333333", "030-2222222")
    assert (conflict.mine_text, conflict.theirs_text) == ("030-3333333", "030-2222222")
    assert laptop.workspace.pending_changes() == 0, "the merged e-mail went up in the same sync"
    office.sync()
    assert office.workspace.companies.get(company.id).email == "info@bouw.example.nl"

    laptop.engine.resolve(conflict.id, "mine")
    assert laptop.engine.conflicts() == []
    assert laptop.sync().sent == 1
    office.sync()
    assert office.workspace.companies.get(company.id).phone == "030-3333333"


def test_two_devices_answering_one_draft_keep_both_answers(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    draft = office.workspace.scans.start(company.id)
    office.workspace.scans.answer(draft.id, "D1.1", 2)
    office.sync()
    laptop.sync()
    office.workspace.scans.answer(draft.id, "D2.1", 3)
    office.workspace.scans.answer(draft.id, "D1.2", 4)
    laptop.workspace.scans.answer(draft.id, "D3.1", 5)
    laptop.workspace.scans.answer(draft.id, "D1.2", 1)
    office.sync()
    laptop.sync()
    office.sync()
    expected = {"D1.1": 2, "D2.1": 3, "D1.2": 4, "D3.1": 5}
    assert office.workspace.scans.get(draft.id).answers == expected
    assert laptop.workspace.scans.get(draft.id).answers == expected
    (conflict,) = laptop.engine.conflicts()
    assert conflict.field == "answers.D1.2"
    assert conflict.field_label == "Answer to D1.2"
    assert (conflict.mine_text, conflict.theirs_text) == ("1", "4")


def test_a_deletion_against_an_edit_loses_nothing(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Metaal BV", kvk="33445566", sector="assembly"))
    draft = office.workspace.scans.start(company.id)
    office.sync()
    laptop.sync()
    office.workspace.scans.delete(draft.id)
    laptop.workspace.scans.set_summary_notes(draft.id, "Belangrijk gesprek met de directeur")
    office.sync()
    laptop.sync()
    (conflict,) = laptop.engine.conflicts()
    assert (conflict.kind, conflict.field, conflict.theirs_text) == ("deleted", "*", "(deleted)")
    assert conflict.mine["summary_notes"] == "Belangrijk gesprek met de directeur"
    laptop.engine.resolve(conflict.id, "mine")
    laptop.sync()
    office.sync()
    assert office.workspace.scans.get(draft.id).scan.summary_notes == "Belangrijk gesprek met de directeur"


def test_a_coordinators_device_reads_everything_and_changes_nothing_upstream(
    device: Callable[..., Device], database: Database
) -> None:
    alice, carol = device("alice"), device("carol")
    company = alice.workspace.companies.create(CompanyInput(name="Logistiek BV", kvk="44556677", sector="logistics"))
    alice.sync()
    carol.sync()
    edit_company(carol.workspace, company.id, name="Overschreven")
    report = carol.sync()
    assert (report.sent, report.rejected) == (0, 1)
    (refused,) = carol.engine.conflicts()
    assert refused.kind == "rejected"
    assert "can only read" in refused.reason
    assert live(server_records(database.url))[("company", str(company.id))]["name"] == "Logistiek BV"
    carol.engine.resolve(refused.id, "server")
    assert carol.workspace.companies.get(company.id).name == "Logistiek BV"
    assert carol.workspace.pending_changes() == 0


def test_a_company_registered_twice_becomes_one_after_assignment(device: Callable[..., Device], database: Database) -> None:
    from ..server.live import Api

    alice, bob = device("alice"), device("bob")
    original = alice.workspace.companies.create(CompanyInput(name="Studio Vos", kvk="55667788", sector="creative"))
    alice.sync()
    twin = bob.workspace.companies.create(
        CompanyInput(name="Studio Vos B.V.", kvk="55667788", sector="creative", phone="030-9999999")
    )
    scan = bob.workspace.scans.start(twin.id, advisor="Bob")
    report = bob.sync()
    assert report.rejected == 2
    reasons = {c.reason for c in bob.engine.conflicts()}
    assert any("ask the coordinator to assign the company to you" in r for r in reasons)

    coordinator = Api(alice.engine.server_url, database.tokens["carol"])
    assert coordinator.post(f"/companies/{original.id}/assignments", json={"username": "bob"}).status_code == 201
    bob.sync()
    assert [c.id for c in bob.workspace.companies.list()] == [original.id]
    assert bob.workspace.scans.get(scan.id).company.id == original.id
    assert bob.workspace.pending_changes() == 0
    open_conflicts = bob.engine.conflicts()
    assert {(c.kind, c.field) for c in open_conflicts} == {("field", "name"), ("field", "phone")}, "bob's own details are offered"
    assert all(c.record_id == original.id for c in open_conflicts)


def test_a_kvk_number_taken_on_the_server_goes_back_and_stays_listed(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    alfa = office.workspace.companies.create(CompanyInput(name="Alfa", kvk="11111111", sector="health"))
    office.sync()
    laptop.workspace.companies.create(CompanyInput(name="Beta", kvk="22222222", sector="health"))
    laptop.sync()
    edit_company(office.workspace, alfa.id, kvk="22222222", phone="030-1234567")
    report = office.sync()
    assert report.rejected == 1
    assert {c.kvk: c.name for c in office.workspace.companies.list()} == {"11111111": "Alfa", "22222222": "Beta"}
    assert office.workspace.companies.get(alfa.id).phone == "030-1234567", "the rest of the edit went through"
    assert office.workspace.pending_changes() == 0
    (kept,) = office.engine.conflicts()
    assert (kept.kind, kept.field, kept.mine, kept.theirs) == ("field", "kvk", "22222222", "11111111")
    laptop.sync()
    assert laptop.workspace.companies.get(alfa.id).phone == "030-1234567"
