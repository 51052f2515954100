"""Business rules that the device, the UI and the server all enforce.

Keeping each rule here once means the voucher limit or the KvK format can
never differ between the widget that guards input and the server that
accepts a sync.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .text import Text

VOUCHER_LIMIT_CENTS = 4_000_00
"""A social innovation voucher is worth at most EUR 4,000 (programme document)."""

SCORE_MIN, SCORE_MAX = 1, 5
AMBITION_MIN, AMBITION_MAX = 1, 3
SME_MAX_EMPLOYEES = 249

SIZE_BANDS = ("1-9", "10-49", "50-249", "250+")
VOUCHER_STATUSES = ("draft", "submitted", "approved", "rejected", "completed")
ACTION_STATUSES = ("open", "in_progress", "done")
ADOPTER_CATEGORIES = ("innovator", "early_adopter", "early_majority", "late_majority", "laggard")

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


def parse_euros(value: str) -> int:
    """Parse '4000', '4.000,00', '€ 3 500,50' or '3500.5' into cents."""
    text = (value or "").replace("€", "").replace("EUR", "").replace(" ", "").strip()
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError("amount", Text("'{v}' is geen bedrag", "'{v}' is not an amount").format(v=value)) from None
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            "amount", Text("'{v}' heeft meer dan twee decimalen", "'{v}' has more than two decimals").format(v=value)
        )
    return int(amount * 100)


def format_euros(cents: int) -> str:
    """Dutch notation, used in both languages for consistency on the PDF."""
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def validate_voucher_amount(cents: int) -> int:
    if isinstance(cents, bool) or not isinstance(cents, int) or cents <= 0:
        raise ValidationError(
            "amount", Text("Het voucherbedrag moet groter dan € 0 zijn", "The voucher amount must be more than € 0")
        )
    if cents > VOUCHER_LIMIT_CENTS:
        raise ValidationError(
            "amount",
            Text(
                "Het voucherbedrag {a} is hoger dan het maximum van {m}",
                "The voucher amount {a} is above the maximum of {m}",
            ).format(a=format_euros(cents), m=format_euros(VOUCHER_LIMIT_CENTS)),
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


VOUCHER_TRANSITIONS = {
    "draft": ("submitted",),
    "submitted": ("approved", "rejected", "draft"),
    "approved": ("completed",),
    "rejected": (),
    "completed": (),
}


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
