"""``scans list`` reads a current database without the workspace, and says what the workspace would say.

The plain path (``services.plain_listing`` over ``store.plain``) loads neither SQLAlchemy nor pydantic;
where it cannot answer (no database yet, an older schema, versions received from the server) the
command opens the workspace as before. Either way the output is the same.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app.cli import main
from advisor_app.paths import DATABASE_FILE
from advisor_app.services.listing_json import listed_json, summary_record
from advisor_app.services.plain_listing import plain_headlines, plain_summaries
from advisor_app.services.scans import ScanSummary
from advisor_app.workspace import Workspace

LOADS_NOTHING_HEAVY = """
import sys
from advisor_app.cli import main
code = main(["--data-dir", sys.argv[1], "scans", "list", "--json"])
heavy = sorted(name for name in ("sqlalchemy", "pydantic", "alembic", "advisor_app.workspace") if name in sys.modules)
print("loaded:", ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def listed_by_workspace(folder: Path, status: str | None = None) -> list[ScanSummary]:
    with Workspace(folder) as workspace:
        return workspace.scans.summaries(status=status)


def records(summaries: list[ScanSummary]) -> list[dict[str, object]]:
    return [summary_record(s) for s in summaries]


def test_the_plain_listing_is_the_workspaces_listing(demo_workspace: Workspace) -> None:
    folder = demo_workspace.folder
    demo_workspace.scans.summaries()  # results stored
    for status in (None, "draft", "completed"):
        plain = plain_summaries(folder / DATABASE_FILE, status)
        assert plain is not None
        assert records(plain) == records(listed_by_workspace(folder, status))
        assert [s.result for s in plain] == [s.result for s in listed_by_workspace(folder, status)]
        assert written_from_rows(folder, status) == as_written(records(plain))


def as_written(made: list[dict[str, object]]) -> str:
    """As ``scans list --json`` writes records: byte for byte."""
    return json.dumps(made, ensure_ascii=False, separators=(",", ":"))


def written_from_rows(folder: Path, status: str | None = None) -> str:
    """What the command writes: the JSON of the listing's rows (``plain_headlines``, ``listed_json``)."""
    listed = plain_headlines(folder / DATABASE_FILE, status)
    assert listed is not None
    return listed_json(listed)


@pytest.mark.parametrize("listed_as", ["summaries", "rows"])
def test_the_plain_listing_scores_and_stores_missing_results(demo_workspace: Workspace, listed_as: str) -> None:
    folder = demo_workspace.folder
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        connection.execute("DELETE FROM scan_result")
    if listed_as == "rows":
        made = written_from_rows(folder)
    else:
        plain = plain_summaries(folder / DATABASE_FILE)
        assert plain is not None
        made = as_written(records(plain))
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        (stored,) = connection.execute("SELECT count(*) FROM scan_result").fetchone()
    expected = records(listed_by_workspace(folder))
    assert made == as_written(expected)
    assert stored == len(expected), "drafts' results too"


def test_the_command_loads_neither_the_orm_nor_pydantic(demo_workspace: Workspace) -> None:
    """With the results stored; a listing that stores some loads neither either (``test_draft_results``)."""
    demo_workspace.scans.summaries()
    demo_workspace.close()
    done = subprocess.run(
        [sys.executable, "-c", LOADS_NOTHING_HEAVY, str(demo_workspace.folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded: \n" in done.stderr
    assert len(json.loads(done.stdout)) == len(listed_by_workspace(demo_workspace.folder))


@pytest.mark.parametrize("why", ["no database yet", "received versions"])
def test_where_the_plain_path_cannot_answer_the_workspace_does(
    tmp_path: Path, demo_workspace: Workspace, capsys: pytest.CaptureFixture[str], why: str
) -> None:
    folder = tmp_path / "new" if why == "no database yet" else demo_workspace.folder
    if why == "received versions":
        with sqlite3.connect(folder / DATABASE_FILE) as connection:
            connection.execute(
                "INSERT INTO questionnaire_version (key, questionnaire_id, version, sha256, content, received_at)"
                " VALUES ('other@9.9', 'other', '9.9', 'x', '{}', '2026-01-01 00:00:00.000000')"
            )
    assert plain_summaries(folder / DATABASE_FILE) is None
    assert main(["--data-dir", str(folder), "scans", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == len(listed_by_workspace(folder))
    assert (listed == []) == (why == "no database yet")


def test_odd_stored_values_are_written_as_the_encoder_writes_their_records(demo_workspace: Workspace) -> None:
    """Texts that need escaping, and numbers of another type than their column's, byte for byte as ``json.dumps``."""
    folder = demo_workspace.folder
    demo_workspace.scans.summaries()  # results stored
    with sqlite3.connect(folder / DATABASE_FILE) as connection:
        connection.execute("UPDATE company SET name = 'Zoë \"de\" Bakker\\ \n\t\u2028 \U0001f600', kvk = '12\x01' || rowid")
        connection.execute("UPDATE scan SET advisor = 'Ingrid </script> ' || char(127, 8232)")
        connection.execute("UPDATE scan_result SET answered = answered + 0.5, stage = 'fase \"2\"' WHERE rowid % 2 = 0")
        connection.execute("UPDATE scan_result SET sii = 1.0 WHERE rowid % 3 = 0")
    made = written_from_rows(folder)
    plain = plain_summaries(folder / DATABASE_FILE)
    assert plain is not None
    assert made == as_written(records(plain))
    assert any(isinstance(record["answered"], float) for record in json.loads(made))
