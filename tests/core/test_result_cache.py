"""Stored results of scans, drafts' too, are the same results: scored again when missing or stale, never across versions."""

from __future__ import annotations

import dataclasses
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import ScanResult, score_scan
from advisor_app.services.companies import CompanyInput
from advisor_app.services.result_cache import basis_of, decode, encode
from advisor_app.services.scans import ScanSummary
from advisor_app.workspace import Workspace
from tests.scans import complete_for_new_company

Q = shipped_questionnaires()["basisscan@1.0"]


def scored_afresh(workspace: Workspace, scan_id: uuid.UUID) -> ScanResult:
    view = workspace.scans.get(scan_id)
    return score_scan(view.questionnaire, view.answers, view.ambitions)


def completed(workspace: Workspace) -> list[ScanSummary]:
    return workspace.scans.summaries(status="completed")


def stored_count(workspace: Workspace) -> int:
    with workspace.db.read() as session:
        return int(session.execute(text("SELECT count(*) FROM scan_result")).scalar_one())


def run_sql(workspace: Workspace, statement: str, **values: object) -> None:
    with workspace.db.session() as session:
        session.execute(text(statement), values)


def test_listed_results_equal_scoring_each_scan_again_on_demo_data(demo_workspace: Workspace) -> None:
    first = demo_workspace.scans.summaries()
    assert stored_count(demo_workspace) == len(first) > len(completed(demo_workspace)) > 0
    again = demo_workspace.scans.summaries()  # now read from the stored results
    for before, summary in zip(first, again, strict=True):
        fresh = scored_afresh(demo_workspace, summary.id)
        assert summary.result == fresh == before.result
        assert (summary.sii, summary.stage) == (fresh.sii, fresh.stage)
        assert summary.answered == len(demo_workspace.scans.get(summary.id).answers)


def test_a_missing_result_is_scored_again_and_kept(demo_workspace: Workspace) -> None:
    every = demo_workspace.scans.summaries()
    one = completed(demo_workspace)[0]
    run_sql(demo_workspace, "DELETE FROM scan_result WHERE scan_id = :id", id=one.id.hex)
    listed = next(s for s in completed(demo_workspace) if s.id == one.id)
    assert listed.result == scored_afresh(demo_workspace, one.id)
    assert stored_count(demo_workspace) == len(every)


def test_an_answer_changed_behind_the_services_back_drops_the_stored_result(demo_workspace: Workspace) -> None:
    """A sync or a repair by hand changes a completed scan's answers: the listing shows the new result."""
    demo_workspace.scans.summaries()
    one = completed(demo_workspace)[0]
    run_sql(demo_workspace, "UPDATE answer SET score = 5, not_applicable = 0 WHERE scan_id = :id", id=one.id.hex)
    listed = next(s for s in completed(demo_workspace) if s.id == one.id)
    fresh = scored_afresh(demo_workspace, one.id)
    assert fresh != one.result, "the change must matter for the test to mean anything"
    assert listed.result == fresh
    assert listed.sii == fresh.sii


def test_a_stored_result_of_another_questionnaire_version_or_scoring_model_is_not_used(demo_workspace: Workspace) -> None:
    demo_workspace.scans.summaries()
    one, other = completed(demo_workspace)[:2]
    assert one.result != other.result
    # The entry of ``one`` now holds another scan's result, scored on another version's basis.
    run_sql(
        demo_workspace,
        "UPDATE scan_result SET result = (SELECT result FROM scan_result WHERE scan_id = :other), basis = :basis"
        " WHERE scan_id = :id",
        id=one.id.hex,
        other=other.id.hex,
        basis=basis_of(dataclasses.replace(Q, version="1.1")),
    )
    listed = next(s for s in completed(demo_workspace) if s.id == one.id)
    assert listed.result == scored_afresh(demo_workspace, one.id)


def test_a_scan_moved_to_a_new_questionnaire_version_loses_its_stored_result(demo_workspace: Workspace) -> None:
    demo_workspace.scans.summaries()
    one = completed(demo_workspace)[0]
    run_sql(demo_workspace, "UPDATE scan SET questionnaire_version = '9.9' WHERE id = :id", id=one.id.hex)
    with demo_workspace.db.read() as session:
        left = session.execute(text("SELECT count(*) FROM scan_result WHERE scan_id = :id"), {"id": one.id.hex}).scalar_one()
    assert left == 0


def test_a_new_draft_answer_never_leaves_a_stored_result_behind(workspace: Workspace) -> None:
    company = workspace.companies.create(CompanyInput(name="Cache B.V.", kvk="11112222", sector="health"))
    scan = workspace.scans.start(company.id)
    for item_id in Q.item_ids:
        workspace.scans.answer(scan.id, item_id, 3)
    workspace.scans.complete(scan.id)
    [listed] = completed(workspace)
    assert listed.result == scored_afresh(workspace, scan.id)
    assert stored_count(workspace) == 1
    revision = workspace.scans.revise(scan.id)
    workspace.scans.answer(revision.id, Q.item_ids[0], 5)
    drafts = workspace.scans.summaries(status="draft")
    assert [s.result for s in drafts] == [scored_afresh(workspace, revision.id)]


answers_strategy = st.dictionaries(
    st.sampled_from(Q.item_ids), st.one_of(st.none(), st.integers(min_value=1, max_value=5)), max_size=len(Q.item_ids)
)
ambitions_strategy = st.dictionaries(
    st.sampled_from([d.id for d in Q.capability_dimensions]), st.integers(min_value=1, max_value=3)
)


@settings(max_examples=150, deadline=None)
@given(answers=answers_strategy, ambitions=ambitions_strategy)
def test_decoding_an_encoded_result_gives_the_same_result(answers: dict[str, int | None], ambitions: dict[str, int]) -> None:
    result = score_scan(Q, answers, ambitions)
    assert decode(Q, encode(result)) == result


def test_a_completed_revision_replaces_the_scan_it_corrects_in_the_local_groups(workspace: Workspace) -> None:
    company = workspace.companies.create(CompanyInput(name="Revisie B.V.", kvk="33334444", sector="health"))
    scan = workspace.scans.start(company.id)
    for item_id in Q.item_ids:
        workspace.scans.answer(scan.id, item_id, 2)
    workspace.scans.complete(scan.id)
    revision = workspace.scans.revise(scan.id)
    for item_id in Q.item_ids:
        workspace.scans.answer(revision.id, item_id, 4)
    workspace.scans.complete(revision.id)
    programme = workspace.benchmarks.local(Q)["programme"]
    assert programme.n == 1
    assert programme.means["D1"] == scored_afresh(workspace, revision.id).dimension("D1").mean == 4


def test_the_groups_and_population_follow_a_scan_completed_while_the_app_runs(workspace: Workspace) -> None:
    """A report asks for the groups several times, so they are built once per state of the data; a change shows."""

    def complete_one(name: str, kvk: str, score: int) -> uuid.UUID:
        return complete_for_new_company(workspace, name, kvk, score).company_id

    first = complete_one("Eerste B.V.", "33335555", 2)
    assert workspace.benchmarks.local(Q)["programme"].n == 1
    assert len(workspace.benchmarks.population(Q)) == 1
    assert "programme" not in workspace.benchmarks.local(Q, first), "the company alone: nobody to compare with"
    complete_one("Tweede B.V.", "33336666", 4)
    programme = workspace.benchmarks.local(Q)["programme"]
    assert programme.n == 2
    assert programme.means["D1"] == 3
    assert len(workspace.benchmarks.population(Q)) == 2
    without_first = workspace.benchmarks.local(Q, first)["programme"]
    assert without_first.n == 1
    assert without_first.means["D1"] == 4
