"""A batch is applied parents first, whatever order the device lists its changes in.

A new company with its completed scan, the plan made from that scan and a
voucher on the plan, pushed in one batch, must all be accepted on the
server's first attempt: a batch that the database refuses (a plan written
before the scan it names trips ``plans_scan_id_fkey``) is redone change by
change, which costs a second transaction and is logged as a warning.
"""

from __future__ import annotations

import logging
import uuid

import pytest

from .live import Api
from .records import change, company, plan, pull_all, pushed, scan, voucher

PUSH_LOGGER = "advisor_sync.server.services.push"


@pytest.mark.parametrize("listed", ["parents first", "children first"])
def test_a_new_scan_with_its_plan_and_voucher_is_accepted_on_the_first_attempt(
    alice: Api, caplog: pytest.LogCaptureFixture, listed: str
) -> None:
    company_id, scan_id, revision_id, plan_id, voucher_id = (uuid.uuid4() for _ in range(5))
    changes = [
        change("company", company_id, company()),
        change("scan", scan_id, scan(company_id, completed=True)),
        change("scan", revision_id, scan(company_id, completed=True, revision_of_id=str(scan_id), summary_notes="gecorrigeerd")),
        change("plan", plan_id, plan(company_id, scan_id=str(revision_id))),
        change("voucher", voucher_id, voucher(company_id, plan_id=str(plan_id))),
    ]
    if listed == "children first":
        changes.reverse()

    with caplog.at_level(logging.WARNING, logger=PUSH_LOGGER):
        results = pushed(alice, *changes)

    assert [(r["id"], r["status"], r.get("reason")) for r in results] == [(c["id"], "accepted", None) for c in changes]
    assert not [record for record in caplog.records if record.name == PUSH_LOGGER], "the batch was redone change by change"
    pulled, _page = pull_all(alice)
    assert {c["id"] for c in pulled} == {c["id"] for c in changes}
