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
    """A questionnaire definition is malformed; names the file, item and fault."""

    def __init__(self, source: str, where: str, fault: Text | str) -> None:
        reason = fault if isinstance(fault, Text) else Text(fault, fault)
        super().__init__(
            Text(
                f"Vragenlijst {source} is ongeldig bij {where}: {reason.nl}",
                f"Questionnaire {source} is invalid at {where}: {reason.en}",
            )
        )
        self.source = source
        self.where = where
        self.fault = reason.en
        self.reason = reason
