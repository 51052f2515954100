"""Benchmark groups hold companies, not scans, and never the company they are shown to (one rule, device and server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.benchmarks import Member, build_benchmarks, latest_per_company, leave_out, population
from advisor_app.domain.questionnaire import shipped_questionnaires
from advisor_app.domain.scoring import ScanResult, score_scan

Q = shipped_questionnaires()["basisscan@1.0"]
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def result(default: int, d6: int | None = 3) -> ScanResult:
    answers: dict[str, int | None] = {item.id: default for item in Q.items()}
    for item in Q.dimension("D6").items:
        answers[item.id] = d6
    return score_scan(Q, answers)


def member(company: str, sector: str, days: int, scored: ScanResult, scan: str = "") -> Member:
    return Member(company, sector, START + timedelta(days=days), scan or f"{company}-{days}", scored)


def test_a_follow_up_replaces_the_first_scan_instead_of_counting_twice() -> None:
    members = [
        member("a", "construction", 0, result(2)),
        member("a", "construction", 120, result(4)),
        member("b", "construction", 3, result(3)),
    ]
    groups = build_benchmarks(members)
    assert groups["construction"].n == 2
    assert groups["construction"].means["D1"] == pytest.approx(3.5)
    assert [m.scan_id for m in latest_per_company(members)] == ["a-120", "b-3"]


def test_the_company_shown_is_left_out_of_its_groups() -> None:
    members = [member(c, "health", i, result(2 + i % 3)) for i, c in enumerate("abcdefghijkl")]
    everyone = build_benchmarks(members)
    without_a = build_benchmarks(members, leaving_out="a")
    assert everyone["programme"].n == 12
    assert without_a["programme"].n == without_a["health"].n == 11
    others = [m.result.dimension("D1").mean for m in members[1:]]
    assert without_a["health"].means["D1"] == pytest.approx(sum(o or 0 for o in others) / 11)


def test_scans_without_an_index_and_output_gaps_are_counted_honestly() -> None:
    lacking = score_scan(Q, {})
    members = [
        member("a", "logistics", 0, result(3, d6=None)),
        member("b", "logistics", 0, result(5)),
        member("c", "logistics", 0, lacking),
    ]
    group = build_benchmarks(members)["logistics"]
    assert group.n == 2
    assert group.count("D1") == 2
    assert group.count("D6") == 1, "a company without a D6 score is not in D6's mean"


scores = st.integers(min_value=1, max_value=5)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(scores, st.one_of(st.none(), scores)), min_size=2, max_size=12), st.data())
def test_leaving_out_from_server_figures_equals_building_without(
    profiles: list[tuple[int, int | None]], data: st.DataObject
) -> None:
    """The device subtracts its own company from the server's group; that must equal a group built without it."""
    members = [member(f"c{i}", "creative", i, result(level, d6)) for i, (level, d6) in enumerate(profiles)]
    chosen = data.draw(st.sampled_from(members))
    subtracted = leave_out(build_benchmarks(members)["creative"], chosen.result)
    built = build_benchmarks(members, leaving_out=chosen.company_id)["creative"]
    assert subtracted.n == built.n
    assert set(subtracted.means) == set(built.means)
    for dimension, mean in built.means.items():
        assert subtracted.means[dimension] == pytest.approx(mean)
        assert subtracted.count(dimension) == built.count(dimension)
    assert subtracted.sii == pytest.approx(built.sii)


def test_the_adoption_population_has_one_entry_per_company() -> None:
    members = [member("a", "health", 0, result(2)), member("a", "health", 90, result(3)), member("b", "health", 1, result(4))]
    assert len(population(members)) == 2
