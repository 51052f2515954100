"""Numbers and dates read the way people in each language expect, and round like at school."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.formatting import (
    babel_locale,
    format_date,
    format_datetime,
    format_decimal,
    format_percent,
    format_points,
    round_half_up,
    round_whole,
)
from advisor_app.services.export import one_decimal, two_decimals

LANGUAGES = ("nl", "en")
figures = st.decimals(min_value=-(10**7), max_value=10**7, allow_nan=False, allow_infinity=False, places=6)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(62.5, 63), (37.5, 38), (0.5, 1), (1.5, 2), (2.5, 3), (-2.5, -3), (62.49, 62), (62.49999999999999, 63), (0, 0)],
)
def test_halves_round_away_from_zero_unlike_python_round(value: float, expected: int) -> None:
    assert round_whole(value) == expected


def test_rounding_to_decimals_uses_the_printed_value_of_a_float() -> None:
    assert round_half_up(2.675, 2) == Decimal("2.68")  # round(2.675, 2) == 2.67
    assert round_half_up(Decimal("0.05"), 1) == Decimal("0.1")


@pytest.mark.parametrize(
    ("language", "decimal_text", "percent", "points_one", "points_two"),
    [
        ("nl", "1.234,5", "62,5%", "1 punt", "2 punten"),
        ("en", "1,234.5", "62.5%", "1 point", "2 points"),
    ],
)
def test_examples_per_language(language: str, decimal_text: str, percent: str, points_one: str, points_two: str) -> None:
    assert format_decimal(1234.5, language, 1) == decimal_text
    assert format_percent(62.5, language, 1) == percent
    assert format_points(1, language) == points_one
    assert format_points(2, language) == points_two


def test_at_most_digits_drops_trailing_zeros() -> None:
    assert format_decimal(12.0, "nl", 1, trailing_zeros=False) == "12"
    assert format_decimal(12.25, "nl", 1, trailing_zeros=False) == "12,3"
    assert format_decimal(3, "en", 2) == "3.00"


def test_dates_read_day_month_year_in_both_languages() -> None:
    day = date(2026, 12, 1)
    assert format_date(day, "nl") == "1 december 2026"
    assert format_date(day, "en") == "1 December 2026"
    assert format_date(day, "nl", "short") == "01-12-2026"
    assert format_date(day, "en", "short") == "01/12/2026"
    assert format_datetime(datetime(2026, 12, 1, 14, 5), "nl") == "1 dec 2026 14:05"


@given(st.dates(), st.sampled_from(LANGUAGES))
def test_a_short_date_is_babels_though_written_without_it(day: date, language: str) -> None:
    assert format_date(day, language, "short") == babel_dates.format_date(day, format="short", locale=babel_locale(language))


whole_or_near = st.one_of(
    st.integers(min_value=-1500, max_value=1500),
    st.floats(min_value=-1500, max_value=1500, allow_nan=False),
    st.decimals(min_value=-1500, max_value=1500, allow_nan=False, allow_infinity=False, places=3),
    st.sampled_from([Decimal("-0"), -0.0, -0.4, 0.49, 999.49, 999.5, Decimal("1E+2"), 62.5]),
)


@given(whole_or_near, st.sampled_from(LANGUAGES), st.integers(min_value=-2, max_value=0))
def test_a_whole_number_is_babels_though_those_below_a_thousand_are_written_without_it(
    value: Decimal, language: str, digits: int
) -> None:
    expected = babel_numbers.format_decimal(round_half_up(value, digits), format="#,##0", locale=babel_locale(language))
    assert format_decimal(value, language, digits) == expected


@given(figures, st.sampled_from(LANGUAGES), st.integers(min_value=0, max_value=4))
def test_format_decimal_then_parse_gives_the_value_at_the_shown_precision(value: Decimal, language: str, digits: int) -> None:
    shown = format_decimal(value, language, digits)
    assert parse_decimal(shown, locale=babel_locale(language), strict=True) == round_half_up(value, digits)


@given(figures, st.sampled_from(LANGUAGES), st.integers(min_value=0, max_value=3))
def test_format_percent_then_parse_gives_the_value_at_the_shown_precision(value: Decimal, language: str, digits: int) -> None:
    shown = format_percent(value, language, digits)
    assert shown.endswith("%")
    assert parse_decimal(shown.removesuffix("%"), locale=babel_locale(language)) == round_half_up(value, digits)


@given(st.integers(min_value=-(10**6), max_value=10**6), st.sampled_from(LANGUAGES))
def test_whole_points_are_singular_exactly_for_one(value: int, language: str) -> None:
    number, word = format_points(value, language).split(" ")
    assert parse_decimal(number, locale=babel_locale(language)) == value
    singular = {"nl": "punt", "en": "point"}[language]
    plural = {"nl": "punten", "en": "points"}[language]
    assert word == (singular if abs(value) == 1 else plural)


@given(figures, st.sampled_from(LANGUAGES), st.integers(min_value=1, max_value=3))
def test_points_with_decimals_are_always_plural(value: Decimal, language: str, digits: int) -> None:
    assert format_points(value, language, digits).endswith(("punten", "points"))


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(min_value=0, max_value=3))
def test_rounding_is_symmetric_and_within_half_a_unit(value: float, digits: int) -> None:
    rounded = round_half_up(value, digits)
    assert round_half_up(-value, digits) == -rounded
    # Half a unit, plus the 1e-9 below which the module treats a float's digits as noise.
    assert abs(rounded - Decimal(repr(value))) <= Decimal(5).scaleb(-digits - 1) + Decimal("1e-9")


def test_exported_figures_round_like_the_screen() -> None:
    assert (one_decimal(62.25), one_decimal(62.35), two_decimals(2.675), one_decimal(None)) == (62.3, 62.4, 2.68, None)


def test_babels_global_table_is_let_go_once_the_locales_are_read() -> None:
    """Babel loads its whole global CLDR table (about 2 MB) to read a locale's data and would keep it for good:
    what the app formats (numbers, dates, plurals, euros) needs it no more after that (issue 12, the start's peak)."""
    from babel import core

    from advisor_app.domain.money import format_euros, parse_euros

    for language in LANGUAGES:
        format_date(date(2026, 12, 1), language, "short")
        format_datetime(datetime(2026, 12, 1, 14, 5), language)
        format_decimal(62.5, language, 1)
        format_percent(62.5, language)
        format_points(2, language)
        assert parse_euros(format_euros(3_500_05, language), language) == 3_500_05
    assert core._global_data is None
