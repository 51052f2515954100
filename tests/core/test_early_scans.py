"""The scans the desktop's start reads without the workspace are the workspace's listing, and say when they no longer are.

``services.early_listing.early_scans`` (issue 12): the Scans page is filled with them before SQLAlchemy is
imported, and keeps them when the workspace comes only while ``Unchanged`` says nothing was written since.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from advisor_app.paths import DATABASE_FILE
from advisor_app.services.early_listing import DEMO_FOLDER, early_scans
from advisor_app.services.listing_json import listed_json, summary_record
from advisor_app.workspace import Workspace


def test_the_early_scans_are_the_workspaces_listing_and_stay_so_while_nothing_is_written(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    listed = demo_workspace.scans.summaries()  # results stored, as by an earlier start
    early = early_scans(folder)
    assert early is not None
    assert early.listed == demo_workspace.scans.headlines()
    assert json.loads(listed_json(early.listed)) == [summary_record(s) for s in listed]
    demo_workspace.scans.summaries()  # reading writes nothing
    assert early.unchanged(folder / DATABASE_FILE)
    assert not early.unchanged(folder / DATABASE_FILE), "asked once: its connection is closed"


def test_a_write_by_any_connection_or_another_file_is_not_unchanged(demo_workspace: Workspace, tmp_path: Path) -> None:
    folder = demo_workspace.folder
    demo_workspace.scans.summaries()
    early = early_scans(folder)
    assert early is not None
    demo_workspace.profile.save("Ingrid Willems", "en")
    assert not early.unchanged(folder / DATABASE_FILE)

    early = early_scans(folder)
    assert early is not None
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(folder / DATABASE_FILE, copy / DATABASE_FILE)
    assert not early.unchanged(copy / DATABASE_FILE), "the workspace opened another file (the demo after the first run)"
    early.unchanged.close()


def test_the_first_listing_after_an_upgrade_stores_results_so_the_page_reads_again(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        connection.execute("DELETE FROM scan_result")
    early = early_scans(folder)
    assert early is not None
    assert json.loads(listed_json(early.listed)) == [summary_record(s) for s in demo_workspace.scans.summaries()]
    assert not early.unchanged(folder / DATABASE_FILE)


def test_no_early_scans_where_the_start_may_open_another_folder_or_finds_no_database(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    demo_workspace.scans.summaries()
    (folder / DEMO_FOLDER).mkdir()
    shutil.copy(folder / DATABASE_FILE, folder / DEMO_FOLDER / DATABASE_FILE)
    assert early_scans(folder) is None, "a demo database beside it: the start may open the demo"
    (folder / DEMO_FOLDER / DATABASE_FILE).unlink()
    found = early_scans(folder)
    assert found is not None, "the demo folder without a database: surely this folder"
    found.unchanged.close()
    assert early_scans(folder.parent / "nothing here") is None, "no database yet: the workspace makes it"
