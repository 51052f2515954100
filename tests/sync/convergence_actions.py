"""Random offline work on one device, through the device's real services only.

Each action picks what to work on from the device's own current state (as
the advisor would, from the lists the app shows), so actions fit together:
answers go to drafts, revisions to completed scans, vouchers to companies
with a plan. A refusal by a service (a rule, a frozen scan, a voucher already
there) is an outcome like any other: nothing was saved, so nothing is
expected. Conflict resolutions ("keep mine" / "keep the server's") are
actions too.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from typing import Any

from advisor_sync.client import SyncEngine

from advisor_app.domain.errors import BasisscanError
from advisor_app.domain.sectors import SECTORS
from advisor_app.domain.vocabulary import VOUCHER_TRANSITIONS, ActionStatus, ScanStatus
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from .helpers import edit_company

PLACES = ("Utrecht", "Zeist", "Houten", "Baarn", "Amersfoort", "Nieuwegein")
PEOPLE = ("Anna de Wit", "Bram Smit", "Chris Bakker", "Dewi Jansen", "")
_used_kvks: set[str] = set()


def next_kvk(rng: random.Random) -> str:
    """A KvK number no device used before (two advisors never register one company here), never a demo number."""
    while True:
        kvk = str(rng.randint(10_000_000, 99_999_999))
        if kvk not in _used_kvks:
            _used_kvks.add(kvk)
            return kvk


Action = Callable[[Workspace, SyncEngine, random.Random, str], None]


def _pick(rng: random.Random, ids: list[uuid.UUID]) -> uuid.UUID | None:
    """Half the time one of the two records with the lowest ids: devices of one advisor then often edit the same
    records between syncs, which is where merges, conflicts and refusals happen."""
    if not ids:
        return None
    ids = sorted(ids)
    return rng.choice(ids[:2] if rng.random() < 0.5 else ids)


def _company(workspace: Workspace, rng: random.Random) -> uuid.UUID | None:
    return _pick(rng, [company.id for company in workspace.companies.list()])


def _scan(workspace: Workspace, rng: random.Random, status: str | None) -> uuid.UUID | None:
    return _pick(rng, [scan.id for scan in workspace.scans.summaries(status=status)])


def create_company(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    workspace.companies.create(
        CompanyInput(
            name=f"Bedrijf {rng.randint(1, 9999)} BV",
            kvk=next_kvk(rng),
            sector=rng.choice(SECTORS).key,
            employees=rng.choice([None, 4, 25, 120]),
            municipality=rng.choice(PLACES),
            contact_person=rng.choice(PEOPLE),
            consent=rng.random() < 0.7,
        ),
        created_by=user,
    )


def change_company(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    company_id = _company(workspace, rng)
    if company_id is None:
        return
    options: dict[str, Callable[[], Any]] = {
        "municipality": lambda: rng.choice(PLACES),
        "contact_person": lambda: rng.choice(PEOPLE),
        "phone": lambda: f"030-{rng.randint(1_000_000, 9_999_999)}",
        "email": lambda: rng.choice(["", f"info{rng.randint(1, 99)}@bedrijf.example.nl"]),
        "employees": lambda: rng.choice([None, 3, 30, 200]),
        "consent": lambda: rng.random() < 0.5,
    }
    chosen = rng.sample(sorted(options), rng.randint(1, 2))
    edit_company(workspace, company_id, **{name: options[name]() for name in chosen})


def erase_company(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    company_id = _company(workspace, rng)
    if company_id is not None:
        workspace.companies.delete(company_id)


def start_scan(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    company_id = _company(workspace, rng)
    if company_id is not None:
        workspace.scans.start(company_id, advisor=user.title())


def answer_draft(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    scan_id = _scan(workspace, rng, ScanStatus.DRAFT)
    if scan_id is None:
        return
    questionnaire = workspace.scans.get(scan_id).questionnaire
    for item in rng.sample(list(questionnaire.items()), rng.randint(1, 4)):
        if item.allow_na and rng.random() < 0.15:
            workspace.scans.answer(scan_id, item.id, None, not_applicable=True)
        else:
            workspace.scans.answer(scan_id, item.id, rng.randint(1, 5))
        if rng.random() < 0.2:
            workspace.scans.note(scan_id, item.id, rng.choice(["Goed gesprek", "Navragen", "Sterk punt"]))


def shape_draft(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    scan_id = _scan(workspace, rng, ScanStatus.DRAFT)
    if scan_id is None:
        return
    questionnaire = workspace.scans.get(scan_id).questionnaire
    choice = rng.randrange(3)
    if choice == 0:
        workspace.scans.set_ambition(scan_id, rng.choice(questionnaire.dimensions).id, rng.randint(1, 3))
    elif choice == 1:
        workspace.scans.set_intake(scan_id, {"turnover_new_pct": rng.randint(0, 100)})
    else:
        workspace.scans.set_summary_notes(scan_id, rng.choice(["Ambitieus team", "Weinig tijd", "Vervolg in het voorjaar"]))


def complete_draft(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    scan_id = _scan(workspace, rng, ScanStatus.DRAFT)
    if scan_id is None:
        return
    view = workspace.scans.get(scan_id)
    for item_id in view.unanswered():
        workspace.scans.answer(scan_id, item_id, rng.randint(1, 5))
    workspace.scans.complete(scan_id)


def revise_completed(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    scan_id = _scan(workspace, rng, ScanStatus.COMPLETED)
    if scan_id is not None:
        workspace.scans.revise(scan_id)


def delete_scan(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    scan_id = _scan(workspace, rng, ScanStatus.DRAFT if rng.random() < 0.7 else None)
    if scan_id is not None:
        workspace.scans.delete(scan_id)


def work_on_plan(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    company_id = _company(workspace, rng)
    if company_id is None:
        return
    plans = workspace.plans.for_company(company_id)
    if not plans or rng.random() < 0.3:
        completed = [s for s in workspace.scans.for_company(company_id) if s.status == ScanStatus.COMPLETED]
        scan_id = rng.choice(completed).id if completed and rng.random() < 0.8 else None
        workspace.plans.create(company_id, rng.choice(["Digitaliseren", "Nieuwe markten", "Samenwerken"]), scan_id)
        return
    plan = rng.choice(plans)
    choice = rng.randrange(4)
    if choice == 0 or not plan.actions:
        workspace.plans.add_action(
            plan.id, rng.choice(["Workshop plannen", "Offerte vragen", "Pilot starten"]), owner=rng.choice(PEOPLE)
        )
    elif choice == 1:
        workspace.plans.update_action(rng.choice(plan.actions).id, status=rng.choice(list(ActionStatus)))
    elif choice == 2:
        workspace.plans.remove_action(rng.choice(plan.actions).id)
    else:
        workspace.plans.update(plan.id, next_steps=rng.choice(["Bellen in maart", "Subsidie aanvragen", ""]))


def work_on_voucher(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    company_id = _company(workspace, rng)
    if company_id is None:
        return
    vouchers = workspace.vouchers.for_company(company_id)
    live = [v for v in vouchers if v.status != "rejected"]
    if not live:
        plans = workspace.plans.for_company(company_id)
        amount = rng.randint(5, 40) * 10_000
        workspace.vouchers.request(
            company_id,
            amount,
            own_contribution_cents=rng.randint(0, amount // 20_000) * 10_000,
            supplier=rng.choice(["Adviesbureau Noord", "Lab Utrecht"]),
            plan_id=rng.choice(plans).id if plans and rng.random() < 0.7 else None,
        )
        return
    voucher = rng.choice(live)
    steps = VOUCHER_TRANSITIONS.get(voucher.status, ())
    if voucher.status == "draft" and rng.random() < 0.4:
        workspace.vouchers.update(voucher.id, deliverables=rng.choice(["Rapport", "Prototype", "Training"]))
    elif steps:
        workspace.vouchers.set_status(voucher.id, rng.choice(steps))


def resolve_conflict(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str) -> None:
    conflicts = engine.conflicts()
    if conflicts:
        engine.resolve(rng.choice(conflicts).id, "mine" if rng.random() < 0.5 else "server")


ACTIONS: list[tuple[Action, int]] = [
    (create_company, 4),
    (change_company, 8),
    (erase_company, 1),
    (start_scan, 5),
    (answer_draft, 10),
    (shape_draft, 3),
    (complete_draft, 4),
    (revise_completed, 2),
    (delete_scan, 1),
    (work_on_plan, 5),
    (work_on_voucher, 4),
    (resolve_conflict, 4),
]


def random_action(workspace: Workspace, engine: SyncEngine, rng: random.Random, user: str, action: Action | None = None) -> str:
    """Do one random thing (or ``action``) on the device; returns its name (and whether a service refused it)."""
    if action is None:
        action = rng.choices([a for a, _ in ACTIONS], weights=[w for _, w in ACTIONS])[0]
    try:
        action(workspace, engine, rng, user)
    except BasisscanError as refused:
        return f"{action.__name__} (refused: {refused})"
    return action.__name__
