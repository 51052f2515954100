"""Why a part of a scan definition is refused, in Dutch and English: every reason the validator gives.

A coordinator reads these on the Scan versions page and from ``advisor-server publish-questionnaire``;
each goes with the file and the place (``QuestionnaireError``). The English wording is what the
format's documentation (docs/questionnaire.md) and older messages used.
"""

from __future__ import annotations

from collections.abc import Iterable

from .text import Text


def _listed(values: Iterable[object]) -> str:
    return ", ".join(str(value) for value in values)


def not_an_object() -> Text:
    return Text("hier hoort een object ({...})", "expected an object")


def missing_field(name: str) -> Text:
    return Text(f"veld '{name}' ontbreekt", f"missing field '{name}'")


def unknown_field(name: str) -> Text:
    return Text(f"onbekend veld '{name}'", f"unknown field '{name}'")


def not_a_text() -> Text:
    return Text("hier hoort een niet-lege tekst", "expected a non-empty text")


def not_a_list() -> Text:
    return Text("hier hoort een niet-lege lijst", "expected a non-empty list")


def not_one_of(value: object, allowed: Iterable[object]) -> Text:
    shown = _listed(allowed)
    return Text(f"'{value}' is geen van {shown}", f"'{value}' is not one of {shown}")


def not_a_boolean() -> Text:
    return Text("hier hoort true of false", "expected true or false")


def unsupported_format(found: object, supported: Iterable[int]) -> Text:
    shown = " or ".join(map(str, supported))
    return Text(
        f"formaat {found!r} wordt niet ondersteund (verwacht {shown.replace(' or ', ' of ')})",
        f"format {found!r} is not supported (expected {shown})",
    )


def not_a_minimum() -> Text:
    return Text("hier hoort een geheel getal van minstens 1", "expected a whole number of at least 1")


def no_sources() -> Text:
    return Text("hier hoort minstens één bron", "expected at least one source")


def appears_twice(value: str) -> Text:
    return Text(f"id '{value}' komt twee keer voor", f"id '{value}' appears twice")


def choice_without_options() -> Text:
    return Text("een keuzevraag heeft 'options' nodig", "a choice needs 'options'")


def scale_without_anchors() -> Text:
    return Text("een schaalvraag heeft 'anchors' nodig", "a scale needs 'anchors'")


def no_capability() -> Text:
    return Text("minstens één dimensie moet de rol 'capability' hebben", "at least one dimension must have role 'capability'")


def too_few_items(count: int, min_answered: int) -> Text:
    return Text(
        f"heeft {count} items maar min_answered is {min_answered}", f"has {count} items but min_answered is {min_answered}"
    )


def no_actions() -> Text:
    return Text(
        "veld 'actions' ontbreekt (elk capability-item beveelt minstens één actie aan)",
        "missing field 'actions' (every capability item recommends at least one action)",
    )


def bad_weight(weight: object) -> Text:
    return Text(
        f"gewicht {weight!r} moet een getal boven 0 en hoogstens 10 zijn",
        f"weight {weight!r} must be a number above 0 and at most 10",
    )


def type_outside_output() -> Text:
    return Text(
        "alleen items van een output-dimensie hebben een innovatietype",
        "only items of an output dimension have an innovation type",
    )


def unknown_source(source: str, known: Iterable[str]) -> Text:
    shown = _listed(sorted(known))
    return Text(f"'{source}' is geen van de bronnen ({shown})", f"'{source}' is not one of the sources ({shown})")


def bad_max_score(value: object) -> Text:
    return Text(
        f"max_score {value!r} moet een geheel getal van 1 tot en met 4 zijn",
        f"max_score {value!r} must be a whole number from 1 to 4",
    )


CHANGED_AFTER_PUBLISHING = Text(
    "de inhoud past niet bij de hash van deze versie; een gepubliceerde versie wordt nooit gewijzigd, "
    "publiceer een correctie als nieuwe versie",
    "the content does not match this version's hash; a published version is never changed, publish a correction as a new version",
)
UNSEALED = Text(
    "de hash van de inhoud ontbreekt (veld 'sha256'); elke gepubliceerde versie draagt die",
    "the hash of its content is missing (field 'sha256'); every published version carries it",
)

# -- the file itself -------------------------------------------------------------------------------

TOP_LEVEL = Text("het bovenste niveau", "top level")
THE_FILE = Text("het bestand", "file")
NO_SUCH_FILE = Text("bestaat niet", "does not exist")
NOT_UTF8 = Text("is geen UTF-8-tekst", "is not UTF-8 text")


def at_line(line: int, column: int) -> Text:
    return Text(f"regel {line}, kolom {column}", f"line {line}, column {column}")


def not_json(reason: str) -> Text:
    """``reason`` is the JSON parser's own (English) words."""
    return Text(f"geen geldige JSON ({reason})", reason)
