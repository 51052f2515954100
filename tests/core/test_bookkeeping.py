"""Every change through a service is a pending change for the next sync, and moves ``updated_at``.

The store marks it when the session flushes (``store/bookkeeping.py``), so no
service can forget it; the advisor sees it as "pending changes" in the status
bar, and the sync client pushes exactly these rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from advisor_app.domain.scoring import score_scan
from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import Answer, Company, Plan, Scan, Synced, Voucher
from advisor_app.workspace import Workspace

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


class Records:
    """A company with a draft scan, a completed scan, a plan with one action and a draft voucher, all synced."""

    def __init__(self, workspace: Workspace, company_input: CompanyInput) -> None:
        self.workspace = workspace
        self.company = workspace.companies.create(company_input).id
        done = workspace.scans.start(self.company, "Ingrid").id
        for item_id in workspace.questionnaire.item_ids:
            workspace.scans.answer(done, item_id, 4)
        workspace.scans.complete(done)
        self.completed = done
        self.draft = workspace.scans.start(self.company, "Ingrid").id
        self.plan = workspace.plans.create(self.company, "Plan", done).id
        self.action = workspace.plans.add_action(self.plan, "Interview staff").id
        self.voucher = workspace.vouchers.request(self.company, 250_000, supplier="HU").id
        self.item = workspace.questionnaire.item_ids[0]
        self.settle()

    def settle(self) -> None:
        """As after a sync: nothing pending, every row last changed long ago."""
        with self.workspace.db.session() as session:
            for model in (Company, Scan, Plan, Voucher):
                session.execute(update(model).values(dirty=False, server_version=1, updated_at=LONG_AGO))
            session.execute(update(Answer).values(updated_at=LONG_AGO))

    def row(self, model: type[Synced], record_id: uuid.UUID) -> Synced:
        with self.workspace.db.read() as session:
            found = session.get(model, record_id)
            assert found is not None
            return found


@pytest.fixture
def records(workspace: Workspace, company_input: CompanyInput) -> Records:
    return Records(workspace, company_input)


CHANGES: dict[str, tuple[type[Synced], str, Callable[[Records], object]]] = {
    "company details": (Company, "company", lambda r: r.workspace.companies.update(r.company, _moved(r))),
    "an answer": (Scan, "draft", lambda r: r.workspace.scans.answer(r.draft, r.item, 2)),
    "n.a.": (Scan, "draft", lambda r: r.workspace.scans.answer(r.draft, r.item, None, not_applicable=True)),
    "a note": (Scan, "draft", lambda r: r.workspace.scans.note(r.draft, r.item, "Says the owner")),
    "the intake": (Scan, "draft", lambda r: r.workspace.scans.set_intake(r.draft, {"size_class": "50-249"})),
    "an ambition": (Scan, "draft", lambda r: r.workspace.scans.set_ambition(r.draft, "D1", 3)),
    "the summary": (Scan, "draft", lambda r: r.workspace.scans.set_summary_notes(r.draft, "Good talk")),
    "a deleted draft": (Scan, "draft", lambda r: r.workspace.scans.delete(r.draft)),
    "a plan's title": (Plan, "plan", lambda r: r.workspace.plans.update(r.plan, title="Renewal")),
    "its next steps": (Plan, "plan", lambda r: r.workspace.plans.update(r.plan, next_steps="Call in May")),
    "a new action": (Plan, "plan", lambda r: r.workspace.plans.add_action(r.plan, "Visit a fair")),
    "an action's owner": (Plan, "plan", lambda r: r.workspace.plans.update_action(r.action, owner="Piet")),
    "an action's status": (Plan, "plan", lambda r: r.workspace.plans.update_action(r.action, status="done")),
    "a removed action": (Plan, "plan", lambda r: r.workspace.plans.remove_action(r.action)),
    "a voucher's supplier": (Voucher, "voucher", lambda r: r.workspace.vouchers.update(r.voucher, supplier="TNO")),
    "a voucher's step": (Voucher, "voucher", lambda r: r.workspace.vouchers.set_status(r.voucher, "submitted")),
}


def _moved(records: Records) -> CompanyInput:
    company = records.workspace.companies.get(records.company)
    return CompanyInput(
        name=company.name, kvk=company.kvk, sector=company.sector, employees=company.employees, municipality="Zeist"
    )


@pytest.mark.parametrize("what", list(CHANGES))
def test_a_change_through_a_service_is_pending_and_moves_updated_at(records: Records, what: str) -> None:
    model, which, change = CHANGES[what]
    record_id = getattr(records, which)
    change(records)
    row = records.row(model, record_id)
    assert row.dirty, f"{what} goes to the server at the next sync"
    assert row.updated_at > LONG_AGO
    assert records.workspace.pending_changes() == 1


def test_an_answer_row_carries_the_moment_it_changed(records: Records) -> None:
    records.workspace.scans.answer(records.draft, records.item, 5)
    view = records.workspace.scans.get(records.draft)
    with records.workspace.db.read() as session:
        answer = session.query(Answer).filter_by(scan_id=records.draft, item_id=records.item).one()
    assert answer.updated_at > LONG_AGO
    assert answer.updated_at == records.row(Scan, records.draft).updated_at
    assert view.answers[records.item] == 5


def test_new_records_are_pending(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    assert workspace.pending_changes() == 2
    with workspace.db.read() as session:
        assert all(row.dirty for row in (session.get(Company, company.id), session.get(Scan, scan.id)) if row)


def test_a_revision_is_pending_and_its_original_is_not_touched(records: Records) -> None:
    revision = records.workspace.scans.revise(records.completed)
    assert records.row(Scan, revision.id).dirty
    assert not records.row(Scan, records.completed).dirty
    assert records.row(Scan, records.completed).updated_at == LONG_AGO


def test_what_is_no_change_stays_settled(records: Records) -> None:
    """Where the wizard is, a value written again unchanged: nothing for the server."""
    company = records.workspace.companies.get(records.company)
    records.workspace.scans.set_position(records.draft, "D2.1")
    records.workspace.companies.update(
        records.company,
        CompanyInput(
            name=company.name,
            kvk=company.kvk,
            sector=company.sector,
            employees=company.employees,
            municipality=company.municipality,
            contact_person=company.contact_person,
            email=company.email,
            phone=company.phone,
            consent=company.consent,
        ),
    )
    records.workspace.plans.update(records.plan, title="Plan")
    assert records.workspace.pending_changes() == 0
    assert records.row(Scan, records.draft).updated_at == LONG_AGO


def test_a_completed_scan_is_pending_when_completed(records: Records) -> None:
    for item_id in records.workspace.questionnaire.item_ids:
        records.workspace.scans.answer(records.draft, item_id, 3)
    records.settle()
    records.workspace.scans.complete(records.draft)
    row = records.row(Scan, records.draft)
    assert row.dirty
    assert row.updated_at > LONG_AGO
    view = records.workspace.scans.get(records.draft)
    assert score_scan(view.questionnaire, view.answers).sii is not None
    assert replace(view, questionnaire=view.questionnaire).scan.status == "completed"
