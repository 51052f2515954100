"""A faulty definition is refused with every fault at once, each naming file, place and reason, in Dutch and English."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.errors import QuestionnaireError, QuestionnaireFaults
from advisor_app.domain.questionnaire import load_questionnaire, parse_questionnaire
from advisor_app.paths import resource

SHIPPED = resource("questionnaires", "basisscan-1.0.json")


def draft() -> dict[str, Any]:
    """The shipped definition without its hash: a draft a coordinator edits."""
    found = dict(json.loads(SHIPPED.read_text(encoding="utf-8")))
    del found["sha256"]
    return found


Mutation = Callable[[dict[str, Any]], None]
INDEPENDENT: list[tuple[Mutation, str, str]] = [
    (lambda d: d["dimensions"][0]["items"][0].update(weight=0), "item D1.1.weight", "must be a number above 0"),
    (lambda d: d["dimensions"][4]["items"][0].update(chain="ideaz"), "item D5.1.chain", "'ideaz' is not one of"),
    (lambda d: d["dimensions"][2].update(colour="red"), "dimensions[2]", "unknown field 'colour'"),
    (lambda d: d["dimensions"][1]["items"][0]["text"].update(en=""), "item D2.1.text.en", "expected a non-empty text"),
    (
        lambda d: d["dimensions"][0]["items"][1].update(innovation_type="product"),
        "item D1.2.innovation_type",
        "output dimension",
    ),
    (lambda d: d["dimensions"][2]["items"][0].pop("actions"), "item D3.1", "missing field 'actions'"),
    (
        lambda d: d["dimensions"][3]["items"][0]["actions"][0].update(source="nowhere"),
        "item D4.1.actions[0].source",
        "'nowhere' is not one of the sources",
    ),
    (
        lambda d: d["dimensions"][3]["items"][1]["actions"][0].update(max_score=5),
        "item D4.2.actions[0].max_score",
        "from 1 to 4",
    ),
    (lambda d: d["dimensions"][1]["items"][2]["anchors"].pop("3"), "item D2.3.anchors", "missing field '3'"),
    (lambda d: d["intake"][0].update(kind="slider"), f"intake '{draft()['intake'][0]['id']}'.kind", "'slider' is not one of"),
    (lambda d: d["scale"]["labels"].pop("4"), "scale.labels", "missing field '4'"),
    (lambda d: d.update(published=""), "published", "expected a non-empty text"),
]
"""Faults in different places: each is found whatever else is wrong."""


def faults_of(raw: Any, source: str = "basisscan-1.2.json") -> tuple[QuestionnaireError, ...]:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(raw, source)
    return caught.value.faults


def test_every_fault_is_named_with_file_place_and_reason_in_both_languages() -> None:
    raw = draft()
    for mutate, _where, _fault in INDEPENDENT:
        mutate(raw)
    found = faults_of(raw)
    assert [(f.where, f.fault) for f in found] == [
        ("published", "expected a non-empty text"),
        ("scale.labels", "missing field '4'"),
        (f"intake '{raw['intake'][0]['id']}'.kind", "'slider' is not one of choice, percent, scale"),
        ("item D1.1.weight", "weight 0 must be a number above 0 and at most 10"),
        ("item D1.2.innovation_type", "only items of an output dimension have an innovation type"),
        ("item D2.1.text.en", "expected a non-empty text"),
        ("item D2.3.anchors", "missing field '3'"),
        ("dimensions[2]", "unknown field 'colour'"),
        ("item D3.1", "missing field 'actions' (every capability item recommends at least one action)"),
        ("item D4.1.actions[0].source", found[9].fault),
        ("item D4.2.actions[0].max_score", "max_score 5 must be a whole number from 1 to 4"),
        ("item D5.1.chain", "'ideaz' is not one of ideas, conversion, diffusion"),
    ]
    assert all(f.source == "basisscan-1.2.json" for f in found)
    assert found[6].in_language("en") == "Questionnaire basisscan-1.2.json is invalid at item D2.3.anchors: missing field '3'"
    assert found[6].in_language("nl") == "Vragenlijst basisscan-1.2.json is ongeldig bij item D2.3.anchors: veld '3' ontbreekt"
    assert found[3].in_language("nl").endswith("gewicht 0 moet een getal boven 0 en hoogstens 10 zijn")
    assert found[7].in_language("nl").endswith("onbekend veld 'colour'")
    assert found[9].fault.startswith("'nowhere' is not one of the sources (hansen_birkinshaw_conversion, ")


def test_the_error_itself_says_the_first_fault_and_how_many_more() -> None:
    raw = draft()
    INDEPENDENT[0][0](raw)
    INDEPENDENT[1][0](raw)
    with pytest.raises(QuestionnaireFaults) as caught:
        parse_questionnaire(raw, "q.json")
    assert caught.value.in_language("en") == (
        "Questionnaire q.json is invalid at item D1.1.weight: weight 0 must be a number above 0 and at most 10 (and 1 more fault)"
    )
    assert caught.value.in_language("nl").endswith("(en nog 1 fout)")
    assert caught.value.where == "item D1.1.weight", "the first fault is also the error's own"


def test_two_faults_in_one_item_are_both_named_and_a_missing_field_only_once() -> None:
    raw = draft()
    first = raw["dimensions"][0]["items"][0]
    first.update(weight="heavy", allow_na="maybe")
    del first["help"]
    found = [(f.where, f.fault) for f in faults_of(raw)]
    assert found == [
        ("dimension D1.items[0]", "missing field 'help'"),
        ("item D1.1.allow_na", "expected true or false"),
        ("item D1.1.weight", "weight 'heavy' must be a number above 0 and at most 10"),
    ]


def test_a_broken_and_edited_published_file_names_the_breakage_and_the_changed_content() -> None:
    raw = draft()
    raw["sha256"] = "0" * 64
    INDEPENDENT[0][0](raw)
    assert [f.where for f in faults_of(raw)] == ["item D1.1.weight", "sha256"]


def test_the_file_reader_says_its_faults_in_dutch_too(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{\n  "format": 2,\n  "id": \n}', encoding="utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(broken)
    assert caught.value.in_language("nl").startswith("Vragenlijst kapot.json is ongeldig bij regel 4, kolom 1: geen geldige JSON")
    assert caught.value.in_language("en").startswith("Questionnaire kapot.json is invalid at line 4, column 1: Expecting value")
    with pytest.raises(QuestionnaireError) as missing:
        load_questionnaire(tmp_path / "weg.json")
    assert missing.value.in_language("nl") == "Vragenlijst weg.json is ongeldig bij het bestand: bestaat niet"
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"id": "één"}'.encode("latin-1"))
    with pytest.raises(QuestionnaireError, match="is not UTF-8 text"):
        load_questionnaire(latin)
    not_a_number = tmp_path / "nan.json"
    not_a_number.write_text('{"format": 2, "min_answered": NaN}', encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="NaN is not a JSON value"):
        load_questionnaire(not_a_number)


def test_a_definition_that_is_not_an_object_at_the_top_is_one_plain_fault() -> None:
    assert [(f.where, f.fault) for f in faults_of([1, 2], "lijst.json")] == [
        ("format", "format None is not supported (expected 1 or 2)")
    ]
    raw = draft()
    raw["dimensions"] = {"D1": {}}
    assert [(f.where, f.fault) for f in faults_of(raw)] == [("dimensions", "expected a non-empty list")]


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(range(len(INDEPENDENT))), min_size=1))
def test_faults_in_different_places_are_each_found_whatever_else_is_wrong(chosen: set[int]) -> None:
    """Property: the faults of a definition with several mistakes are the union of each mistake's own."""
    alone: set[tuple[str, str]] = set()
    together = copy.deepcopy(draft())
    for index in sorted(chosen):
        mutate, where, fault = INDEPENDENT[index]
        single = copy.deepcopy(draft())
        mutate(single)
        own = {(f.where, f.fault) for f in faults_of(single)}
        assert any(w == where and fault in r for w, r in own), (where, own)
        alone |= own
        mutate(together)
    assert {(f.where, f.fault) for f in faults_of(together)} == alone
