"""Found by the convergence test: "keep the server's" after a refusal must not revive what the server deleted since."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from advisor_app.errors import NotFoundError
from advisor_app.services.companies import CompanyInput

from .helpers import Device


def test_keep_the_servers_after_a_refusal_keeps_a_deletion_that_arrived_meanwhile(device: Callable[..., Device]) -> None:
    alice, carol = device("alice"), device("carol")
    company = alice.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    draft = alice.workspace.scans.start(company.id)
    alice.sync()
    carol.sync()
    carol.workspace.scans.set_summary_notes(draft.id, "Overschreven")  # a coordinator's device only reads: refused
    assert carol.sync().rejected == 1
    alice.workspace.scans.delete(draft.id)
    alice.sync()
    carol.sync()  # the deletion comes down while carol's refused change still waits
    (refused,) = [conflict for conflict in carol.engine.conflicts() if conflict.kind == "rejected"]
    carol.engine.resolve(refused.id, "server")
    carol.sync()
    with pytest.raises(NotFoundError):
        carol.workspace.scans.get(draft.id)
    assert carol.workspace.pending_changes() == 0
