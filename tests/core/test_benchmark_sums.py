"""The groups without one company, from the sums over all of them, are the groups built without it, to the last bit.

A report as a command takes its company out of the kept sums (``domain.benchmark_sums``) where the running
app builds the groups from every member (``domain.benchmarks.build_benchmarks``): the two must agree in
every mean, count, index and in the groups' order, or the same scan would print other figures as a command.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from advisor_app.domain.benchmark_sums import sums
from advisor_app.domain.benchmarks import Member, build_benchmarks, population
from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import DimensionScore, ScanResult
from advisor_app.paths import DATABASE_FILE
from advisor_app.report.content import gather_from
from advisor_app.services.benchmark_members import kept_members, kept_sums
from advisor_app.services.demo import generate_demo
from advisor_app.services.plain_report import plain_report
from advisor_app.store import listing
from advisor_app.workspace import Workspace

Q = shipped_questionnaires()["basisscan@1.0"]
START = datetime(2026, 1, 5, tzinfo=UTC)


def member(rng: random.Random, company: int, sector: str) -> Member:
    """A scan of ``company`` with arbitrary means (not only those answers give), some dimensions without one."""
    dimensions = tuple(DimensionScore(f"D{d}", 4, 0, 4, None if rng.random() < 0.1 else rng.uniform(1, 5)) for d in range(1, 7))
    sii = None if rng.random() < 0.05 else rng.uniform(0, 100)
    result = ScanResult(
        dimensions=dimensions,
        sii=sii,
        stage=None,
        uncapped_stage=None,
        weakest_dimension=None,
        spread=None,
        strengths=(),
        priorities=(),
        adopter_category=None,
        value_chain=None,
        output_mean=rng.choice([None, rng.uniform(1, 5)]),
    )
    completed = START + timedelta(days=rng.randrange(300))
    return Member(f"company-{company:04d}", sector, completed, f"scan-{rng.randrange(10**9):09d}", result)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_leaving_one_out_of_the_sums_is_building_the_groups_without_it(seed: int) -> None:
    rng = random.Random(seed)
    sectors = ["bouw", "zorg", "logistiek", "alleen"]  # "alleen": one company, gone when it is left out
    members = [
        member(rng, c, "alleen" if c == 7 else rng.choice(sectors[:3])) for c in range(60) for _ in range(rng.randint(1, 3))
    ]
    summed = sums(members)
    companies = sorted({m.company_id for m in members})
    for company in [*companies, None, "company-unknown"]:
        built = build_benchmarks(members, leaving_out=company)
        found = summed.leaving_out(company)
        assert found == built, company
        assert list(found) == list(built), "the groups in the order of their first member"
    assert summed.population() == population(members)
    assert "alleen" not in summed.leaving_out("company-0007")


def test_the_kept_sums_read_back_are_the_sums(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Workspace(folder) as workspace:
        generate_demo(workspace, 20, seed=6)
        scan_id = next(s.id for s in workspace.scans.summaries(status="completed"))
        workspace.benchmarks.local(Q)  # builds the members and keeps them
    with plain_report(folder / DATABASE_FILE) as source:
        gather_from(source, scan_id, "nl")  # a report command: makes the sums from the members and keeps them
    connection = sqlite3.connect(folder / DATABASE_FILE)
    try:
        state = listing.completed_scans_state(connection)
        members = kept_members(connection, Q, state)
        kept = kept_sums(connection, Q, state)
        assert kept_sums(connection, Q, "another state") is None
    finally:
        connection.close()
    assert members is not None
    assert kept is not None
    for company in sorted({m.company_id for m in members}):
        assert kept.leaving_out(company) == build_benchmarks(members, leaving_out=company)
    assert kept.population() == population(members)
