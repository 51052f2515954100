"""The scan definition, loaded from data and validated strictly.

The questionnaire lives in ``resources/questionnaires`` so a coordinator can
publish a new version without a release; the loader therefore trusts nothing
and names the file, the place and the fault of every defect it finds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import QuestionnaireError, ValidationError
from .text import LANGUAGES, Text

HASH_FIELD = "sha256"
"""Top-level field holding the SHA-256 of the definition's canonical JSON without this field (``content_hash``)."""
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


class _Reader:
    """Walks the raw JSON, raising a QuestionnaireError that names the place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, fault: Text | str) -> QuestionnaireError:
        return QuestionnaireError(self.source, where, fault)

    def obj(self, value: Any, where: str, required: set[str], optional: frozenset[str] | None = frozenset()) -> dict[str, Any]:
        """An object with ``required`` keys; ``optional`` names the others allowed (``None``: any)."""
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        missing = sorted(required - value.keys())
        if missing:
            raise self.fail(where, f"missing field '{missing[0]}'")
        unknown = [] if optional is None else sorted(value.keys() - required - optional)
        if unknown:
            raise self.fail(where, f"unknown field '{unknown[0]}'")
        return value

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected a non-empty text")
        return value

    def text(self, value: Any, where: str) -> Text:
        raw = self.obj(value, where, set(LANGUAGES))
        return Text(**{lang: self.string(raw[lang], f"{where}.{lang}") for lang in LANGUAGES})

    def choice(self, value: Any, where: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(where, f"'{value}' is not one of {', '.join(allowed)}")
        return str(value)

    def texts_by_key(self, value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Text]:
        raw = self.obj(value, where, set(keys))
        return {key: self.text(raw[key], f"{where}.{key}") for key in keys}

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "expected a non-empty list")
        return value


def canonical_json(raw: Mapping[str, Any]) -> bytes:
    """One byte form per content: keys sorted, no spaces, UTF-8; the hash and the server's copy use it."""
    return json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def content_hash(raw: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of a definition without its own ``sha256`` field."""
    return hashlib.sha256(canonical_json({k: v for k, v in raw.items() if k != HASH_FIELD})).hexdigest()


def sealed(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The definition carrying the hash of its content, as it is published and shipped."""
    return {**{k: v for k, v in raw.items() if k != HASH_FIELD}, HASH_FIELD: content_hash(raw)}


def parse_questionnaire(raw: Any, source: str, *, require_hash: bool = False) -> Questionnaire:
    """Validate a decoded definition; ``source`` names it in error messages.

    A definition that carries a ``sha256`` must match it: an edited copy of a published version is
    refused, never scored as if it were the original. ``require_hash`` (shipped and stored versions)
    also refuses a definition without one.
    """
    r = _Reader(source)
    fields = {"format", "id", "version", "published", "title", "min_answered", "scale", "ambition", "intake", "dimensions"}
    if not isinstance(raw, dict) or raw.get("format") not in FORMATS:
        found = raw.get("format") if isinstance(raw, dict) else None
        raise r.fail("format", f"format {found!r} is not supported (expected {' or '.join(map(str, FORMATS))})")
    version = raw["format"]
    top = r.obj(raw, "top level", fields | ({"sources"} if version >= 2 else set()), frozenset({HASH_FIELD}))
    sources = _sources(r, top["sources"]) if version >= 2 else {}
    min_answered = top["min_answered"]
    if not isinstance(min_answered, int) or isinstance(min_answered, bool) or min_answered < 1:
        raise r.fail("min_answered", "expected a whole number of at least 1")
    scale = r.obj(top["scale"], "scale", {"labels", "not_applicable"})
    ambition = r.obj(top["ambition"], "ambition", {"label", "levels"})

    intake = tuple(_intake(r, q, f"intake[{i}]") for i, q in enumerate(r.array(top["intake"], "intake")))
    dimensions = tuple(
        _dimension(r, d, f"dimensions[{i}]", min_answered, sources if version >= 2 else None)
        for i, d in enumerate(r.array(top["dimensions"], "dimensions"))
    )
    _unique(r, [q.id for q in intake], "intake")
    _unique(r, [d.id for d in dimensions], "dimensions")
    _unique(r, [item.id for d in dimensions for item in d.items], "items")
    if not any(d.is_capability for d in dimensions):
        raise r.fail("dimensions", "at least one dimension must have role 'capability'")
    # Last: a definition broken in its structure is told what is broken, not only that it changed.
    digest = content_hash(top)
    if HASH_FIELD in top and top[HASH_FIELD] != digest:
        raise r.fail(HASH_FIELD, CHANGED_AFTER_PUBLISHING)
    if require_hash and HASH_FIELD not in top:
        raise r.fail(HASH_FIELD, UNSEALED)
    return Questionnaire(
        id=r.string(top["id"], "id"),
        version=r.string(top["version"], "version"),
        published=r.string(top["published"], "published"),
        title=r.text(top["title"], "title"),
        min_answered=min_answered,
        scale_labels=r.texts_by_key(scale["labels"], "scale.labels", ("1", "2", "3", "4", "5")),
        not_applicable=r.text(scale["not_applicable"], "scale.not_applicable"),
        ambition_label=r.text(ambition["label"], "ambition.label"),
        ambition_levels=r.texts_by_key(ambition["levels"], "ambition.levels", ("1", "2", "3")),
        intake=intake,
        dimensions=dimensions,
        sources=sources,
        sha256=digest,
    )


CHANGED_AFTER_PUBLISHING = Text(
    "de inhoud past niet bij de hash van deze versie; een gepubliceerde versie wordt nooit gewijzigd, "
    "publiceer een correctie als nieuwe versie",
    "the content does not match this version's hash; a published version is never changed, publish a correction as a new version",
)
UNSEALED = Text(
    "de hash van de inhoud ontbreekt (veld 'sha256'); elke gepubliceerde versie draagt die",
    "the hash of its content is missing (field 'sha256'); every published version carries it",
)


def _sources(r: _Reader, value: Any) -> dict[str, Source]:
    raw = r.obj(value, "sources", set(), None)
    if not raw:
        raise r.fail("sources", "expected at least one source")
    found: dict[str, Source] = {}
    for key, entry in raw.items():
        where = f"sources.{key}"
        item = r.obj(entry, where, {"label", "reference"})
        found[key] = Source(key, r.text(item["label"], f"{where}.label"), r.string(item["reference"], f"{where}.reference"))
    return found


def _unique(r: _Reader, ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise r.fail(where, f"id '{value}' appears twice")
        seen.add(value)


def _intake(r: _Reader, value: Any, where: str) -> IntakeQuestion:
    raw = r.obj(value, where, {"id", "kind", "label", "help"}, frozenset({"options", "anchors"}))
    qid = r.string(raw["id"], f"{where}.id")
    where = f"intake '{qid}'"
    kind = r.choice(raw["kind"], f"{where}.kind", INTAKE_KINDS)
    options: tuple[Option, ...] = ()
    anchors = None
    if kind == "choice":
        if "options" not in raw:
            raise r.fail(where, "a choice needs 'options'")
        options = tuple(
            Option(
                r.string(r.obj(o, f"{where}.options[{i}]", {"value", "label"})["value"], f"{where}.options[{i}].value"),
                r.text(o["label"], f"{where}.options[{i}].label"),
            )
            for i, o in enumerate(r.array(raw["options"], f"{where}.options"))
        )
    if kind == "scale":
        if "anchors" not in raw:
            raise r.fail(where, "a scale needs 'anchors'")
        anchors = r.texts_by_key(raw["anchors"], f"{where}.anchors", ANCHOR_POINTS)
    return IntakeQuestion(
        qid, kind, r.text(raw["label"], f"{where}.label"), r.text(raw["help"], f"{where}.help"), options, anchors
    )


def _dimension(r: _Reader, value: Any, where: str, min_answered: int, sources: Mapping[str, Source] | None) -> Dimension:
    """``sources`` is ``None`` for format 1, whose actions are per dimension rather than per item."""
    per_item = sources is not None
    required = {"id", "title", "description", "role", "intervention", "items"} | (set() if per_item else {"actions"})
    raw = r.obj(value, where, required)
    did = r.string(raw["id"], f"{where}.id")
    where = f"dimension {did}"
    role = r.choice(raw["role"], f"{where}.role", ROLES)
    listed = r.array(raw["items"], f"{where}.items")
    items = tuple(_item(r, it, f"{where}.items[{i}]", did, role=role, sources=sources) for i, it in enumerate(listed))

    if len(items) < min_answered:
        raise r.fail(where, f"has {len(items)} items but min_answered is {min_answered}")
    generic: tuple[Text, ...] = ()
    if not per_item:
        generic = tuple(r.text(a, f"{where}.actions[{i}]") for i, a in enumerate(r.array(raw["actions"], f"{where}.actions")))
    return Dimension(
        id=did,
        title=r.text(raw["title"], f"{where}.title"),
        description=r.text(raw["description"], f"{where}.description"),
        role=role,
        intervention=r.choice(raw["intervention"], f"{where}.intervention", INTERVENTIONS),
        actions=generic,
        items=items,
    )


def _item(r: _Reader, value: Any, where: str, dimension_id: str, *, role: str, sources: Mapping[str, Source] | None) -> Item:
    optional = frozenset({"chain", "innovation_type"} | ({"actions"} if sources is not None else set()))
    raw = r.obj(value, where, {"id", "text", "help", "anchors", "allow_na", "weight"}, optional)
    iid = r.string(raw["id"], f"{where}.id")
    where = f"item {iid}"
    actions: tuple[ItemAction, ...] = ()
    if sources is not None:
        if role == "capability" and "actions" not in raw:
            raise r.fail(where, "missing field 'actions' (every capability item recommends at least one action)")
        if "actions" in raw:
            listed = r.array(raw["actions"], f"{where}.actions")
            actions = tuple(_action(r, a, f"{where}.actions[{i}]", sources) for i, a in enumerate(listed))
    if not isinstance(raw["allow_na"], bool):
        raise r.fail(f"{where}.allow_na", "expected true or false")
    weight = raw["weight"]
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 10:
        raise r.fail(f"{where}.weight", f"weight {weight!r} must be a number above 0 and at most 10")
    chain = raw.get("chain")
    if chain is not None:
        chain = r.choice(chain, f"{where}.chain", CHAINS)
    innovation_type = raw.get("innovation_type")
    if innovation_type is not None:
        if role != "output":
            raise r.fail(f"{where}.innovation_type", "only items of an output dimension have an innovation type")
        innovation_type = r.choice(innovation_type, f"{where}.innovation_type", INNOVATION_TYPES)
    return Item(
        id=iid,
        dimension_id=dimension_id,
        text=r.text(raw["text"], f"{where}.text"),
        help=r.text(raw["help"], f"{where}.help"),
        anchors=r.texts_by_key(raw["anchors"], f"{where}.anchors", ANCHOR_POINTS),
        allow_na=raw["allow_na"],
        weight=float(weight),
        chain=chain,
        innovation_type=innovation_type,
        actions=actions,
    )


def _action(r: _Reader, value: Any, where: str, sources: Mapping[str, Source]) -> ItemAction:
    raw = r.obj(value, where, {"text", "source", "max_score"})
    source = r.string(raw["source"], f"{where}.source")
    if source not in sources:
        raise r.fail(f"{where}.source", f"'{source}' is not one of the sources ({', '.join(sorted(sources))})")
    max_score = raw["max_score"]
    if isinstance(max_score, bool) or not isinstance(max_score, int) or not 1 <= max_score <= 4:
        raise r.fail(f"{where}.max_score", f"max_score {max_score!r} must be a whole number from 1 to 4")
    return ItemAction(r.text(raw["text"], f"{where}.text"), source, max_score)


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate one definition file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuestionnaireError(path.name, "file", "does not exist") from None
    return parse_questionnaire(decode_definition(data, path.name), path.name)


def shipped_definitions() -> dict[str, tuple[Questionnaire, dict[str, Any]]]:
    """Every definition shipped in ``basisscan_resources/questionnaires`` with its JSON, keyed ``id@version``.

    Each must carry its hash: an edited shipped file stops the app (and the server) with the file named.
    """
    from importlib.resources import files

    found: dict[str, tuple[Questionnaire, dict[str, Any]]] = {}
    for entry in files("basisscan_resources").joinpath("questionnaires").iterdir():
        if entry.name.endswith(".json"):
            raw = decode_definition(entry.read_bytes(), entry.name)
            questionnaire = parse_questionnaire(raw, entry.name, require_hash=True)
            found[questionnaire.key] = (questionnaire, raw)
    return found


def shipped_questionnaires() -> dict[str, Questionnaire]:
    """The shipped definitions (``shipped_definitions``) without their JSON."""
    return {key: questionnaire for key, (questionnaire, _raw) in shipped_definitions().items()}


def file_name(questionnaire_id: str, version: str) -> str:
    """How a version is named in messages and downloads: ``basisscan-1.1.json``."""
    return f"{questionnaire_id}-{version}.json"


def decode_definition(data: bytes, source: str) -> Any:
    """The JSON of a definition file, or a QuestionnaireError naming the file and the line."""
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise QuestionnaireError(source, "file", "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise QuestionnaireError(source, f"line {exc.lineno}, column {exc.colno}", exc.msg) from None
