"""The shipped scan definition is complete, and a faulty one is refused with a precise message."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from advisor_app.domain.errors import QuestionnaireError
from advisor_app.domain.questionnaire import load_questionnaire, parse_questionnaire, shipped_questionnaires
from advisor_app.domain.text import LANGUAGES
from advisor_app.paths import resource

SHIPPED = resource("questionnaires", "basisscan-1.0.json")


@pytest.fixture
def raw() -> dict[str, Any]:
    """The shipped definition as a draft not yet published: without its hash, so a test may change it."""
    found = dict(json.loads(SHIPPED.read_text(encoding="utf-8")))
    del found["sha256"]
    return found


def test_shipped_definition_has_six_dimensions_of_four_items_in_both_languages() -> None:
    questionnaire = shipped_questionnaires()["basisscan@1.0"]
    assert [d.id for d in questionnaire.dimensions] == ["D1", "D2", "D3", "D4", "D5", "D6"]
    assert all(len(d.items) == 4 for d in questionnaire.dimensions)
    assert [d.role for d in questionnaire.dimensions].count("output") == 1
    for item in questionnaire.items():
        for language in LANGUAGES:
            assert item.text.get(language)
            assert item.help.get(language)
            assert all(item.anchors[point].get(language) for point in ("1", "3", "5"))
    assert {i.chain for i in questionnaire.dimension("D5").items} == {"ideas", "conversion", "diffusion"}
    assert {i.innovation_type for i in questionnaire.dimension("D6").items} == {
        "product",
        "process",
        "marketing",
        "organisational",
    }


def test_missing_anchor_names_file_item_and_fault(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["dimensions"][1]["items"][2]["anchors"]["3"]
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(broken, "basisscan-9.json")
    message = caught.value.in_language("en")
    assert "basisscan-9.json" in message
    assert "item D2.3" in message
    assert "missing field '3'" in message


@pytest.mark.parametrize(
    ("mutate", "where", "fault"),
    [
        (lambda d: d["dimensions"][0]["items"][0].update(weight=0), "item D1.1.weight", "must be a number above 0"),
        (lambda d: d["dimensions"][4]["items"][0].update(chain="ideaz"), "item D5.1.chain", "'ideaz' is not one of"),
        (lambda d: d["dimensions"][0]["items"][1].update(id="D1.1"), "items", "id 'D1.1' appears twice"),
        (lambda d: d["dimensions"][2].update(colour="red"), "dimensions[2]", "unknown field 'colour'"),
        (lambda d: d["dimensions"][0]["items"][0]["text"].update(en=""), "item D1.1.text.en", "non-empty text"),
        (
            lambda d: d["dimensions"][0]["items"][0].update(innovation_type="product"),
            "item D1.1.innovation_type",
            "output dimension",
        ),
        (lambda d: d.update(min_answered=5), "dimension D1", "min_answered is 5"),
        (lambda d: d.update(format=3), "format", "not supported"),
        (lambda d: d["dimensions"][0]["items"][0].pop("actions"), "item D1.1", "missing field 'actions'"),
        (
            lambda d: d["dimensions"][0]["items"][0]["actions"][0].update(source="nowhere"),
            "item D1.1.actions[0].source",
            "'nowhere' is not one of the sources",
        ),
        (
            lambda d: d["dimensions"][0]["items"][0]["actions"][0].update(max_score=5),
            "item D1.1.actions[0].max_score",
            "from 1 to 4",
        ),
        (lambda d: d["sources"]["oslo_manual"].pop("reference"), "sources.oslo_manual", "missing field 'reference'"),
        (lambda d: d["dimensions"][1].update(actions=[]), "dimensions[1]", "unknown field 'actions'"),
    ],
)
def test_each_fault_is_named(raw: dict[str, Any], mutate: Any, where: str, fault: str) -> None:
    mutate(raw)
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(raw, "q.json")
    assert caught.value.where == where
    assert fault in caught.value.fault


def test_broken_json_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": 1,\n  "id": \n}', encoding="utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert caught.value.source == "broken.json"
    assert caught.value.where.startswith("line 4")


def test_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match="does not exist"):
        load_questionnaire(tmp_path / "nope.json")


def test_every_capability_item_recommends_a_sourced_action_in_both_languages() -> None:
    questionnaire = shipped_questionnaires()["basisscan@1.0"]
    assert {"tno_staff_deployment", "volberda_co_creation", "hansen_birkinshaw_ideas", "oslo_manual"} <= set(
        questionnaire.sources
    )
    for dimension in questionnaire.capability_dimensions:
        for item in dimension.items:
            assert item.actions, item.id
            for action in item.actions:
                assert action.source in questionnaire.sources
                assert all(action.text.get(language) for language in LANGUAGES)


def test_a_format_1_definition_still_loads_with_its_actions_per_dimension(raw: dict[str, Any]) -> None:
    """Definitions published before actions moved to the items keep loading (and scoring) as they were."""
    old = copy.deepcopy(raw)
    old["format"] = 1
    del old["sources"]
    for dimension in old["dimensions"]:
        dimension["actions"] = [{"nl": "Doe iets", "en": "Do something"}]
        for item in dimension["items"]:
            item.pop("actions", None)
    questionnaire = parse_questionnaire(old, "basisscan-0.9.json")
    assert questionnaire.dimension("D1").actions[0].en == "Do something"
    assert not questionnaire.sources


def test_item_actions_are_refused_in_a_format_1_definition(raw: dict[str, Any]) -> None:
    old = copy.deepcopy(raw)
    old["format"] = 1
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(old, "q.json")
    assert "unknown field 'sources'" in caught.value.fault
