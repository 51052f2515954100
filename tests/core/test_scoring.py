"""Hand-computed scoring cases, edge cases and properties (docs/scoring.md)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.adoption import Population, adopter_category
from advisor_app.domain.questionnaire import Questionnaire, shipped_questionnaires
from advisor_app.domain.scoring import (
    STAGES,
    BenchmarkGroup,
    score_scan,
    stage_of,
)

Q: Questionnaire = shipped_questionnaires()["basisscan@1.0"]


def answers_with(means: dict[str, int], default: int = 3) -> dict[str, int | None]:
    """Every item of a dimension gets that dimension's score."""
    return {item.id: means.get(item.dimension_id, default) for item in Q.items()}


def test_all_threes_is_fifty_and_developing() -> None:
    result = score_scan(Q, answers_with({}))
    assert [d.percent for d in result.dimensions] == [50.0] * 6
    assert result.sii == 3.0
    assert result.sii_percent == 50.0
    assert result.stage == "developing"
    assert not result.capped
    assert not result.unbalanced


def test_dimension_mean_ignores_not_applicable_and_needs_three_scores() -> None:
    answers = answers_with({})
    answers.update({"D1.1": 5, "D1.2": 4, "D1.3": 3, "D1.4": None})
    assert score_scan(Q, answers).dimension("D1").mean == 4.0
    assert score_scan(Q, answers).dimension("D1").percent == 75.0
    answers["D1.3"] = None
    two_scores = score_scan(Q, answers)
    assert two_scores.dimension("D1").mean is None
    assert two_scores.dimension("D1").not_applicable == 2
    assert two_scores.sii is None
    assert two_scores.stage is None


def test_all_not_applicable_gives_insufficient_data_everywhere() -> None:
    result = score_scan(Q, dict.fromkeys(Q.item_ids))
    assert all(d.mean is None and d.not_applicable == 4 for d in result.dimensions)
    assert result.sii is None
    assert result.priorities == ()
    assert result.adopter_category is None


def test_unanswered_items_count_as_missing() -> None:
    result = score_scan(Q, {"D1.1": 4, "D1.2": 4})
    assert result.dimension("D1").scored == 2
    assert result.dimension("D1").mean is None


def test_weakest_link_caps_the_stage_one_above_the_weakest_dimension() -> None:
    result = score_scan(Q, answers_with({"D1": 5, "D2": 5, "D3": 5, "D4": 5, "D5": 1}))
    assert result.sii == pytest.approx(4.2)
    assert result.uncapped_stage == "front_runner"
    assert result.weakest_dimension == "D5"
    assert result.stage == "aware"
    assert result.capped
    assert result.unbalanced
    assert result.spread == 4.0


def test_spread_of_exactly_one_and_a_half_is_still_balanced() -> None:
    answers = answers_with({"D1": 2, "D2": 3, "D3": 3, "D4": 3, "D5": 3})
    answers.update({"D1.1": 3, "D1.2": 2, "D1.3": 2, "D1.4": 2})
    answers.update({"D2.1": 4, "D2.2": 4, "D2.3": 4, "D2.4": 3})
    result = score_scan(Q, answers)
    assert result.dimension("D1").mean == 2.25
    assert result.dimension("D2").mean == 3.75
    assert result.spread == 1.5
    assert not result.unbalanced


@pytest.mark.parametrize(
    ("mean", "stage"),
    [
        (1.0, "starting"),
        (1.79, "starting"),
        (1.8, "aware"),
        (2.6, "developing"),
        (3.4, "systematic"),
        (4.2, "front_runner"),
        (5.0, "front_runner"),
    ],
)
def test_stage_bounds_belong_to_the_higher_stage(mean: float, stage: str) -> None:
    assert stage_of(mean) == stage


def test_priorities_by_hand_with_ambition_and_sector_gap() -> None:
    answers = answers_with({"D1": 2, "D2": 3, "D3": 4, "D4": 2, "D5": 3})
    sector = BenchmarkGroup("construction", n=12, means={"D1": 3.0, "D2": 2.0})
    result = score_scan(Q, answers, ambitions={"D1": 1, "D4": 3}, benchmark=sector)
    values = {p.dimension_id: p.value for p in result.priorities}
    assert values == {"D1": 3.75, "D2": 4.0, "D3": 2.0, "D4": 9.0, "D5": 4.0}
    assert [p.dimension_id for p in result.priorities[:2]] == ["D4", "D2"]  # D2 and D5 tie: questionnaire order
    # unbalanced (4 - 2 > 1.5): the weakest dimension, D1 (tied with D4, questionnaire order), takes the second place
    assert [p.dimension_id for p in result.improvement_areas] == ["D4", "D1"]
    assert result.improvement_areas[0].intervention == "strategy_organisation"
    assert len(result.improvement_areas[0].actions) == 3


def test_small_benchmark_is_not_used() -> None:
    answers = answers_with({"D1": 2})
    small = BenchmarkGroup("construction", n=9, means={"D1": 5.0})
    assert score_scan(Q, answers, benchmark=small).priorities[0].value == 6.0
    assert score_scan(Q, answers, benchmark=BenchmarkGroup("c", n=10, means={"D1": 5.0})).priorities[0].value == 6.0 * 1.75


def test_perfect_scores_have_no_improvement_areas_and_two_strengths() -> None:
    result = score_scan(Q, answers_with({}, default=5))
    assert result.improvement_areas == ()
    assert result.strengths == ("D1", "D2")
    assert result.adopter_category == "innovator"


def test_value_chain_names_the_weakest_link() -> None:
    answers = answers_with({})
    answers.update({"D5.1": 4, "D5.2": 4, "D5.3": 2, "D5.4": 3})
    chain = score_scan(Q, answers).value_chain
    assert chain is not None
    assert chain.means == {"ideas": 4.0, "conversion": 2.0, "diffusion": 3.0}
    assert chain.weakest == "conversion"


def test_innovation_types_come_from_the_output_dimension() -> None:
    answers = answers_with({})
    answers.update({"D6.1": 5, "D6.2": 1, "D6.3": None})
    assert score_scan(Q, answers).innovation_types == {"product": 5, "process": 1, "marketing": None, "organisational": 3}


@pytest.mark.parametrize(
    ("composite", "category"),
    [(4.2, "innovator"), (3.5, "early_adopter"), (2.7, "early_majority"), (1.9, "late_majority"), (1.89, "laggard")],
)
def test_adopter_bands_while_the_programme_is_small(composite: float, category: str) -> None:
    assert adopter_category(composite) == category
    assert adopter_category(composite, population=Population([3.0] * 29)) == category


def test_adopter_percentiles_follow_rogers_once_there_are_enough_scans() -> None:
    composites = [1 + 4 * i / 99 for i in range(100)]
    population = Population(reversed(composites))
    assert adopter_category(5.0, population) == "innovator"
    assert adopter_category(composites[90], population) == "early_adopter"
    assert adopter_category(composites[60], population) == "early_majority"
    assert adopter_category(composites[30], population) == "late_majority"
    assert adopter_category(composites[5], population) == "laggard"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(1.0, 5.0), min_size=1, max_size=60), st.floats(0.5, 5.5))
def test_the_share_ahead_counts_the_composites_above_as_a_pass_over_them_would(composites: list[float], composite: float) -> None:
    """The binary search over the sorted population counts what a look at every composite counts."""
    population = Population(composites)

    def ahead_of(value: float) -> float:
        return sum(1 for other in composites if other > value + 1e-9) / len(composites)

    assert population.share_ahead(composite) == ahead_of(composite)
    for level in composites:  # a company level with others (its own composite among them) is not behind them
        assert population.share_ahead(level) == ahead_of(level)


answer_values = st.one_of(st.none(), st.integers(min_value=1, max_value=5))
answer_maps = st.dictionaries(st.sampled_from(Q.item_ids), answer_values)


@settings(max_examples=300, deadline=None)
@given(answer_maps, st.dictionaries(st.sampled_from([d.id for d in Q.dimensions]), st.integers(1, 3)))
def test_scores_stay_in_range(answers: dict[str, int | None], ambitions: dict[str, int]) -> None:
    result = score_scan(Q, answers, ambitions)
    for score in result.dimensions:
        assert score.percent is None or 0.0 <= score.percent <= 100.0
    assert result.sii is None or 1.0 <= result.sii <= 5.0
    assert result.sii_percent is None or 0.0 <= result.sii_percent <= 100.0
    assert all(p.value > 0 for p in result.priorities)
    assert len(result.improvement_areas) <= 2
    if result.stage is not None and result.uncapped_stage is not None:
        assert STAGES.index(result.stage) <= STAGES.index(result.uncapped_stage)


@settings(max_examples=200, deadline=None)
@given(answer_maps, st.randoms(use_true_random=False))
def test_scores_do_not_depend_on_answer_order(answers: dict[str, int | None], rnd: random.Random) -> None:
    shuffled_items = list(answers.items())
    rnd.shuffle(shuffled_items)
    assert score_scan(Q, dict(shuffled_items)) == score_scan(Q, answers)
