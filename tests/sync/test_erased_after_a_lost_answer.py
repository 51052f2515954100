"""Records deleted on the device after their push reached the server but the answer did not: deleted there too.

The erasure saw no server version (the answer was lost), so it left the tombstone unsent; the sync
that asks for the lost answer again learns the server has the record, and sends the deletion. The base
copy it keeps is the document as sent, scrubbed when the deletion was an erasure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from advisor_sync.client import OfflineError
from sqlalchemy import select

from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import SyncBase

from ..server.live import Database, LiveServer
from .faults import PUSH, Fault, FaultyProxy
from .helpers import Device, live, server_records


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[FaultyProxy]:
    faulty = FaultyProxy(server.url)
    yield faulty
    faulty.close()


@pytest.fixture
def bob(tmp_path: Path, proxy: FaultyProxy) -> Iterator[Device]:
    device = Device(tmp_path / "bob", proxy.url)
    try:
        device.login("bob")
        yield device
    finally:
        device.close()


def lose_the_answer(device: Device, proxy: FaultyProxy) -> None:
    """A sync whose push the server applies, and whose answer never arrives."""
    proxy.add(Fault(PUSH, after_answer=lambda: setattr(proxy, "down", True)))
    with pytest.raises(OfflineError):
        device.sync()
    proxy.down = False


def kept_copies(device: Device) -> str:
    with device.workspace.db.read() as session:
        return str([base.data for base in session.scalars(select(SyncBase))])


def test_a_company_erased_after_its_answer_was_lost_is_erased_on_the_server(
    bob: Device, proxy: FaultyProxy, database: Database
) -> None:
    company = bob.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    lose_the_answer(bob, proxy)
    assert ("company", str(company.id)) in live(server_records(database.url)), "the server has it"
    bob.workspace.companies.delete(company.id)
    bob.sync()
    assert ("company", str(company.id)) not in live(server_records(database.url)), "erased on the server too"
    assert bob.workspace.pending_changes() == 0
    assert "Bouw BV" not in kept_copies(bob), "no copy of the erased company's name is kept"


def test_a_scan_of_a_company_erased_after_the_scans_answer_was_lost_is_erased_on_the_server(
    bob: Device, proxy: FaultyProxy, database: Database
) -> None:
    company = bob.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    bob.sync()
    scan = bob.workspace.scans.start(company.id, advisor="Bob")
    bob.workspace.scans.set_summary_notes(scan.id, "Eigenaar wil stoppen")
    lose_the_answer(bob, proxy)
    assert ("scan", str(scan.id)) in live(server_records(database.url)), "the server has it"
    bob.workspace.companies.delete(company.id)
    bob.sync()
    assert not live(server_records(database.url)), "the company and its scan are erased on the server"
    assert bob.workspace.pending_changes() == 0
    assert "Eigenaar wil stoppen" not in kept_copies(bob), "no copy of the erased scan's notes is kept"


def test_a_scan_deleted_after_its_answer_was_lost_is_deleted_on_the_server(
    bob: Device, proxy: FaultyProxy, database: Database
) -> None:
    company = bob.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    bob.sync()
    scan = bob.workspace.scans.start(company.id, advisor="Bob")
    lose_the_answer(bob, proxy)
    bob.workspace.scans.delete(scan.id)
    bob.sync()
    assert ("scan", str(scan.id)) not in live(server_records(database.url)), "deleted on the server too"
    assert ("company", str(company.id)) in live(server_records(database.url)), "a plain deletion erases nothing else"
    assert bob.workspace.pending_changes() == 0
