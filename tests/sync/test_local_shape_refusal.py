"""A record on the device that no longer fits its description is not sent, and the advisor reads why in their language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from advisor_sync.client import SyncProgress

from advisor_app.domain.text import active_language, set_language
from advisor_app.paths import DATABASE_FILE
from advisor_app.services.companies import CompanyInput

from ..server.live import Database
from .helpers import Device, server_records


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


def test_a_record_that_cannot_go_in_a_later_batch_is_kept_home_and_the_rest_goes_out(
    device: Callable[..., Device], database: Database
) -> None:
    """A push makes each next batch while the last is away (``pushing``): a refusal found then is kept as well."""
    alice = device("alice", batch_size=2)
    made = [
        alice.workspace.companies.create(CompanyInput(name=f"Bedrijf {n}", kvk=f"1234567{n}", sector="health")) for n in range(5)
    ]
    broken = made[3].id  # in the second batch, made while the first was on its way
    with sqlite3.connect(alice.workspace.folder / DATABASE_FILE) as db:
        db.execute("UPDATE company SET name = ? WHERE id = ?", ("x" * 501, broken.hex))
    seen: list[SyncProgress] = []
    report = alice.engine.sync(progress=seen.append)
    assert (report.sent, report.rejected) == (4, 0)
    (refused,) = [conflict for conflict in alice.engine.conflicts() if conflict.kind == "rejected"]
    assert (refused.record_id, refused.field) == (broken, "name")
    on_server = {record_id for entity, record_id in server_records(database.url) if entity == "company"}
    assert on_server == {str(company.id) for company in made if company.id != broken}
    # The total counts the rows to send, the broken one too: it is found out only when its batch is made.
    assert [(s.done, s.total) for s in seen if s.stage == "push"] == [(0, 5), (2, 5), (4, 5)]
    assert alice.workspace.pending_changes() == 1, "the broken record waits, refused, until it is fixed"
