"""Scans made the way an advisor makes them, for tests of what completed scans feed (results, benchmarks)."""

from __future__ import annotations

from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.services.companies import CompanyInput
from advisor_app.services.views import ScanRecord
from advisor_app.workspace import Workspace

Q = shipped_questionnaires()["basisscan@1.0"]


def complete_for_new_company(workspace: Workspace, name: str, kvk: str, score: int) -> ScanRecord:
    """A new health-sector company whose first scan is answered ``score`` throughout and completed (the draft's record)."""
    company = workspace.companies.create(CompanyInput(name=name, kvk=kvk, sector="health"))
    scan = workspace.scans.start(company.id)
    for item_id in Q.item_ids:
        workspace.scans.answer(scan.id, item_id, score)
    workspace.scans.complete(scan.id)
    return scan
