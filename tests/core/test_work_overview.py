"""The work overview: drafts to finish, completed scans not yet sent, and sent ones, each with where it stands."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import update

from advisor_app.services.companies import CompanyInput
from advisor_app.services.views import ScanRecord
from advisor_app.services.work_overview import work_overview
from advisor_app.store.models import Scan
from advisor_app.workspace import Workspace


def completed(workspace: Workspace, company_name: str, kvk: str) -> ScanRecord:
    company = workspace.companies.create(CompanyInput(name=company_name, kvk=kvk, sector="creative"))
    scan = workspace.scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 3)
    workspace.scans.complete(scan.id)
    return scan


def test_drafts_ready_and_sent_each_say_where_they_stand(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        draft_company = workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
        draft = workspace.scans.start(draft_company.id)
        first_items = workspace.questionnaire.item_ids[:3]
        for item_id in first_items:
            workspace.scans.answer(draft.id, item_id, 4)
        workspace.scans.answer(draft.id, workspace.questionnaire.item_ids[3], None, not_applicable=True)
        workspace.scans.set_position(draft.id, "D2.3")
        ready = completed(workspace, "Studio Kramer", "22334455")
        sent = completed(workspace, "Zorggroep Maas", "87654321")
        with workspace.db.session() as session:  # what a sync leaves behind: the server holds it as it is here
            session.execute(update(Scan).where(Scan.id == sent.id).values(dirty=False, server_version=7))

        overview = work_overview(workspace.db, workspace.catalogue)

    assert [item.company for item in overview.drafts] == ["Bakkerij Van Rijn"]
    (item,) = overview.drafts
    assert (item.answered, item.total, item.position) == (4, len(workspace.questionnaire.item_ids), "D2.3")
    assert [i.scan_id for i in overview.ready] == [ready.id]
    assert [i.scan_id for i in overview.sent] == [sent.id]
    assert overview.count == 3
    assert not overview.demo


def test_the_overview_is_immutable_and_leaves_erased_companies_out(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        scan = completed(workspace, "Studio Kramer", "22334455")
        workspace.companies.delete(workspace.scans.get(scan.id).company.id)
        overview = work_overview(workspace.db, workspace.catalogue)

    assert overview.count == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        overview.demo = True  # type: ignore[misc]
