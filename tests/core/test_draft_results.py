"""A draft's result is stored like a completed scan's, and an autosave drops it: the listing never shows an old score.

Migration 0007's triggers delete a scan's ``scan_result`` row whenever one of its answers, its ambitions,
its status or its questionnaire changes, whatever the status; the listings store what they had to score,
on their own connection (``store.listing.keep_results``), and store nothing when they cannot write now.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from advisor_app.domain.scoring import ScanResult, score_scan
from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput
from advisor_app.services.plain_listing import plain_summaries
from advisor_app.workspace import Workspace
from tests.scans import Q

SCANS_LIST = [sys.executable, "-m", "advisor_ui.launcher", "--lang", "en", "--data-dir"]


def scored_afresh(workspace: Workspace, scan_id: uuid.UUID) -> ScanResult:
    view = workspace.scans.get(scan_id)
    return score_scan(view.questionnaire, view.answers, view.ambitions)


def stored_rows(folder: Path, scan_id: uuid.UUID | None = None) -> int:
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        if scan_id is None:
            (count,) = connection.execute("SELECT count(*) FROM scan_result").fetchone()
        else:
            (count,) = connection.execute("SELECT count(*) FROM scan_result WHERE scan_id = ?", (scan_id.hex,)).fetchone()
    return int(count)


def listed_draft(folder: Path, scan_id: uuid.UUID) -> dict[str, object]:
    """The draft as ``scans list --json`` writes it, in a process of its own (the plain path)."""
    done = subprocess.run(
        [*SCANS_LIST, str(folder), "scans", "list", "--json", "--status", "draft"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return next(record for record in json.loads(done.stdout) if record["id"] == str(scan_id))


def a_draft(workspace: Workspace, answered: int) -> uuid.UUID:
    company = workspace.companies.create(CompanyInput(name="Concept B.V.", kvk="33334444", sector="health"))
    scan = workspace.scans.start(company.id)
    for item_id in Q.item_ids[:answered]:
        workspace.scans.answer(scan.id, item_id, 2)
    return scan.id


def test_an_autosaved_answer_drops_the_drafts_stored_result_and_the_listing_shows_the_new_score(workspace: Workspace) -> None:
    draft = a_draft(workspace, len(Q.item_ids) - 1)
    first = listed_draft(workspace.folder, draft)
    assert stored_rows(workspace.folder, draft) == 1, "the listing stored the draft's result"
    assert first["sii"] is not None

    workspace.scans.answer(draft, Q.item_ids[0], 5)  # the autosave of one answer
    assert stored_rows(workspace.folder, draft) == 0
    again = listed_draft(workspace.folder, draft)
    assert again["sii"] != first["sii"]
    assert again["answered"] == first["answered"]
    assert [s.result for s in workspace.scans.summaries(status="draft")] == [scored_afresh(workspace, draft)]
    assert stored_rows(workspace.folder, draft) == 1


def test_a_drafts_new_ambition_or_its_completion_drops_its_stored_result(workspace: Workspace) -> None:
    draft = a_draft(workspace, len(Q.item_ids))
    workspace.scans.summaries()
    assert stored_rows(workspace.folder, draft) == 1
    workspace.scans.set_ambition(draft, Q.capability_dimensions[0].id, 3)
    assert stored_rows(workspace.folder, draft) == 0
    [listed] = workspace.scans.summaries(status="draft")
    assert listed.result == scored_afresh(workspace, draft)
    assert listed.result.priorities != score_scan(Q, workspace.scans.get(draft).answers).priorities
    workspace.scans.complete(draft)
    assert stored_rows(workspace.folder, draft) == 0
    [done] = workspace.scans.summaries(status="completed")
    assert (done.status, done.result) == ("completed", scored_afresh(workspace, draft))


def test_a_listing_with_every_result_stored_writes_nothing(demo_workspace: Workspace) -> None:
    """Only missing rows are written, once: the next listing is a read, and commits nothing."""
    folder = demo_workspace.folder
    watcher = sqlite3.connect(folder / DATABASE_FILE)
    try:
        (before,) = watcher.execute("PRAGMA data_version").fetchone()
        assert plain_summaries(folder / DATABASE_FILE) is not None  # stores the drafts' results
        (stored,) = watcher.execute("PRAGMA data_version").fetchone()
        assert stored != before
        assert stored_rows(folder) == len(demo_workspace.scans.summaries())
        assert plain_summaries(folder / DATABASE_FILE) is not None
        (after,) = watcher.execute("PRAGMA data_version").fetchone()
        assert after == stored, "another connection committed nothing"
    finally:
        watcher.close()


def test_a_locked_database_is_listed_all_the_same_and_nothing_is_stored(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    expected = [(s.id, s.sii, s.stage) for s in demo_workspace.scans.summaries()]
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        connection.execute("DELETE FROM scan_result")
    writer = sqlite3.connect(folder / DATABASE_FILE, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another writer (an autosave, a sync) holds the lock
        listed = plain_summaries(folder / DATABASE_FILE)
        assert listed is not None
        assert [(s.id, s.sii, s.stage) for s in listed] == expected
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert stored_rows(folder) == 0


def test_the_plain_listing_stores_without_loading_sqlalchemy(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    demo_workspace.close()
    script = (
        "import sys\nfrom advisor_app.cli import main\n"
        "code = main(['--data-dir', sys.argv[1], 'scans', 'list', '--json'])\n"
        "print('sqlalchemy' in sys.modules, file=sys.stderr)\nsys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("False")
    assert stored_rows(folder) == len(json.loads(done.stdout))
