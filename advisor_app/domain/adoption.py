"""Rogers' adopter categories: how far along a company is in taking up new ways of working (docs/scoring.md).

Apart from the maturity stages because they answer another question (where a company stands among others,
not how mature its practices are) and because the report prints Rogers' shares as its reading of a category:
those shares and the bounds a category is found by are one table here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
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


class Population:
    """The programme's adoption composites, one per company, kept sorted: a company's rank is a binary search.

    Every result the device shows or prints, and every scan in the server's programme figures, is ranked
    against the whole programme. As a pass over the population per ranking, a report at 50,000 scans spent a
    third of its reading there (12 ms a result) and the server's figures grew with the square of the scans.
    """

    __slots__ = ("_composites",)

    def __init__(self, composites: Iterable[float] = ()) -> None:
        self._composites = tuple(sorted(composites))

    def __len__(self) -> int:
        return len(self._composites)

    def __iter__(self) -> Iterator[float]:
        """The composites from the lowest to the highest."""
        return iter(self._composites)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Population) and self._composites == other._composites

    def __hash__(self) -> int:
        return hash(self._composites)

    def __repr__(self) -> str:
        return f"Population({list(self._composites)!r})"

    def share_ahead(self, composite: float) -> float:
        """The share of the population strictly ahead of ``composite`` (within 1e-9 counts as level, not ahead)."""
        return (len(self._composites) - bisect_right(self._composites, composite + 1e-9)) / len(self._composites)


def adopter_category(composite: float, population: Population | None = None) -> str:
    """Fixed bands while the programme is small; Rogers' shares once it is not."""
    if population is not None and len(population) >= ADOPTER_PERCENTILE_MIN_N:
        ahead = population.share_ahead(composite)
        for bound, category in ROGERS_CUMULATIVE:
            if ahead < bound:
                return category
        return "laggard"
    for bound, category in ADOPTER_BANDS:
        if round(composite, 9) >= bound:
            return category
    return "laggard"
