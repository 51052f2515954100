"""Core figures: autosave latency, demo generation, and listing many scans."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.store.database import PRAGMAS
from advisor_app.workspace import Workspace

from .common import Row, folder_with_scans, held_scans, median, percentile, size_label, timings

AREA = "core"


def bare_sqlite_commit(folder: Path) -> tuple[Callable[[], None], Callable[[], None]]:
    """One insert and commit per answer, same pragmas, no ORM: the floor for autosave (a save, and a close)."""
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute(
        "CREATE TABLE answer (id TEXT PRIMARY KEY, scan_id TEXT, item_id TEXT, score INT, UNIQUE (scan_id, item_id))"
    )
    scan_id = uuid.uuid4().hex
    step = iter(range(1_000_000))

    def insert() -> None:
        n = next(step)
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO answer VALUES (?, ?, ?, ?) ON CONFLICT (scan_id, item_id) DO UPDATE SET score = excluded.score",
            (uuid.uuid4().hex, scan_id, f"D{n % 6 + 1}.{n % 4 + 1}", n % 5 + 1),
        )
        connection.execute("COMMIT")

    return insert, connection.close


def autosave(workspace: Workspace) -> Callable[[], None]:
    """The core's durable save of one answer, on a new draft."""
    company = workspace.companies.create(CompanyInput(name="Bench B.V.", kvk="12345678", sector="health"))
    scan_id = workspace.scans.start(company.id).id
    items = workspace.questionnaire.item_ids
    step = iter(range(1_000_000))

    def answer() -> None:
        n = next(step)
        workspace.scans.answer(scan_id, items[n % len(items)], n % 5 + 1)

    return answer


def interleaved(first: Callable[[], None], second: Callable[[], None], count: int) -> tuple[list[float], list[float]]:
    """Wall-clock seconds of each, taken in turns, so a busy moment of the machine falls on both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(count):
        a += timings(first, 1)
        b += timings(second, 1)
    return a, b


def interleaved_cpu(first: Callable[[], None], second: Callable[[], None], count: int) -> tuple[list[float], list[float]]:
    """CPU seconds of this process for each call, in turns: on a shared machine the steadier figure of a save,
    since a commit's wait for the disk (fsync) is not counted, and another program's work is not either."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(count):
        for action, found in ((first, a), (second, b)):
            start = time.process_time()
            action()
            found.append(time.process_time() - start)
    return a, b


def bare_bulk_insert(folder: Path, rows: int) -> float:
    """The same number of rows as the demo writes, in one transaction with executemany."""
    connection = sqlite3.connect(folder / "bulk.sqlite3")
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b INT, c TEXT)")
    data = [(uuid.uuid4().hex, "x" * 20, n, "note") for n in range(rows)]

    def insert_all() -> None:
        connection.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data)
        connection.commit()

    [seconds] = timings(insert_all, 1)
    connection.close()
    return seconds


LISTED = (
    "SELECT s.id, c.name, s.company_id, c.kvk, c.sector, s.status, s.advisor, s.started_at, s.completed_at,"
    " s.revision_of_id, s.follow_up_of_id FROM scan s JOIN company c ON c.id = s.company_id"
    " WHERE s.deleted = 0 AND c.deleted = 0 ORDER BY s.started_at DESC, s.id"
)
BARE_LISTING = (
    "import json, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "keys = ('id', 'company', 'company_id', 'kvk', 'sector', 'status', 'advisor', 'started_at', 'completed_at',"
    " 'revision_of', 'follow_up_of')\n"
    f"rows = [dict(zip(keys, r)) for r in c.execute({LISTED!r})]\n"
    "sys.stdout.write(json.dumps(rows, ensure_ascii=False))\n"
)
"""The same scans and fields as ``scans list --json`` (less the scores, which plain SQL cannot give), one dict each."""


def process_times(argv: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one process run to its end, its output discarded."""
    began = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{argv[:6]} failed ({status})")
    return time.perf_counter() - began, usage.ru_utime + usage.ru_stime


def listing(folder: Path, repeat: int) -> list[Row]:
    """``scans list --json`` in a fresh process: the first run after the upgrade stores the results, later runs read them.

    The command and the bare select take turns, so a busy moment of a shared machine falls on both alike;
    the CPU time of each process is the steadier figure there and gets its own row.
    """
    count = held_scans(folder)
    command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(folder), "scans", "list", "--json"]
    bare_command = [sys.executable, "-c", BARE_LISTING, str(folder / "basisscan.sqlite3")]
    [first] = timings(lambda: subprocess.run(command, check=True, capture_output=True), 1)
    listed: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for _ in range(repeat):
        listed.append(process_times(command))
        bare.append(process_times(bare_command))
    (wall, cpu), (bare_wall, bare_cpu) = ((median([t[0] for t in runs]), median([t[1] for t in runs])) for runs in (listed, bare))
    label = size_label(count)
    return [
        Row(
            AREA,
            f"scans list --json over {count:,} scans (median of {repeat})",
            wall,
            "s",
            "python: sqlite3 select + json.dumps, same rows",
            bare_wall,
            id=f"scans_list_{label}",
        ),
        Row(
            AREA,
            f"scans list --json over {count:,} scans, CPU of the process (median of {repeat})",
            cpu,
            "s",
            "the same bare select's process",
            bare_cpu,
        ),
        Row(
            AREA,
            f"the first scans list --json after the upgrade (stores {count:,} results)",
            first,
            "s",
            "python: sqlite3 select + json.dumps, same rows",
            bare_wall,
        ),
    ]


def run(quick: bool = False) -> list[Row]:
    rows: list[Row] = []
    saves = 200 if quick else 400
    companies = 100 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare_save, close_bare = bare_sqlite_commit(folder)
        with Workspace(folder / "app") as workspace:
            save = autosave(workspace)
            app, bare = interleaved(save, bare_save, saves)
            app_cpu, bare_cpu = interleaved_cpu(save, bare_save, saves)
        close_bare()
        rows.append(
            Row(
                AREA,
                f"autosave one answer, median of {saves}",
                median(app),
                "s",
                "sqlite3 insert+commit",
                median(bare),
                id="autosave_median",
            )
        )
        rows.append(
            Row(
                AREA,
                f"autosave one answer, p99 of {saves}",
                percentile(app, 0.99),
                "s",
                "sqlite3 insert+commit",
                percentile(bare, 0.99),
                id="autosave_p99",
            )
        )
        rows.append(
            Row(
                AREA,
                f"autosave one answer, CPU of the save (median of {saves})",
                median(app_cpu),
                "s",
                "sqlite3 insert+commit, its CPU",
                median(bare_cpu),
            )
        )

        with Workspace(folder / "demo") as workspace:
            [demo_seconds] = timings(lambda: generate_demo(workspace, companies, seed=1), 1)
            with workspace.db.read() as session:
                written = sum(
                    session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                    for table in ("company", "scan", "answer", "plan", "plan_action", "voucher")
                )
        rows.append(
            Row(
                AREA,
                f"demo --companies {companies} ({written:,} rows)",
                demo_seconds,
                "s",
                "sqlite3 executemany, same row count",
                bare_bulk_insert(folder, written),
            )
        )

    rows += listing(folder_with_scans(10_000), 2 if quick else 5)
    return rows
