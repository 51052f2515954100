"""Sync figures: pushing a device's scans, a sync with nothing to do, and twenty devices at once.

The server runs as ``advisor-server serve`` in its own process on a loopback
socket (SQLite file database), as in a small deployment; the devices run here.
Each figure stands beside a baseline from the same run: the same push bodies
POSTed by a bare ``requests`` loop (the floor for HTTP + server work), one
bare HTTP round trip, and one device syncing alone.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from advisor_sync.client import Credentials, SyncEngine
from advisor_sync.client.ledger import Ledger
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

AREA = "sync"
PASSWORD = "benchmark password"
COMPLETED_PER_COMPANY = 1.1
"""Demo data holds about this many completed scans per company (a follow-up now and then)."""


@contextmanager
def server(folder: Path, users: list[str]) -> Iterator[str]:
    """A migrated SQLite database with advisors, served by ``advisor-server`` in a child process."""
    folder.mkdir(parents=True)
    url = f"sqlite:///{folder / 'server.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    hashed = hash_password(PASSWORD)
    with session_factory(engine)() as session, session.begin():
        session.add_all(User(username=name, display_name=name, role="advisor", password_hash=hashed) for name in users)
    engine.dispose()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    process = subprocess.Popen(
        [sys.executable, "-m", "advisor_sync.server.cli", "--db", url, "serve", "--fd", str(listener.fileno())],
        pass_fds=(listener.fileno(),),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "BASISSCAN_SERVER_LOGIN_MAX_FAILURES": "1000"},
    )
    try:
        requests.get(f"{base}{API_PREFIX}/info", timeout=60)  # the first answer waits for the start-up
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        listener.close()


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


def bare_push(server_url: str, token: str, bodies: list[bytes]) -> float:
    http = requests.Session()
    http.headers.update(
        {VERSION_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    )
    start = time.perf_counter()
    for body in bodies:
        http.post(f"{server_url}{API_PREFIX}/sync/push", data=body, timeout=300).raise_for_status()
    return time.perf_counter() - start


def push_rows(folder: Path, scans: int, sizes: tuple[int, ...]) -> list[Row]:
    companies = round(scans / COMPLETED_PER_COMPANY)
    with Workspace(folder / "template") as template:
        generate_demo(template, companies, seed=scans)
        completed = len(template.scans.summaries(status="completed"))
        records = template.pending_changes()
    with server(folder / "bare", ["bench"]) as url:
        bare_device = folder / "bare-device"
        _copy(folder / "template", bare_device)
        workspace, engine = device(bare_device, url, "bench", 0, 0)
        token = engine.credentials.get(engine.server_url)
        assert token is not None
        bare = bare_push(url, token.token, push_bodies(workspace, engine.batch_size))
        workspace.close()
    with server(folder / "engine", ["bench"]) as url:
        _copy(folder / "template", folder / "engine-device")
        workspace, engine = device(folder / "engine-device", url, "bench", 0, 0)
        [seconds] = timings(engine.sync, 1)
        assert workspace.pending_changes() == 0
        noop = timings(engine.sync, 5)
        trips = engine.round_trips
        http = requests.Session()
        bare_trip = timings(lambda: http.get(f"{url}{API_PREFIX}/info", timeout=30), 5)
        workspace.close()
    name = f"push {completed:,} completed scans ({records:,} records), new device"
    rows = [
        Row(AREA, name, seconds, "s", "same bodies, bare requests loop", bare),
        Row(AREA, f"{name}, throughput", records / seconds, "records/s", "bare requests loop", records / bare),
    ]
    if scans == min(sizes):
        rows += [
            Row(AREA, "sync with nothing to do, median of 5", median(noop), "s", "one bare HTTP round trip", median(bare_trip)),
            Row(AREA, "sync with nothing to do, round trips", trips, "", "", None),
        ]
    return rows


def crowd_rows(folder: Path, devices: int) -> list[Row]:
    names = [f"advisor{n}" for n in range(devices + 1)]
    with server(folder / "crowd", names) as url:
        crowd = [device(folder / f"device-{n}", url, names[n], 5, seed=100 + n) for n in range(devices + 1)]
        alone_workspace, alone = crowd.pop()
        [alone_seconds] = timings(alone.sync, 1)
        start = threading.Barrier(devices)
        took: list[float] = []

        def one(engine: SyncEngine) -> None:
            start.wait()
            took.extend(timings(engine.sync, 1))

        threads = [threading.Thread(target=one, args=(engine,)) for _, engine in crowd]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for workspace, _ in [*crowd, (alone_workspace, alone)]:
            workspace.close()
    return [
        Row(AREA, f"{devices} devices syncing at once, p50", percentile(took, 0.5), "s", "one device alone", alone_seconds),
        Row(AREA, f"{devices} devices syncing at once, p99", percentile(took, 0.99), "s", "one device alone", alone_seconds),
    ]


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a data folder's database (SQLite backup API)."""
    target.mkdir(parents=True)
    with Workspace(source) as workspace:
        workspace.db.backup_to(target / workspace.db.path.name)


SIZES = (300, 3000)


def run(quick: bool = False) -> list[Row]:
    sizes = (30, 100) if quick else SIZES
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for scans in sizes:
            rows += push_rows(folder / f"push-{scans}", scans, sizes)
        rows += crowd_rows(folder, 5 if quick else 20)
    return rows
