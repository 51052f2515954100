"""The short score is the full score's parts, for every answer set.

What the server's benchmark groups score (``scoring.score_for_groups``) is the full score without the parts no group reads.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.questionnaire import Questionnaire, shipped_questionnaires
from advisor_app.domain.scoring import score_for_groups, score_scan

QUESTIONNAIRES = sorted(shipped_questionnaires().values(), key=lambda q: q.key)
answer_values = st.one_of(st.none(), st.integers(min_value=1, max_value=5))


@st.composite
def scans(draw: st.DrawFn) -> tuple[Questionnaire, dict[str, int | None], dict[str, int]]:
    """A questionnaire, answers from none to all (so both a missing and a full headline come up) and ambitions."""
    questionnaire = draw(st.sampled_from(QUESTIONNAIRES))
    items = list(questionnaire.item_ids)
    answered = draw(st.lists(st.sampled_from(items), unique=True) | st.just(items) | st.just([]))
    answers = {item: draw(answer_values) for item in answered}
    ambitions = draw(st.dictionaries(st.sampled_from([d.id for d in questionnaire.dimensions]), st.integers(1, 3)))
    return questionnaire, answers, ambitions


@settings(max_examples=400, deadline=None)
@given(scans())
def test_groups_score_is_the_full_score_without_what_no_group_reads(
    scan: tuple[Questionnaire, dict[str, int | None], dict[str, int]],
) -> None:
    questionnaire, answers, _ambitions = scan
    full = score_scan(questionnaire, answers)
    slim = dataclasses.replace(full, strengths=(), priorities=(), value_chain=None, innovation_types={})
    assert score_for_groups(questionnaire, answers) == slim
