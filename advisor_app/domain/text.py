"""Bilingual text: Dutch first, English complete.

Every sentence a user can see from the core (questionnaire texts, error
messages, report phrases) is a :class:`Text` holding both languages, so no
layer can forget a translation. ``str()`` renders it in the active language.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_active: ContextVar[str] = ContextVar("basisscan_language", default=DEFAULT_LANGUAGE)


def normalise_language(value: str | None) -> str:
    """Map a locale such as ``nl_NL.UTF-8`` or ``EN`` to ``nl`` or ``en``."""
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en" if code else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    _active.set(normalise_language(language))


def active_language() -> str:
    return _active.get()


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def get(self, language: str | None = None) -> str:
        return self.en if (language or _active.get()) == "en" else self.nl

    def format(self, **values: Any) -> Text:
        return Text(self.nl.format(**values), self.en.format(**values))

    def __str__(self) -> str:
        return self.get()
