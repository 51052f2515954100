"""Core figures: autosave latency, demo generation, and listing many scans."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import text

from advisor_app.services.companies import CompanyInput
from advisor_app.services.demo import generate_demo
from advisor_app.store.database import PRAGMAS
from advisor_app.workspace import Workspace

from .common import Row, median, percentile, timings

AREA = "core"


def bare_sqlite_commit(folder: Path, count: int) -> list[float]:
    """One insert and commit per answer, same pragmas, no ORM: the floor for autosave."""
    connection = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    connection.execute(
        "CREATE TABLE answer (id TEXT PRIMARY KEY, scan_id TEXT, item_id TEXT, score INT, UNIQUE (scan_id, item_id))"
    )
    scan_id = uuid.uuid4().hex
    step = iter(range(count))

    def insert() -> None:
        n = next(step)
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO answer VALUES (?, ?, ?, ?) ON CONFLICT (scan_id, item_id) DO UPDATE SET score = excluded.score",
            (uuid.uuid4().hex, scan_id, f"D{n % 6 + 1}.{n % 4 + 1}", n % 5 + 1),
        )
        connection.execute("COMMIT")

    try:
        return timings(insert, count)
    finally:
        connection.close()


def autosave(folder: Path, count: int) -> list[float]:
    with Workspace(folder / "app") as workspace:
        company = workspace.companies.create(CompanyInput(name="Bench B.V.", kvk="12345678", sector="health"))
        scan_id = workspace.scans.start(company.id).id
        items = workspace.questionnaire.item_ids
        step = iter(range(count))

        def answer() -> None:
            n = next(step)
            workspace.scans.answer(scan_id, items[n % len(items)], n % 5 + 1)

        return timings(answer, count)


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


def run(quick: bool = False) -> list[Row]:
    rows: list[Row] = []
    saves = 60 if quick else 400
    companies = 100 if quick else 1000
    scans_target = 1000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare = bare_sqlite_commit(folder, saves)
        app = autosave(folder, saves)
        rows.append(Row(AREA, f"autosave one answer, median of {saves}", median(app), "s", "sqlite3 insert+commit", median(bare)))
        rows.append(
            Row(
                AREA,
                f"autosave one answer, p99 of {saves}",
                percentile(app, 0.99),
                "s",
                "sqlite3 insert+commit",
                percentile(bare, 0.99),
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

        big = folder / "big"
        with Workspace(big) as workspace:
            generate_demo(workspace, round(scans_target / 1.19), seed=2)
            count = len(workspace.scans.summaries())
        command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(big), "scans", "list", "--json"]
        listing = timings(lambda: subprocess.run(command, check=True, capture_output=True), 3)
        baseline_script = (
            "import json, sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            "s = c.execute('SELECT s.id, c.name, c.kvk, c.sector, s.status, s.started_at, s.completed_at FROM scan s"
            " JOIN company c ON c.id = s.company_id').fetchall();"
            "a = c.execute('SELECT scan_id, item_id, score FROM answer').fetchall();"
            "print(json.dumps([list(r) for r in s]))"
        )
        bare_listing = timings(
            lambda: subprocess.run(
                [sys.executable, "-c", baseline_script, str(big / "basisscan.sqlite3")], check=True, capture_output=True
            ),
            3,
        )
        rows.append(
            Row(
                AREA,
                f"scans list --json over {count:,} scans",
                median(listing),
                "s",
                "python: sqlite3 select + json.dumps",
                median(bare_listing),
            )
        )
    return rows
