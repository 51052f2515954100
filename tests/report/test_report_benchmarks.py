"""The report's comparison follows the data: the groups kept between reports and between processes never go stale."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import BenchmarkGroup, ScanResult
from advisor_app.report import render_report
from advisor_app.report.content import gather
from advisor_app.services.benchmark_members import KEY
from advisor_app.services.demo import generate_demo
from advisor_app.services.views import ScanView
from advisor_app.store.settings import get_setting, set_setting
from advisor_app.workspace import Workspace
from tests.scans import complete_for_new_company

Q = shipped_questionnaires()["basisscan@1.0"]


def complete_one(workspace: Workspace, name: str, kvk: str, score: int) -> uuid.UUID:
    return complete_for_new_company(workspace, name, kvk, score).id


def programme_n(workspace: Workspace, scan_id: uuid.UUID) -> int:
    group = gather(workspace, scan_id, "en").programme_benchmark
    return 0 if group is None else group.n


def test_a_scan_completed_after_a_report_counts_in_the_next_one(workspace: Workspace) -> None:
    reported = complete_one(workspace, "Eerste B.V.", "33335555", 2)
    complete_one(workspace, "Tweede B.V.", "33336666", 4)
    assert programme_n(workspace, reported) == 1
    before = gather(workspace, reported, "en").programme_benchmark
    assert before is not None
    complete_one(workspace, "Derde B.V.", "33337777", 2)
    after = gather(workspace, reported, "en").programme_benchmark
    assert after is not None
    assert after.n == 2
    assert after.scores["D1"] < before.scores["D1"]


def test_a_new_process_finds_the_kept_groups_and_notices_a_change_made_since(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        generate_demo(workspace, 12, seed=3)
        scan_id = next(s.id for s in workspace.scans.summaries(status="completed"))
        first_pdf = render_report(workspace, scan_id, "nl")
        with workspace.db.read() as session:
            assert get_setting(session, KEY), "the groups' inputs are kept for the next process"
    with Workspace(folder) as workspace:
        assert render_report(workspace, scan_id, "nl") == first_pdf, "the same data gives the same report"
        n = programme_n(workspace, scan_id)
        complete_one(workspace, "Nieuw B.V.", "44445555", 3)
    with Workspace(folder) as workspace:
        assert programme_n(workspace, scan_id) == n + 1


def test_kept_inputs_give_the_groups_the_results_give(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        generate_demo(workspace, 12, seed=5)
        company = next(s for s in workspace.scans.summaries(status="completed")).company_id
        built = workspace.benchmarks.local(Q, company)
        population = workspace.benchmarks.population(Q)
    with Workspace(folder) as workspace:
        with workspace.db.read() as session:
            assert get_setting(session, KEY)
        assert workspace.benchmarks.local(Q, company) == built, "read from the kept inputs"
        assert workspace.benchmarks.population(Q) == population
        with workspace.db.session() as session:
            set_setting(session, KEY, None)
    with Workspace(folder) as workspace:
        assert workspace.benchmarks.local(Q, company) == built, "built from the stored results again"


def test_inputs_kept_by_another_version_are_built_again(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        generate_demo(workspace, 8, seed=9)
        scan_id = next(s.id for s in workspace.scans.summaries(status="completed"))
        expected = gather(workspace, scan_id, "en").programme_benchmark
    with Workspace(folder) as workspace:
        with workspace.db.session() as session:
            set_setting(session, KEY, '{"basis": "another", "members": [[1]]}')
        assert gather(workspace, scan_id, "en").programme_benchmark == expected
    with Workspace(folder) as workspace:
        with workspace.db.session() as session:
            set_setting(session, KEY, "not json")
        assert gather(workspace, scan_id, "en").programme_benchmark == expected


def test_the_servers_figures_arriving_while_a_summary_is_read_wait_for_the_next_one(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scores and the comparison of one summary come from one look at the groups, as a sync may store
    the server's figures between them: this summary keeps the local groups, the next one shows the server's."""
    reported = complete_one(workspace, "Eerste B.V.", "33335555", 2)
    complete_one(workspace, "Tweede B.V.", "33336666", 4)
    local = gather(workspace, reported, "en").programme_benchmark
    scored = workspace.scans.result

    def scored_then_synced(view: ScanView) -> ScanResult:
        result = scored(view)
        workspace.benchmarks.store_from_server(Q.version, [BenchmarkGroup("programme", 412, {"D1": 3.0}, 2.5)])
        return result

    monkeypatch.setattr(workspace.scans, "result", scored_then_synced)
    assert gather(workspace, reported, "en").programme_benchmark == local
    monkeypatch.undo()
    server = gather(workspace, reported, "en").programme_benchmark
    assert server is not None
    assert server.n == 412, "the server's figures (they never counted this company: it never synced)"
