"""Found by the convergence test: what "keep the server's" does after the server refused a change."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from advisor_app.errors import NotFoundError
from advisor_app.services.companies import CompanyInput

from ..server.live import Api, Database
from .helpers import Device, server_records


def refused_then_deleted(alice: Device, carol: Device) -> uuid.UUID:
    """A draft of alice's that carol changed (refused: a coordinator's device only reads), then deleted by alice."""
    company = alice.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    draft = alice.workspace.scans.start(company.id, advisor="Alice")
    alice.sync()
    carol.sync()
    carol.workspace.scans.set_summary_notes(draft.id, "Overschreven")
    assert carol.sync().rejected == 1
    alice.workspace.scans.delete(draft.id)
    alice.sync()
    carol.sync()  # the deletion comes down while carol's refused change still waits
    return draft.id


def shared_with_bob(alice: Device, bob: Device, company_id: uuid.UUID, database: Database) -> Api:
    """alice's company, synced, assigned to bob too, who starts a scan of it; returns the coordinator's API.

    alice may then no longer erase it through the sync: bob's scan belongs to it.
    """
    alice.sync()
    coordinator = Api(alice.engine.server_url, database.tokens["carol"])
    assert coordinator.post(f"/companies/{company_id}/assignments", json={"username": "bob"}).status_code == 201
    bob.sync()
    bob.workspace.scans.start(company_id, advisor="Bob")
    bob.sync()
    alice.sync()  # nothing about the company is new to her now
    return coordinator


def test_keep_the_servers_after_a_refusal_keeps_a_deletion_that_arrived_meanwhile(device: Callable[..., Device]) -> None:
    alice, carol = device("alice"), device("carol")
    draft_id = refused_then_deleted(alice, carol)
    (refused,) = [conflict for conflict in carol.engine.conflicts() if conflict.kind == "rejected"]
    carol.engine.resolve(refused.id, "server")
    carol.sync()
    with pytest.raises(NotFoundError):
        carol.workspace.scans.get(draft_id)
    assert carol.workspace.pending_changes() == 0


def test_keep_the_servers_after_a_refused_erasure_brings_the_company_back_whole(
    device: Callable[..., Device], database: Database
) -> None:
    alice, bob = device("alice"), device("bob")
    company = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    shared_with_bob(alice, bob, company.id, database)
    alice.workspace.companies.delete(company.id)
    assert alice.sync().rejected == 1  # bob's scan belongs to it: only the coordinator may erase it
    for refused in alice.engine.conflicts():
        alice.engine.resolve(refused.id, "server")
    alice.sync()
    assert alice.workspace.companies.get(company.id).name == "Bouw BV"


def test_keep_the_servers_after_a_refusal_keeps_a_deletion_that_mine_had_undone(device: Callable[..., Device]) -> None:
    """The last copy agreed with the server was its tombstone: "keep the server's" deletes the record again.

    Found by the convergence test: a scan deleted elsewhere came down while a change of it waited, the
    advisor kept their own version (so the scan came back here), the server refused that, and "keep the
    server's" then brought back the tombstone's scrubbed copy as a live, empty scan the server did not have.
    """
    alice, carol = device("alice"), device("carol")
    draft_id = refused_then_deleted(alice, carol)
    (deleted,) = [conflict for conflict in carol.engine.conflicts() if conflict.kind == "deleted"]
    carol.engine.resolve(deleted.id, "mine")  # the scan comes back here, with carol's change
    assert carol.workspace.scans.get(draft_id).scan.summary_notes == "Overschreven"
    assert carol.sync().rejected == 1
    for refused in carol.engine.conflicts():
        carol.engine.resolve(refused.id, "server")
    carol.sync()
    with pytest.raises(NotFoundError):
        carol.workspace.scans.get(draft_id)
    assert carol.workspace.pending_changes() == 0


def test_a_refused_erasure_stays_shown_when_another_erasure_comes_down_in_the_same_sync(
    device: Callable[..., Device], database: Database
) -> None:
    """Found by the convergence test: the refusal vanished, and the deletion waited to be sent for ever.

    Finishing the erasures a pull brought (reports, vacuum) also dropped the conflicts of every deleted
    company, so it took the refusal of the advisor's own erasure, which the server had not made, with it.
    """
    alice, bob = device("alice"), device("bob")
    shared = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    other = alice.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    coordinator = shared_with_bob(alice, bob, shared.id, database)
    alice.workspace.companies.delete(shared.id)
    assert coordinator.post(f"/companies/{other.id}/erase").status_code == 200
    assert alice.sync().rejected == 1  # bob's scan belongs to it; the pull then brings the other's erasure
    (refused,) = [c for c in alice.engine.conflicts() if c.record_id == shared.id]
    assert refused.kind == "rejected"
    alice.engine.resolve(refused.id, "server")
    alice.sync()
    assert alice.workspace.companies.get(shared.id).name == "Bouw BV"
    assert alice.workspace.pending_changes() == 0


def test_a_refused_erasure_deletes_nothing_on_the_server_and_keep_the_servers_brings_it_all_back(
    device: Callable[..., Device], database: Database
) -> None:
    """An erasure is all or nothing: the advisor's own scan of a company the server would not erase stays there.

    Seen in the convergence test: the company's tombstone was refused, but the same push's tombstone of the
    advisor's own scan was taken as a plain deletion, so "keep the server's" brought the company back without it.
    """
    alice, bob = device("alice"), device("bob")
    company = alice.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    hers = alice.workspace.scans.start(company.id, advisor="Alice")
    alice.workspace.scans.set_summary_notes(hers.id, "Goed gesprek")
    shared_with_bob(alice, bob, company.id, database)
    alice.workspace.companies.delete(company.id)
    report = alice.sync()
    assert (report.sent, report.rejected) == (0, 1)  # nothing of the erasure went through
    for refused in alice.engine.conflicts():
        alice.engine.resolve(refused.id, "server")
    alice.sync()
    assert alice.workspace.scans.get(hers.id).scan.summary_notes == "Goed gesprek"
    assert alice.workspace.pending_changes() == 0
    (server_copy,) = [rec for key, rec in server_records(database.url).items() if key == ("scan", str(hers.id))]
    assert server_copy[0] is False  # not deleted on the server
