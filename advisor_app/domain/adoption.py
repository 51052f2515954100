"""Rogers' adopter categories: how far along a company is in taking up new ways of working (docs/scoring.md).

Apart from the maturity stages because they answer another question (where a company stands among others,
not how mature its practices are) and because the report prints Rogers' shares as its reading of a category:
those shares and the bounds a category is found by are one table here.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from .text import Text

ADOPTER_ORDER = ("laggard", "late_majority", "early_majority", "early_adopter", "innovator")
"""From the last to the first to adopt; position ``i`` matches maturity stage ``i`` for the weakest-link cap."""
ADOPTER_NAMES = {
    "innovator": Text("Vernieuwer", "Innovator"),
    "early_adopter": Text("Vroege gebruiker", "Early adopter"),
    "early_majority": Text("Vroege meerderheid", "Early majority"),
    "late_majority": Text("Late meerderheid", "Late majority"),
    "laggard": Text("Behoudend", "Traditional"),
}
"""Rogers' categories as every screen, report and dashboard names them: words an entrepreneur can be handed.

Rogers' own "laggards" (Dutch "achterblijvers") is a researcher's word, not one to print under a company's name.
"""
ROGERS_SHARES = {"innovator": 2.5, "early_adopter": 13.5, "early_majority": 34.0, "late_majority": 34.0, "laggard": 16.0}
"""Rogers' shares, percent of all adopters, from the first to adopt to the last."""
ROGERS_CUMULATIVE = tuple(
    (ahead / 100, category)
    for ahead, category in zip(accumulate(ROGERS_SHARES.values()), ROGERS_SHARES, strict=True)
    if category != "laggard"
)
"""Per category but the last, the share of adopters ahead of it or in it: (0.025, innovator) ... (0.84, late majority)."""
ADOPTER_PERCENTILE_MIN_N = 30
"""From this many companies in the programme on, a category is a percentile rank at Rogers' shares."""
ADOPTER_BANDS = ((4.2, "innovator"), (3.5, "early_adopter"), (2.7, "early_majority"), (1.9, "late_majority"))
"""Fixed bounds of the adoption composite while the programme is smaller."""
OUTPUT_WEIGHT_IN_ADOPTION = 0.25


def adoption_composite(sii: float, output_mean: float | None) -> float:
    """How far along a company is: capability mostly, realised renewal partly."""
    if output_mean is None:
        return sii
    return (1 - OUTPUT_WEIGHT_IN_ADOPTION) * sii + OUTPUT_WEIGHT_IN_ADOPTION * output_mean


def adopter_category(composite: float, population: Sequence[float] | None = None) -> str:
    """Fixed bands while the programme is small; Rogers' shares once it is not."""
    if population is not None and len(population) >= ADOPTER_PERCENTILE_MIN_N:
        ahead = sum(1 for other in population if other > composite + 1e-9) / len(population)
        for bound, category in ROGERS_CUMULATIVE:
            if ahead < bound:
                return category
        return "laggard"
    for bound, category in ADOPTER_BANDS:
        if round(composite, 9) >= bound:
            return category
    return "laggard"
