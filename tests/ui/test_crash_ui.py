"""Typed text survives a hard kill: every character the UI reported saved is in the database afterwards.

A child process runs the real window offscreen (``tests/ui/crash_child.py``) and types with real key
events into a scan's item note, its closing notes, the plan's next steps and the voucher's supplier,
acknowledging each burst once the UI reports it saved. The parent kills it with SIGKILL at random
moments, restarts it on the same data folder (it types on at the end of what is stored), and checks
that the database holds every acknowledged character: what is stored begins with what was acknowledged.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from .crash_child import FIELDS, NOTE_ITEM

KILLS = 8
ROOT = Path(__file__).resolve().parents[2]


def stored_texts(folder: Path, scan_id: uuid.UUID, plan_id: uuid.UUID, company_id: uuid.UUID) -> dict[str, str]:
    with Workspace(folder) as workspace:
        view = workspace.scans.get(scan_id)
        return {
            "note": view.notes.get(NOTE_ITEM, ""),
            "closing": view.scan.summary_notes,
            "next_steps": workspace.plans.get(plan_id).next_steps,
            "supplier": workspace.vouchers.for_company(company_id)[0].supplier,
        }


@pytest.mark.slow
def test_every_acknowledged_character_survives_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        workspace.profile.save("Ingrid Willems", "en")
        company = workspace.companies.create(CompanyInput(name="Crash B.V.", kvk="99999999", sector="health"))
        scan_id = workspace.scans.start(company.id).id
        plan_id = workspace.plans.create(company.id, "Plan").id
        workspace.vouchers.request(company.id, 1_000_00)
    rng = random.Random(20261201)
    acknowledged = dict.fromkeys(FIELDS, "")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.crash_child", str(folder), str(scan_id), str(plan_id), str(company.id), str(run)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=environment,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        seen = [child.stdout.readline() for _ in range(rng.randint(1, 5))]
        time.sleep(rng.uniform(0, 0.7))  # not a synchronisation: a random moment to pull the plug
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in seen + child.stdout.read().splitlines():
            if line.strip():
                name, text = line.rstrip("\n").split("\t", 1)
                acknowledged[name] = text.strip()
        child.stdout.close()

        stored = stored_texts(folder, scan_id, plan_id, company.id)
        lost = {name: (text, stored[name]) for name, text in acknowledged.items() if not stored[name].startswith(text)}
        assert lost == {}, f"run {run}: acknowledged text missing after SIGKILL"
    assert sum(len(text) for text in acknowledged.values()) > 0, "something was typed and acknowledged"
