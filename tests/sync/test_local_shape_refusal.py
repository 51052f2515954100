"""A record on the device that no longer fits its description is not sent, and the advisor reads why in their language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest

from advisor_app.domain.text import active_language, set_language
from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput

from .helpers import Device


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    before = active_language()
    yield set_language
    set_language(before)


@pytest.mark.parametrize(
    ("chosen", "line"),
    [("nl", "Veld 'name' is te lang: hoogstens 500 tekens"), ("en", "Field 'name' is too long: at most 500 characters")],
)
def test_a_too_long_local_name_is_kept_home_with_a_plain_line(
    device: Callable[..., Device], language: Callable[[str], None], chosen: str, line: str
) -> None:
    language(chosen)
    alice = device("alice")
    company = alice.workspace.companies.create(CompanyInput(name="Zorg BV", kvk="22334455", sector="health"))
    with sqlite3.connect(alice.workspace.folder / DATABASE_FILE) as db:  # an old build or a hand edit wrote it
        db.execute("UPDATE company SET name = ?, dirty = 1 WHERE id = ?", ("x" * 501, company.id.hex))
    alice.sync()
    (refused,) = [conflict for conflict in alice.engine.conflicts() if conflict.kind == "rejected"]
    assert refused.field == "name"
    assert refused.reason.splitlines()[0] == line
