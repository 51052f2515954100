"""The server's copy, applied by a pull, is no local change: nothing to push back, its own ``updated_at`` kept.

The store marks every changed synced row at flush (``store/bookkeeping.py``);
the sync client is the second write path and sets the bookkeeping itself. A
pull that marked rows would send every record back at the next sync and make
the status bar count changes the advisor never made.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from advisor_app.services.companies import CompanyInput
from advisor_app.store.models import Company, Plan, Scan, Synced, Voucher
from advisor_app.workspace import Workspace

from .helpers import Device, edit_company


def _rows(workspace: Workspace) -> dict[str, tuple[bool, object]]:
    """Every synced row: id -> (dirty, updated_at)."""
    with workspace.db.read() as session:
        models: tuple[type[Synced], ...] = (Company, Scan, Plan, Voucher)
        return {str(row.id): (row.dirty, row.updated_at) for model in models for row in session.scalars(select(model))}


def test_a_pull_leaves_nothing_pending_and_keeps_the_servers_moments(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    workspace = office.workspace
    company = workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
    scan = workspace.scans.start(company.id, "Alice")
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 4)
        workspace.scans.note(scan.id, item_id, "Gesprek met de eigenaar")
    workspace.scans.complete(scan.id)
    plan = workspace.plans.create(company.id, "Plan", scan.id)
    workspace.plans.add_action(plan.id, "Werkoverleg plannen", owner="Piet")
    workspace.vouchers.request(company.id, 300_000, supplier="Hogeschool Utrecht", plan_id=plan.id)
    office.sync()
    assert workspace.pending_changes() == 0

    laptop.sync()
    assert laptop.workspace.pending_changes() == 0
    assert _rows(laptop.workspace) == _rows(workspace), "the same moments as the server's copy, nothing dirty"

    edit_company(workspace, company.id, municipality="Houten")
    workspace.plans.update(plan.id, next_steps="Offerte opvragen")
    assert workspace.pending_changes() == 2
    office.sync()
    laptop.sync()
    assert laptop.workspace.pending_changes() == 0
    assert laptop.workspace.companies.get(company.id).municipality == "Houten"
    assert _rows(laptop.workspace) == _rows(workspace)


def test_a_local_change_merged_with_a_pull_still_goes_out(device: Callable[..., Device]) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
    office.sync()
    laptop.sync()
    edit_company(office.workspace, company.id, municipality="Houten")
    office.sync()
    edit_company(laptop.workspace, company.id, phone="030 123 4567")
    assert laptop.workspace.pending_changes() == 1
    laptop.sync()
    office.sync()
    seen = office.workspace.companies.get(company.id)
    assert (seen.municipality, seen.phone) == ("Houten", "030 123 4567")
    assert office.workspace.pending_changes() == laptop.workspace.pending_changes() == 0
