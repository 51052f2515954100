"""What the sync benchmarks share: a server in its own process, demo devices, and the bare HTTP baselines.

The server runs as ``advisor-server serve`` in a child process on a loopback socket (a SQLite file, or a
database given on PostgreSQL), as in a deployment; the devices run in the benchmark's process. The bare
baselines POST the bodies the device would send with plain ``requests``: the floor for HTTP and server work.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
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


def copy_folder(source: Path, target: Path) -> Path:
    """A consistent copy of a data folder's database (SQLite backup API)."""
    target.mkdir(parents=True)
    with Workspace(source) as workspace:
        workspace.db.backup_to(target / workspace.db.path.name)
    return target
