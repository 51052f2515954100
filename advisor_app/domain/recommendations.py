"""Which actions a priority area recommends: those of its items that scored low, not the same three for everyone.

The actions and their sources are data in the scan definition (format 2, see
docs/questionnaire.md), so a coordinator changes them with a new version. An
item recommends its action only when the company scored it at or below the
action's ``max_score``: a company that already holds yearly development talks
(4 out of 5) is not told to start them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .questionnaire import Dimension
from .text import Text

MAX_RECOMMENDATIONS = 3
"""Per priority area: enough to start with, few enough to finish."""


@dataclass(frozen=True)
class Recommendation:
    item_id: str
    score: int
    """What the company answered on the item (1-5)."""
    text: Text
    source: str
    """A key of :attr:`Questionnaire.sources`."""
    max_score: int


def recommend(dimension: Dimension, answers: Mapping[str, int | None]) -> tuple[Recommendation, ...]:
    """The actions of the lowest-scored items first (ties in questionnaire order), one per item."""
    found: list[tuple[int, int, Recommendation]] = []
    for order, item in enumerate(dimension.items):
        score = answers.get(item.id)
        if score is None:
            continue
        action = next((a for a in item.actions if score <= a.max_score), None)
        if action is not None:
            found.append((score, order, Recommendation(item.id, score, action.text, action.source, action.max_score)))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return tuple(recommendation for _, _, recommendation in found[:MAX_RECOMMENDATIONS])
