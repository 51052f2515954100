"""Which questionnaire versions this device knows, and which one new scans use.

The shipped versions come with the app; versions published on the server since
arrive with the sync (``advisor_sync.client.questionnaires``) and are kept in
the store with the hash of their content. Each is checked against its hash when
read: a stored copy that was changed is refused (and fetched again at the next
sync), never scored as if it were the published version.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from ..dbkit.types import utcnow
from ..domain.errors import QuestionnaireError
from ..domain.questionnaire import (
    Questionnaire,
    canonical_json,
    file_name,
    parse_questionnaire,
    shipped_questionnaires,
)
from ..domain.text import Text
from ..store.database import Database
from ..store.models import QuestionnaireDefinition
from .known_versions import KnownVersions

log = logging.getLogger(__name__)


def version_order(questionnaire: Questionnaire) -> tuple[int, ...]:
    """``1.10`` after ``1.9``: versions compare by their numbers."""
    return tuple(int(part) for part in questionnaire.version.split(".") if part.isdigit())


class QuestionnaireCatalogue(KnownVersions):
    def __init__(self, questionnaires: Mapping[str, Questionnaire] | None = None) -> None:
        super().__init__(questionnaires if questionnaires is not None else shipped_questionnaires())
        self.refused: dict[str, QuestionnaireError] = {}
        """Stored versions whose content no longer matches their hash, left out."""

    @classmethod
    def of(cls, db: Database) -> QuestionnaireCatalogue:
        """The shipped versions and those this device received, each checked against its hash."""
        catalogue = cls()
        with db.read() as session:
            rows = list(session.scalars(select(QuestionnaireDefinition)))
        for row in rows:
            try:
                catalogue.add(stored_definition(row))
            except QuestionnaireError as error:
                log.warning("questionnaire version refused: %s", error.in_language("en"))
                catalogue.refused[row.key] = error
        return catalogue

    @property
    def current(self) -> Questionnaire:
        """The newest version: new scans start on it."""
        return max(self._by_key.values(), key=version_order)

    def knows(self, key: str) -> bool:
        return key in self._by_key

    def add(self, questionnaire: Questionnaire) -> None:
        """Known from now on; a new dict each time, so a reader on another thread never sees one half-changed."""
        self._by_key = {**self._by_key, questionnaire.key: questionnaire}
        self.refused.pop(questionnaire.key, None)

    def all(self) -> list[Questionnaire]:
        return list(self._by_key.values())


def stored_definition(row: QuestionnaireDefinition) -> Questionnaire:
    name = file_name(row.questionnaire_id, row.version)
    questionnaire = parse_questionnaire(json.loads(row.content), name, require_hash=True)
    if questionnaire.sha256 != row.sha256 or questionnaire.key != row.key:
        raise QuestionnaireError(name, "sha256", CHANGED_ON_DEVICE)
    return questionnaire


CHANGED_ON_DEVICE = Text(
    "de opgeslagen inhoud past niet bij de hash waaronder deze versie is ontvangen",
    "the stored content does not match the hash this version was received with",
)


def receive(db: Database, catalogue: QuestionnaireCatalogue, content: Mapping[str, Any], sha256: str) -> Questionnaire:
    """Check a version from the server with the app's validator and its hash, keep it, and know it from now on.

    A shipped version is never replaced: the app's own copy is the published one.
    """
    source = file_name(str(content.get("id", "questionnaire")), str(content.get("version", "")))
    questionnaire = parse_questionnaire(dict(content), source, require_hash=True)
    if questionnaire.sha256 != sha256:
        raise QuestionnaireError(source, "sha256", CHANGED_ON_THE_WAY)
    with db.session() as session:
        row = session.get(QuestionnaireDefinition, questionnaire.key)
        if row is None:
            row = QuestionnaireDefinition(key=questionnaire.key)
            session.add(row)
        row.questionnaire_id = questionnaire.id
        row.version = questionnaire.version
        row.sha256 = questionnaire.sha256
        row.content = canonical_json(content).decode("utf-8")
        row.received_at = utcnow()
    catalogue.add(questionnaire)
    return questionnaire


CHANGED_ON_THE_WAY = Text(
    "de inhoud past niet bij de hash die de server noemt",
    "the content does not match the hash the server names",
)
