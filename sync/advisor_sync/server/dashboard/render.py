"""Pages as HTML: one Jinja2 environment, and every number through the core's formatting layer.

Templates get ``t(key, **values)`` for words (see ``texts``) and ``f`` for
figures, both bound to the viewer's language, so a template never formats a
number itself and Dutch readers see ``1.234,5`` and ``€ 4.000,00``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from advisor_app.domain.formatting import format_date, format_datetime, format_decimal, format_percent
from advisor_app.domain.money import format_euros
from advisor_app.domain.text import LANGUAGES

from .texts import word, word_or_code

TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Figures:
    """Number formatting in one language, for templates."""

    language: str

    def number(self, value: int | float, digits: int = 0) -> str:
        return format_decimal(value, self.language, digits)

    def score(self, value: float | None) -> str:
        """A score on 0-100 with one decimal, or a dash."""
        return "–" if value is None else format_decimal(value, self.language, 1)

    def change(self, value: float | None) -> str:
        """A change in points, always signed: "+3,2", "−1,0"."""
        if value is None:
            return "–"
        shown = format_decimal(abs(value), self.language, 1)
        return shown if shown in ("0", "0,0", "0.0") else ("+" if value > 0 else "−") + shown

    def share(self, fraction: float | None, digits: int = 0) -> str:
        """A share given as a fraction (0.25) shown as a percentage ("25%")."""
        return "–" if fraction is None else format_percent(fraction * 100, self.language, digits)

    def euros(self, cents: int) -> str:
        return format_euros(cents, self.language)

    def day(self, value: date | datetime | None) -> str:
        if value is None:
            return "–"
        return format_date(value.date() if isinstance(value, datetime) else value, self.language, "medium")

    def moment(self, value: datetime | None) -> str:
        return "–" if value is None else format_datetime(value, self.language)


def render(request: Request, template: str, language: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    page = environment().get_template(template)
    body = page.render(
        request=request,
        lang=language,
        languages=LANGUAGES,
        t=functools.partial(_word, language),
        code=lambda prefix, value: word_or_code(prefix, value, language),
        f=Figures(language),
        **context,
    )
    return HTMLResponse(body, status_code=status_code, headers=SECURITY_HEADERS)


def _word(language: str, key: str, **values: object) -> str:
    return word(key, language, **values)


SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
"""Pages hold personal data and figures: never cached, never framed, no script or style from elsewhere."""
