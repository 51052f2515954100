"""The companies list read without the ORM (``CompanyService.summaries``) says what ``CompanyService.list`` says.

Each summary is held against the company read through the ORM: every shown field, live companies only
(an erased one is gone), in the ORM's order by name, with equal names next to each other.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_app.services.companies import CompanyInput
from advisor_app.services.company_listing import CompanySummary
from advisor_app.services.views import CompanyView
from advisor_app.workspace import Workspace

SHOWN = ("id", "name", "kvk", "sector", "municipality", "employees", "contact_person", "consent")


def as_listed(company: CompanyView | CompanySummary) -> tuple[object, ...]:
    return tuple(getattr(company, name) for name in SHOWN)


def assert_listing_holds(workspace: Workspace) -> None:
    stored = workspace.companies.list()
    listed = workspace.companies.summaries()
    assert [c.name for c in listed] == [c.name for c in stored], "ordered by name, as the ORM orders them"
    assert [as_listed(c) for c in listed] == sorted((as_listed(c) for c in stored), key=lambda shown: (shown[1], shown[0]))
    for summary in listed:
        assert type(summary.consent) is bool
        assert summary.employees is None or type(summary.employees) is int


def test_every_live_company_is_listed_as_it_is_stored(demo_workspace: Workspace, company_input: CompanyInput) -> None:
    ws = demo_workspace
    first, second, *_ = ws.companies.list()
    ws.companies.delete(first.id)
    ws.companies.update(
        second.id,
        CompanyInput(name=second.name, kvk=second.kvk, sector="health", employees=None, municipality="", consent=False),
    )
    ws.companies.create(company_input)
    twin = CompanyInput(name=company_input.name, kvk="87654321", sector="other", employees=3, consent=True)
    ws.companies.create(twin)  # the same name twice: next to each other
    ws.companies.create(CompanyInput(name="aardappel & Zn", kvk="11223344", sector="other"))
    assert_listing_holds(ws)
    assert first.id not in {c.id for c in ws.companies.summaries()}, "an erased company is not listed"
    [changed] = [c for c in ws.companies.summaries() if c.id == second.id]
    assert (changed.sector, changed.employees, changed.municipality, changed.consent) == ("health", None, "", False)


def test_an_empty_folder_lists_nothing(workspace: Workspace) -> None:
    assert workspace.companies.summaries() == []


names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(lambda name: name.strip())


def test_any_names_are_listed_in_the_orms_order() -> None:
    """Names in any script and case (SQLite's binary order and Python's agree), equal ones included."""
    with tempfile.TemporaryDirectory() as folder, Workspace(Path(folder) / "data") as ws:
        made = iter(range(10_000_000, 99_999_999))

        @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(chosen=st.lists(names, min_size=1, max_size=6))
        def check(chosen: list[str]) -> None:
            for name in chosen:
                ws.companies.create(CompanyInput(name=name, kvk=str(next(made)), sector="health", employees=len(name)))
            assert_listing_holds(ws)

        check()
