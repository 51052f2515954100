"""Records deleted on the device after their push reached the server but the answer did not: deleted there too.

The erasure saw no server version (the answer was lost), so it left the tombstone unsent; the sync
that asks for the lost answer again learns the server has the record, and sends the deletion. The base
copy it keeps is the document as sent, scrubbed when the deletion was an erasure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from advisor_sync.client import OfflineError
from sqlalchemy import select

from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import SyncBase

from ..server.live import Database
from .faults import PUSH, Fault, FaultyProxy
from .helpers import Device, live, server_records


@pytest.fixture
def bob(device: Callable[..., Device], proxy: FaultyProxy) -> Device:
    return device("bob", url=proxy.url)


def lose_the_answer(device: Device, proxy: FaultyProxy) -> None:
    """A sync whose push the server applies, and whose answer never arrives."""
    proxy.add(Fault(PUSH, after_answer=lambda: setattr(proxy, "down", True)))
    with pytest.raises(OfflineError):
        device.sync()
    proxy.down = False


def kept_copies(device: Device) -> str:
    with device.workspace.db.read() as session:
        return str([base.data for base in session.scalars(select(SyncBase))])


@dataclass(frozen=True)
class Lost:
    """A record whose push's answer is lost, deleted by the advisor before the next sync."""

    sent: str
    """The record pushed: "company" (never synced before) or "scan" (of a company synced before)."""
    deleted: str
    """Then deleted: "company" erases it and its parts, "scan" deletes the scan alone."""
    live: tuple[str, ...] = ()
    """What the server still holds live after the next sync."""
    notes: str = ""
    """The scan's summary notes."""
    not_kept: str = ""
    """A text no base copy on the device may keep after the next sync (an erased record's)."""


@pytest.mark.parametrize(
    "lost",
    [
        pytest.param(Lost("company", "company", not_kept="Bouw BV"), id="company-erased"),
        pytest.param(
            Lost("scan", "company", notes="Eigenaar wil stoppen", not_kept="Eigenaar wil stoppen"), id="its-company-erased"
        ),
        pytest.param(Lost("scan", "scan", live=("company",)), id="scan-deleted"),
    ],
)
def test_a_record_deleted_after_its_answer_was_lost_is_deleted_on_the_server(
    bob: Device, proxy: FaultyProxy, database: Database, lost: Lost
) -> None:
    company = bob.workspace.companies.create(CompanyInput(name="Bouw BV", kvk="12345678", sector="construction"))
    ids = {"company": company.id}
    if lost.sent == "scan":
        bob.sync()
        ids["scan"] = bob.workspace.scans.start(company.id, advisor="Bob").id
        if lost.notes:
            bob.workspace.scans.set_summary_notes(ids["scan"], lost.notes)
    lose_the_answer(bob, proxy)
    assert (lost.sent, str(ids[lost.sent])) in live(server_records(database.url)), "the server has it"
    delete = bob.workspace.companies.delete if lost.deleted == "company" else bob.workspace.scans.delete
    delete(ids[lost.deleted])
    bob.sync()
    left = {(entity, str(ids[entity])) for entity in lost.live}
    assert set(live(server_records(database.url))) == left, "deleted on the server too, and nothing else"
    assert bob.workspace.pending_changes() == 0
    assert not lost.not_kept or lost.not_kept not in kept_copies(bob), "no copy of the erased record's text is kept"
