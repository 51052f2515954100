"""The summary's view model: plain, frozen, Qt-free data in one language.

Everything the PDF (and later the results screen) shows is here, resolved to
text and numbers, so layout never needs the workspace.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

PROGRAMME = "programme"


@dataclass(frozen=True)
class DimensionLine:
    id: str
    title: str
    capability: bool
    score: float | None
    """0-100, or ``None`` when the dimension has too few answers."""
    stage: str | None
    answered: int
    total: int
    ambition: str | None
    """The company's own ambition for it (capability dimensions), in words."""


@dataclass(frozen=True)
class Benchmark:
    n: int
    """Companies in the group (one scan each), the company itself not among them."""
    shown: bool
    scores: dict[str, float]
    """Dimension id to its mean on 0-100."""


@dataclass(frozen=True)
class ActionLine:
    item_id: str
    score: int
    text: str
    source: str


@dataclass(frozen=True)
class PriorityArea:
    id: str
    title: str
    score: float
    ambition: str
    intervention: str
    actions: tuple[ActionLine, ...]
    general_actions: tuple[str, ...]
    """Actions of an older (format 1) definition, the same for every company."""
    weakest_link: bool
    """In the list because it is the weakest dimension, not because of its priority alone."""


@dataclass(frozen=True)
class ChainLink:
    key: str
    name: str
    hint: str
    score: float
    weak: bool


@dataclass(frozen=True)
class RenewalLine:
    name: str
    score: int | None
    answer: str


@dataclass(frozen=True)
class PlanLine:
    description: str
    owner: str
    due: date | None
    status: str


@dataclass(frozen=True)
class PlanBlock:
    title: str
    actions: tuple[PlanLine, ...]
    next_steps: str
    drawn_up_after: date | None
    """The date of the earlier scan the plan was made from; ``None`` when it is this scan's."""


@dataclass(frozen=True)
class VoucherBlock:
    amount_cents: int
    own_contribution_cents: int
    supplier: str
    deliverables: str
    status: str
    next_step: str


@dataclass(frozen=True)
class ComparisonLine:
    label: str
    before: float | None
    now: float | None


@dataclass(frozen=True)
class Comparison:
    before_date: date
    before_sii: float | None
    before_stage: str | None
    before_scores: dict[str, float | None]
    lines: tuple[ComparisonLine, ...]


@dataclass(frozen=True)
class Note:
    item_id: str
    statement: str
    text: str


@dataclass(frozen=True)
class ReportContent:
    language: str
    scan_id: str
    questionnaire_title: str
    questionnaire_key: str
    draft: bool
    scan_date: date
    created: datetime
    """The PDF's creation date: when the scan was completed or last changed, never "now"."""

    company: str
    kvk: str
    sector: str
    size: str
    location: str
    contact_person: str
    advisor: str
    consent: bool
    consent_date: date | None

    sii: float | None
    stage: str | None
    stage_number: int | None
    stage_count: int
    capped_from: str | None
    weakest: str | None
    adopter: str | None
    """The adopter category in respectful words, as every screen names it (``domain.adoption.ADOPTER_NAMES``)."""
    adopter_description: str | None
    adopter_share: str | None
    adopter_capped: bool
    unbalanced: bool
    dimensions: tuple[DimensionLine, ...]
    sector_benchmark: Benchmark | None
    programme_benchmark: Benchmark | None
    strengths: tuple[str, ...]
    priorities: tuple[PriorityArea, ...]
    chain: tuple[ChainLink, ...]
    chain_weakness: tuple[str, ...]
    """The names of the weakest links ("ideeënarm", ...); empty when every link is strong."""
    renewal: tuple[RenewalLine, ...]

    plan: PlanBlock | None
    voucher: VoucherBlock | None
    voucher_limit_cents: int
    comparison: Comparison | None
    notes: tuple[Note, ...]
    summary_notes: str
    item_count: int
    min_answered: int
    benchmark_min_n: int

    def fingerprint(self) -> str:
        """A short hash of everything shown, so two printouts can be told apart at a glance."""
        data = json.dumps(_plain(self), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:10]

    def reference(self) -> tuple[Benchmark, str] | None:
        """The group the company is compared with: its sector, else the programme, once large enough."""
        for group, kind in ((self.sector_benchmark, "sector"), (self.programme_benchmark, PROGRAMME)):
            if group is not None and group.shown:
                return group, kind
        return None


_FIELDS: dict[type, tuple[str, ...]] = {}
"""Per dataclass of the content, its fields' names (``dataclasses.fields`` looks them up at every call)."""


def _plain(value: object) -> object:
    """``dataclasses.asdict`` of the content as JSON writes it, without the copy asdict makes of every value.

    A dataclass becomes a dict of its fields, a tuple or list a list, a dict a dict; the values (text,
    numbers, dates) are written as they are, so the JSON, and the hash in every footer, stay the same.
    """
    kind = type(value)
    if kind is tuple or kind is list:
        return [_plain(item) for item in value]  # type: ignore[attr-defined]  # a tuple or list, as checked
    if kind is dict:
        return {key: _plain(item) for key, item in value.items()}  # type: ignore[attr-defined]  # a dict, as checked
    names = _FIELDS.get(kind)
    if names is None:
        if not dataclasses.is_dataclass(value):
            return value
        names = _FIELDS[kind] = tuple(field.name for field in dataclasses.fields(value))
    return {name: _plain(getattr(value, name)) for name in names}
