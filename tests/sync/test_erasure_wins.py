"""Erasure (GDPR) always wins, end to end: no device brings an erased company back, whatever the advisor picks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pytest

from advisor_app.errors import NotFoundError
from advisor_app.services.companies import CompanyInput

from .helpers import Device, edit_company


@pytest.mark.parametrize("second_choice", ["mine", "server"])
def test_keep_mine_on_a_second_device_does_not_bring_back_an_erased_company(
    device: Callable[..., Device], second_choice: Literal["mine", "server"]
) -> None:
    office, laptop = device("alice"), device("alice")
    company = office.workspace.companies.create(
        CompanyInput(name="Zorg BV", kvk="55667788", sector="health", contact_person="Zoë de Vries", email="zoe@example.nl")
    )
    office.sync()
    laptop.sync()
    office.workspace.companies.delete(company.id)  # the entrepreneur asked for erasure
    edit_company(laptop.workspace, company.id, municipality="Zeist")  # meanwhile, offline
    office.sync()
    laptop.sync()
    (conflict,) = laptop.engine.conflicts()
    assert conflict.kind == "deleted"
    laptop.engine.resolve(conflict.id, "mine")
    laptop.sync()
    (refused,) = laptop.engine.conflicts()
    assert refused.kind == "rejected"
    assert refused.reason == "This company was erased (GDPR); erasure cannot be undone. Register it again as a new company."
    laptop.engine.resolve(refused.id, second_choice)
    laptop.sync()
    office.sync()
    for workspace in (office.workspace, laptop.workspace):
        with pytest.raises(NotFoundError):
            workspace.companies.get(company.id)
    assert office.workspace.companies.list() == []
