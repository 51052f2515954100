"""Definition files: reading one, the versions shipped with the app, and how a version's file is named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import questionnaire_faults as faults
from .errors import QuestionnaireError
from .questionnaire_model import Questionnaire
from .questionnaire_schema import parse_questionnaire


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate one definition file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise QuestionnaireError(path.name, faults.THE_FILE, faults.NO_SUCH_FILE) from None
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


def _no_constants(name: str) -> Any:
    """JSON has no NaN or Infinity (Python's reader accepts them); a definition holding one is not JSON."""
    raise ValueError(f"{name} is not a JSON value")


def decode_definition(data: bytes, source: str) -> Any:
    """The JSON of a definition file, or a QuestionnaireError naming the file and the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise QuestionnaireError(source, faults.THE_FILE, faults.NOT_UTF8) from None
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise QuestionnaireError(source, faults.at_line(exc.lineno, exc.colno), faults.not_json(exc.msg)) from None
    except ValueError as exc:
        raise QuestionnaireError(source, faults.THE_FILE, faults.not_json(str(exc))) from None
