"""Business rules that the device, the UI and the server all enforce.

Keeping each rule here once means the voucher limit or the KvK format can
never differ between the widget that guards input and the server that
accepts a sync.
"""

from __future__ import annotations

import re

from .errors import ValidationError
from .money import with_amounts
from .text import Text
from .vocabulary import VOUCHER_TRANSITIONS, ActionStatus, VoucherStatus

VOUCHER_LIMIT_CENTS = 4_000_00
"""A social innovation voucher is worth at most EUR 4,000 (programme document)."""

SCORE_MIN, SCORE_MAX = 1, 5
AMBITION_MIN, AMBITION_MAX = 1, 3
SME_MAX_EMPLOYEES = 249

SIZE_BANDS = ("1-9", "10-49", "50-249", "250+")
VOUCHER_STATUSES: tuple[str, ...] = tuple(VoucherStatus)
ACTION_STATUSES: tuple[str, ...] = tuple(ActionStatus)

_KVK_IGNORED = re.compile(r"[\s.]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")


def normalise_kvk(value: str) -> str:
    """Return the 8-digit KvK number, ignoring spaces and dots, or raise."""
    digits = _KVK_IGNORED.sub("", value or "")
    if not (len(digits) == 8 and digits.isascii() and digits.isdigit()):
        raise ValidationError(
            "kvk",
            Text(
                "KvK-nummer '{v}' moet uit precies 8 cijfers bestaan",
                "KvK number '{v}' must be exactly 8 digits",
            ).format(v=value),
        )
    return digits


def validate_email(value: str) -> str:
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(
            "email", Text("'{v}' is geen geldig e-mailadres", "'{v}' is not a valid e-mail address").format(v=value)
        )
    return value


def validate_phone(value: str) -> str:
    value = value.strip()
    if value and not _PHONE.match(value):
        raise ValidationError(
            "phone", Text("'{v}' is geen geldig telefoonnummer", "'{v}' is not a valid phone number").format(v=value)
        )
    return value


def validate_name(value: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError("name", Text("De naam ontbreekt", "The name is missing"))
    if len(value) > 500:
        raise ValidationError("name", Text("De naam is langer dan 500 tekens", "The name is longer than 500 characters"))
    return value


def validate_employees(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 1_000_000:
        raise ValidationError(
            "employees", Text("Aantal medewerkers {v} is onmogelijk", "Number of employees {v} is impossible").format(v=value)
        )
    return value


def size_band(employees: int | None) -> str | None:
    """The size class used in the intake and the benchmarks."""
    if employees is None:
        return None
    if employees < 10:
        return "1-9"
    if employees < 50:
        return "10-49"
    return "50-249" if employees <= SME_MAX_EMPLOYEES else "250+"


def validate_score(item_id: str, score: int) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX:
        raise ValidationError(
            "score",
            Text("Score {s} voor {i} ligt niet tussen 1 en 5", "Score {s} for {i} is not between 1 and 5").format(
                s=score, i=item_id
            ),
        )
    return score


def validate_ambition(dimension_id: str, level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int) or not AMBITION_MIN <= level <= AMBITION_MAX:
        raise ValidationError(
            "ambition",
            Text("Ambitie {s} voor {i} ligt niet tussen 1 en 3", "Ambition {s} for {i} is not between 1 and 3").format(
                s=level, i=dimension_id
            ),
        )
    return level


def validate_voucher_amount(cents: int) -> int:
    if isinstance(cents, bool) or not isinstance(cents, int) or cents <= 0:
        raise ValidationError(
            "amount",
            with_amounts(
                Text("Het voucherbedrag moet groter dan {zero} zijn", "The voucher amount must be more than {zero}"), zero=0
            ),
        )
    if cents > VOUCHER_LIMIT_CENTS:
        raise ValidationError(
            "amount",
            with_amounts(
                Text(
                    "Het voucherbedrag {a} is hoger dan het maximum van {m}",
                    "The voucher amount {a} is above the maximum of {m}",
                ),
                a=cents,
                m=VOUCHER_LIMIT_CENTS,
            ),
        )
    return cents


def validate_own_contribution(cents: int) -> int:
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise ValidationError(
            "own_contribution", Text("De eigen bijdrage kan niet negatief zijn", "The own contribution cannot be negative")
        )
    return cents


def validate_choice(field: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(
            field,
            Text("'{v}' is geen geldige waarde voor {f} ({a})", "'{v}' is not a valid value for {f} ({a})").format(
                v=value, f=field, a=", ".join(allowed)
            ),
        )
    return value


def check_voucher_transition(current: str, new: str) -> str:
    validate_choice("status", new, VOUCHER_STATUSES)
    if new not in VOUCHER_TRANSITIONS[current]:
        raise ValidationError(
            "status",
            Text("Een voucher gaat niet van '{a}' naar '{b}'", "A voucher cannot go from '{a}' to '{b}'").format(
                a=current, b=new
            ),
        )
    return new
