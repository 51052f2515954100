"""Money in the JSON exports is exact: whole cents, as the store and the sync protocol carry it.

The device used to write euros as a float (``3500.1``): a binary fraction, so a program that reads the
file and turns it back into cents by multiplying by 100 and truncating gets 18,347 of the 400,001
amounts up to the voucher limit one cent short (0.29 becomes 28 cents). The device's exports
(``advisor-app export``, the company's GDPR export) and the server's GDPR export now carry the amounts
as the records do, ``amount_cents`` and ``own_contribution_cents``, so both exports of one voucher
agree to the cent.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.money import format_euros, parse_euros
from advisor_app.domain.rules import VOUCHER_LIMIT_CENTS
from advisor_app.services.companies import CompanyInput
from advisor_app.services.export import export_all, export_company, voucher_record
from advisor_app.services.views import VoucherView

from ..server.live import BACKENDS, Api, Database, LiveServer
from .helpers import Device


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_voucher_of_3500_10_is_exported_to_the_cent_by_the_device_and_the_server(
    device: Callable[..., Device], database: Database, server: LiveServer, tmp_path: Path
) -> None:
    office = device("alice")
    workspace = office.workspace
    company = workspace.companies.create(CompanyInput(name="Bakkerij Precies", kvk="75318642", sector="health"))
    workspace.vouchers.request(
        company.id, parse_euros("3.500,10", "nl"), own_contribution_cents=parse_euros("1.166,70", "nl"), supplier="Molen BV"
    )
    export_company(workspace, company.id, tmp_path / "company.json")
    export_all(workspace, tmp_path / "all.json", "json")
    for written in ("company.json", "all.json"):
        [voucher] = json.loads((tmp_path / written).read_text(encoding="utf-8"))["vouchers"]
        assert (voucher["amount_cents"], voucher["own_contribution_cents"]) == (350010, 116670), written
        assert format_euros(voucher["amount_cents"], "nl") == "€ 3.500,10"

    office.sync()
    coordinator = Api(server.url, database.tokens["carol"])
    [on_server] = coordinator.get(f"/companies/{company.id}/export").json()["vouchers"]
    assert (on_server["amount_cents"], on_server["own_contribution_cents"]) == (350010, 116670)


@given(st.integers(0, VOUCHER_LIMIT_CENTS), st.integers(0, VOUCHER_LIMIT_CENTS), st.uuids(), st.uuids())
def test_every_amount_survives_the_json_export_and_reading_back(
    amount: int, own: int, voucher_id: uuid.UUID, company_id: uuid.UUID
) -> None:
    voucher = VoucherView.model_construct(id=voucher_id, company_id=company_id, amount_cents=amount, own_contribution_cents=own)
    read_back = json.loads(json.dumps(voucher_record(voucher)))
    assert (read_back["amount_cents"], read_back["own_contribution_cents"]) == (amount, own)
