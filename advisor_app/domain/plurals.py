"""Counted phrases in Dutch and English: "1 scan", "2 scans", "1 bedrijf", "1.200 bedrijven".

A count printed with a fixed "{n} scans" reads "1 scans". CLDR's plural rules
(through Babel, :func:`.formatting.babel_locale`) pick the form for each
language, and the number is written in that language's notation ("1.200" /
"1,200"). Dutch and English both have the forms ``one`` and ``other``; a
:class:`Plural` names those two. :func:`with_counts` fills a sentence with
counts, each in its own language, as :func:`.money.with_amounts` does for amounts.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import babel_locale, format_decimal
from .text import LANGUAGES, Text


@dataclass(frozen=True)
class Plural:
    """A phrase with ``{n}`` in its ``one`` and ``other`` forms, both languages each."""

    one: Text
    other: Text

    def in_language(self, count: int, language: str) -> str:
        form = self.one if babel_locale(language).plural_form(count) == "one" else self.other
        return form.get(language).format(n=format_decimal(count, language))

    def of(self, count: int) -> Text:
        """``count`` with this phrase: ``Text("1 scan", "1 scan")``, ``Text("1.200 scans", "1,200 scans")``."""
        nl, en = (self.in_language(count, language) for language in LANGUAGES)
        return Text(nl, en)


def with_counts(text: Text, **values: object) -> Text:
    """Fill ``{name}`` placeholders in both languages: ``s=(SCANS, 1)`` gives "1 scan"; any other value goes in as it is."""

    def filled(language: str) -> dict[str, object]:
        return {name: _counted(value, language) for name, value in values.items()}

    return Text(text.nl.format(**filled("nl")), text.en.format(**filled("en")))


def _counted(value: object, language: str) -> object:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Plural) and isinstance(value[1], int):
        return value[0].in_language(value[1], language)
    return value


SCANS = Plural(Text("{n} scan", "{n} scan"), Text("{n} scans", "{n} scans"))
COMPANIES = Plural(Text("{n} bedrijf", "{n} company"), Text("{n} bedrijven", "{n} companies"))
DRAFTS = Plural(Text("{n} concept", "{n} draft"), Text("{n} concepten", "{n} drafts"))
PLANS = Plural(Text("{n} plan", "{n} plan"), Text("{n} plannen", "{n} plans"))
VOUCHERS = Plural(Text("{n} voucher", "{n} voucher"), Text("{n} vouchers", "{n} vouchers"))
