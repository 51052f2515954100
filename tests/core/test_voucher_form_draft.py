"""The voucher form typed before the request is kept on the device, as typed, and becomes the voucher on request."""

from __future__ import annotations

from advisor_app.services.companies import CompanyInput
from advisor_app.services.vouchers import VoucherFormDraft
from advisor_app.workspace import Workspace


def test_the_typed_form_is_kept_exactly_and_survives_reopening_the_folder(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    typed = VoucherFormDraft(
        amount="3.5", own_contribution="", supplier="Hogeschool Utrecht", deliverables="Twee workshops", language="nl"
    )
    workspace.vouchers.keep_form(company.id, typed)

    with Workspace(workspace.folder) as reopened:  # a second opening of the folder, as after a restart
        assert reopened.vouchers.kept_form(company.id) == typed  # "3.5" too: text the form cannot read yet is kept


def test_a_kept_form_is_no_voucher_and_no_pending_change(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    pending = workspace.pending_changes()
    workspace.vouchers.keep_form(company.id, VoucherFormDraft(amount="4000", supplier="TNO"))

    assert workspace.vouchers.for_company(company.id) == []
    assert workspace.pending_changes() == pending


def test_requesting_turns_the_form_into_the_voucher_and_drops_the_draft(
    workspace: Workspace, company_input: CompanyInput
) -> None:
    company = workspace.companies.create(company_input)
    workspace.vouchers.keep_form(company.id, VoucherFormDraft(amount="4000", supplier="TNO"))

    workspace.vouchers.request(company.id, 4_000_00, supplier="TNO")

    assert workspace.vouchers.kept_form(company.id) == VoucherFormDraft()


def test_an_emptied_form_and_an_erased_company_keep_nothing(workspace: Workspace, company_input: CompanyInput) -> None:
    company = workspace.companies.create(company_input)
    workspace.vouchers.keep_form(company.id, VoucherFormDraft(supplier="TNO"))
    workspace.vouchers.keep_form(company.id, VoucherFormDraft(supplier="  "))
    assert workspace.vouchers.kept_form(company.id) == VoucherFormDraft()

    workspace.vouchers.keep_form(company.id, VoucherFormDraft(deliverables="Advies over roosters"))
    workspace.companies.delete(company.id)
    assert workspace.vouchers.kept_form(company.id) == VoucherFormDraft()
