"""Amounts are read exactly as the advisor means them, in Dutch and English, or refused with how to write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from advisor_app.domain.errors import ValidationError
from advisor_app.domain.money import euros, format_euros, parse_euros, with_amounts
from advisor_app.domain.rules import VOUCHER_LIMIT_CENTS, validate_voucher_amount
from advisor_app.domain.text import Text

LANGUAGES = ("nl", "en")
up_to_the_limit = st.integers(min_value=0, max_value=VOUCHER_LIMIT_CENTS)
any_amount = st.integers(min_value=0, max_value=50_000_000_00)
cents_or_limit = st.one_of(up_to_the_limit, any_amount)


@pytest.mark.parametrize(
    ("language", "typed", "cents"),
    [
        ("nl", "3.500", 3_500_00),
        ("nl", "4.000", 4_000_00),
        ("nl", "3.500,00", 3_500_00),
        ("nl", "3500", 3_500_00),
        ("nl", "€ 3.500,-", 3_500_00),
        ("nl", "3500,-", 3_500_00),
        ("nl", "3500,5", 3_500_50),
        ("nl", "€3500", 3_500_00),
        ("nl", "  3.500  ", 3_500_00),
        ("nl", "€\u00a03.500,00", 3_500_00),  # as CLDR writes it, with a no-break space
        ("nl", "EUR 3.500", 3_500_00),
        ("nl", "1.250.000,75", 1_250_000_75),
        ("nl", "0,01", 1),
        ("nl", "0", 0),
        ("en", "3,500", 3_500_00),
        ("en", "3,500.00", 3_500_00),
        ("en", "3500.5", 3_500_50),
        ("en", "€3,500", 3_500_00),
        ("en", " €3,500.00 ", 3_500_00),
        ("en", "4,000", 4_000_00),
    ],
)
def test_the_issues_examples_read_as_meant(language: str, typed: str, cents: int) -> None:
    assert parse_euros(typed, language) == cents


@pytest.mark.parametrize(
    ("language", "typed", "fault"),
    [
        ("nl", "3.50", "is op twee manieren te lezen"),
        ("nl", "3,500", "is op twee manieren te lezen"),
        ("nl", "3500.00", "is op twee manieren te lezen"),
        ("nl", "35.00.0", "staan de punten of komma's verkeerd"),
        ("nl", "3,5000", "meer dan twee cijfers voor de centen"),
        ("nl", "-3.500", "is negatief"),
        ("nl", "€ -5", "is negatief"),
        ("nl", "drie", "is geen bedrag"),
        ("nl", "1E5", "is geen bedrag"),
        ("nl", "3 500", "is geen bedrag"),
        ("nl", "", "geen bedrag ingevuld"),
        ("en", "3.500", "can be read in two ways"),
        ("en", "3,50", "can be read in two ways"),
        ("en", "35,00,0", "out of place"),
        ("en", "3.5000", "more than two digits"),
        ("en", "-€3,500.00", "is negative"),
        ("en", "3500,-", "is not an amount"),
    ],
)
def test_what_could_mean_two_things_is_refused_with_how_to_write_it(language: str, typed: str, fault: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_euros(typed, language)
    assert refused.value.field == "amount"
    message = refused.value.in_language(language)
    assert fault in message
    assert message.endswith(
        "Schrijf het bedrag als 3.500 of 3.500,00" if language == "nl" else "Write the amount as 3,500 or 3,500.00"
    )
    assert "\n" not in message


def test_amounts_are_written_in_each_languages_notation() -> None:
    assert format_euros(3_500_00, "nl") == "€ 3.500,00"
    assert format_euros(3_500_00, "en") == "€3,500.00"
    assert format_euros(5, "nl") == "€ 0,05"
    assert euros(3_500_05) == Decimal("3500.05")
    assert str(euros(3_500_00)) == "3500.00"


@given(cents_or_limit, st.sampled_from(LANGUAGES))
def test_amounts_have_the_euros_own_two_decimals(cents: int, language: str) -> None:
    """``format_euros`` takes the decimals from the locale's pattern (not Babel's global table): the same text."""
    from babel.numbers import format_currency

    from advisor_app.domain.formatting import babel_locale

    expected = format_currency(euros(cents), "EUR", locale=babel_locale(language)).replace("\u00a0", " ")
    assert format_euros(cents, language) == expected


def test_the_voucher_limit_message_writes_each_amount_in_its_own_language() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_voucher_amount(4_500_00)
    assert refused.value.in_language("nl") == "Het voucherbedrag € 4.500,00 is hoger dan het maximum van € 4.000,00"
    assert refused.value.in_language("en") == "The voucher amount €4,500.00 is above the maximum of €4,000.00"
    assert with_amounts(Text("{a}", "{a}"), a=1) == Text("€ 0,01", "€0.01")


@settings(max_examples=1_000)
@given(cents_or_limit, st.sampled_from(LANGUAGES))
@example(0, "nl")
@example(1, "en")
@example(99, "nl")
@example(1_000_00, "en")
@example(VOUCHER_LIMIT_CENTS, "nl")
@example(VOUCHER_LIMIT_CENTS, "en")
@example(VOUCHER_LIMIT_CENTS + 1, "nl")
def test_format_then_parse_gives_the_same_cents(cents: int, language: str) -> None:
    assert parse_euros(format_euros(cents, language), language) == cents


@given(cents_or_limit)
def test_the_plain_dutch_forms_read_back(cents: int) -> None:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    forms = [f"{grouped},{rest:02d}", f"€ {grouped},{rest:02d}", f"{euros},{rest:02d}"]
    if rest == 0:
        forms += [str(euros), grouped, f"€ {grouped},-", f"€{euros}"]
    elif rest % 10 == 0:
        forms.append(f"{euros},{rest // 10}")
    for typed in forms:
        assert parse_euros(typed, "nl") == cents, typed


@given(cents_or_limit)
def test_the_plain_english_forms_read_back(cents: int) -> None:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}"
    forms = [f"{grouped}.{rest:02d}", f"€{grouped}.{rest:02d}", f"{euros}.{rest:02d}"]
    if rest == 0:
        forms += [str(euros), grouped, f"€{grouped}"]
    elif rest % 10 == 0:
        forms.append(f"{euros}.{rest // 10}")
    for typed in forms:
        assert parse_euros(typed, "en") == cents, typed


@given(st.integers(min_value=1_000, max_value=999_999), st.sampled_from(LANGUAGES))
def test_a_thousands_figure_in_the_other_languages_notation_is_never_taken_for_cents(euros: int, language: str) -> None:
    """'3,500' in Dutch or '3.500' in English: the factor-1,000 slip of issue 9 is refused, never guessed."""
    other = format_euros(euros * 100, "en" if language == "nl" else "nl").removeprefix("€").strip()
    whole = other[: -len(",00")]
    with pytest.raises(ValidationError):
        parse_euros(whole, language)


@given(st.text(max_size=12), st.sampled_from(LANGUAGES))
def test_any_text_is_read_or_refused_never_crashes(typed: str, language: str) -> None:
    refusal: ValidationError | None = None
    try:
        cents = parse_euros(typed, language)
    except ValidationError as refused:
        refusal = refused
    if refusal is None:
        assert cents >= 0
    else:
        assert refusal.field == "amount"
