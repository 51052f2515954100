"""Pydantic's refusals of a badly shaped record, said in the user's language.

A record that does not fit its description (a status outside its vocabulary, a name longer than
its column, a field left out) is refused by pydantic with English text meant for developers. The
server's push and the device both show such a refusal to an advisor, so it is turned here into
one plain line per fault, naming the field and the fault, Dutch first and English complete. The
translation is keyed on pydantic's stable error ``type`` (``string_too_long``, ``enum``,
``missing``, ...) and its context values, never on its English wording.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError as ShapeError
from pydantic_core import ErrorDetails

from .text import Text

_FAULTS: Mapping[str, Text] = {
    "missing": Text("ontbreekt", "is missing"),
    "extra_forbidden": Text("is geen veld van dit record", "is not a field of this record"),
    "string_too_long": Text("is te lang: hoogstens {max_length} tekens", "is too long: at most {max_length} characters"),
    "string_too_short": Text("is te kort: minstens {min_length} tekens", "is too short: at least {min_length} characters"),
    "too_long": Text("heeft te veel onderdelen: hoogstens {max_length}", "has too many entries: at most {max_length}"),
    "too_short": Text("heeft te weinig onderdelen: minstens {min_length}", "has too few entries: at least {min_length}"),
    "enum": Text("moet een van deze waarden zijn: {expected_nl}", "must be one of {expected}"),
    "literal_error": Text("moet een van deze waarden zijn: {expected_nl}", "must be one of {expected}"),
    "greater_than_equal": Text("moet minstens {ge} zijn", "must be at least {ge}"),
    "greater_than": Text("moet groter zijn dan {gt}", "must be greater than {gt}"),
    "less_than_equal": Text("mag hoogstens {le} zijn", "must be at most {le}"),
    "less_than": Text("moet kleiner zijn dan {lt}", "must be less than {lt}"),
    "int_type": Text("moet een geheel getal zijn", "must be a whole number"),
    "int_parsing": Text("moet een geheel getal zijn", "must be a whole number"),
    "int_from_float": Text("moet een geheel getal zijn", "must be a whole number"),
    "string_type": Text("moet tekst zijn", "must be text"),
    "bool_type": Text("moet true of false zijn", "must be true or false"),
    "bool_parsing": Text("moet true of false zijn", "must be true or false"),
    "uuid_type": Text("moet een UUID zijn", "must be a UUID"),
    "uuid_parsing": Text("moet een UUID zijn", "must be a UUID"),
    "datetime_type": Text("moet een tijdstip zijn (ISO 8601)", "must be a moment (ISO 8601)"),
    "datetime_parsing": Text("moet een tijdstip zijn (ISO 8601)", "must be a moment (ISO 8601)"),
    "datetime_from_date_parsing": Text("moet een tijdstip zijn (ISO 8601)", "must be a moment (ISO 8601)"),
    "timezone_aware": Text("moet een tijdzone hebben", "must carry a time zone"),
    "date_type": Text("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_parsing": Text("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": Text("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_inexact": Text("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "dict_type": Text("moet een object zijn", "must be an object"),
    "model_type": Text("moet een object zijn", "must be an object"),
    "model_attributes_type": Text("moet een object zijn", "must be an object"),
    "list_type": Text("moet een lijst zijn", "must be a list"),
    "tuple_type": Text("moet een lijst zijn", "must be a list"),
    "none_required": Text("moet leeg zijn", "must be empty"),
    "frozen_instance": Text("kan niet worden gewijzigd", "cannot be changed"),
    "text_nul": Text("bevat een NUL-teken", "contains a NUL character"),
    "text_unicode": Text("is geen geldige Unicode-tekst", "is not valid Unicode text"),
    "out_of_range": Text("ligt buiten de jaren {earliest}-{latest}", "lies outside the years {earliest}-{latest}"),
}
"""Pydantic's error type -> the fault, with its context values (``ctx``) filled in."""

_UNKNOWN = Text("is ongeldig", "is invalid")


def fault(error: ErrorDetails) -> Text:
    """What is wrong with the field, without its name: ``is te lang: hoogstens 500 tekens``."""
    template = _FAULTS.get(error["type"])
    if template is None:
        return Text(_UNKNOWN.nl, f"{_UNKNOWN.en} ({error['msg']})")
    values: dict[str, Any] = dict(error.get("ctx") or {})
    expected = str(values.get("expected", ""))
    values["expected_nl"] = expected.replace(" or ", " of ")
    try:
        return template.format(**values)
    except (KeyError, IndexError):  # a context value pydantic did not give: say the fault without it
        return _UNKNOWN


def field_name(error: ErrorDetails, *, skip: int = 0) -> str:
    """The field's place in the record (``answers.2.score``), the first ``skip`` parts of its place left off.

    A union's member names (``str``, ``constrained-int``) are pydantic's, not the record's: left off too.
    A key the sender chose is shown with its control characters escaped, so the line stays one line.
    """
    parts = [_printable(str(part)) for part in error["loc"][skip:]]
    return ".".join(part for part in parts if not _is_union_member(part))


def _printable(part: str) -> str:
    return "".join(character if character.isprintable() else repr(character)[1:-1] for character in part)


def _is_union_member(part: str) -> bool:
    return part in {"str", "int", "constrained-str", "constrained-int", "none"} or part.startswith("function-")


def lines(errors: Iterable[ErrorDetails], *, skip: int = 0, record: str = "") -> tuple[Text, ...]:
    """One plain line per fault, naming the field and the fault: ``Veld 'name' is te lang: ...``.

    A field a union refused once per member is named once (its first fault); ``record`` names the
    whole record where the fault has no field of its own.
    """
    said: dict[str, Text] = {}
    for error in errors:
        where = field_name(error, skip=skip) or record
        if where not in said:
            why = fault(error)
            said[where] = Text(f"Veld '{where}' {why.nl}", f"Field '{where}' {why.en}")
    return tuple(said.values())


def describe(errors: ShapeError | Sequence[ErrorDetails], *, skip: int = 0, record: str = "") -> Text:
    """Every fault of a refused record, one line each (see :func:`lines`)."""
    found = errors.errors(include_url=False) if isinstance(errors, ShapeError) else errors
    said = lines(found, skip=skip, record=record)
    return Text("\n".join(line.nl for line in said), "\n".join(line.en for line in said))
