"""The scan definition, loaded from data and validated strictly: one import for its parts.

The questionnaire lives in ``resources/questionnaires`` so a coordinator can publish a new version
without a release; the loader therefore trusts nothing and names the file, the place and the reason
of every fault it finds, all of them at once. The parts, each with one job:

* ``questionnaire_model``: the records the app scores with (dimensions, items, intake questions);
* ``questionnaire_schema``: the rules a definition must meet, checked part by part;
* ``questionnaire_reader``: walking the raw JSON and noting every fault on the way;
* ``questionnaire_faults``: every reason, in Dutch and English;
* ``questionnaire_hash``: the canonical form and the hash that makes a version immutable;
* ``questionnaire_files``: reading files, the shipped versions, file names.
"""

from __future__ import annotations

from .questionnaire_files import decode_definition, file_name, load_questionnaire, shipped_definitions, shipped_questionnaires
from .questionnaire_hash import HASH_FIELD, canonical_json, content_hash, sealed
from .questionnaire_model import (
    ANCHOR_POINTS,
    CHAIN_NAMES,
    CHAINS,
    FORMAT,
    FORMATS,
    INNOVATION_TYPE_NAMES,
    INNOVATION_TYPES,
    INTAKE_KINDS,
    INTAKE_RANGES,
    INTERVENTION_NAMES,
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
from .questionnaire_schema import parse_questionnaire

__all__ = [
    "ANCHOR_POINTS",
    "CHAINS",
    "CHAIN_NAMES",
    "FORMAT",
    "FORMATS",
    "HASH_FIELD",
    "INNOVATION_TYPES",
    "INNOVATION_TYPE_NAMES",
    "INTAKE_KINDS",
    "INTAKE_RANGES",
    "INTERVENTIONS",
    "INTERVENTION_NAMES",
    "ROLES",
    "Dimension",
    "IntakeQuestion",
    "Item",
    "ItemAction",
    "Option",
    "Questionnaire",
    "Source",
    "canonical_json",
    "content_hash",
    "decode_definition",
    "file_name",
    "load_questionnaire",
    "parse_questionnaire",
    "sealed",
    "shipped_definitions",
    "shipped_questionnaires",
]
