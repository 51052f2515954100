"""The listing of scans (plain SQL and stored results) says what the scans themselves say.

Each summary is held against the scan read through the ORM and scored again from its answers: drafts,
completed scans, revisions (draft and completed), follow-ups, deleted scans and deleted companies,
with the status and company filters, and with stored results missing or stale.
"""

from __future__ import annotations

import gc
import tempfile
import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import ScanResult, score_scan
from advisor_app.services.collector import collection_paused
from advisor_app.services.companies import CompanyInput
from advisor_app.services.scans import ScanSummary
from advisor_app.store.models import Company, Scan
from advisor_app.store.stored_ids import uuid_of
from advisor_app.workspace import Workspace

Q = shipped_questionnaires()["basisscan@1.0"]


def scored_afresh(workspace: Workspace, scan_id: uuid.UUID) -> tuple[int, ScanResult]:
    view = workspace.scans.get(scan_id)
    return len(view.answers), score_scan(view.questionnaire, view.answers, view.ambitions)


def expected_ids(workspace: Workspace, company_id: uuid.UUID | None = None, status: str | None = None) -> list[uuid.UUID]:
    """The live scans of live companies, newest first, as the ORM lists them."""
    query = (
        select(Scan.id)
        .join(Company, Company.id == Scan.company_id)
        .where(~Scan.deleted, ~Company.deleted)
        .order_by(Scan.started_at.desc(), Scan.id)
    )
    if company_id is not None:
        query = query.where(Scan.company_id == company_id)
    if status is not None:
        query = query.where(Scan.status == status)
    with workspace.db.read() as session:
        return list(session.scalars(query))


def assert_says_what_the_scan_says(workspace: Workspace, summary: ScanSummary) -> None:
    view = workspace.scans.get(summary.id)
    scan, company = view.scan, view.company
    assert (summary.company_id, summary.company, summary.kvk, summary.sector) == (
        company.id,
        company.name,
        company.kvk,
        company.sector,
    )
    assert (summary.status, summary.advisor, summary.started_at, summary.completed_at) == (
        scan.status,
        scan.advisor,
        scan.started_at,
        scan.completed_at,
    )
    assert (summary.revision_of_id, summary.follow_up_of_id) == (scan.revision_of_id, scan.follow_up_of_id)
    assert summary.started_at.utcoffset() == timedelta(0), "an aware UTC time, as the ORM gives"
    answered, result = scored_afresh(workspace, summary.id)
    assert (summary.answered, summary.total) == (answered, len(view.questionnaire.item_ids))
    assert (summary.sii, summary.stage) == (result.sii, result.stage)
    assert summary.result == result


def assert_listing_holds(workspace: Workspace, company_id: uuid.UUID | None = None, status: str | None = None) -> None:
    listed = workspace.scans.summaries(company_id=company_id, status=status)
    assert [s.id for s in listed] == expected_ids(workspace, company_id, status)
    for summary in listed:
        assert_says_what_the_scan_says(workspace, summary)


def answer_all(workspace: Workspace, scan_id: uuid.UUID, score: int) -> None:
    for item_id in Q.item_ids:
        workspace.scans.answer(scan_id, item_id, score)


def test_every_kind_of_scan_is_listed_as_it_is_stored(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    kinds = {(s.status, s.revision_of_id is not None, s.follow_up_of_id is not None) for s in ws.scans.summaries()}
    assert {("draft", False, True), ("completed", False, False), ("completed", False, True)} <= kinds
    newcomer = ws.companies.create(CompanyInput(name="Nieuw B.V.", kvk="55556666", sector="logistics"))
    first_draft = ws.scans.start(newcomer.id, "Ingrid")
    ws.scans.answer(first_draft.id, Q.item_ids[0], 3)
    ws.scans.answer(first_draft.id, Q.item_ids[1], None, not_applicable=True)
    completed = ws.scans.summaries(status="completed")
    corrected, draft_revision = completed[0], completed[1]
    revision = ws.scans.revise(corrected.id)
    answer_all(ws, revision.id, 4)
    ws.scans.complete(revision.id)
    open_revision = ws.scans.revise(draft_revision.id)
    ws.scans.answer(open_revision.id, Q.item_ids[0], 1)
    deleted_scan = next(s for s in ws.scans.summaries(status="draft") if s.id not in {first_draft.id, open_revision.id})
    ws.scans.delete(deleted_scan.id)
    deleted_company = completed[-1].company_id
    ws.companies.delete(deleted_company)

    for status in (None, "draft", "completed"):
        assert_listing_holds(ws, status=status)  # the first listing stores results, the next ones read them
        assert_listing_holds(ws, status=status)
    listed = {s.id for s in ws.scans.summaries()}
    assert {revision.id, open_revision.id, first_draft.id} <= listed
    assert deleted_scan.id not in listed
    assert all(s.company_id != deleted_company for s in ws.scans.summaries())
    for company_id in {corrected.company_id, draft_revision.company_id, deleted_company, newcomer.id}:
        assert_listing_holds(ws, company_id=company_id)
        assert_listing_holds(ws, company_id=company_id, status="completed")


def test_missing_and_stale_stored_results_are_scored_again(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    completed = ws.scans.summaries(status="completed")
    with ws.db.session() as session:
        session.execute(text("DELETE FROM scan_result WHERE scan_id = :id"), {"id": completed[0].id.hex})
        session.execute(text("UPDATE scan_result SET basis = 'another@9.9' WHERE scan_id = :id"), {"id": completed[1].id.hex})
    assert_listing_holds(ws)
    with ws.db.read() as session:
        fresh = session.execute(
            text("SELECT count(*) FROM scan_result WHERE scan_id IN (:a, :b) AND basis != 'another@9.9'"),
            {"a": completed[0].id.hex, "b": completed[1].id.hex},
        ).scalar_one()
    assert fresh == 2, "both were stored again"


def test_a_summary_keeps_the_result_of_its_listing_when_the_scan_changes_afterwards(demo_workspace: Workspace) -> None:
    """The headline and the whole result of one summary belong together, even after a change behind its back."""
    ws = demo_workspace
    ws.scans.summaries()
    listed = ws.scans.summaries(status="completed")[0]
    with ws.db.session() as session:
        session.execute(text("UPDATE answer SET score = 5, not_applicable = 0 WHERE scan_id = :id"), {"id": listed.id.hex})
    assert (listed.result.sii, listed.result.stage) == (listed.sii, listed.stage)
    assert scored_afresh(ws, listed.id)[1] != listed.result


answers = st.dictionaries(st.sampled_from(Q.item_ids), st.one_of(st.none(), st.integers(min_value=1, max_value=5)))
ambitions = st.dictionaries(st.sampled_from([d.id for d in Q.capability_dimensions]), st.integers(min_value=1, max_value=3))


def test_any_answers_are_listed_as_scoring_them_gives() -> None:
    """Random answers and ambitions on drafts, and on completed scans when completable, listed twice (scored, then stored)."""
    with tempfile.TemporaryDirectory() as folder, Workspace(Path(folder) / "data") as ws:
        made = iter(range(10_000_000, 99_999_999))

        @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(given_answers=answers, given_ambitions=ambitions, complete=st.booleans())
        def check(given_answers: dict[str, int | None], given_ambitions: dict[str, int], complete: bool) -> None:
            company = ws.companies.create(CompanyInput(name="Eigen B.V.", kvk=str(next(made)), sector="health"))
            scan = ws.scans.start(company.id)
            for item_id, score in given_answers.items():
                ws.scans.answer(scan.id, item_id, score, not_applicable=score is None)
            for dimension_id, level in given_ambitions.items():
                ws.scans.set_ambition(scan.id, dimension_id, level)
            if complete and not ws.scans.missing_for_completion(ws.scans.get(scan.id)):
                ws.scans.complete(scan.id)
            for _ in range(2):
                [summary] = ws.scans.summaries(company_id=company.id)
                assert_says_what_the_scan_says(ws, summary)
                expected = score_scan(Q, given_answers, given_ambitions)
                assert (summary.sii, summary.stage, summary.result) == (expected.sii, expected.stage, expected)

        check()


def test_two_listings_of_the_same_scans_give_equal_summaries(demo_workspace: Workspace) -> None:
    """A summary is a value: equal (and hashed alike) when what it says is, whichever listing it came from."""
    first, second = demo_workspace.scans.summaries(), demo_workspace.scans.summaries()
    assert first == second
    assert {hash(s) for s in first} == {hash(s) for s in second}
    assert str(first[0].id) in repr(first[0])
    assert [str(s.id) for s in first] == [str(uuid.UUID(s.id.hex)) for s in first]
    assert all(s.id.is_safe == uuid.SafeUUID.unknown for s in first), "as uuid.UUID(hex) makes it"


def test_an_id_that_is_not_32_hex_digits_is_refused_as_uuid_refuses_it() -> None:
    for stored in ("x" * 32, "12345", "0123456789abcdef0123456789abcde!"):
        with pytest.raises(ValueError, match=r"hexadecimal|invalid literal"):
            uuid_of(stored)
    stored = uuid.uuid4().hex
    assert uuid_of(stored) == uuid.UUID(stored)
    assert hash(uuid_of(stored)) == hash(uuid.UUID(stored))


@pytest.mark.parametrize("enabled_before", [True, False])
def test_a_listing_leaves_the_garbage_collector_as_it_found_it(demo_workspace: Workspace, enabled_before: bool) -> None:
    """Off while listings (and the groups' inputs) are built, also two at once on two threads, then as before."""
    seen: list[bool] = []
    started, release = threading.Event(), threading.Event()

    def held() -> None:
        with collection_paused():
            started.set()
            release.wait(timeout=60)

    if not enabled_before:
        gc.disable()
    try:
        other = threading.Thread(target=held)
        other.start()
        started.wait(timeout=60)
        seen.append(gc.isenabled())
        demo_workspace.scans.summaries()
        demo_workspace.benchmarks.local(Q)  # the groups' inputs are built with the collector held off too
        seen.append(gc.isenabled())  # the other "listing" is still being built
        release.set()
        other.join(timeout=60)
        seen.append(gc.isenabled())
    finally:
        gc.enable()
    assert seen == [False, False, enabled_before]
