"""New versions of the scan for tests: the shipped 1.0 re-numbered, one label changed so its content differs."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from advisor_app.paths import resource


def shipped_definition() -> dict[str, Any]:
    return dict(json.loads(resource("questionnaires", "basisscan-1.0.json").read_text(encoding="utf-8")))


def next_version(version: str = "1.1", label: str = "Helemaal niet (nog)") -> dict[str, Any]:
    """A draft a coordinator would upload: no hash yet (the server seals it), another label for score 1."""
    raw = copy.deepcopy(shipped_definition())
    del raw["sha256"]
    raw["version"] = version
    raw["published"] = "2026-12-01"
    raw["scale"]["labels"]["1"]["nl"] = label
    return raw


def broken_version() -> dict[str, Any]:
    """Version 1.2 with item D2.3 missing its anchor for 3."""
    raw = next_version("1.2")
    del raw["dimensions"][1]["items"][2]["anchors"]["3"]
    return raw


def write(folder: Path, raw: dict[str, Any], name: str | None = None) -> Path:
    path = folder / (name or f"{raw['id']}-{raw['version']}.json")
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def faulty_version() -> dict[str, Any]:
    """Version 1.3 with three mistakes in three places: item D1.1 weighs 0, D2.3 lacks its anchor for 3,
    the third dimension has a field the format does not know."""
    raw = next_version("1.3")
    raw["dimensions"][0]["items"][0]["weight"] = 0
    del raw["dimensions"][1]["items"][2]["anchors"]["3"]
    raw["dimensions"][2]["colour"] = "red"
    return raw


FAULTS = {
    "en": [
        "Questionnaire basisscan-1.3.json is invalid at item D1.1.weight: weight 0 must be a number above 0 and at most 10",
        "Questionnaire basisscan-1.3.json is invalid at item D2.3.anchors: missing field '3'",
        "Questionnaire basisscan-1.3.json is invalid at dimensions[2]: unknown field 'colour'",
    ],
    "nl": [
        "Vragenlijst basisscan-1.3.json is ongeldig bij item D1.1.weight: gewicht 0 moet een getal boven 0 en hoogstens 10 zijn",
        "Vragenlijst basisscan-1.3.json is ongeldig bij item D2.3.anchors: veld '3' ontbreekt",
        "Vragenlijst basisscan-1.3.json is ongeldig bij dimensions[2]: onbekend veld 'colour'",
    ],
}
"""What ``faulty_version`` is refused with: every fault, in order, in each language."""
