"""Sync figures for many at once: 20 devices syncing together, and 1, 2 or 4 server processes on one PostgreSQL.

Each against one device alone (or one server process), with the CPU each side spent, so that a figure
bounded by this machine's cores says so (``docs/benchmarks.md``, "Crowds on the server").
"""

from __future__ import annotations

import math
import os
import threading
import time
from pathlib import Path

from advisor_sync.client import SyncEngine

from advisor_app.workspace import Workspace

from .common import Row, percentile, timings
from .postgres import cluster_cpu_seconds, fresh_database
from .sync_setup import bare_login, bare_push, device, push_bodies, push_timings, serial_fraction, server, template

AREA = "sync"


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
        spent = CpuSpent(database_url)
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
    for part, crowd_part, alone_part in zip(CpuSpent.PARTS, crowd_cpu, alone_cpu, strict=True):
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


class CpuSpent:
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
