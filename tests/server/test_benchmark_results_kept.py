"""The benchmarks a pull carries stay those of the programme's current completed scans while the server keeps results.

A server process keeps what the groups read of each scored scan by its version
(``services.benchmarks.GroupResults``) and scores only versions it has not met. Every
pull here is held to the groups built from scratch, each scan scored in full, from the
database as it stands: after a second advisor's scans, an erased company (its results
still kept), and a completed revision that replaces its original with other answers.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from advisor_app.domain.benchmarks import build_benchmarks

from .live import Api, Database
from .records import answers, change, company, demo_changes, pull_all, pushed, scan
from .scratch_members import members_from_scratch


def from_scratch(database_url: str) -> dict[str, dict[str, Any]]:
    """The groups of every current completed scan, each scored in full now, as the pull writes them."""
    return {
        key: {"key": key, "n": group.n, "means": dict(group.means), "sii": group.sii, "counts": dict(group.counts)}
        for key, group in build_benchmarks(members_from_scratch(database_url)).items()
    }


def pulled_groups(api: Api) -> dict[str, dict[str, Any]]:
    (benchmarks,) = pull_all(api)[1]["benchmarks"]
    return {group["key"]: group for group in benchmarks["groups"]}


def agrees(api: Api, database: Database) -> dict[str, dict[str, Any]]:
    groups = pulled_groups(api)
    expected = from_scratch(database.url)
    assert groups.keys() == expected.keys()
    for key, group in expected.items():
        assert (groups[key]["n"], groups[key]["counts"]) == (group["n"], group["counts"]), key
        assert groups[key]["means"] == pytest.approx(group["means"]), key
        assert groups[key]["sii"] == pytest.approx(group["sii"]), key
    return groups


def test_kept_results_give_the_groups_of_the_data_as_it_stands(tmp_path: Path, database: Database, alice: Api, bob: Api) -> None:
    for api, changes in ((alice, demo_changes(tmp_path / "alice", 8, seed=1)), (bob, demo_changes(tmp_path / "bob", 6, seed=2))):
        for start in range(0, len(changes), 200):
            assert {r["status"] for r in pushed(api, *changes[start : start + 200])} == {"accepted"}
        agrees(alice, database)

    company_id, original = uuid.uuid4(), uuid.uuid4()
    made = pushed(
        alice, change("company", company_id, company(kvk="11112222")), change("scan", original, scan(company_id, completed=True))
    )
    programme = agrees(alice, database)["programme"]
    before = programme["n"]
    revised = scan(
        company_id, completed=True, revision_of_id=str(original), answers=answers(5), completed_at="2025-10-03T09:00:00+00:00"
    )
    assert pushed(alice, change("scan", uuid.uuid4(), revised))[0]["status"] == "accepted"
    after = agrees(alice, database)["programme"]
    assert after["n"] == before, "the revision replaces its original: the company counts once"
    assert after["sii"] > programme["sii"], "with the revision's answers"

    erased = pushed(alice, change("company", company_id, None, base=made[0]["version"], deleted=True))[0]
    assert erased["status"] == "accepted"
    assert agrees(bob, database)["programme"]["n"] == before - 1, "an erased company's kept results count no more"
