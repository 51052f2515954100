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
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

from advisor_sync.client.ledger import CURSOR, Ledger
from advisor_sync.protocol import API_PREFIX

from .common import Row, median, timings
from .postgres import fresh_database, postgres
from .sync_crowds import crowd_rows, scaling_rows
from .sync_setup import bare_push, bare_session, copy_folder, device, push_bodies, server, template

AREA = "sync"


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
            workspace, engine = device(copy_folder(folder / "template", folder / f"bare-device-{turn}"), url, "bench", 0, 0)
            token = engine.credentials.get(engine.server_url)
            assert token is not None
            bare.append(bare_push(url, token.token, push_bodies(workspace, engine.batch_size)))
            workspace.close()
        with server(folder / f"engine-{turn}", ["bench"], database_url=next(database)) as url:
            workspace, engine = device(copy_folder(folder / "template", folder / f"engine-device-{turn}"), url, "bench", 0, 0)
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
