"""Numbers and dates as people read them, in Dutch or English: the one place.

Every figure a user sees (the UI, the PDF report, the command line, server
messages) goes through these functions, so the Dutch decimal comma, grouping,
plurals and date order are decided once, by Babel's CLDR data, instead of by
f-strings scattered over the layers.

Two choices hold for the whole app:

* **Locales.** Dutch is ``nl_NL``; English is ``en_GB``, because the
  programme's English readers are in Europe: dates read day-month-year
  (``1 December 2026``), as in Dutch, so a date never means two things.
* **Rounding.** Figures are rounded *half away from zero* (62.5 -> 63,
  37.5 -> 38, -2.5 -> -3), the rule people learn at school, never Python's
  banker's rounding (``round(62.5) == 62``). A float is first read as the
  decimal it prints as (``repr``) and settled to 9 decimals, the precision
  the scoring module already treats as float noise, so 62.49999999999999
  (a sum that "is" 62.5) rounds like 62.5.

The API is deliberately small and stable: ``round_half_up``, ``round_whole``,
``format_decimal``, ``format_percent``, ``format_points``, ``format_date``,
``format_datetime`` and ``babel_locale``. Amounts of money are in
:mod:`advisor_app.domain.money`.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING, Literal

from .text import normalise_language

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported by the functions that format (about 30 ms of CPU at a command's start): rounding needs
# none of it, and a command that writes no figure for people (``scans list --json``) never loads it. The short
# date and a whole number below 1,000 are written without it (:data:`SHORT_DATES`, :func:`format_decimal`): the
# desktop's Scans page shows 20,000 dates and 10,000 scores at the start, before anything else wants Babel, and
# its import and locale data came to 40-60 ms between the advisor and the page. Tests hold both to Babel's.

Number = int | float | Decimal
DateStyle = Literal["short", "medium", "long"]

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
"""The Babel locale behind each UI language (see the module docstring)."""

_READING = threading.Lock()
"""Held while a locale's data is read and Babel's global table let go (:func:`babel_locale`), so no other locale's
read finds the table gone between Babel's check for it and its look-up in it."""

_NOISE = Decimal("1e-9")

SHORT_DATES = {"nl": "{:02d}-{:02d}-{}", "en": "{:02d}/{:02d}/{}"}
"""CLDR's short date of each language's locale (nl_NL ``dd-MM-y``, en_GB ``dd/MM/y``), day, month and year filled in."""

WHOLE_WITHOUT_GROUPING = Decimal(1000)
"""Below this a whole number has no grouping separator, so its digits are all there is to write (no minus sign either)."""

_POINTS = {
    "nl": {"one": "punt", "other": "punten"},
    "en": {"one": "point", "other": "points"},
}
"""The word for score points, per CLDR plural category (nl and en have 'one' and 'other')."""


@cache
def babel_locale(language: str) -> Locale:
    """The Babel :class:`Locale` for ``"nl"`` or ``"en"`` (anything else is normalised first), its CLDR data read.

    Babel reads a locale's data the first time it is asked for, and for that loads its whole table of
    global CLDR data (``global.dat``, about 2 MB in memory) to look up one key, the locale's parent; it
    then keeps the table for good. Once both are read, the table is let go: nothing these modules format
    needs it again (:func:`advisor_app.domain.money.format_euros` takes the euro's two decimals from the
    locale's currency pattern), and Babel reads it again by itself if anything else asks.
    """
    from babel import Locale, core

    with _READING:
        locale = Locale.parse(LOCALES[normalise_language(language)])
        locale.number_symbols  # noqa: B018 - reads the locale's data now, while the global table is loaded
        core._global_data = None  # Babel's own cache of that table (``core.get_global`` fills it again when asked)
    return locale


def _as_decimal(value: Number) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        # repr gives the shortest decimal that reads back as this float: the number people "see".
        return Decimal(repr(value)).quantize(_NOISE, rounding=ROUND_HALF_EVEN)
    return Decimal(value)


def round_half_up(value: Number, digits: int = 0) -> Decimal:
    """``value`` rounded to ``digits`` decimals, halves away from zero (2.5 -> 3, -2.5 -> -3)."""
    exact = _as_decimal(value)
    if not exact.is_finite():
        raise ValueError(f"cannot round {value!r}")
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def round_whole(value: Number) -> int:
    """``value`` rounded to a whole number, halves away from zero: the drop-in for ``round(x)``."""
    return int(round_half_up(value, 0))


def _pattern(digits: int, trailing_zeros: bool) -> str:
    """A CLDR number pattern with grouping and exactly (or at most) ``digits`` decimals."""
    if digits <= 0:
        return "#,##0"
    return "#,##0." + ("0" if trailing_zeros else "#") * digits


def format_decimal(value: Number, language: str, digits: int = 0, *, trailing_zeros: bool = True) -> str:
    """A number with ``digits`` decimals: ``format_decimal(1234.5, "nl", 1) == "1.234,5"``.

    With ``trailing_zeros=False`` the decimals are "at most ``digits``":
    ``format_decimal(12.0, "nl", 1, trailing_zeros=False) == "12"``.
    """
    rounded = round_half_up(value, digits)
    if digits <= 0 and not rounded.is_signed() and rounded < WHOLE_WITHOUT_GROUPING:  # 0 to 999: the digits (never "-0")
        return str(int(rounded))
    from babel import numbers as babel_numbers

    return babel_numbers.format_decimal(rounded, format=_pattern(digits, trailing_zeros), locale=babel_locale(language))


def format_percent(percent: Number, language: str, digits: int = 0) -> str:
    """A percentage given on the 0-100 scale the scores use: ``format_percent(62.5, "nl", 1) == "62,5%"``."""
    from babel import numbers as babel_numbers

    rounded = round_half_up(percent, digits)
    return babel_numbers.format_percent(rounded.scaleb(-2), format=_pattern(digits, True) + "%", locale=babel_locale(language))


def format_points(value: Number, language: str, digits: int = 0) -> str:
    """A number of score points with the right plural: "1 punt", "2 punten", "1 point", "2,5 points".

    The plural follows CLDR on the number *as shown*: "1 punt" but "1,0 punten".
    """
    rounded = round_half_up(value, digits)
    locale = babel_locale(language)
    word = _POINTS[normalise_language(language)][locale.plural_form(abs(rounded))]
    return f"{format_decimal(rounded, language, digits)} {word}"


def format_date(value: date, language: str, style: DateStyle = "long") -> str:
    """A date: long "1 december 2026" / "1 December 2026"; medium "1 dec 2026"; short "01-12-2026" / "01/12/2026"."""
    if style == "short":
        return SHORT_DATES[normalise_language(language)].format(value.day, value.month, value.year)
    from babel import dates as babel_dates

    return babel_dates.format_date(value, format=style, locale=babel_locale(language))


def format_datetime(value: datetime, language: str, style: DateStyle = "medium") -> str:
    """A moment as date and 24-hour time of day: "1 dec 2026 14:05".

    A timezone-aware moment (the store keeps UTC) is shown in this machine's
    local time; a naive one as it is.
    """
    from babel import dates as babel_dates

    local = value.astimezone() if value.tzinfo is not None else value
    clock = babel_dates.format_time(local.time(), format="short", locale=babel_locale(language))
    return f"{format_date(local.date(), language, style)} {clock}"
