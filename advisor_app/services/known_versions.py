"""The one lookup of a questionnaire version by id and version, for the catalogue and for ``scans list``.

``QuestionnaireCatalogue`` (with SQLAlchemy, for versions received from the server) and
``plain_listing.ShippedVersions`` (the shipped versions alone, without SQLAlchemy) both look versions up
here, so an unknown version is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..domain.questionnaire import Questionnaire
from ..errors import UnknownQuestionnaireVersionError


class KnownVersions:
    """Questionnaire versions by their key (``id@version``)."""

    def __init__(self, by_key: Mapping[str, Questionnaire]) -> None:
        self._by_key = dict(by_key)

    def get(self, questionnaire_id: str, version: str) -> Questionnaire:
        try:
            return self._by_key[f"{questionnaire_id}@{version}"]
        except KeyError:
            raise UnknownQuestionnaireVersionError(questionnaire_id, version) from None
