"""The rules of a scan definition: what each part must hold, checked part by part, every fault noted.

The device and the server validate with this one function (``parse_questionnaire``), so a version a
coordinator publishes means the same on both sides. A definition with faults is refused with all of
them (``QuestionnaireFaults``); one fault alone is a plain ``QuestionnaireError``. The rules and
their reasons are listed in docs/questionnaire.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from . import questionnaire_faults as faults
from .errors import QuestionnaireError, QuestionnaireFaults
from .questionnaire_hash import HASH_FIELD, content_hash
from .questionnaire_model import (
    ANCHOR_POINTS,
    CHAINS,
    FORMATS,
    INNOVATION_TYPES,
    INTAKE_KINDS,
    INTERVENTIONS,
    ROLES,
    Dimension,
    IntakeQuestion,
    Item,
    ItemAction,
    Option,
    Questionnaire,
    Source,
)
from .questionnaire_reader import MISSING, Collector, Reader, Skip

TOP_FIELDS = {"format", "id", "version", "published", "title", "min_answered", "scale", "ambition", "intake", "dimensions"}
ITEM_FIELDS = {"id", "text", "help", "anchors", "allow_na", "weight"}


def parse_questionnaire(raw: Any, source: str, *, require_hash: bool = False) -> Questionnaire:
    """Validate a decoded definition; ``source`` names it in every fault.

    A definition that carries a ``sha256`` must match it: an edited copy of a published version is
    refused, never scored as if it were the original. ``require_hash`` (shipped and stored versions)
    also refuses a definition without one. The hash is checked last, so an edited file that is also
    broken says what is broken as well as that it changed.
    """
    if not isinstance(raw, dict) or raw.get("format") not in FORMATS:
        found = raw.get("format") if isinstance(raw, dict) else None
        raise QuestionnaireError(source, "format", faults.unsupported_format(found, FORMATS))
    r = Reader(source)
    questionnaire = r.part(partial(_questionnaire, r, raw))
    digest = content_hash(raw)
    if HASH_FIELD in raw and raw[HASH_FIELD] != digest:
        r.note(HASH_FIELD, faults.CHANGED_AFTER_PUBLISHING)
    if require_hash and HASH_FIELD not in raw:
        r.note(HASH_FIELD, faults.UNSEALED)
    if len(r.faults) == 1:
        raise r.faults[0]
    if r.faults:
        raise QuestionnaireFaults(tuple(r.faults))
    assert questionnaire is not None, "a definition read without faults is whole"
    return replace(questionnaire, sha256=digest)


def _questionnaire(r: Reader, raw: dict[str, Any]) -> Questionnaire:
    """The parts in the order a definition lists them, so the faults read from the top of the file down."""
    per_item = raw["format"] >= 2
    top = r.obj(raw, faults.TOP_LEVEL, TOP_FIELDS | ({"sources"} if per_item else set()), frozenset({HASH_FIELD}))
    with Collector(r) as take:
        questionnaire_id = take(partial(r.string, top["id"], "id"))
        version = take(partial(r.string, top["version"], "version"))
        published = take(partial(r.string, top["published"], "published"))
        title = take(partial(r.text, top["title"], "title"))
        min_answered = take(partial(_min_answered, r, top["min_answered"]))
        scale = take(partial(r.obj, top["scale"], "scale", {"labels", "not_applicable"}))
        if scale is MISSING:
            scale = dict.fromkeys(("labels", "not_applicable"), MISSING)
        scale_labels = take(partial(r.texts_by_key, scale["labels"], "scale.labels", ("1", "2", "3", "4", "5")))
        not_applicable = take(partial(r.text, scale["not_applicable"], "scale.not_applicable"))
        ambition = take(partial(r.obj, top["ambition"], "ambition", {"label", "levels"}))
        if ambition is MISSING:
            ambition = dict.fromkeys(("label", "levels"), MISSING)
        ambition_label = take(partial(r.text, ambition["label"], "ambition.label"))
        ambition_levels = take(partial(r.texts_by_key, ambition["levels"], "ambition.levels", ("1", "2", "3")))
        sources = take(partial(_sources, r, top["sources"])) if per_item else {}
        listed_intake = take(partial(r.array, top["intake"], "intake"))
        intake = r.parts(partial(_intake, r), listed_intake) if listed_intake is not MISSING else ()
        listed = take(partial(r.array, top["dimensions"], "dimensions"))
        dimensions: tuple[Dimension, ...] = ()
        if listed is not MISSING:
            read = partial(
                _dimension,
                r,
                min_answered=min_answered if min_answered is not MISSING else None,
                sources=sources if sources is not MISSING else None,
                per_item=per_item,
            )
            dimensions = r.parts(read, listed)
            _unique(r, "intake", _ids(listed_intake))
            _unique(r, "dimensions", _ids(listed))
            _unique(r, "items", [item_id for d in listed if isinstance(d, dict) for item_id in _ids(d.get("items"))])
            if not any(isinstance(d, dict) and d.get("role") == "capability" for d in listed):
                r.note("dimensions", faults.no_capability())
    return Questionnaire(
        id=questionnaire_id,
        version=version,
        published=published,
        title=title,
        min_answered=min_answered,
        scale_labels=scale_labels,
        not_applicable=not_applicable,
        ambition_label=ambition_label,
        ambition_levels=ambition_levels,
        intake=intake,
        dimensions=dimensions,
        sources=sources,
    )


def _ids(values: Any) -> list[str]:
    """The ids of the listed parts that have one, read from the raw JSON: duplicates show even in broken parts."""
    if not isinstance(values, list):
        return []
    return [value["id"] for value in values if isinstance(value, dict) and isinstance(value.get("id"), str)]


def _unique(r: Reader, where: str, ids: Iterable[str]) -> None:
    for value, count in Counter(ids).items():
        if count > 1:
            r.note(where, faults.appears_twice(value))


def _min_answered(r: Reader, value: Any) -> int:
    if value is MISSING:
        raise Skip
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise r.fail("min_answered", faults.not_a_minimum())
    return value


def _sources(r: Reader, value: Any) -> dict[str, Source]:
    raw = r.obj(value, "sources", set(), None)
    if not raw:
        raise r.fail("sources", faults.no_sources())
    with Collector(r) as take:
        return {key: take(partial(_source, r, key, entry)) for key, entry in raw.items()}


def _source(r: Reader, key: str, value: Any) -> Source:
    where = f"sources.{key}"
    raw = r.obj(value, where, {"label", "reference"})
    with Collector(r) as take:
        label = take(partial(r.text, raw["label"], f"{where}.label"))
        reference = take(partial(r.string, raw["reference"], f"{where}.reference"))
    return Source(key, label, reference)


def _intake(r: Reader, index: int, value: Any) -> IntakeQuestion:
    where = f"intake[{index}]"
    raw = r.obj(value, where, {"id", "kind", "label", "help"}, frozenset({"options", "anchors"}))
    with Collector(r) as take:
        qid = take(partial(r.string, raw["id"], f"{where}.id"))
        if qid is not MISSING:
            where = f"intake '{qid}'"
        kind = take(partial(r.choice, raw["kind"], f"{where}.kind", INTAKE_KINDS))
        options: tuple[Option, ...] = ()
        anchors = None
        if kind == "choice":
            if "options" not in raw:
                r.note(where, faults.choice_without_options())
            else:
                listed = take(partial(r.array, raw["options"], f"{where}.options"))
                options = r.parts(partial(_option, r, parent=where), listed) if listed is not MISSING else ()
        if kind == "scale":
            if "anchors" not in raw:
                r.note(where, faults.scale_without_anchors())
            else:
                anchors = take(partial(r.texts_by_key, raw["anchors"], f"{where}.anchors", ANCHOR_POINTS))
        label = take(partial(r.text, raw["label"], f"{where}.label"))
        help_text = take(partial(r.text, raw["help"], f"{where}.help"))
    return IntakeQuestion(qid, kind, label, help_text, options, anchors)


def _option(r: Reader, index: int, value: Any, *, parent: str) -> Option:
    where = f"{parent}.options[{index}]"
    raw = r.obj(value, where, {"value", "label"})
    with Collector(r) as take:
        option = take(partial(r.string, raw["value"], f"{where}.value"))
        label = take(partial(r.text, raw["label"], f"{where}.label"))
    return Option(option, label)


def _dimension(
    r: Reader, index: int, value: Any, *, min_answered: int | None, sources: Mapping[str, Source] | None, per_item: bool
) -> Dimension:
    """Format 1 (not ``per_item``) keeps its actions per dimension rather than per item.

    ``min_answered`` and ``sources`` are ``None`` when they were faulty themselves: the checks that
    need them are left out rather than reporting a second fault for the same mistake.
    """
    where = f"dimensions[{index}]"
    required = {"id", "title", "description", "role", "intervention", "items"} | (set() if per_item else {"actions"})
    raw = r.obj(value, where, required)
    with Collector(r) as take:
        did = take(partial(r.string, raw["id"], f"{where}.id"))
        if did is not MISSING:
            where = f"dimension {did}"
        role = take(partial(r.choice, raw["role"], f"{where}.role", ROLES))
        listed = take(partial(r.array, raw["items"], f"{where}.items"))
        items: tuple[Item, ...] = ()
        if listed is not MISSING:
            if min_answered is not None and len(listed) < min_answered:
                r.note(where, faults.too_few_items(len(listed), min_answered))
            known_role = role if role is not MISSING else None
            read = partial(_item, r, parent=where, dimension_id=did, role=known_role, sources=sources, per_item=per_item)
            items = r.parts(read, listed)
        generic: tuple[Any, ...] = ()
        if not per_item:
            actions = take(partial(r.array, raw["actions"], f"{where}.actions"))
            if actions is not MISSING:
                generic = r.parts(lambda i, action: r.text(action, f"{where}.actions[{i}]"), actions)
        title = take(partial(r.text, raw["title"], f"{where}.title"))
        description = take(partial(r.text, raw["description"], f"{where}.description"))
        intervention = take(partial(r.choice, raw["intervention"], f"{where}.intervention", INTERVENTIONS))
    return Dimension(did, title, description, role, intervention, generic, items)


def _item(
    r: Reader,
    index: int,
    value: Any,
    *,
    parent: str,
    dimension_id: str,
    role: str | None,
    sources: Mapping[str, Source] | None,
    per_item: bool,
) -> Item:
    where = f"{parent}.items[{index}]"
    optional = frozenset({"chain", "innovation_type"} | ({"actions"} if per_item else set()))
    raw = r.obj(value, where, ITEM_FIELDS, optional)
    with Collector(r) as take:
        iid = take(partial(r.string, raw["id"], f"{where}.id"))
        if iid is not MISSING:
            where = f"item {iid}"
        actions: tuple[ItemAction, ...] = ()
        if per_item and "actions" not in raw:
            if role == "capability":
                r.note(where, faults.no_actions())
        elif per_item:
            listed = take(partial(r.array, raw["actions"], f"{where}.actions"))
            if listed is not MISSING:
                actions = r.parts(partial(_action, r, parent=f"{where}.actions", sources=sources), listed)
        allow_na = take(partial(r.boolean, raw["allow_na"], f"{where}.allow_na"))
        weight = take(partial(_weight, r, raw["weight"], f"{where}.weight"))
        chain = raw.get("chain")
        if chain is not None:
            chain = take(partial(r.choice, chain, f"{where}.chain", CHAINS))
        innovation_type = raw.get("innovation_type")
        if innovation_type is not None:
            if role is not None and role != "output":
                r.note(f"{where}.innovation_type", faults.type_outside_output())
            innovation_type = take(partial(r.choice, innovation_type, f"{where}.innovation_type", INNOVATION_TYPES))
        text = take(partial(r.text, raw["text"], f"{where}.text"))
        help_text = take(partial(r.text, raw["help"], f"{where}.help"))
        anchors = take(partial(r.texts_by_key, raw["anchors"], f"{where}.anchors", ANCHOR_POINTS))
    return Item(iid, dimension_id, text, help_text, anchors, allow_na, weight, chain, innovation_type, actions)


def _weight(r: Reader, value: Any, where: str) -> float:
    if value is MISSING:
        raise Skip
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 10:
        raise r.fail(where, faults.bad_weight(value))
    return float(value)


def _action(r: Reader, index: int, value: Any, *, parent: str, sources: Mapping[str, Source] | None) -> ItemAction:
    where = f"{parent}[{index}]"
    raw = r.obj(value, where, {"text", "source", "max_score"})
    with Collector(r) as take:
        source = take(partial(r.string, raw["source"], f"{where}.source"))
        if source is not MISSING and sources is not None and source not in sources:
            r.note(f"{where}.source", faults.unknown_source(source, sources))
        max_score = take(partial(_max_score, r, raw["max_score"], f"{where}.max_score"))
        text = take(partial(r.text, raw["text"], f"{where}.text"))
    return ItemAction(text, source, max_score)


def _max_score(r: Reader, value: Any, where: str) -> int:
    if value is MISSING:
        raise Skip
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise r.fail(where, faults.bad_max_score(value))
    return value
