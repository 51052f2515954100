"""A command's own process sets the collector for one command (``cli.process``); a host process keeps its own.

What a separate process lists is what the workspace lists in-process: the collector's setting changes
when the work is done, never what it makes (the report: ``tests/report/test_report_cli.py``).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from advisor_app.cli import main
from advisor_app.services.listing_json import summary_record
from advisor_app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

REPORTS_ITS_COLLECTOR = """
import gc, sys
from advisor_ui.launcher import main
code = main()
print(gc.get_threshold()[0], file=sys.stderr)
sys.exit(code)
"""


def run_command(*arguments: str) -> subprocess.CompletedProcess[str]:
    """``advisor-app ARGUMENTS`` as its own process, which prints its collector's first threshold on stderr at the end."""
    paths = [str(ROOT), str(ROOT / "ui"), str(ROOT / "sync")]
    return subprocess.run(
        [sys.executable, "-c", REPORTS_ITS_COLLECTOR, *arguments],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
    )


def test_a_caller_with_its_own_arguments_keeps_its_collector(demo_workspace: Workspace, tmp_path: Path) -> None:
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    folder = str(demo_workspace.folder)
    scan_id = str(demo_workspace.scans.summaries(status="completed")[0].id)

    assert main(["--data-dir", folder, "scans", "list", "--json"]) == 0
    assert main(["--data-dir", folder, "report", scan_id, "-o", str(tmp_path / "r.pdf")]) == 0

    assert gc.get_threshold() == threshold
    assert gc.get_freeze_count() == frozen


def test_the_command_process_lists_what_the_workspace_lists(demo_workspace: Workspace) -> None:
    expected = [summary_record(s) for s in demo_workspace.scans.summaries()]
    demo_workspace.close()

    done = run_command("--data-dir", str(demo_workspace.folder), "scans", "list", "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(json.dumps(expected))
    assert done.stderr.split() == ["50000"]  # its own command line: tuned for one command
