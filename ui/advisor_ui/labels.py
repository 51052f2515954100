"""Words for the core's codes (statuses, interventions) and for dates, in the active language.

Codes such as ``in_progress`` are the core's vocabulary; the user reads the
label. Names that the core already carries in both languages (sectors,
stages, adopter categories, interventions) are taken from the core, so they cannot differ
between the screen and the PDF.

The domain's questionnaire, scoring and money modules (Babel) are imported by the functions that use
them: the start's early companies list takes its sector names from here before the workspace is
imported, and those imports (about 35 ms) would stand between the advisor and the list.
"""

from __future__ import annotations

from datetime import date, datetime

from advisor_app.domain.formatting import format_date, format_datetime, format_decimal, round_whole
from advisor_app.domain.sectors import SECTORS
from advisor_app.domain.text import active_language

from .i18n import translate


def scan_status(code: str) -> str:
    return {"draft": translate("Labels", "Draft"), "completed": translate("Labels", "Completed")}.get(code, code)


def voucher_status(code: str) -> str:
    return {
        "draft": translate("Labels", "Draft"),
        "submitted": translate("Labels", "Submitted"),
        "approved": translate("Labels", "Approved"),
        "rejected": translate("Labels", "Rejected"),
        "completed": translate("Labels", "Completed"),
    }.get(code, code)


def voucher_transition(code: str) -> str:
    """The button that moves a voucher to ``code``."""
    return {
        "submitted": translate("Labels", "Request voucher"),
        "approved": translate("Labels", "Mark approved"),
        "rejected": translate("Labels", "Mark rejected"),
        "completed": translate("Labels", "Mark completed"),
        "draft": translate("Labels", "Back to draft"),
    }.get(code, code)


def action_status(code: str) -> str:
    return {
        "open": translate("Labels", "Open"),
        "in_progress": translate("Labels", "In progress"),
        "done": translate("Labels", "Done"),
    }.get(code, code)


def intervention(code: str) -> str:
    from advisor_app.domain.questionnaire import INTERVENTION_NAMES

    name = INTERVENTION_NAMES.get(code)
    return str(name) if name is not None else code


def sector(key: str) -> str:
    for candidate in SECTORS:
        if candidate.key == key:
            return str(candidate.name)
    return key


def stage(code: str | None) -> str:
    from advisor_app.domain.scoring import STAGE_NAMES

    return str(STAGE_NAMES[code]) if code else "–"


def adopter(code: str | None) -> str:
    from advisor_app.domain.adoption import ADOPTER_NAMES

    return str(ADOPTER_NAMES[code]) if code else "–"


def chain_weakness(code: str) -> str:
    from advisor_app.domain.scoring import CHAIN_WEAKNESS

    return str(CHAIN_WEAKNESS[code])


def euros(cents: int | None) -> str:
    from advisor_app.domain.money import format_euros

    return "–" if cents is None else format_euros(cents, active_language())


def score(percent: float | None) -> str:
    """A 0-100 score as a whole number, rounded half up like the PDF (62.5 -> 63)."""
    return "–" if percent is None else format_decimal(percent, active_language())


def change(now: float | None, before: float | None) -> str:
    """The change between two scores *as shown* (each rounded half up), so a row adds up, as in the PDF: "+50", "−3"."""
    if now is None or before is None:
        return "–"
    whole = round_whole(now) - round_whole(before)
    shown = format_decimal(abs(whole), active_language())
    return f"+{shown}" if whole > 0 else f"−{shown}" if whole < 0 else shown


def day(value: date | datetime | None) -> str:
    """A date in the active language's short form (the formatting layer's, as in the PDF); times in local time."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return format_date(value, active_language(), "short")


def moment(value: datetime | None) -> str:
    """A date and time of day in local time: "27-11-2026 16:45"."""
    return "–" if value is None else format_datetime(value, active_language(), "short")
