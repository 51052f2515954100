"""A published version is its content: the hash it carries refuses an edited copy, naming the file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.errors import QuestionnaireError
from advisor_app.domain.questionnaire import (
    canonical_json,
    content_hash,
    load_questionnaire,
    parse_questionnaire,
    sealed,
    shipped_questionnaires,
)
from advisor_app.paths import resource

SHIPPED = resource("questionnaires", "basisscan-1.0.json")


def shipped_raw() -> dict[str, Any]:
    return dict(json.loads(SHIPPED.read_text(encoding="utf-8")))


def test_the_shipped_version_carries_the_hash_of_its_content() -> None:
    raw = shipped_raw()
    assert raw["sha256"] == content_hash(raw)
    assert shipped_questionnaires()["basisscan@1.0"].sha256 == raw["sha256"]


def test_an_edited_copy_of_a_published_file_is_refused_with_its_name(tmp_path: Path) -> None:
    edited = tmp_path / "basisscan-1.0.json"
    shutil.copyfile(SHIPPED, edited)
    edited.write_text(edited.read_text(encoding="utf-8").replace("Helemaal niet", "Totaal niet", 1), encoding="utf-8")
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(edited)
    assert caught.value.where == "sha256"
    assert "Questionnaire basisscan-1.0.json is invalid at sha256: the content does not match" in caught.value.in_language("en")
    assert "Vragenlijst basisscan-1.0.json is ongeldig bij sha256: de inhoud past niet" in caught.value.in_language("nl")


def test_layout_does_not_change_the_hash(tmp_path: Path) -> None:
    """Re-indenting or reordering keys is the same content: only what the file says counts."""
    raw = shipped_raw()
    relaid = tmp_path / "basisscan-1.0.json"
    relaid.write_text(json.dumps(dict(reversed(list(raw.items()))), indent=1), encoding="utf-8")
    assert load_questionnaire(relaid).sha256 == raw["sha256"]


def test_a_draft_without_a_hash_loads_but_a_shipped_or_stored_one_must_carry_it() -> None:
    raw = shipped_raw()
    del raw["sha256"]
    assert parse_questionnaire(raw, "draft.json").sha256 == content_hash(raw)
    with pytest.raises(QuestionnaireError, match="field 'sha256'"):
        parse_questionnaire(raw, "basisscan-1.0.json", require_hash=True)
    assert parse_questionnaire(sealed(raw), "basisscan-1.0.json", require_hash=True).sha256 == content_hash(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
def test_canonical_json_reads_back_as_the_same_content_with_the_same_hash(raw: dict[str, Any]) -> None:
    again = json.loads(canonical_json(raw).decode("utf-8"))
    assert again == raw
    assert content_hash(again) == content_hash(raw)


@pytest.fixture
def edited_resources(tmp_path: Path) -> Path:
    """A copy of the shipped resources with basisscan-1.0.json edited by hand, first on the module path."""
    package = tmp_path / "path" / "basisscan_resources"
    shutil.copytree(SHIPPED.parents[1], package, ignore=shutil.ignore_patterns("fonts", "__pycache__"))
    edited = package / "questionnaires" / "basisscan-1.0.json"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Helemaal niet", "Totaal niet", 1), encoding="utf-8")
    return package.parent


EDITED_LINE = (
    "Questionnaire basisscan-1.0.json is invalid at sha256: the content does not match this version's hash; "
    "a published version is never changed, publish a correction as a new version"
)


def test_an_edited_shipped_file_stops_the_app_with_one_line_naming_it(edited_resources: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor_ui.launcher", "--data-dir", str(tmp_path / "data"), "--lang", "en", "companies", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(edited_resources)},
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"advisor-app: {EDITED_LINE}"


def test_an_edited_shipped_file_stops_the_server_with_one_line_naming_it(edited_resources: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor_sync.server.cli", "--db", f"sqlite:///{tmp_path / 's.sqlite3'}", "serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(edited_resources), "BASISSCAN_LANG": "en"},
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"advisor-server: {EDITED_LINE}"
