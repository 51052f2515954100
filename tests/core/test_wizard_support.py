"""What the scan wizard needs of the core beyond answering: taking an ambition back (undo)."""

from __future__ import annotations

import pytest

from advisor_app.domain.invariants import RuleError
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace


def test_an_ambition_taken_back_is_gone_and_the_scan_counts_as_changed(
    workspace: Workspace, company_input: CompanyInput
) -> None:
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
