"""Sync figures: pushing a device's scans, a sync with nothing to do, crowds, and server processes on one PostgreSQL.

The server runs as ``advisor-server serve`` in its own process on a loopback
socket (a SQLite file, or a fresh database on PostgreSQL, see
:mod:`.postgres`), as in a deployment; the devices run here. Each figure stands
beside a baseline from the same run: the same push bodies POSTed by a bare
``requests`` loop (the floor for HTTP + server work), one authenticated pull as
bare HTTP, and one device syncing alone. The serial fraction is the server's own
account of each push (``BASISSCAN_SERVER_PUSH_TIMING``): the time it held a lock
every push shares (on PostgreSQL the version claim, then the audit chain's lock to
the commit; on SQLite the counter to the commit), over the whole push.
"""

from __future__ import annotations

import functools
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import requests
from advisor_sync.client import Credentials, SyncEngine
from advisor_sync.client.ledger import CURSOR, Ledger
from advisor_sync.client.outgoing import outbox
from advisor_sync.protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from advisor_sync.protocol.messages import PushRequest
from advisor_sync.server.core.db import make_engine, migrate, session_factory
from advisor_sync.server.core.security import hash_password
from advisor_sync.server.models import User
from keyring.backends import fail

from advisor_app.services.demo import generate_demo
from advisor_app.workspace import Workspace

from .common import Row, median, percentile, timings
from .postgres import cluster_cpu_seconds, fresh_database, postgres

AREA = "sync"
PASSWORD = "benchmark password"
COMPLETED_PER_COMPANY = 1.1
"""Demo data holds about this many completed scans per company (a follow-up now and then)."""


@contextmanager
def server(
    folder: Path, users: list[str], *, database_url: str | None = None, workers: int = 1, log: Path | None = None
) -> Iterator[str]:
    """A migrated database with advisors (a SQLite file unless given), served by ``advisor-server`` in a child process.

    With ``log`` the server writes its log there, with a line per push (:func:`push_timings`).
    """
    folder.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{folder / 'server.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    hashed = hash_password(PASSWORD)
    with session_factory(engine)() as session, session.begin():
        session.add_all(User(username=name, display_name=name, role="advisor", password_hash=hashed) for name in users)
    engine.dispose()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen(512)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    env = {**os.environ, "BASISSCAN_SERVER_LOGIN_MAX_FAILURES": "1000", "BASISSCAN_SERVER_ACCESS_LOG": "false"}
    if log is not None:
        env["BASISSCAN_SERVER_PUSH_TIMING"] = "true"
    with ExitStack() as stack:
        out = stack.enter_context(log.open("ab")) if log is not None else subprocess.DEVNULL
        command = [sys.executable, "-m", "advisor_sync.server.cli", "--db", url, "serve", "--fd", str(listener.fileno())]
        process = subprocess.Popen(
            [*command, "--workers", str(workers)], pass_fds=(listener.fileno(),), stdout=out, stderr=subprocess.DEVNULL, env=env
        )
        try:
            for _ in range(workers):  # the first answers wait for the start-up of each worker
                requests.get(f"{base}{API_PREFIX}/info", timeout=60)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=60)
            listener.close()


def push_timings(log: Path) -> list[tuple[float, float]]:
    """(whole push, under a lock every push shares) in seconds, per push the server logged."""
    found = []
    for line in log.read_text(encoding="utf-8").splitlines():
        if '"push timing"' in line:
            entry = json.loads(line)
            found.append((entry["push_ms"] / 1000, entry["locked_ms"] / 1000))
    return found


def serial_fraction(timed: list[tuple[float, float]]) -> float:
    """Time under the lock over the whole pushes' time (NaN for a server that does not log its pushes)."""
    whole = sum(push for push, _ in timed)
    return sum(locked for _, locked in timed) / whole if whole else float("nan")


def device(folder: Path, server_url: str, user: str, companies: int, seed: int) -> tuple[Workspace, SyncEngine]:
    workspace = Workspace(folder)
    if companies:
        generate_demo(workspace, companies, seed=seed)
    engine = SyncEngine(workspace, server_url, credentials=Credentials(fail.Keyring()))
    engine.login(user, PASSWORD)
    return workspace, engine


def push_bodies(workspace: Workspace, batch_size: int) -> list[bytes]:
    """The push requests the engine would send, as JSON bytes."""
    with workspace.db.read() as session:
        changes = outbox(session, Ledger(session))
    return [
        PushRequest(batch_id=uuid.uuid4(), changes=changes[start : start + batch_size]).model_dump_json().encode()
        for start in range(0, len(changes), batch_size)
    ]


def bare_session(token: str) -> requests.Session:
    http = requests.Session()
    http.headers.update(
        {VERSION_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    )
    return http


def bare_login(server_url: str, user: str) -> str:
    answer = requests.post(
        f"{server_url}{API_PREFIX}/auth/login",
        json={"username": user, "password": PASSWORD, "device_name": "bench"},
        headers={VERSION_HEADER: str(PROTOCOL_VERSION)},
        timeout=60,
    )
    answer.raise_for_status()
    return str(answer.json()["token"])


def bare_push(server_url: str, token: str, bodies: list[bytes]) -> float:
    http = bare_session(token)
    start = time.perf_counter()
    for body in bodies:
        http.post(f"{server_url}{API_PREFIX}/sync/push", data=body, timeout=300).raise_for_status()
    return time.perf_counter() - start


def template(folder: Path, scans: int, seed: int) -> tuple[int, int]:
    """A device's data folder with about ``scans`` completed scans; returns (completed scans, records)."""
    with Workspace(folder) as workspace:
        generate_demo(workspace, round(scans / COMPLETED_PER_COMPANY), seed=seed)
        return len(workspace.scans.summaries(status="completed")), workspace.pending_changes()


def push_rows(
    folder: Path, scans: int, *, backend: str, database: Iterator[str | None], main: bool, repeats: int = 1
) -> list[Row]:
    """A new device pushing its scans (and pulling), against the same bodies POSTed bare; with ``main`` the no-op sync too.

    The bare loop and the engine take turns ``repeats`` times, each on a fresh database, and the fastest of
    each counts: on a shared machine the load moves between two runs, and the minimum is what the code costs.
    The no-op sync and the bare pull take turns too.
    """
    completed, records = template(folder / "template", scans, seed=scans)
    bare: list[float] = []
    took: list[float] = []
    for turn in range(repeats):
        with server(folder / f"bare-{turn}", ["bench"], database_url=next(database)) as url:
            workspace, engine = device(_copy(folder / "template", folder / f"bare-device-{turn}"), url, "bench", 0, 0)
            token = engine.credentials.get(engine.server_url)
            assert token is not None
            bare.append(bare_push(url, token.token, push_bodies(workspace, engine.batch_size)))
            workspace.close()
        with server(folder / f"engine-{turn}", ["bench"], database_url=next(database)) as url:
            workspace, engine = device(_copy(folder / "template", folder / f"engine-device-{turn}"), url, "bench", 0, 0)
            took += timings(engine.sync, 1)
            assert workspace.pending_changes() == 0
            push_trips = engine.round_trips
            if turn == repeats - 1:
                with workspace.db.read() as session:
                    cursor = Ledger(session).state(CURSOR)
                token = engine.credentials.get(engine.server_url)
                assert token is not None
                bare_pull = functools.partial(
                    bare_session(token.token).get,
                    f"{url}{API_PREFIX}/sync/pull",
                    params={"cursor": cursor, "limit": engine.page_size},
                    timeout=30,
                )
                noop: list[float] = []
                pull: list[float] = []
                for _ in range(7):
                    noop += timings(engine.sync, 1)
                    trips = engine.round_trips
                    pull += timings(bare_pull, 1)
            workspace.close()
    seconds, bare_seconds = min(took), min(bare)
    name = f"push {completed:,} completed scans ({records:,} records), new device, {backend}, fastest of {repeats}"
    key = "push_3000" if main and backend == "sqlite" else ""
    rows = [
        Row(AREA, name, seconds, "s", "same bodies, bare requests loop", bare_seconds, id=key),
        Row(AREA, f"{name}, throughput", records / seconds, "records/s", "bare requests loop", records / bare_seconds),
        Row(AREA, f"{name}, round trips", push_trips, "", "", None),
    ]
    if main:
        noop_key = "noop_sync" if backend == "sqlite" else ""
        rows += [
            Row(
                AREA,
                f"sync with nothing to do ({records:,} records), {backend}, median of 7",
                median(noop),
                "s",
                "one authenticated pull, bare requests (taking turns)",
                median(pull),
                id=noop_key,
            ),
            Row(AREA, f"sync with nothing to do, {backend}, round trips", trips, "", "", None),
        ]
    return rows


def crowd_rows(folder: Path, devices: int, *, backend: str, database_url: str | None) -> list[Row]:
    """``devices`` devices (5 companies each) syncing at the same moment, against one of them alone.

    The device alone syncs first, with the server just started (its first push and pull also warm the
    server's caches); one more device syncs alone after the crowd, on the warm server, for a second
    baseline. Beside the p50 and p99 (``crowd20_pg_p99``), the CPU seconds each side used, per device, in the crowd
    and alone: the devices (threads of this one process), the server's process and PostgreSQL's cluster.
    From those, the p99 this machine allows at best: the last device cannot finish before the crowd's
    CPU is spent on the machine's cores, nor before the devices' (or the server's) one interpreter lock
    has run its share; against one device alone, whose sync uses the CPU about as long as it takes.
    """
    names = [f"advisor{n}" for n in range(devices + 2)]  # the last syncs alone again after the crowd
    log = folder / "server.log"
    with server(folder, names, database_url=database_url, log=log) as url:
        crowd = [device(folder / f"device-{n}", url, names[n], 5, seed=100 + n) for n in range(devices + 1)]
        alone_workspace, alone = crowd.pop()
        spent = _CpuSpent(database_url)
        before = spent.now()
        [alone_seconds] = timings(alone.sync, 1)
        alone_cpu = spent.since(before)
        start = threading.Barrier(devices)
        took: list[float] = []

        def one(engine: SyncEngine) -> None:
            start.wait()
            took.extend(timings(engine.sync, 1))

        threads = [threading.Thread(target=one, args=(engine,)) for _, engine in crowd]
        before = spent.now()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        crowd_cpu = spent.since(before)
        warm_workspace, warm = device(folder / "device-warm", url, names[-1], 5, seed=100 + devices + 1)
        [warm_seconds] = timings(warm.sync, 1)
        for workspace, _ in [*crowd, (alone_workspace, alone), (warm_workspace, warm)]:
            workspace.close()
    timed = push_timings(log)
    crowded = timed[1:-1]  # the first is the device alone, the last the one alone after the crowd
    key = f"crowd{devices}_pg_p99" if backend == "postgresql" and devices == 20 else ""
    cores = len(os.sched_getaffinity(0))
    floor = max(sum(crowd_cpu) / cores, *crowd_cpu[:2])  # the devices share one GIL, and so does the one server process
    rows = [
        Row(
            AREA,
            f"{devices} devices syncing at once, {backend}, p50",
            percentile(took, 0.5),
            "s",
            "one device alone",
            alone_seconds,
        ),
        Row(
            AREA,
            f"{devices} devices syncing at once, {backend}, p99",
            percentile(took, 0.99),
            "s",
            "one device alone",
            alone_seconds,
            id=key,
        ),
        Row(
            AREA,
            f"{devices} devices syncing at once, {backend}, p99 against a device alone on the warm server (after the crowd)",
            percentile(took, 0.99),
            "s",
            "one more device alone, after the crowd",
            warm_seconds,
        ),
        Row(
            AREA,
            f"{devices} devices at once, {backend}: pushes' time under a shared lock",
            serial_fraction(crowded),
            "fraction",
            "the whole push (server-side)",
            1.0,
        ),
        Row(
            AREA,
            f"{devices} devices at once, {backend}: the server's p99 push (its own log)",
            percentile([push for push, _ in crowded], 0.99),
            "s",
            "the push of one device alone",
            timed[0][0],
        ),
    ]
    for part, crowd_part, alone_part in zip(_CpuSpent.PARTS, crowd_cpu, alone_cpu, strict=True):
        if not math.isnan(crowd_part) and (part != "PostgreSQL" or database_url is not None):
            rows.append(
                Row(
                    AREA,
                    f"{devices} devices at once, {backend}: CPU per device, {part}",
                    crowd_part / devices,
                    "s",
                    "one device alone",
                    alone_part,
                )
            )
    if not math.isnan(floor):
        rows.append(
            Row(
                AREA,
                f"{devices} devices at once, {backend}: p99 at best on {cores} cores (the crowd's CPU seconds)",
                floor,
                "s",
                "one device alone",
                alone_seconds,
            )
        )
    return rows


class _CpuSpent:
    """CPU seconds used so far by the devices (this process), the server's process and PostgreSQL's cluster."""

    PARTS = ("the devices (one process)", "the server process", "PostgreSQL")

    def __init__(self, database_url: str | None) -> None:
        self.database_url = database_url
        found = [pid for pid in _children(os.getpid()) if b"advisor_sync.server.cli" in _cmdline(pid)]
        self.server_pid = found[0] if len(found) == 1 else None

    def now(self) -> tuple[float, float, float]:
        server_cpu = float("nan") if self.server_pid is None else _tree_cpu(self.server_pid)
        postgres_cpu = 0.0  # SQLite: the server process does the database's work too
        if self.database_url is not None:
            postgres_cpu = cluster_cpu_seconds(self.database_url) or float("nan")
        return time.process_time(), server_cpu, postgres_cpu

    def since(self, before: tuple[float, float, float]) -> tuple[float, float, float]:
        now = self.now()
        return now[0] - before[0], now[1] - before[1], now[2] - before[2]


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _tree_cpu(pid: int) -> float:
    """A process's CPU seconds with its children's (live, and reaped: a multi-worker server's workers)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    own = sum(int(fields[index]) for index in (11, 12, 13, 14)) / os.sysconf("SC_CLK_TCK")
    return own + sum(_tree_cpu(child) for child in _children(pid))


def scaling_rows(folder: Path, *, pushers: int, scans: int, database_url: str) -> list[Row]:
    """Push throughput with 1, 2 and 4 server processes on one PostgreSQL; and the serial fraction of one push alone.

    ``pushers`` advisors' devices push their own demo data at once, as bare POST loops (the client side
    costs next to nothing, so the figure is the server's), each to a fresh database.
    """
    users = [f"pusher{n}" for n in range(pushers)]
    bodies: list[list[bytes]] = []
    records = 0
    for n in range(pushers):
        _, count = template(folder / f"template-{n}", scans, seed=1000 + n)
        records += count
        with Workspace(folder / f"template-{n}") as workspace:
            bodies.append(push_bodies(workspace, 200))
    rows: list[Row] = []
    alone_log = folder / "alone.log"
    with fresh_database(database_url) as url, server(folder / "alone", users, database_url=url, log=alone_log) as base:
        bare_push(base, bare_login(base, users[0]), bodies[0])
    fraction = serial_fraction(push_timings(alone_log))
    rows.append(
        Row(
            AREA,
            "one push alone, postgresql: time under a shared lock",
            fraction,
            "fraction",
            "the whole push (server-side)",
            1.0,
            id="push_serial_fraction",
        )
    )
    single: float | None = None
    for workers in (1, 2, 4):
        with (
            fresh_database(database_url) as url,
            server(folder / f"workers-{workers}", users, database_url=url, workers=workers) as base,
        ):
            tokens = [bare_login(base, user) for user in users]
            start = threading.Barrier(pushers + 1)

            threads = [
                threading.Thread(target=_at_once, args=(start, base, token, mine))
                for token, mine in zip(tokens, bodies, strict=True)
            ]
            for thread in threads:
                thread.start()
            start.wait()
            began = time.perf_counter()
            for thread in threads:
                thread.join()
            throughput = records / (time.perf_counter() - began)
        single = single or throughput
        rows.append(
            Row(
                AREA,
                f"push throughput, {pushers} devices at once, {workers} server process(es), postgresql",
                throughput,
                "records/s",
                "1 server process",
                single,
            )
        )
    return rows


def _at_once(start: threading.Barrier, base: str, token: str, bodies: list[bytes]) -> None:
    start.wait()
    bare_push(base, token, bodies)


def _copy(source: Path, target: Path) -> Path:
    """A consistent copy of a data folder's database (SQLite backup API)."""
    target.mkdir(parents=True)
    with Workspace(source) as workspace:
        workspace.db.backup_to(target / workspace.db.path.name)
    return target


def _databases(server_url: str | None, stack: ExitStack) -> Iterator[str | None]:
    """A fresh database per server on PostgreSQL, dropped when ``stack`` closes; None (SQLite) without one."""
    while True:
        yield None if server_url is None else stack.enter_context(fresh_database(server_url))


SIZES = (300, 3000)


def run(quick: bool = False) -> list[Row]:
    sizes = (30, 100) if quick else SIZES
    crowd = 5 if quick else 20
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, postgres() as pg, ExitStack() as stack:
        folder = Path(tmp)
        backends = [("sqlite", None)] + ([("postgresql", pg)] if pg else [])
        for backend, server_url in backends:
            databases = _databases(server_url, stack)
            for scans in sizes:
                main = scans == max(sizes)
                rows += push_rows(
                    folder / f"push-{backend}-{scans}",
                    scans,
                    backend=backend,
                    database=databases,
                    main=main,
                    repeats=2 if main and not quick else 1,
                )
            rows += crowd_rows(folder / f"crowd-{backend}", crowd, backend=backend, database_url=next(databases))
        if pg:
            rows += scaling_rows(folder / "scaling", pushers=4, scans=50 if quick else 400, database_url=pg)
        else:
            print("bench_sync: no PostgreSQL (no BASISSCAN_TEST_POSTGRES_URL, no initdb): its rows are left out", file=sys.stderr)
    return rows


if __name__ == "__main__":
    from .common import render

    print(render(run(quick="--quick" in sys.argv)))
