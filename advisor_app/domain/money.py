"""Amounts of money: the one way to read what a person typed and the one way to write it.

Amounts are whole cents (``int``) everywhere inside the app. People see and
type euros, in the notation of their language:

* Dutch (``nl``): ``3.500``, ``3.500,00``, ``3500``, ``3500,5``, ``€ 3.500,-``;
  the point groups thousands, the comma starts the cents.
* English (``en``): ``3,500``, ``3,500.00``, ``3500.5``, ``€3,500``;
  the other way round.

Babel (CLDR ``nl_NL`` / ``en_GB``, see :mod:`.formatting`) does the reading
and writing; this module only peels off what Babel does not know (the euro
sign and the Dutch ``,-`` for whole euros) and decides what to refuse.

An amount that could mean two things is **refused, never guessed**: Dutch
``3.50`` or ``3,500`` and English ``3.500`` read as another amount in the
other language, so a slip of the UI language would silently cost a factor of
1,000 (issue 9). The refusal says how to write the amount instead. Negative
amounts, more than two decimals, misplaced separators and letters are refused
too. Whatever :func:`format_euros` writes, :func:`parse_euros` reads back to
the same cents (property-tested).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NoReturn

from babel import numbers as babel_numbers

from .errors import ValidationError
from .formatting import babel_locale, format_decimal
from .text import LANGUAGES, Text, normalise_language

CURRENCY = "EUR"

_EURO_MARK = re.compile(r"^(?:€|eur)\s*|\s*(?:€|eur)$", re.IGNORECASE)
_WHOLE_EUROS = re.compile(r",[-\u2012\u2013\u2014]{1,2}$")
"""Dutch ``3.500,-`` (or ``,--``, with a dash): whole euros."""
_SIGNS = ("-", "\u2212")
_SEPARATORS = {"nl": ".,", "en": ",."}
_OTHER = {"nl": "en", "en": "nl"}
_EXAMPLE_EUROS = 3500

_HOW = Text("Schrijf het bedrag als {whole} of {cents}", "Write the amount as {whole} or {cents}")
_EMPTY = Text("Er is geen bedrag ingevuld.", "No amount was entered.")
_NOT_AN_AMOUNT = Text("'{v}' is geen bedrag.", "'{v}' is not an amount.")
_NEGATIVE = Text("'{v}' is negatief; een bedrag is 0 of meer.", "'{v}' is negative; an amount is 0 or more.")
_TWO_WAYS = Text("'{v}' is op twee manieren te lezen.", "'{v}' can be read in two ways.")
_TOO_PRECISE = Text("'{v}' heeft meer dan twee cijfers voor de centen.", "'{v}' has more than two digits for the cents.")
_MISPLACED = Text("In '{v}' staan de punten of komma's verkeerd.", "In '{v}' the points or commas are out of place.")


def format_euros(cents: int, language: str) -> str:
    """``350000`` as people read it: Dutch ``€ 3.500,00``, English ``€3,500.00``.

    Babel's CLDR currency format, with one change: CLDR puts a no-break space
    (U+00A0) after the Dutch ``€``; the report's embedded font draws it with no
    width ("€4.000,00" on the PDF), so it becomes a plain space. The parser
    reads either.
    """
    written = babel_numbers.format_currency(
        Decimal(cents).scaleb(-2),
        CURRENCY,
        locale=babel_locale(language),
        currency_digits=False,  # the pattern's two decimals, the euro's: the currency's own come from Babel's global table
    )
    return written.replace("\u00a0", " ")


def euros(cents: int) -> Decimal:
    """``350000`` as exactly ``Decimal("3500.00")``: an amount as a number for data files (CSV writes it per language)."""
    return Decimal(cents).scaleb(-2)


def with_amounts(text: Text, **amounts: int) -> Text:
    """Fill ``{name}`` placeholders in both languages with amounts in cents, each written in its own language.

    ``with_amounts(Text("max {m}", "max {m}"), m=400000)`` gives ``max € 4.000,00`` / ``max €4,000.00``.
    """
    nl = {name: format_euros(cents, "nl") for name, cents in amounts.items()}
    en = {name: format_euros(cents, "en") for name, cents in amounts.items()}
    return Text(text.nl.format(**nl), text.en.format(**en))


def how_to_write(language: str) -> Text:
    """The hint every refusal ends with, with examples in the notation of ``language``: "3.500 of 3.500,00"."""
    return _HOW.format(whole=format_decimal(_EXAMPLE_EUROS, language, 0), cents=format_decimal(_EXAMPLE_EUROS, language, 2))


def parse_euros(text: str, language: str) -> int:
    """What a person typed, in the notation of ``language``, as cents; or a :class:`ValidationError` on ``amount``.

    Accepted: digits with the language's thousands separator (in the right
    places) and decimal separator, at most two decimals, an optional euro sign
    or ``EUR`` before or after, Dutch ``,-`` for whole euros, spaces around.
    """
    language = normalise_language(language)
    typed = (text or "").strip()
    number, negative = _number_part(typed, language)
    if not number:
        _refuse(_EMPTY if not typed else _NOT_AN_AMOUNT, typed, language)
    if not _looks_like_a_number(number, language):
        _refuse(_NOT_AN_AMOUNT, typed, language)
    if negative:
        _refuse(_NEGATIVE, typed, language)
    value = _read(number, language)
    if value is None:
        _refuse(_TWO_WAYS if _read(number, _OTHER[language]) is not None else _MISPLACED, typed, language)
    if _decimals(value) > 2:
        _refuse(_TWO_WAYS if _read(number, _OTHER[language]) is not None else _TOO_PRECISE, typed, language)
    return int(value.scaleb(2))


def _number_part(typed: str, language: str) -> tuple[str, bool]:
    """Peel off sign, euro sign and Dutch ``,-``; return the figure and whether a minus came first."""
    rest = typed
    negative = rest.startswith(_SIGNS)
    if negative:
        rest = rest[1:].lstrip()
    rest = _EURO_MARK.sub("", rest, count=1)
    rest = _EURO_MARK.sub("", rest, count=1)  # a sign on each side ("€ 3.500 €") is still one amount
    if not negative and rest.startswith(_SIGNS):  # "€ -3.500"
        negative, rest = True, rest[1:].lstrip()
    if language == "nl":
        rest = _WHOLE_EUROS.sub("", rest)
    return rest.strip(), negative


def _looks_like_a_number(number: str, language: str) -> bool:
    """Only ASCII digits and the two separators, at least one digit: no letters, exponents or stray spaces."""
    allowed = set("0123456789" + _SEPARATORS[language])
    return all(char in allowed for char in number) and any(char.isdigit() for char in number)


def _read(number: str, language: str) -> Decimal | None:
    """Babel's strict reading (thousands separators only in their places), or ``None``."""
    if language not in LANGUAGES:
        return None
    try:
        return babel_numbers.parse_decimal(number, locale=babel_locale(language), strict=True)
    except babel_numbers.NumberFormatError:
        return None


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _refuse(fault: Text, typed: str, language: str) -> NoReturn:
    """Raise the one-line refusal: what is wrong, then how to write it."""
    reason = fault.format(v=typed)
    hint = how_to_write(language)
    raise ValidationError("amount", Text(f"{reason.nl} {hint.nl}", f"{reason.en} {hint.en}"))
