"""CSV cells that a spreadsheet shows as text, never runs as a formula.

Company names, municipalities and notes arrive from registration lists and
from devices; coordinators open the exports in Excel. A cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel
and LibreOffice (``=HYPERLINK(...)`` leaks data with one click), so, as OWASP
advises for CSV injection, such a text cell gets a leading apostrophe: the
spreadsheet shows the text as typed and evaluates nothing. Numbers written as
numbers (``-3``, ``12.5``) stay numbers: they cannot hold a formula. Every CSV
the product writes goes through :func:`neutral_row`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(?:[.,][0-9]+)?$")


def neutral_cell(value: object) -> object:
    """``value`` as a CSV cell that cannot start a formula (only text cells change)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def neutral_row(values: Iterable[object]) -> list[object]:
    return [neutral_cell(value) for value in values]
