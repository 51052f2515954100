"""The effect figures, checked against a hand computation (and published t tables) on small fixed data."""

from __future__ import annotations

import html
import re
import uuid
from datetime import UTC, datetime

import pytest
from advisor_sync.server.services.effect import Pair, build_effect, mean_change, t_cdf, t_quantile, welch_difference
from hypothesis import given
from hypothesis import strategies as st

from .dashboard import Dashboard
from .live import Api, LiveServer
from .records import NOW, answers, change, company, pushed, scan, voucher

T_975 = {
    1: 12.7062047362,
    2: 4.3026527297,
    3: 3.1824463053,
    4: 2.7764451052,
    9: 2.2621571628,
    29: 2.0452296421,
    1000: 1.9623390808,
}
"""Two-sided 95 % points of Student's t (any statistics table; ten decimals from R's qt)."""


@pytest.mark.parametrize(("df", "expected"), sorted(T_975.items()))
def test_the_t_quantile_matches_the_tables(df: int, expected: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=1e-9)


def test_the_t_quantile_for_fractional_degrees_of_freedom() -> None:
    assert t_quantile(0.975, 2.5) == pytest.approx(3.5746548420, abs=1e-9)
    assert t_quantile(0.025, 3) == pytest.approx(-T_975[3], abs=1e-9)


@given(st.floats(0.001, 0.999), st.floats(0.5, 500))
def test_quantile_then_cdf_gives_the_probability_back(p: float, df: float) -> None:
    assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-9)


def test_a_mean_change_with_its_interval_by_hand() -> None:
    # 2, 4, 6: mean 4, sd 2, se 2/sqrt(3); t(0.975, 2) = 4.302653 -> half width 4.968275
    estimate = mean_change([2.0, 4.0, 6.0])
    assert (estimate.n, estimate.mean, estimate.df) == (3, 4.0, 2.0)
    assert estimate.low == pytest.approx(-0.9682754235, abs=1e-8)
    assert estimate.high == pytest.approx(8.9682754235, abs=1e-8)
    single = mean_change([7.0])
    assert (single.n, single.mean, single.low, single.high) == (1, 7.0, None, None)
    assert mean_change([]).mean is None


def test_welchs_difference_by_hand() -> None:
    # 2,4,6 vs 0,1,2,3: difference 2.5; variances 4/3 and (5/3)/4; Welch df 3.2347
    estimate = welch_difference([2.0, 4.0, 6.0], [0.0, 1.0, 2.0, 3.0])
    assert estimate.mean == pytest.approx(2.5)
    assert estimate.df == pytest.approx(3.2347188264, abs=1e-8)
    assert estimate.low == pytest.approx(-1.5423279549, abs=1e-8)
    assert estimate.high == pytest.approx(6.5423279549, abs=1e-8)
    assert welch_difference([1.0, 1.0], [0.0, 0.0]).low == 1.0, "no spread: the interval is the difference itself"
    assert welch_difference([1.0], [0.0, 2.0]).low is None


def test_a_pair_without_an_index_counts_only_where_it_has_scores() -> None:
    pair = Pair(uuid.uuid4(), "health", "none", frozenset(), None, 50.0, {"D1": 25.0}, {"D1": 50.0, "D2": 10.0}, None, 2)
    assert pair.index_change is None
    assert pair.dimension_change("D1") == 25.0
    assert pair.dimension_change("D2") is None
    assert pair.stage_went_up is None


COMPLETED_FIRST = "2025-10-02T11:30:00+00:00"
COMPLETED_LATER = "2026-02-02T11:30:00+00:00"
HAND_MADE = {
    # kvk: (first score, follow-up score, voucher status or None); uniform answers make every dimension move alike
    "10000001": (2, 3, "completed"),  # +25, stage aware -> developing
    "10000002": (2, 4, "completed"),  # +50, aware -> systematic
    "10000003": (3, 3, None),  # 0, developing -> developing
    "10000004": (1, 2, "rejected"),  # +25, starting -> aware; a rejected request is no voucher
}


def push_hand_made(alice: Api) -> None:
    for kvk, (first, later, status) in HAND_MADE.items():
        company_id, first_id = uuid.uuid4(), uuid.uuid4()
        changes = [
            change("company", company_id, company(kvk=kvk, name=f"Bedrijf {kvk}", sector="health")),
            change("scan", first_id, scan(company_id, completed=True, answers=answers(first))),
            change(
                "scan",
                uuid.uuid4(),
                scan(
                    company_id,
                    completed=True,
                    answers=answers(later),
                    follow_up_of_id=str(first_id),
                    completed_at=COMPLETED_LATER,
                ),
            ),
        ]
        if status:
            changes.append(change("voucher", uuid.uuid4(), voucher(company_id, status=status, status_changed_at=NOW)))
        assert {r["status"] for r in pushed(alice, *changes)} == {"accepted"}
    lone = uuid.uuid4()
    pushed(alice, change("company", lone, company(kvk="10000005")), change("scan", uuid.uuid4(), scan(lone, completed=True)))


def test_the_effect_endpoint_gives_the_hand_computed_figures(alice: Api, carol: Api) -> None:
    push_hand_made(alice)
    assert alice.get("/monitoring/effect").status_code == 403, "coordinators only"
    effect = carol.get("/monitoring/effect").json()
    assert effect["pairs"] == 4, "the company with one scan has no follow-up"
    index = effect["overall"]["index"]
    # changes 25, 50, 0, 25: mean 25, sd sqrt(1250/3), t(0.975, 3) = 3.182446 -> 25 -+ 32.480707
    assert (index["n"], index["mean"], index["df"]) == (4, 25.0, 3.0)
    assert index["low"] == pytest.approx(-7.4807065906, abs=1e-8)
    assert index["high"] == pytest.approx(57.4807065906, abs=1e-8)
    assert [d["change"]["mean"] for d in effect["overall"]["dimensions"]] == [25.0] * 6
    assert effect["overall"]["stage_up"] == 3
    assert effect["overall"]["stage_up_share"] == 0.75
    split = effect["by_voucher"]
    assert (split["completed"]["n"], split["completed"]["index"]["mean"]) == (2, 37.5)
    assert (split["none"]["n"], split["none"]["index"]["mean"]) == (2, 12.5)
    # 25, 50 vs 0, 25: difference 25, se sqrt(312.5), Welch df 2, t(0.975, 2) = 4.302653 -> 25 -+ 76.060873
    difference = split["difference"]
    assert (difference["mean"], difference["df"]) == (25.0, 2.0)
    assert difference["low"] == pytest.approx(-51.0608730574, abs=1e-8)
    assert difference["high"] == pytest.approx(101.0608730574, abs=1e-8)
    health = next(g for g in effect["by_sector"] if g["key"] == "health")
    assert (health["n"], health["enough"], health["index"]) == (4, False, None), "fewer than 10: too few"
    assert effect["minimum_n"] == 10


def test_a_voucher_completed_after_the_follow_up_is_not_counted_as_help(alice: Api, carol: Api) -> None:
    company_id, first_id = uuid.uuid4(), uuid.uuid4()
    late = datetime(2026, 6, 1, tzinfo=UTC).isoformat()
    pushed(
        alice,
        change("company", company_id, company(kvk="10000009")),
        change("scan", first_id, scan(company_id, completed=True, answers=answers(2))),
        change(
            "scan",
            uuid.uuid4(),
            scan(company_id, completed=True, answers=answers(3), follow_up_of_id=str(first_id), completed_at=COMPLETED_LATER),
        ),
        change("voucher", uuid.uuid4(), voucher(company_id, status="completed", status_changed_at=late)),
    )
    split = carol.get("/monitoring/effect").json()["by_voucher"]
    assert (split["completed"]["n"], split["none"]["n"]) == (0, 0)


def test_a_subgroup_of_ten_gets_its_interval_and_one_of_nine_is_too_few() -> None:
    """Sector and intervention groups by hand, at the threshold of n >= 10."""
    changes = [float(c) for c in range(1, 11)]  # 1..10 in health: mean 5.5, sd 3.0276504, se 0.9574271
    pairs = [
        Pair(
            uuid.uuid4(),
            "health",
            "none",
            frozenset({"management"} if i < 9 else {"management", "primary_process"}),
            40.0,
            40.0 + change,
            {"D1": 40.0},
            {"D1": 40.0 + 2 * change},
            2,
            3 if change > 5 else 2,
        )
        for i, change in enumerate(changes)
    ]
    pairs.append(Pair(uuid.uuid4(), "retail", "none", frozenset(), 50.0, 50.0, {"D1": 50.0}, {"D1": 50.0}, 3, 3))
    effect = build_effect(
        pairs,
        dimensions=[("D1", "Strategie")],
        sectors={"health": "Zorg", "retail": "Handel"},
        interventions={"management": "management", "primary_process": "primair proces"},
        groups={"all": "Alle", "completed": "Voucher", "none": "Geen"},
        now=datetime(2026, 12, 1, tzinfo=UTC),
    )
    health, retail = effect.by_sector
    assert (health.key, health.n, health.enough) == ("health", 10, True)
    assert health.index is not None
    # t(0.975, 9) = 2.2621571628 -> half width 2.1658505897
    assert (health.index.mean, health.index.df) == (5.5, 9.0)
    assert health.index.low == pytest.approx(3.3341494103, abs=1e-8)
    assert health.index.high == pytest.approx(7.6658505897, abs=1e-8)
    assert health.dimensions[0].change.mean == 11.0, "the dimension moved twice as far"
    assert (health.stage_up, health.stage_up_share) == (5, 0.5)
    assert (retail.n, retail.enough, retail.index, retail.dimensions) == (1, False, None, []), "too few"
    management, primary = effect.by_intervention
    assert (management.n, management.enough, management.index.mean if management.index else None) == (10, True, 5.5)
    assert (primary.n, primary.enough, primary.index) == (1, False, None)
    assert effect.overall.n == 11
    assert effect.overall.index is not None
    assert effect.overall.index.mean == pytest.approx(55.0 / 11)


def row_text(page: str, row_id: str) -> str:
    found = re.search(rf'<tr id="{row_id}">(.*?)</tr>', page, re.DOTALL)
    assert found, row_id
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())


def test_the_effect_page_shows_the_endpoints_figures(alice: Api, carol: Api, server: LiveServer) -> None:
    """The same hand-made data on the page: each figure the JSON's, rounded to one decimal (English page)."""
    push_hand_made(alice)
    effect = carol.get("/monitoring/effect").json()
    dashboard = Dashboard(server.url, "en")
    assert dashboard.log_in("carol").status_code == 303
    page = dashboard.get("/dashboard/effect").text
    assert re.search(r'id="effect-pairs"[^>]*>4<', page)
    index = effect["overall"]["index"]
    assert row_text(page, "effect-index") == f"Index +25.0 {index['low']:.1f} … +{index['high']:.1f} 4".replace("-", "−")
    assert row_text(page, "effect-index") == "Index +25.0 −7.5 … +57.5 4"
    assert row_text(page, "effect-voucher-index") == "Index +37.5 2 +12.5 2 +25.0 −51.1 … +101.1"
    assert "Companies whose maturity stage went up: 75% (3)" in " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert row_text(page, "effect-sector-health").endswith("too few (n < 10) 4 –")
