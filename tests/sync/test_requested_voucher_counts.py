"""A voucher the advisor requested counts as requested in the coordinator's funnel; one kept as a draft does not."""

from __future__ import annotations

from collections.abc import Callable

from advisor_app.services.companies import CompanyInput

from ..server.live import Api, Database, LiveServer
from .helpers import Device


def requested(coordinator: Api) -> int:
    funnel = {step["step"]: step["companies"] for step in coordinator.get("/monitoring").json()["implementation"]["funnel"]}
    return int(funnel["voucher_requested"])


def test_the_coordinator_counts_a_requested_voucher_as_requested(
    device: Callable[..., Device], server: LiveServer, database: Database
) -> None:
    laptop = device("alice")
    carol = Api(server.url, database.tokens["carol"])
    workspace = laptop.workspace
    company = workspace.companies.create(CompanyInput(name="Bakkerij Van Rijn", kvk="30123456", sector="assembly"))
    voucher = workspace.vouchers.request(company.id, 3_000_00, supplier="Hogeschool Utrecht")  # the form's "Save as draft"
    laptop.sync()
    assert requested(carol) == 0, "a draft is the advisor's, not yet a request"

    workspace.vouchers.set_status(voucher.id, "submitted")  # the form's "Request voucher"
    laptop.sync()
    assert requested(carol) == 1
    assert carol.get("/monitoring").json()["vouchers"]["requested_cents"] == 3_000_00
