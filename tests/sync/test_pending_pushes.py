"""Two batches stored at once: an answer lost or a sync killed then loses nothing and conflicts with nothing.

While a batch is away the next one is already stored, so that it leaves the moment the answer arrives
(``client/pushing.py``). When the answer is lost, or the app killed, two batches wait: one the server
may have applied, and one that may have left too. The next sync sends both again, oldest first, under
their batch ids: what the server applied is answered from its memory, the rest applied then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from advisor_sync.client import OfflineError

from advisor_app.services.demo import generate_demo

from ..server.live import Database
from .faults import PUSH, Fault, FaultyProxy
from .helpers import Device, device_records, edit_company, live, server_records
from .sync_child import KEYRING_ENV

ROOT = Path(__file__).resolve().parents[2]


def test_an_answer_lost_while_the_next_batch_waits_loses_nothing(
    device: Callable[..., Device], proxy: FaultyProxy, database: Database
) -> None:
    alice = device("alice", url=proxy.url, batch_size=10)
    generate_demo(alice.workspace, 12, seed=4)
    pending = alice.workspace.pending_changes()
    proxy.add(Fault(PUSH, skip=1, after_answer=lambda: setattr(proxy, "down", True)))  # the second batch's answer
    with pytest.raises(OfflineError):
        alice.sync()
    proxy.down = False
    assert alice.workspace.pending_changes() == pending - 10, "only the first answer arrived"
    assert len(live(server_records(database.url))) == 20, "the server applied the first two batches, no more"

    report = alice.sync()
    assert report.sent == pending - 10
    assert (report.conflicts, report.rejected, alice.engine.conflicts()) == (0, 0, [])
    assert alice.workspace.pending_changes() == 0
    assert live(server_records(database.url)) == live(device_records(alice.workspace)), "each record once, as sent"


def sync_killed(alice: Device, proxy: FaultyProxy, *, answered: int) -> None:
    """The device's sync in a child process (batches of 10), SIGKILLed as the server answers batch ``answered + 1``."""
    secrets = [[service, account, secret] for (service, account), secret in alice.keyring.secrets.items()]
    children: list[subprocess.Popen[bytes]] = []

    def kill() -> None:
        children[0].kill()

    proxy.add(Fault(PUSH, skip=answered, after_answer=kill))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.sync_child", str(alice.workspace.folder), proxy.url, "10", "500"],
        cwd=ROOT,
        env={**os.environ, KEYRING_ENV: json.dumps(secrets)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    children.append(child)
    assert child.wait(timeout=120) == -9
    proxy.faults.clear()


def test_a_sync_killed_while_a_batch_is_away_loses_nothing(
    device: Callable[..., Device], proxy: FaultyProxy, database: Database
) -> None:
    alice = device("alice", url=proxy.url, batch_size=10)
    generate_demo(alice.workspace, 12, seed=4)
    sync_killed(alice, proxy, answered=2)  # the app killed as the server answers the third batch
    assert len(live(server_records(database.url))) == 30, "the server applied three batches"

    report = alice.sync()
    assert (report.conflicts, report.rejected, alice.engine.conflicts()) == (0, 0, [])
    assert alice.workspace.pending_changes() == 0
    assert live(server_records(database.url)) == live(device_records(alice.workspace)), "each record once, as sent"


@pytest.mark.parametrize("answered", [0, 1], ids=["killed as the first batch is answered", "killed as the second is"])
def test_edits_made_after_a_killed_sync_go_up_after_both_stored_batches(
    device: Callable[..., Device], proxy: FaultyProxy, database: Database, answered: int
) -> None:
    """The stored batches carry the records as they were; the edits made since must win on the server, not them."""
    alice = device("alice", url=proxy.url, batch_size=10)
    generate_demo(alice.workspace, 12, seed=4)
    sync_killed(alice, proxy, answered=answered)

    companies = alice.workspace.companies.list()
    for company in companies:  # every company, so the ones in the stored batches too
        edit_company(alice.workspace, company.id, municipality="Zeist")
    report = alice.sync()
    assert (report.conflicts, report.rejected, alice.engine.conflicts()) == (0, 0, [])
    assert alice.workspace.pending_changes() == 0
    server = live(server_records(database.url))
    assert server == live(device_records(alice.workspace)), "the server holds what the device holds"
    assert all(server["company", str(c.id)]["municipality"] == "Zeist" for c in companies), "no edit lost"
