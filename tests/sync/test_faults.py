"""Syncs interrupted at random points converge when repeated: no duplicate, no loss.

Two kinds of interruption: the connection reset in the middle of an answer
(by a proxy between device and server), and the server process killed with
SIGKILL in the middle of a push, before or after it committed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from advisor_sync.client import OfflineError

from advisor_app.services.demo import generate_demo

from ..server.live import BACKENDS, Database, LiveServer, ServerProcess
from .faults import PULL, PUSH, Fault, FaultyProxy
from .helpers import Device, device_records, edit_company, live, server_records


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[FaultyProxy]:
    faulty = FaultyProxy(server.url)
    yield faulty
    faulty.close()


def local_edits(device: Device, rng: random.Random) -> None:
    """What an advisor does between syncs: edit a few companies and answers."""
    companies = device.workspace.companies.list()
    for company in rng.sample(companies, 3):
        edit_company(device.workspace, company.id, municipality=rng.choice(["Utrecht", "Zeist", "Houten", "Baarn"]))
    for draft in device.workspace.scans.summaries(status="draft")[:2]:
        device.workspace.scans.answer(draft.id, rng.choice(["D1.1", "D2.2", "D3.3"]), rng.randint(1, 5))


def assert_converged(devices: list[Device], database: Database) -> None:
    server = server_records(database.url)
    for device in devices:
        assert device.workspace.pending_changes() == 0
        mine = device_records(device.workspace)
        assert live(mine) == {key: doc for key, doc in live(server).items() if key in live(mine)}, "same content both sides"
        assert device.engine.conflicts() == [], "repeating a sync never conflicts with itself"
    kvks = [doc["kvk"] for (entity, _), doc in live(server).items() if entity == "company"]
    assert len(kvks) == len(set(kvks)), "no company twice"


def test_connection_resets_at_random_points_then_repeated_syncs_converge(
    tmp_path: Path, proxy: FaultyProxy, database: Database, device: Callable[..., Device]
) -> None:
    rng = random.Random(2009)
    alice = Device(tmp_path / "alice", proxy.url, batch_size=15, page_size=10)
    carol = Device(tmp_path / "carol", proxy.url, page_size=10)
    try:
        alice.login("alice")
        carol.login("carol")
        generate_demo(alice.workspace, 12, seed=31)
        failures = 0
        bursts = [rng.choice([1, 2]) for _ in range(6)]
        bursts[2] = bursts[4] = 5  # five cuts in a row outlast the client's four attempts: that sync breaks off
        for burst in bursts:
            marker = rng.choice([PUSH, PUSH, PULL])
            skip = rng.randint(0, 2)
            for n in range(burst):
                proxy.add(Fault(marker, skip=skip if n == 0 else 0, cut_after=rng.randint(0, 400)))
            for each in (alice, carol):
                try:
                    each.sync()
                except OfflineError:
                    failures += 1
            proxy.faults.clear()
            local_edits(alice, rng)
        assert proxy.triggered >= 6
        assert failures >= 1, "some rounds broke off completely, not only retried"
        alice.sync()
        carol.sync()
        assert_converged([alice, carol], database)
        assert live(device_records(carol.workspace)) == live(server_records(database.url))
    finally:
        alice.close()
        carol.close()


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_server_killed_mid_push_then_repeated_syncs_converge(tmp_path: Path, database: Database) -> None:
    with ServerProcess(database.url, tmp_path / "server.log") as process:
        proxy = FaultyProxy(process.url)
        alice = Device(tmp_path / "alice", proxy.url, batch_size=20)
        try:
            alice.login("alice")
            generate_demo(alice.workspace, 16, seed=41)

            def crash_and_restart() -> None:
                process.kill()
                process.start()

            proxy.add(Fault(PUSH, skip=1, after_answer=crash_and_restart))
            report = alice.sync()
            assert proxy.triggered == 1, "killed after committing the second batch, before its answer left"
            assert report.sent == len(live(server_records(database.url)))
            assert_converged([alice], database)

            rng = random.Random(7)
            local_edits(alice, rng)
            proxy.add(Fault(PUSH, before_request=crash_and_restart))
            alice.sync()
            assert proxy.triggered == 2, "killed before the push reached it"
            assert_converged([alice], database)

            local_edits(alice, rng)
            proxy.add(Fault(PUSH, after_answer=lambda: setattr(proxy, "down", True)))
            with pytest.raises(OfflineError, match="Your changes are kept"):
                alice.sync()  # the line went down after the server committed: the answer is lost
            assert alice.workspace.pending_changes() > 0
            proxy.down = False
            alice.sync()
            assert_converged([alice], database)
        finally:
            alice.close()
            proxy.close()
