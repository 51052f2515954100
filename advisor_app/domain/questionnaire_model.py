"""The scan definition as the app uses it: dimensions, items, intake questions and their vocabularies.

Plain frozen records with no knowledge of files: ``questionnaire_schema`` builds them from a
definition's JSON after checking every part of it, ``questionnaire_files`` reads the files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from .errors import ValidationError
from .text import Text

FORMAT = 2
"""Format 2 keeps the recommended actions per item, each with its source; format 1 kept three per dimension."""
FORMATS = (1, FORMAT)
ROLES = ("capability", "output")
INTERVENTIONS = ("strategy_organisation", "primary_process", "staff_deployment", "management")
CHAINS = ("ideas", "conversion", "diffusion")
INNOVATION_TYPES = ("product", "process", "marketing", "organisational")
INTAKE_KINDS = ("choice", "percent", "scale")
ANCHOR_POINTS = ("1", "3", "5")
INTAKE_RANGES = {"percent": (0, 100), "scale": (1, 5)}

INTERVENTION_NAMES = {
    "strategy_organisation": Text("strategie en organisatie", "strategy and organisation"),
    "primary_process": Text("primair proces", "primary process"),
    "staff_deployment": Text("inzet van personeel", "staff deployment"),
    "management": Text("management", "management"),
}
CHAIN_NAMES = {
    "ideas": Text("Ideeën", "Ideas"),
    "conversion": Text("Omzetting", "Conversion"),
    "diffusion": Text("Verspreiding", "Diffusion"),
}
INNOVATION_TYPE_NAMES = {
    "product": Text("Producten en diensten", "Products and services"),
    "process": Text("Productie en levering", "Production and delivery"),
    "marketing": Text("Marketing", "Marketing"),
    "organisational": Text("Organisatie", "Organisation"),
}


@dataclass(frozen=True)
class Option:
    value: str
    label: Text


@dataclass(frozen=True)
class IntakeQuestion:
    id: str
    kind: str
    label: Text
    help: Text
    options: tuple[Option, ...] = ()
    anchors: Mapping[str, Text] | None = None

    def clean(self, value: object) -> str | int | None:
        """The stored form of an answer (``None`` when left empty), or a ValidationError naming the question.

        The device and the server both call this, so an intake answer means the same on either side.
        """
        if value is None or value == "":
            return None
        if self.kind == "choice":
            allowed = tuple(option.value for option in self.options)
            if not isinstance(value, str) or value not in allowed:
                raise ValidationError(
                    self.id,
                    Text(
                        f"{self.id}: '{value}' is geen van {', '.join(allowed)}",
                        f"{self.id}: '{value}' is not one of {', '.join(allowed)}",
                    ),
                )
            return value
        low, high = INTAKE_RANGES[self.kind]
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, str) and value.strip().isdigit():
            number = int(value)
        if number is None or not low <= number <= high:
            raise ValidationError(
                self.id,
                Text(
                    f"{self.id}: '{value}' ligt niet tussen {low} en {high}",
                    f"{self.id}: '{value}' is not between {low} and {high}",
                ),
            )
        return number


@dataclass(frozen=True)
class Source:
    """Where a recommended action comes from: a short label for the page and the full reference for docs."""

    key: str
    label: Text
    reference: str


@dataclass(frozen=True)
class ItemAction:
    """An action recommended when its item scored ``max_score`` or lower."""

    text: Text
    source: str
    max_score: int


@dataclass(frozen=True)
class Item:
    id: str
    dimension_id: str
    text: Text
    help: Text
    anchors: Mapping[str, Text]
    allow_na: bool
    weight: float
    chain: str | None = None
    innovation_type: str | None = None
    actions: tuple[ItemAction, ...] = ()


@dataclass(frozen=True)
class Dimension:
    id: str
    title: Text
    description: Text
    role: str
    intervention: str
    actions: tuple[Text, ...]
    """Format 1 only: the same actions whatever the answers. Format 2 keeps them per item."""
    items: tuple[Item, ...]

    @property
    def is_capability(self) -> bool:
        return self.role == "capability"


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    published: str
    title: Text
    min_answered: int
    scale_labels: Mapping[str, Text]
    not_applicable: Text
    ambition_label: Text
    ambition_levels: Mapping[str, Text]
    intake: tuple[IntakeQuestion, ...]
    dimensions: tuple[Dimension, ...]
    sources: Mapping[str, Source] = field(default_factory=dict)
    sha256: str = ""
    """The hash of the content (``content_hash``): a published version is this content and no other."""

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def items(self) -> Iterator[Item]:
        for dimension in self.dimensions:
            yield from dimension.items

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def dimension(self, dimension_id: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)

    @cached_property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items())

    @cached_property
    def capability_dimensions(self) -> tuple[Dimension, ...]:
        return tuple(d for d in self.dimensions if d.is_capability)

    @cached_property
    def chain_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items() if item.chain is not None)

    @cached_property
    def typed_items(self) -> tuple[Item, ...]:
        """The output items that stand for an Oslo Manual innovation type."""
        return tuple(item for item in self.items() if item.innovation_type is not None)
