"""``advisor-app report``: as the advisor types it, in-process and as a separate program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from advisor_ui.launcher import main

from advisor_app.report import render_report
from advisor_app.workspace import Workspace

from .conftest import DemoScans
from .pdf import text_of


def test_report_writes_the_pdf_in_the_chosen_language(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = demo_scans.first[0]
    out = tmp_path / "summary.pdf"

    code = main(["--data-dir", str(demo_workspace.folder), "report", str(summary.id)[:8], "-o", str(out), "--lang", "en"])

    assert code == 0
    assert out.read_bytes() == render_report(demo_workspace, summary.id, "en")
    assert str(out) in capsys.readouterr().out
    text = text_of(out.read_bytes())
    assert summary.company in text
    assert "Results by dimension" in text


def test_report_language_falls_back_to_the_main_option_then_the_advisor(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    scan_id = str(demo_scans.first[0].id)
    folder = str(demo_workspace.folder)
    demo_workspace.profile.save("Ingrid Willems", language="en")

    assert main(["--data-dir", folder, "--lang", "nl", "report", scan_id, "-o", str(tmp_path / "nl.pdf")]) == 0
    assert main(["--data-dir", folder, "report", scan_id, "-o", str(tmp_path / "profile.pdf")]) == 0

    assert "Uitkomsten per dimensie" in text_of((tmp_path / "nl.pdf").read_bytes())
    assert "Results by dimension" in text_of((tmp_path / "profile.pdf").read_bytes())


def test_without_output_the_report_goes_to_the_reports_folder(demo_workspace: Workspace, demo_scans: DemoScans) -> None:
    summary = demo_scans.first[0]

    assert main(["--data-dir", str(demo_workspace.folder), "report", str(summary.id), "--lang", "nl"]) == 0

    [written] = demo_workspace.reports_dir.iterdir()
    assert written.name.startswith(f"basisscan-{summary.kvk}-")
    assert written.name.endswith("-nl.pdf")


@pytest.mark.parametrize("scan_id", ["nonexistent", "00000000-0000-0000-0000-000000000000", "abc"])
def test_an_unknown_scan_is_one_plain_line_and_exit_1(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], scan_id: str
) -> None:
    out = tmp_path / "x.pdf"

    code = main(["--data-dir", str(demo_workspace.folder), "--lang", "en", "report", scan_id, "-o", str(out)])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("advisor-app: ")
    assert "does not exist" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_separate_processes_with_different_hash_seeds_write_identical_bytes(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    """Set and dict order must not leak into the file: each run has its own PYTHONHASHSEED."""
    scan_id = str((demo_scans.follow_ups or demo_scans.first)[0].id)
    command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(demo_workspace.folder), "report", scan_id]
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}.pdf"
        done = subprocess.run(
            [*command, "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_the_command_as_its_own_process_writes_the_report_the_workspace_renders(
    demo_workspace: Workspace, demo_scans: DemoScans, tmp_path: Path
) -> None:
    """Its own process runs with the collector set for one command (``cli.process``): the same summary, byte for byte."""
    summary = demo_scans.first[0]
    expected = render_report(demo_workspace, summary.id, "en")
    out = tmp_path / "summary.pdf"
    command = [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(demo_workspace.folder), "--lang", "en"]

    done = subprocess.run(
        [*command, "report", str(summary.id), "-o", str(out)], capture_output=True, text=True, timeout=120, check=False
    )

    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == expected
    text = text_of(out.read_bytes())
    assert summary.company in text
    assert "Results by dimension" in text
