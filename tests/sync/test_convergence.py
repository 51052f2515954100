"""Proof of convergence, in the spirit of Jepsen's checks of sync engines.

Four devices (alice's office and laptop, bob's laptop, carol the coordinator's
laptop) do random offline work through the app's real services and sync in
random order with the real sync client, through a proxy that cuts
connections. Syncs are killed at random moments (the client in a child
process, SIGKILLed when its request or the server's answer passes the proxy)
and the server process is SIGKILLed and started again on the same database.
The coordinator erases companies and assigns them to the other advisor
through the server's own endpoints. Then, after fault-free syncs:

* every device holds exactly what a fresh pull for its user returns;
* no acknowledged write is lost: every write a service call saved on a device
  is on the server, or superseded (a later write elsewhere, a deletion or an
  erasure), or was shown to the advisor as a conflict; and the server's copy
  of each record is the last write it acknowledged (tests/sync/push_tap.py);
* no record is duplicated (one live company per KvK number, on every device);
* the rulebook holds on the server's data (each record through the protocol's
  checks, the records together through ``advisor_app.domain.invariants``),
  and across the acknowledged history (frozen scans, final erasures, voucher steps).

``BASISSCAN_CONVERGENCE_SEED=N`` replays a run (the records' ids too, see
:class:`SeededIds`); a failure prints its seed and
its last steps. ``BASISSCAN_CONVERGENCE_LOG=DIR`` also writes the whole run to
DIR (``run-<seed>-<backend>.log``, every step numbered as the recorded writes
are, and ``writes-<seed>-<backend>.txt``), which a long run's failure needs.
The small run is part of ``make test``; ``pytest -m convergence_large`` runs
a longer one (deselected by default in the Makefile).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import types
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from advisor_sync.client import SyncError

from advisor_app.domain.questionnaire import shipped_questionnaires

from ..server.live import BACKENDS, Api, Database, ServerProcess
from . import convergence_model as model
from .convergence_actions import Action, complete_draft, create_company, random_action, start_scan
from .faults import PULL, PUSH, Fault, FaultyProxy
from .helpers import Device
from .push_tap import PushTap
from .sync_child import KEYRING_ENV

SEED_ENV = "BASISSCAN_CONVERGENCE_SEED"
LOG_ENV = "BASISSCAN_CONVERGENCE_LOG"
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Size:
    steps: int
    server_kills: int
    client_kills: int


SMALL = Size(steps=45, server_kills=1, client_kills=1)
LARGE = Size(steps=400, server_kills=6, client_kills=6)


@dataclass
class Actor:
    name: str
    user: str
    device: Device
    folder: Path


class Run:
    """One randomised run: the server, the proxies, the devices and what they were told."""

    def __init__(self, tmp_path: Path, database: Database, seed: int, size: Size) -> None:
        self.rng = random.Random(seed)
        self.database = database
        self.size = size
        self.log: list[str] = []
        self.expected = model.Expectations()
        self.server = ServerProcess(database.url, tmp_path / "server.log")
        self.server.start()
        self.tap = PushTap(self.server.url)
        self.proxy = FaultyProxy(self.tap.url)
        self.coordinator = Api(self.server.url, database.tokens["carol"])
        self.server_kills = self.client_kills = 0
        self.shown: dict[str, set[tuple[uuid.UUID, str, str]]] = {}
        """Per device, every conflict it held between two steps: what the advisor could see and choose on."""
        self.actors = []
        for name, user in (("alice-office", "alice"), ("alice-laptop", "alice"), ("bob", "bob"), ("carol", "carol")):
            folder = tmp_path / name
            device = Device(folder, self.proxy.url, batch_size=self.rng.randint(2, 8), page_size=self.rng.randint(3, 12))
            self.actors.append(Actor(name, user, device.login(user), folder))

    def note(self, line: str) -> None:
        """One line of the run's story, numbered by the last recorded write's step."""
        self.log.append(f"[{self.expected.step}] {line}")

    def close(self) -> None:
        for actor in self.actors:
            actor.device.close()
        self.proxy.close()
        self.tap.close()
        self.server.__exit__()

    # -- the random part ---------------------------------------------------------------

    def play(self) -> None:
        advisors = [actor for actor in self.actors if actor.user != "carol"]
        for actor in advisors:  # a few companies with a completed scan each, known to all devices of the advisor
            for action in (create_company, create_company, start_scan, complete_draft):
                self.edit(actor, action)
        for actor in self.actors:
            actor.device.sync()
        for _ in range(self.size.steps):
            roll = self.rng.random()
            if roll < 0.6:
                actor = self.rng.choice(advisors)
                for _ in range(self.rng.randint(1, 3)):
                    self.edit(actor)
            elif roll < 0.92:
                self.sync(self.rng.choice(self.actors))
            elif roll < 0.96:
                self.erase()
            else:
                self.assign()

    def remember_conflicts(self, actor: Actor) -> None:
        """The device's conflicts now, kept: an erasure deletes a company's conflicts later (they may hold personal
        data), and "keep the server's" on a refused erasure leaves the company to an erasure's clean-up until the
        next pull brings it back, so the conflicts a device holds at the end are not all it showed."""
        self.shown.setdefault(actor.name, set()).update(model.conflicts_seen(actor.device.workspace))

    def edit(self, actor: Actor, action: Action | None = None) -> None:
        workspace = actor.device.workspace
        self.remember_conflicts(actor)
        before = model.snapshot(workspace)
        done = random_action(workspace, actor.device.engine, self.rng, actor.user, action)
        writes = self.expected.record(actor.name, before, model.snapshot(workspace))
        self.note(f"{actor.name}: {done} ({writes} fields)")

    def sync(self, actor: Actor) -> None:
        kind = self.rng.choice(["clean", "cuts", "cuts", "server killed", "client killed", "line down"])
        if kind == "server killed" and self.server_kills < self.size.server_kills:
            self.server_kills += 1
            self._arm(self._restart_server)
        elif kind == "client killed" and self.client_kills < self.size.client_kills:
            self.client_kills += 1
            self.note(f"{actor.name}: sync in a child process, killed {self._child_sync(actor)}")
            self.remember_conflicts(actor)
            return
        elif kind == "cuts":
            marker, skip = self.rng.choice([PUSH, PUSH, PULL]), self.rng.randint(0, 2)
            for n in range(self.rng.randint(1, 5)):
                self.proxy.add(Fault(marker, skip=skip if n == 0 else 0, cut_after=self.rng.randint(0, 400)))
        elif kind == "line down":
            self.proxy.add(Fault(PUSH, skip=self.rng.randint(0, 1), after_answer=lambda: setattr(self.proxy, "down", True)))
        else:
            kind = "clean"
        try:
            report = actor.device.sync()
            outcome = f"sent {report.sent}, received {report.received}, conflicts {report.conflicts}, rejected {report.rejected}"
        except SyncError as error:
            outcome = f"broke off: {error}"
        self._disarm()
        self.remember_conflicts(actor)
        self.note(f"{actor.name}: sync ({kind}): {outcome}")

    def _arm(self, callback: Callable[[], None]) -> None:
        marker, skip = self.rng.choice([PUSH, PULL]), self.rng.randint(0, 2)
        if self.rng.random() < 0.5:
            self.proxy.add(Fault(marker, skip=skip, before_request=callback))
        else:
            self.proxy.add(Fault(marker, skip=skip, after_answer=callback))

    def _disarm(self) -> None:
        self.proxy.faults.clear()
        self.proxy.down = False

    def _restart_server(self) -> None:
        self.server.kill()
        self.server.start()

    def _child_sync(self, actor: Actor) -> str:
        """The same device's sync in a child process, SIGKILLed when a chosen request or answer passes."""
        secrets = [[service, account, secret] for (service, account), secret in actor.device.keyring.secrets.items()]
        engine = actor.device.engine
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.sync_child",
                str(actor.folder),
                engine.server_url,
                str(engine.batch_size),
                str(engine.page_size),
            ],
            cwd=ROOT,
            env={**os.environ, KEYRING_ENV: json.dumps(secrets)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

        def kill_child() -> None:
            child.kill()
            child.wait()

        self._arm(kill_child)
        _out, err = child.communicate(timeout=120)
        self._disarm()
        if child.returncode not in (0, 3, -9):
            raise AssertionError(f"the child sync failed: {err.decode(errors='replace')}")
        return "mid-sync" if child.returncode == -9 else "never (it finished first)"

    def erase(self) -> None:
        companies = [
            key for key, record in model.server_state(self.database.url).items() if key[0] == "company" and not record.deleted
        ]
        if not companies:
            return
        _, company_id = self.rng.choice(sorted(companies, key=str))
        answer = self.coordinator.post(f"/companies/{company_id}/erase")
        assert answer.status_code == 200, answer.text
        self.expected.erased[company_id] = len(self.tap.acknowledged)
        self.note(f"carol erased company {company_id} ({answer.json()['erased']} records)")

    def assign(self) -> None:
        server = model.server_state(self.database.url)
        owners = {"alice", "bob"}
        companies = [key for key, record in server.items() if key[0] == "company" and not record.deleted]
        if not companies:
            return
        _, company_id = self.rng.choice(sorted(companies, key=str))
        user = self.rng.choice(sorted(owners))
        answer = self.coordinator.post(f"/companies/{company_id}/assignments", json={"username": user})
        assert answer.status_code == 201, answer.text
        self.note(f"carol assigned company {company_id} to {user}")

    # -- the end -------------------------------------------------------------------------

    def settle(self) -> None:
        """Fault-free syncs, every open conflict given to the server, and fault-free syncs again."""
        self._disarm()
        for _ in range(2):
            for actor in self.actors:
                actor.device.sync()
        for actor in self.actors:
            workspace, engine = actor.device.workspace, actor.device.engine
            self.remember_conflicts(actor)
            before = model.snapshot(workspace)
            for conflict in engine.conflicts():
                engine.resolve(conflict.id, "server")
                self.note(f"{actor.name}: settle: kept the server's {conflict.entity} {conflict.record_id} ({conflict.kind})")
            self.expected.record(actor.name, before, model.snapshot(workspace))
        for _ in range(2):
            for actor in self.actors:
                actor.device.sync()

    def problems(self) -> list[str]:
        found: list[str] = []
        for actor in self.actors:
            pulled = model.fresh_pull(self.server.url, self.database.tokens[actor.user])
            found += model.divergence(actor.name, actor.device.workspace, pulled)
        server = model.server_state(self.database.url)
        for actor in self.actors:
            self.remember_conflicts(actor)
        conflicts = {actor.name: self.shown[actor.name] for actor in self.actors}
        found += model.lost_device_writes(self.expected, server, conflicts)
        found += model.lost_acknowledgements(self.tap.acknowledged, server, self.expected.erased)
        found += model.rule_breaks(server, shipped_questionnaires())
        return found


class SeededIds(types.ModuleType):
    """``os`` for the ``uuid`` module, with ``urandom`` drawn from the run's seed: the ids made in this process follow it.

    The devices' services make every record's id with ``uuid.uuid4`` (which reads ``uuid.os.urandom``), and the run
    picks records by id (the two lowest half the time, companies to erase and assign in id order). With random ids
    a seed replayed the same choices on other records, so a failure's seed did not bring the failure back.
    What still varies between replays: the moment a killed child sync dies, and anything made in another process.
    """

    def __init__(self, seed: int) -> None:
        super().__init__("os")
        self._random = random.Random(f"ids {seed}")

    def urandom(self, size: int) -> bytes:
        return self._random.randbytes(size)

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)


def run_and_check(tmp_path: Path, database: Database, size: Size, default_seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = int(os.environ.get(SEED_ENV, default_seed))
    monkeypatch.setattr(uuid, "os", SeededIds(seed))
    run = Run(tmp_path, database, seed, size)
    problems: list[str] = []
    try:
        run.play()
        run.settle()
        problems = run.problems()
        served = len(model.server_state(database.url))
    finally:
        run.close()
        write_story(run, seed, database.backend, problems)
    assert served > 0, "the run wrote something"
    assert run.tap.acknowledged, "the server acknowledged pushes"
    assert not problems, (
        f"seed {seed} ({SEED_ENV}={seed} replays it; {database.backend}):\n  "
        + "\n  ".join(problems[:40])
        + "\nlast steps:\n  "
        + "\n  ".join(run.log[-40:])
    )


def write_story(run: Run, seed: int, backend: str, problems: list[str]) -> None:
    """The whole run, every recorded write and the problems found, to the folder LOG_ENV names (if it does).

    The problems go to a file of their own because a long run's failure is read later, beside its log,
    when the terminal's scrollback is gone."""
    folder = os.environ.get(LOG_ENV)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"run-{seed}-{backend}.log").write_text("\n".join(run.log) + "\n", encoding="utf-8")
    writes = (f"[{w.step}] {w.device} {w.entity} {w.record_id} {w.field} = {w.value!r}" for w in run.expected.writes)
    (Path(folder) / f"writes-{seed}-{backend}.txt").write_text("\n".join(writes) + "\n", encoding="utf-8")
    if problems:
        (Path(folder) / f"problems-{seed}-{backend}.txt").write_text("\n".join(problems) + "\n", encoding="utf-8")


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_random_offline_work_with_faults_converges(tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    run_and_check(tmp_path, database, SMALL, 20261201, monkeypatch)


@pytest.mark.convergence_large
@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_long_random_run_converges(tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    run_and_check(tmp_path, database, LARGE, random.SystemRandom().randint(1, 2**31), monkeypatch)
