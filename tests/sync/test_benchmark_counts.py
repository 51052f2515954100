"""The device leaves its own company out of the server's groups exactly, and agrees with the server (issue 14, point 5).

A dimension's mean can rest on fewer companies than the group: a company that
answered too few renewal (D6) items has no D6 score. The pull therefore carries,
per dimension, how many companies each mean rests on; without that count the
device subtracted its own D6 score as if every company had one, and its D6
comparison on the results screen and the report was off.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from advisor_sync.server.core.db import make_engine, session_factory
from advisor_sync.server.models import BenchmarkSnapshot
from sqlalchemy import select

from advisor_app.domain.benchmarks import build_benchmarks, leave_out
from advisor_app.domain.scoring import BenchmarkGroup
from advisor_app.report import render_report
from advisor_app.services.companies import CompanyInput
from advisor_app.workspace import Workspace

from ..report.pdf import page_texts
from ..server.live import BACKENDS, Database
from ..server.scratch_members import members_from_scratch
from .helpers import Device

OTHERS_WITHOUT_D6 = 6
OTHERS_WITH_D6 = 6
OTHERS_D6 = 2  # 25 on the 0-100 scale
OWN_D6 = 5


def completed_scan(workspace: Workspace, name: str, kvk: str, d6: int | None) -> uuid.UUID:
    """A construction company's completed scan: 3 on every capability item, D6 at ``d6`` (None: "don't know")."""
    company = workspace.companies.create(CompanyInput(name=name, kvk=kvk, sector="construction", employees=12, consent=True))
    scan = workspace.scans.start(company.id)
    for dimension in workspace.questionnaire.dimensions:
        for item in dimension.items:
            score = d6 if dimension.id == "D6" else 3
            if score is None:
                workspace.scans.answer(scan.id, item.id, None, not_applicable=True)
            else:
                workspace.scans.answer(scan.id, item.id, score)
    workspace.scans.complete(scan.id)
    return company.id


def server_groups_without(database_url: str, company_id: uuid.UUID) -> dict[str, BenchmarkGroup]:
    """The groups the server's own rule gives for this company: built from its records, the company left out."""
    return build_benchmarks(members_from_scratch(database_url), leaving_out=str(company_id))


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_the_device_leaves_its_company_out_of_a_mean_that_rests_on_fewer_companies(
    device: Callable[..., Device], database: Database
) -> None:
    alice, bob = device("alice"), device("bob")
    for i in range(OTHERS_WITHOUT_D6 + OTHERS_WITH_D6):
        d6 = OTHERS_D6 if i < OTHERS_WITH_D6 else None
        completed_scan(bob.workspace, f"Bouwbedrijf {i} B.V.", f"{40000000 + i}", d6)
    own = completed_scan(alice.workspace, "Eigen Bouw B.V.", "39999999", OWN_D6)
    bob.sync()
    alice.sync()

    cached = alice.workspace.benchmarks.cached("1.0")["construction"]
    assert cached.n == OTHERS_WITHOUT_D6 + OTHERS_WITH_D6 + 1
    assert cached.count("D6") == OTHERS_WITH_D6 + 1, "the pull says how many companies D6's mean rests on"

    shown = alice.workspace.benchmarks.groups(alice.workspace.questionnaire, own)["construction"]
    expected = server_groups_without(database.url, own)["construction"]
    assert shown.n == expected.n == OTHERS_WITHOUT_D6 + OTHERS_WITH_D6
    assert shown.means.keys() == expected.means.keys()
    for dimension_id, mean in expected.means.items():
        assert shown.means[dimension_id] == pytest.approx(mean), dimension_id
        assert shown.count(dimension_id) == expected.count(dimension_id), dimension_id
    assert shown.sii == pytest.approx(expected.sii)
    assert shown.means["D6"] == pytest.approx(OTHERS_D6)

    own_result = alice.workspace.scans.result(alice.workspace.scans.get(alice.workspace.scans.summaries()[0].id))
    uncounted = leave_out(BenchmarkGroup(cached.key, cached.n, cached.means, cached.sii), own_result)
    assert abs(uncounted.means["D6"] - OTHERS_D6) > 0.2, "without the counts the difference shows (about 5 points)"

    scan_id = alice.workspace.scans.summaries()[0].id
    table = page_texts(render_report(alice.workspace, scan_id, "en"))[1]
    d6_title = alice.workspace.questionnaire.dimension("D6").title.en
    row = table.split(f"D6 {d6_title}", 1)[1]
    assert " 100 25 +75 " in row[:60], "the sector's D6 mean without the company: 25, not 30"


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_server_snapshot_stored_without_counts_is_computed_again(device: Callable[..., Device], database: Database) -> None:
    """Figures a server stored before it kept the counts are not served as if every mean rested on all companies."""
    bob = device("bob")
    for i in range(4):
        completed_scan(bob.workspace, f"Bouwbedrijf {i} B.V.", f"{40000000 + i}", OTHERS_D6 if i % 2 else None)
    bob.sync()
    engine = make_engine(database.url)
    try:
        with session_factory(engine)() as session:
            for snapshot in session.scalars(select(BenchmarkSnapshot)):
                snapshot.groups = [{k: v for k, v in group.items() if k != "counts"} for group in snapshot.groups]
            session.commit()
    finally:
        engine.dispose()

    bob.sync()

    assert bob.workspace.benchmarks.cached("1.0")["construction"].count("D6") == 2


def test_the_device_keeps_the_figures_of_every_version_of_the_scan(workspace: Workspace) -> None:
    """Two versions with a programme group each: the second no longer pushes the first out (it made the sync fail)."""
    workspace.benchmarks.store_from_server("1.0", [BenchmarkGroup("programme", 12, {"D1": 3.0}, 50.0, {"D6": 9})])
    workspace.benchmarks.store_from_server("1.1", [BenchmarkGroup("programme", 11, {"D1": 3.5}, 55.0)])
    workspace.benchmarks.store_from_server("1.1", [BenchmarkGroup("programme", 13, {"D1": 3.25}, 52.0)])

    assert workspace.benchmarks.cached("1.0")["programme"] == BenchmarkGroup("programme", 12, {"D1": 3.0}, 50.0, {"D6": 9})
    assert workspace.benchmarks.cached("1.1")["programme"].n == 13
