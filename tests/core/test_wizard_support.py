"""What the scan wizard needs of the core beyond answering: taking an ambition back (undo), resuming after a stop."""

from __future__ import annotations

import pytest

from advisor_app.domain.invariants import RuleError
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace


def test_an_ambition_taken_back_is_gone_and_the_scan_counts_as_changed(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scans = workspace.scans
    scan = scans.start(company.id)
    scans.set_ambition(scan.id, "D1", 3)
    scans.set_ambition(scan.id, "D2", 1)
    before = scans.get(scan.id).scan.updated_at

    scans.clear_ambition(scan.id, "D1")
    view = scans.get(scan.id)
    assert view.ambitions == {"D2": 1}
    assert view.scan.updated_at >= before
    assert view.scan.dirty, "the change goes to the server at the next sync"
    scans.clear_ambition(scan.id, "D1")  # nothing to take back: no harm
    assert scans.get(scan.id).ambitions == {"D2": 1}


def test_a_completed_scans_ambition_cannot_be_taken_back(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scans = workspace.scans
    scan = scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        scans.answer(scan.id, item_id, 4)
    scans.set_ambition(scan.id, "D1", 2)
    scans.complete(scan.id)
    with pytest.raises(RuleError):
        scans.clear_ambition(scan.id, "D1")
    assert scans.get(scan.id).ambitions == {"D1": 2}


def test_the_draft_open_when_the_app_stopped_is_remembered_until_it_is_left(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    scans = workspace.scans
    assert scans.interrupted() is None
    scan = scans.start(company.id)
    scans.answer(scan.id, "D2.2", 4)
    scans.mark_open(scan.id)

    with Workspace(workspace.folder) as restarted:  # what the next start sees
        interrupted = restarted.scans.interrupted()
        assert interrupted is not None
        assert (interrupted.scan.id, interrupted.scan.position, interrupted.company.name) == (scan.id, "D2.2", company.name)

    scans.mark_open(None)
    assert scans.interrupted() is None


def test_a_remembered_scan_that_was_completed_or_deleted_is_not_offered(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    scans = workspace.scans
    scan = scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        scans.answer(scan.id, item_id, 3)
    scans.mark_open(scan.id)
    scans.complete(scan.id)
    assert scans.interrupted() is None

    draft = scans.revise(scan.id)
    scans.mark_open(draft.id)
    scans.delete(draft.id)
    assert scans.interrupted() is None


def test_a_follow_up_reads_the_previous_scans_answers_as_values_it_cannot_change(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    scans = workspace.scans
    first = scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        scans.answer(first.id, item_id, 2)
    scans.answer(first.id, "D1.2", None, not_applicable=True)
    scans.set_ambition(first.id, "D1", 3)
    scans.complete(first.id)
    assert scans.previous_answers(first.id) is None  # a first scan has nothing before it

    follow_up = scans.start(company.id)
    previous = scans.previous_answers(follow_up.id)
    assert previous is not None
    assert previous.scan_id == first.id
    assert (previous.answers["D1.1"], previous.answers["D1.2"], previous.ambitions["D1"]) == (2, None, 3)
    assert scans.get(follow_up.id).answers == {}  # shown beside the items, never copied into the new scan
    with pytest.raises(TypeError):
        previous.answers["D1.1"] = 5  # type: ignore[index]
