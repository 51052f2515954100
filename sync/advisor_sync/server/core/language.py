"""The language of a response: taken from ``Accept-Language``, Dutch when none is asked for."""

from __future__ import annotations

from advisor_app.domain.text import DEFAULT_LANGUAGE, LANGUAGES


def pick_language(accept_language: str | None) -> str:
    """The first supported language in the header, honouring q-values; Dutch by default."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower()[:2]
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if code in LANGUAGES and quality > 0:
            choices.append((-quality, position, code))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE
