"""The root of the core's exception hierarchy.

Every error a user can cause derives from :class:`BasisscanError`; the edges
(command line, dialogs, HTTP handlers) show ``str(error)``, one plain sentence
in the active language, never a traceback.
"""

from __future__ import annotations

from .text import Text


class BasisscanError(Exception):
    """Something the user can understand and usually fix."""

    def __init__(self, message: Text | str) -> None:
        super().__init__(message)
        self.text = message if isinstance(message, Text) else Text(message, message)

    def __str__(self) -> str:
        return str(self.text)

    def in_language(self, language: str) -> str:
        return self.text.get(language)


class ValidationError(BasisscanError):
    """A value breaks a domain rule; ``field`` names the offending field."""

    def __init__(self, field: str, message: Text) -> None:
        super().__init__(message)
        self.field = field


class QuestionnaireError(BasisscanError):
    """A questionnaire definition is malformed; names the file, item and fault.

    ``where`` is a place in the file (``item D2.3.anchors``, the same in either language) or a
    ``Text`` where it is words (``line 4, column 3``); the attribute keeps its English form.
    """

    def __init__(self, source: str, where: str | Text, fault: Text | str) -> None:
        reason = fault if isinstance(fault, Text) else Text(fault, fault)
        place = where if isinstance(where, Text) else Text(where, where)
        super().__init__(
            Text(
                f"Vragenlijst {source} is ongeldig bij {place.nl}: {reason.nl}",
                f"Questionnaire {source} is invalid at {place.en}: {reason.en}",
            )
        )
        self.source = source
        self.place = place
        self.where = place.en
        self.fault = reason.en
        self.reason = reason

    @property
    def faults(self) -> tuple[QuestionnaireError, ...]:
        """Every fault found, each naming the file, the place and the reason (here: this one)."""
        return (self,)


class QuestionnaireFaults(QuestionnaireError):  # noqa: N818 - the faults of one file, each a QuestionnaireError
    """Every fault the validator found in one definition; its own message is the first and how many more."""

    def __init__(self, faults: tuple[QuestionnaireError, ...]) -> None:
        first = faults[0]
        super().__init__(first.source, first.place, first.reason)
        self._faults = faults
        more = len(faults) - 1
        if more:
            self.text = Text(
                f"{first.text.nl} (en nog {more} {'fout' if more == 1 else 'fouten'})",
                f"{first.text.en} (and {more} more {'fault' if more == 1 else 'faults'})",
            )

    @property
    def faults(self) -> tuple[QuestionnaireError, ...]:
        return self._faults
