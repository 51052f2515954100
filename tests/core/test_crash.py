"""Autosave survives a hard kill: every acknowledged answer is there afterwards.

A child process answers items as fast as it can and prints an acknowledgement
after each call returns; the parent kills it with SIGKILL at a random moment,
many times over, and then checks the database file.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

KILLS = 25

CHILD = textwrap.dedent(
    """
    import sys, uuid
    from advisor_app.workspace import Workspace
    workspace = Workspace(sys.argv[1])
    scan_id, start = uuid.UUID(sys.argv[2]), int(sys.argv[3])
    items = workspace.questionnaire.item_ids
    print("ready", flush=True)
    step = start
    while True:
        workspace.scans.answer(scan_id, items[step % len(items)], step * 7 % 5 + 1)
        print(step, flush=True)
        step += 1
    """
)


def expected_write(step: int, items: tuple[str, ...]) -> tuple[str, int]:
    return items[step % len(items)], step * 7 % 5 + 1


def test_acknowledged_answers_survive_sigkill(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        company = workspace.companies.create(CompanyInput(name="Crash B.V.", kvk="99999999", sector="health"))
        scan_id = workspace.scans.start(company.id).id
        items = workspace.questionnaire.item_ids
    rng = random.Random(20091)
    acknowledged: dict[str, int] = {}
    step = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(tmp_path), str(scan_id), str(step)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        seen = [child.stdout.readline() for _ in range(rng.randint(1, 60))]
        child.send_signal(signal.SIGKILL)
        child.wait()
        # Every line the child printed before it died acknowledges an answer, read or not yet read.
        for line in seen + child.stdout.read().splitlines():
            done = int(line)
            item, score = expected_write(done, items)
            acknowledged[item] = score
            step = done + 1
        child.stdout.close()

        in_flight_item, in_flight_score = expected_write(step, items)
        with sqlite3.connect(tmp_path / "basisscan.sqlite3") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = dict(connection.execute("SELECT item_id, score FROM answer").fetchall())
        for item, score in acknowledged.items():
            assert stored[item] == score or (item == in_flight_item and stored[item] == in_flight_score)
        if stored.get(in_flight_item) == in_flight_score and acknowledged.get(in_flight_item) != in_flight_score:
            acknowledged[in_flight_item] = in_flight_score
            step += 1
