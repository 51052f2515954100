"""The services hand out frozen values, never the store's rows (the UI's import contract relies on it).

The contract in pyproject.toml lets the services import the store; this test
holds the other half: what they *return* names no store class, and what they
return cannot be changed in place, so a screen cannot edit a record but
through a service call.
"""

from __future__ import annotations

import inspect
import typing
import uuid
from types import UnionType

import pytest
from pydantic import BaseModel
from pydantic import ValidationError as FrozenError

from advisor_app.domain import records
from advisor_app.services import views
from advisor_app.services.companies import CompanyInput, CompanyService
from advisor_app.services.plans import PlanService
from advisor_app.services.profile import ProfileService
from advisor_app.services.scans import ScanService
from advisor_app.services.views import CompanyView, PlanView, ScanRecord, VoucherView
from advisor_app.services.vouchers import VoucherService
from advisor_app.workspace import Workspace

SERVICES = (CompanyService, ScanService, PlanService, VoucherService, ProfileService)


def _named_types(hint: object) -> list[type]:
    if isinstance(hint, type) and not typing.get_args(hint):
        return [hint]
    found: list[type] = []
    origin = typing.get_origin(hint)
    if isinstance(origin, type) and origin is not UnionType:
        found.append(origin)
    for argument in typing.get_args(hint):
        found += _named_types(argument)
    return found


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.__name__)
def test_no_service_method_returns_a_store_row(service: type) -> None:
    leaks = []
    for name, method in inspect.getmembers(service, inspect.isfunction):
        if name.startswith("_"):
            continue
        # the views are named for the type checker only (pydantic comes with the first view built): resolved here
        returned = typing.get_type_hints(method, localns=vars(views)).get("return")
        leaks += [f"{name} -> {kind.__module__}.{kind.__name__}" for kind in _named_types(returned)]
    assert [leak for leak in leaks if ".store." in leak] == []


def test_what_a_service_hands_out_cannot_be_changed_in_place(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    plan = workspace.plans.create(company.id, "Plan")
    workspace.plans.add_action(plan.id, "Interview staff")
    voucher = workspace.vouchers.request(company.id, 100_000)
    scan = workspace.scans.get(workspace.scans.start(company.id).id)
    shown = workspace.plans.get(plan.id)
    for value, field in ((company, "name"), (shown, "title"), (voucher, "amount_cents"), (scan.scan, "status")):
        with pytest.raises(FrozenError, match="frozen"):
            setattr(value, field, "changed")
    assert isinstance(shown.actions, tuple)
    assert isinstance(scan.scan.answers, tuple)
    with pytest.raises(TypeError):
        scan.scan.ambitions["D1"] = 3


def test_a_change_goes_back_as_a_service_call_and_the_next_read_shows_it(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    plan = workspace.plans.create(company.id, "Plan")
    action = workspace.plans.add_action(plan.id, "Interview staff")
    workspace.plans.update_action(action.id, owner="Piet")
    workspace.plans.update(plan.id, title="Renewal")
    again = workspace.plans.get(plan.id)
    assert (again.title, [a.owner for a in again.actions]) == ("Renewal", ["Piet"])
    assert plan.title == "Plan", "the value read before stays what it was"
    assert isinstance(again.id, uuid.UUID)


@pytest.mark.parametrize(
    ("view", "record", "own"),
    [
        (CompanyView, records.Company, {"id"}),
        (ScanRecord, records.Scan, {"id", "position", "dirty"}),
        (PlanView, records.Plan, {"id"}),
        (VoucherView, records.Voucher, {"id"}),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_a_view_is_the_domain_record_with_its_id(view: type[BaseModel], record: type[BaseModel], own: set[str]) -> None:
    """One description per record: the screens' views add only what the record travels beside (its id) or this device keeps."""
    assert issubclass(view, record)
    assert set(view.model_fields) - set(record.model_fields) == own
