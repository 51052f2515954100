"""Which questionnaire versions this device knows, and which one new scans use."""

from __future__ import annotations

from ..domain.questionnaire import Questionnaire, shipped_questionnaires
from ..domain.text import Text
from ..errors import NotFoundError


class QuestionnaireCatalogue:
    def __init__(self, questionnaires: dict[str, Questionnaire] | None = None) -> None:
        self._by_key = questionnaires if questionnaires is not None else shipped_questionnaires()

    @property
    def current(self) -> Questionnaire:
        """The newest version: new scans start on it."""
        return max(self._by_key.values(), key=lambda q: tuple(int(p) for p in q.version.split(".") if p.isdigit()))

    def get(self, questionnaire_id: str, version: str) -> Questionnaire:
        try:
            return self._by_key[f"{questionnaire_id}@{version}"]
        except KeyError:
            raise NotFoundError(Text("Vragenlijst", "Questionnaire"), f"{questionnaire_id}@{version}") from None

    def all(self) -> list[Questionnaire]:
        return list(self._by_key.values())
